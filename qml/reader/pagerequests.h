// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

namespace Ratsmappe {

/// Which page images a document session asks its workers for, most urgent first: the page
/// presented alone, the pages on screen, the next ones in reading direction, one the other way,
/// then thumbnails. Pages are from 0; a width of 0 means the session's current scale.
class PageRequests
{
public:
    /// One page image wanted: \a width logical pixels wide, or 0 for the session's scale.
    struct Request
    {
        int page;
        int width;
        bool operator==(const Request &) const = default;
    };

    /// The pages on screen now, and which way the member is reading.
    void setVisible(int first, int last, bool forward);
    /// Thumbnails on screen now, \a width logical pixels wide (0: none).
    void setThumbnails(int first, int last, int width);
    /// One page presented \a width logical pixels wide; a negative \a page stops.
    void setSingle(int page, int width);
    /// Forgets the presented page (another document opens).
    void clearSingle() { m_singlePage = -1; }

    /// What to ask for in a document of \a pageCount pages, most urgent first.
    QList<Request> wanted(int pageCount) const;

    static constexpr int PagesAhead = 3;

private:
    int m_first = 0;
    int m_last = -1;
    bool m_forward = true;
    int m_thumbFirst = 0;
    int m_thumbLast = -1;
    int m_thumbWidth = 0;
    int m_singlePage = -1;
    int m_singleWidth = 0;
};

} // namespace Ratsmappe
