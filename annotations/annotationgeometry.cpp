// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationgeometry.h"

#include "annotationstore.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ratsmappe::AnnotationGeometry {

namespace {

using PointMap = std::function<QPointF(const QPointF &)>;

// [x, y] or [x, y, pressure]: the pressure is not a coordinate.
QJsonArray mapPoint(const QJsonArray &point, const PointMap &f)
{
    if (point.size() < 2) {
        return point;
    }
    const QPointF p = f(QPointF(point.at(0).toDouble(), point.at(1).toDouble()));
    QJsonArray out = point;
    out.replace(0, p.x());
    out.replace(1, p.y());
    return out;
}

// [x0, y0, x1, y1], kept ordered whatever the map does.
QJsonArray mapRect(const QJsonArray &rect, const PointMap &f)
{
    if (rect.size() != 4) {
        return rect;
    }
    const QPointF a = f(QPointF(rect.at(0).toDouble(), rect.at(1).toDouble()));
    const QPointF b = f(QPointF(rect.at(2).toDouble(), rect.at(3).toDouble()));
    return QJsonArray{
        std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())};
}

qreal clamp01(qreal v)
{
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

QJsonObject map(const QJsonObject &geometry, const std::function<QPointF(const QPointF &)> &f)
{
    QJsonObject out = geometry;
    const auto rects = geometry.constFind(QLatin1String("rects"));
    if (rects != geometry.constEnd()) {
        QJsonArray mapped;
        for (const QJsonValue &r : rects->toArray()) {
            mapped.append(mapRect(r.toArray(), f));
        }
        out.insert(QLatin1String("rects"), mapped);
    }
    const auto strokes = geometry.constFind(QLatin1String("strokes"));
    if (strokes != geometry.constEnd()) {
        QJsonArray mapped;
        for (const QJsonValue &stroke : strokes->toArray()) {
            QJsonArray points;
            for (const QJsonValue &p : stroke.toArray()) {
                points.append(mapPoint(p.toArray(), f));
            }
            mapped.append(points);
        }
        out.insert(QLatin1String("strokes"), mapped);
    }
    for (const char *key : {"from", "to", "point"}) {
        const auto it = geometry.constFind(QLatin1String(key));
        if (it != geometry.constEnd()) {
            out.insert(QLatin1String(key), mapPoint(it->toArray(), f));
        }
    }
    const auto rect = geometry.constFind(QLatin1String("rect"));
    if (rect != geometry.constEnd()) {
        out.insert(QLatin1String("rect"), mapRect(rect->toArray(), f));
    }
    return out;
}

QJsonObject translated(const QJsonObject &geometry, qreal dx, qreal dy)
{
    const QRectF b = AnnotationStore::bounds(geometry);
    // Shortened, not clipped point by point: the shape keeps its form at the page's edge.
    dx = std::clamp(dx, std::min(0.0, -b.left()), std::max(0.0, 1.0 - b.right()));
    dy = std::clamp(dy, std::min(0.0, -b.top()), std::max(0.0, 1.0 - b.bottom()));
    return map(geometry,
               [dx, dy](const QPointF &p) { return QPointF(clamp01(p.x() + dx), clamp01(p.y() + dy)); });
}

QJsonObject scaled(const QJsonObject &geometry, const QRectF &bounds)
{
    const QRectF from = AnnotationStore::bounds(geometry);
    const QRectF n = bounds.normalized();
    const QRectF to(QPointF(clamp01(n.left()), clamp01(n.top())),
                    QPointF(clamp01(n.right()), clamp01(n.bottom())));
    auto axis = [](qreal v, qreal from0, qreal fromSize, qreal to0, qreal toSize) {
        if (fromSize <= 0) {
            return to0 + toSize / 2;
        }
        return to0 + (v - from0) * toSize / fromSize;
    };
    return map(geometry, [&](const QPointF &p) {
        return QPointF(clamp01(axis(p.x(), from.left(), from.width(), to.left(), to.width())),
                       clamp01(axis(p.y(), from.top(), from.height(), to.top(), to.height())));
    });
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

qreal distanceToInk(const QJsonObject &geometry, const QPointF &point)
{
    qreal best = std::numeric_limits<qreal>::max();
    for (const QJsonValue &stroke : geometry.value(QLatin1String("strokes")).toArray()) {
        const QJsonArray points = stroke.toArray();
        QPointF previous;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray p = points.at(i).toArray();
            const QPointF current(p.at(0).toDouble(), p.at(1).toDouble());
            best = std::min(best, distanceToSegment(point, i == 0 ? current : previous, current));
            previous = current;
        }
    }
    return best;
}

} // namespace Ratsmappe::AnnotationGeometry
