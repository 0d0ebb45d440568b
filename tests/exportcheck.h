// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reading an annotation export back (tst_annotation_export): where the fixture's annotations
// must lie in user space, Poppler's view of them, the tools of the build root run as programs.

#include "annotationstore.h"
#include "exportfixture.h"

#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QProcess>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace Ratsmappe::Test::ExportCheck {

using ExportFixture::Pages;

// The rectangle \a r (normalized on page \a page's unrotated visible box) in user space.
inline QRectF toPdf(const QRectF &r, int page)
{
    const QRectF box = Pages[page].box;
    return QRectF(QPointF(box.left() + r.left() * box.width(), box.bottom() - r.bottom() * box.height()),
                  QPointF(box.left() + r.right() * box.width(), box.bottom() - r.top() * box.height()));
}

inline QPointF toPdf(const QJsonArray &p, int page)
{
    const QRectF box = Pages[page].box;
    return {box.left() + p.at(0).toDouble() * box.width(), box.bottom() - p.at(1).toDouble() * box.height()};
}

inline QRectF jsonRect(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return QRectF(QPointF(a.at(0).toDouble(), a.at(1).toDouble()),
                  QPointF(a.at(2).toDouble(), a.at(3).toDouble()));
}

// Where an annotation's /Rect must be, derived from its geometry as the contract says.
inline QRectF expectedRect(const StoredAnnotation &a)
{
    const double width = Pages[a.page].box.width();
    if (AnnotationStore::isTextMarkup(a.type)) {
        QRectF all;
        for (const QJsonValue &r : a.geometry.value(QLatin1String("rects")).toArray()) {
            all = all.united(toPdf(jsonRect(r), a.page));
        }
        return all;
    }
    if (a.type == QLatin1String("note")) {
        // 20 pt, upright as the page is shown, its top left corner on the point: Poppler turns a
        // NoRotate icon as the window draws it (the /Rect itself is the unturned square).
        const QPointF p = toPdf(a.geometry.value(QLatin1String("point")).toArray(), a.page);
        switch (Pages[a.page].rotation) {
        case 90:
            return QRectF(p.x(), p.y(), 20, 20);
        case 180:
            return QRectF(p.x() - 20, p.y(), 20, 20);
        case 270:
            return QRectF(p.x() - 20, p.y() - 20, 20, 20);
        default:
            return QRectF(p.x(), p.y() - 20, 20, 20);
        }
    }
    if (a.type == QLatin1String("ink")) {
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (const QJsonValue &stroke : a.geometry.value(QLatin1String("strokes")).toArray()) {
            for (const QJsonValue &p : stroke.toArray()) {
                const QPointF at = toPdf(p.toArray(), a.page);
                x0 = std::min(x0, at.x());
                y0 = std::min(y0, at.y());
                x1 = std::max(x1, at.x());
                y1 = std::max(y1, at.y());
            }
        }
        const double w = std::max(0.5, a.geometry.value(QLatin1String("width")).toDouble() * width);
        return QRectF(QPointF(x0 - w, y0 - w), QPointF(x1 + w, y1 + w)); // the pen's width around its points
    }
    if (a.type == QLatin1String("arrow")) {
        return {}; // checked by its line's points
    }
    return toPdf(jsonRect(a.geometry.value(QLatin1String("rect"))), a.page);
}

// A Poppler boundary back in user space: Poppler normalizes on the page as it is shown, turned
// by its /Rotate; the cache on the unrotated page.
inline QRectF popplerToPdf(const QRectF &b, int page)
{
    QRectF u;
    switch (Pages[page].rotation) {
    case 90:
        u = QRectF(QPointF(b.top(), 1 - b.right()), QPointF(b.bottom(), 1 - b.left()));
        break;
    case 180:
        u = QRectF(QPointF(1 - b.right(), 1 - b.bottom()), QPointF(1 - b.left(), 1 - b.top()));
        break;
    case 270:
        u = QRectF(QPointF(1 - b.bottom(), b.left()), QPointF(1 - b.top(), b.right()));
        break;
    default:
        u = b;
    }
    return toPdf(u, page);
}

inline bool near(const QRectF &a, const QRectF &b, double tolerance = 0.5)
{
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.right() - b.right()) <= tolerance &&
        std::abs(a.top() - b.top()) <= tolerance && std::abs(a.bottom() - b.bottom()) <= tolerance;
}

inline QByteArray describe(const QRectF &r)
{
    return QByteArray::number(r.left(), 'f', 2) + ' ' + QByteArray::number(r.top(), 'f', 2) + ' ' +
        QByteArray::number(r.right(), 'f', 2) + ' ' + QByteArray::number(r.bottom(), 'f', 2);
}

inline QString popplerKind(const Poppler::Annotation &a)
{
    switch (a.subType()) {
    case Poppler::Annotation::AHighlight:
        switch (static_cast<const Poppler::HighlightAnnotation &>(a).highlightType()) {
        case Poppler::HighlightAnnotation::Highlight:
            return QStringLiteral("highlight");
        case Poppler::HighlightAnnotation::Underline:
            return QStringLiteral("underline");
        case Poppler::HighlightAnnotation::StrikeOut:
            return QStringLiteral("strikeout");
        case Poppler::HighlightAnnotation::Squiggly:
            return QStringLiteral("squiggly");
        }
        break;
    case Poppler::Annotation::AInk:
        return QStringLiteral("ink");
    case Poppler::Annotation::AText:
        return static_cast<const Poppler::TextAnnotation &>(a).textType() == Poppler::TextAnnotation::Linked
            ? QStringLiteral("note")
            : QStringLiteral("freetext");
    case Poppler::Annotation::AGeom:
        return QStringLiteral("rectangle");
    case Poppler::Annotation::ALine:
        return QStringLiteral("arrow");
    case Poppler::Annotation::AStamp:
        return QStringLiteral("foreign");
    case Poppler::Annotation::ALink:
        return QStringLiteral("link");
    default:
        break;
    }
    return QStringLiteral("other");
}

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProgramRun runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Share of pixels in \a r (pixels) that are clearly not white.
inline double tinted(const QImage &image, const QRectF &r)
{
    const QRect area = r.toAlignedRect().intersected(image.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += (c.blue() < 200 || c.green() < 200 || c.red() < 200) ? 1 : 0;
        }
    }
    return area.isEmpty() ? 0 : double(count) / double(area.width() * area.height());
}

} // namespace Ratsmappe::Test::ExportCheck
