// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagespace.h"

#include <algorithm>

namespace Ratsmappe::AnnotationPdf {

namespace {

QRectF rectangleOf(QPDFObjectHandle array)
{
    if (!array.isRectangle()) {
        return {};
    }
    const QPDFObjectHandle::Rectangle r = array.getArrayAsRectangle();
    return QRectF(QPointF(std::min(r.llx, r.urx), std::min(r.lly, r.ury)),
                  QPointF(std::max(r.llx, r.urx), std::max(r.lly, r.ury)));
}

} // namespace

PageSpace::PageSpace(QPDFPageObjectHelper page)
{
    const QRectF media = rectangleOf(page.getMediaBox());
    QRectF crop = rectangleOf(page.getCropBox());
    crop = crop.isValid() ? crop.intersected(media) : media;
    m_box = crop.isValid() && !crop.isEmpty() ? crop : media;
    if (!m_box.isValid() || m_box.isEmpty()) {
        m_box = QRectF(0, 0, 612, 792); // what readers assume for a page without a usable box
    }
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    const int degrees = rotate.isInteger() ? int(rotate.getIntValue() % 360) : 0;
    m_rotation = ((degrees + 360) % 360) / 90 * 90;
}

PageSpace::PageSpace(const QRectF &box, int rotation)
    : m_box(box.normalized())
    , m_rotation(((rotation % 360) + 360) % 360 / 90 * 90)
{ }

QPointF PageSpace::toPdf(QPointF normalized) const
{
    return {m_box.left() + normalized.x() * m_box.width(), m_box.bottom() - normalized.y() * m_box.height()};
}

QPointF PageSpace::toNormalized(QPointF pdf) const
{
    return {(pdf.x() - m_box.left()) / m_box.width(), (m_box.bottom() - pdf.y()) / m_box.height()};
}

QRectF PageSpace::toPdf(const QRectF &normalized) const
{
    return QRectF(toPdf(normalized.topLeft()), toPdf(normalized.bottomRight())).normalized();
}

QRectF PageSpace::toNormalized(const QRectF &pdf) const
{
    return QRectF(toNormalized(pdf.topLeft()), toNormalized(pdf.bottomRight())).normalized();
}

double PageSpace::toNormalizedLength(double points) const
{
    return points / m_box.width();
}

} // namespace Ratsmappe::AnnotationPdf
