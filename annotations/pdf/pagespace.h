// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <qpdf/QPDFPageObjectHelper.hh>

namespace Ratsmappe::AnnotationPdf {

/// One page's two coordinate systems: the cache's normalized one (0..1 over the unrotated crop
/// box, origin top left, as Poppler gives page sizes and the annotations are kept) and the PDF's
/// default user space (points, origin bottom left), in which annotation objects live.
class PageSpace
{
public:
    /// The page's crop box (inherited, else its media box), clipped to its media box as Poppler
    /// does, and its /Rotate (inherited, normalized to 0, 90, 180 or 270).
    explicit PageSpace(QPDFPageObjectHelper page);
    /// \a box in user space (x, y: its lower left corner).
    PageSpace(const QRectF &box, int rotation);

    QPointF toPdf(QPointF normalized) const;
    QPointF toNormalized(QPointF pdf) const;
    /// Both ways a rectangle comes out normalized (positive width and height).
    QRectF toPdf(const QRectF &normalized) const;
    QRectF toNormalized(const QRectF &pdf) const;
    /// A length along the page (a line width): normalized by the page's width, as the cache does.
    double toPdfLength(double normalized) const { return normalized * m_box.width(); }
    double toNormalizedLength(double points) const;

    const QRectF &box() const { return m_box; }
    int rotation() const { return m_rotation; }

private:
    QRectF m_box;
    int m_rotation = 0;
};

} // namespace Ratsmappe::AnnotationPdf
