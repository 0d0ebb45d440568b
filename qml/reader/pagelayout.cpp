// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagelayout.h"

#include <algorithm>

namespace Ratsmappe {

namespace {

QRectF rotate(const QRectF &r, const QSizeF &page, int rotation)
{
    switch (rotation) {
    case 90:
        return {page.height() - r.bottom(), r.left(), r.height(), r.width()};
    case 180:
        return {page.width() - r.right(), page.height() - r.bottom(), r.width(), r.height()};
    case 270:
        return {r.top(), page.width() - r.right(), r.height(), r.width()};
    default:
        return r;
    }
}

} // namespace

bool PageLayout::setRotation(int degrees)
{
    degrees = ((degrees % 360) + 360) % 360 / 90 * 90;
    if (degrees == m_rotation) {
        return false;
    }
    m_rotation = degrees;
    return true;
}

QSizeF PageLayout::pageSize(int page) const
{
    if (page < 0 || page >= pageCount()) {
        return {};
    }
    const QSizeF size = m_pages.at(page).size;
    return (m_rotation == 90 || m_rotation == 270) ? size.transposed() : size;
}

qreal PageLayout::maxPageWidth() const
{
    qreal width = 0;
    for (int page = 0; page < pageCount(); ++page) {
        width = std::max(width, pageSize(page).width());
    }
    return width;
}

qreal PageLayout::maxPageHeight() const
{
    qreal height = 0;
    for (int page = 0; page < pageCount(); ++page) {
        height = std::max(height, pageSize(page).height());
    }
    return height;
}

QString PageLayout::pageLabel(int page) const
{
    if (page < 0 || page >= pageCount()) {
        return {};
    }
    const QString label = m_pages.at(page).label;
    return label.isEmpty() ? QString::number(page + 1) : label;
}

int PageLayout::pageForLabel(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (int page = 0; page < pageCount(); ++page) {
        if (m_pages.at(page).label == wanted) {
            return page;
        }
    }
    bool ok = false;
    const int number = wanted.toInt(&ok);
    return ok && number >= 1 && number <= pageCount() ? number - 1 : -1;
}

QRectF PageLayout::toDisplay(int page, const QRectF &area) const
{
    return rotate(area, m_pages.value(page).size, m_rotation);
}

QRectF PageLayout::fromDisplay(int page, const QRectF &area) const
{
    // Turning the rest of the way round undoes the rotation.
    return rotate(area, pageSize(page), (360 - m_rotation) % 360);
}

} // namespace Ratsmappe
