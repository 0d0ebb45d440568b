// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QPointF>
#include <QRectF>

#include <functional>

namespace Ratsmappe::AnnotationGeometry {

/// \a geometry (as AnnotationStore keeps it) with every point of its known keys (rects,
/// strokes, from, to, point, rect) passed through \a f; a pressure and any other key stay.
QJsonObject map(const QJsonObject &geometry, const std::function<QPointF(const QPointF &)> &f);

/// \a geometry moved by \a dx, \a dy, which are shortened so that its bounds stay on the page.
QJsonObject translated(const QJsonObject &geometry, qreal dx, qreal dy);

/// \a geometry scaled from its bounds into \a bounds (clipped to the page). A dimension without
/// extent (a note's point, a level arrow) is centred in the new bounds.
QJsonObject scaled(const QJsonObject &geometry, const QRectF &bounds);

/// The shortest distance from \a point to a segment of an ink geometry's strokes (a stroke of
/// one point counts as that point); a large number when there are none.
qreal distanceToInk(const QJsonObject &geometry, const QPointF &point);

qreal distanceToSegment(const QPointF &point, const QPointF &a, const QPointF &b);

/// The page itself in normalized coordinates.
inline QRectF page()
{
    return QRectF(0, 0, 1, 1);
}

} // namespace Ratsmappe::AnnotationGeometry
