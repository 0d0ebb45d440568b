// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>

namespace Ratsmappe {

/// The pages of an open document, their sizes and labels, as turned by the reader's rotation:
/// PDF points of the unrotated page (as Poppler gives them) ↔ displayed points.
class PageLayout
{
public:
    struct Page
    {
        QSizeF size; ///< unrotated points
        QString label; ///< empty: the page's number
    };

    PageLayout() = default;
    explicit PageLayout(QList<Page> pages)
        : m_pages(std::move(pages))
    { }

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// 0, 90, 180 or 270 degrees clockwise.
    int rotation() const { return m_rotation; }
    /// Any angle, rounded down to a quarter turn; false when that changed nothing.
    bool setRotation(int degrees);

    /// The page's size as displayed, in points (empty for a page that is not there).
    QSizeF pageSize(int page) const;
    qreal maxPageWidth() const;
    qreal maxPageHeight() const;
    /// The page's label, else its number from 1.
    QString pageLabel(int page) const;
    /// The page (from 0) whose label or number is \a text, or -1.
    int pageForLabel(const QString &text) const;

    /// Area (unrotated points) ↔ displayed points.
    QRectF toDisplay(int page, const QRectF &area) const;
    QRectF fromDisplay(int page, const QRectF &area) const;

private:
    QList<Page> m_pages;
    int m_rotation = 0;
};

} // namespace Ratsmappe
