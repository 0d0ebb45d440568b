// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Ratsmappe {

/// Draws annotations over a page image with QPainter, the same for the window's overlay, its
/// thumbnails and the benchmarks: highlights multiply-like over the text, underline, strike-out
/// and squiggly lines along each line's box, ink with its width (and pressure), sticky-note
/// icons, free text, rectangles and arrows.
class AnnotationPainter
{
public:
    /// What the painter's device is: the window's transparent layer over the page image, or the
    /// page image itself (thumbnails, exports), where highlights multiply with the text below.
    enum class Target { Overlay, Page };

    /// Paints \a annotations of one page onto \a painter, whose device shows that page \a size
    /// logical pixels large as displayed after turning it \a rotation degrees clockwise (0, 90,
    /// 180, 270). \a selectedId gets a selection frame.
    static void paint(QPainter &painter,
                      const QList<StoredAnnotation> &annotations,
                      const QSizeF &size,
                      int rotation,
                      const QString &selectedId = {},
                      Target target = Target::Overlay);

    /// The window's overlay of a page shown \a size logical pixels large: a new transparent image
    /// of \a size × \a devicePixelRatio pixels with \a annotations painted on it. Premultiplied
    /// ARGB32, the raster engine's fast format (into Qt Quick's RGBA8888 painted-item image the
    /// same paint costs about three times as much); Qt Quick uploads it as BGRA without a
    /// conversion where the GPU takes BGRA.
    static QImage layer(const QList<StoredAnnotation> &annotations,
                        const QSizeF &size,
                        int rotation,
                        qreal devicePixelRatio = 1);

    /// Forgets what painting kept on this thread (squiggle tiles, note icons, laid-out and drawn
    /// texts): the next paint is a first one. For the benchmark.
    static void clearCaches();

    /// Where a note pinned at \a point (normalized) shows its icon: a fixed size in displayed
    /// pixels, upright, its top left corner on the point.
    static QRectF noteIcon(const QPointF &point, const QSizeF &size, int rotation);

    /// Normalized unrotated page point ↔ displayed point in a page \a size large turned
    /// \a rotation degrees.
    static QPointF toDisplay(const QPointF &normalized, const QSizeF &size, int rotation);
    static QPointF fromDisplay(const QPointF &displayed, const QSizeF &size, int rotation);
    static QRectF toDisplay(const QRectF &normalized, const QSizeF &size, int rotation);
    static QRectF fromDisplay(const QRectF &displayed, const QSizeF &size, int rotation);
};

} // namespace Ratsmappe
