// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagerequests.h"

#include <algorithm>

namespace Ratsmappe {

void PageRequests::setVisible(int first, int last, bool forward)
{
    m_first = first;
    m_last = last;
    m_forward = forward;
}

void PageRequests::setThumbnails(int first, int last, int width)
{
    m_thumbFirst = first;
    m_thumbLast = last;
    m_thumbWidth = width;
}

void PageRequests::setSingle(int page, int width)
{
    m_singlePage = page;
    m_singleWidth = width;
}

QList<PageRequests::Request> PageRequests::wanted(int pageCount) const
{
    QList<Request> wanted;
    if (pageCount <= 0) {
        return wanted;
    }
    if (m_singlePage >= 0 && m_singlePage < pageCount && m_singleWidth > 0) {
        wanted.append({m_singlePage, m_singleWidth});
        if (m_singlePage + 1 < pageCount) {
            wanted.append({m_singlePage + 1, m_singleWidth});
        }
    }
    const int first = std::clamp(m_first, 0, pageCount - 1);
    const int last = std::clamp(m_last, first, pageCount - 1);
    for (int page = first; page <= last; ++page) {
        wanted.append({page, 0});
    }
    const int step = m_forward ? 1 : -1;
    int ahead = m_forward ? last : first;
    for (int i = 0; i < PagesAhead; ++i) {
        ahead += step;
        if (ahead >= 0 && ahead < pageCount) {
            wanted.append({ahead, 0});
        }
    }
    const int behind = m_forward ? first - 1 : last + 1;
    if (behind >= 0 && behind < pageCount) {
        wanted.append({behind, 0});
    }
    if (m_thumbWidth > 0) {
        const int thumbLast = std::min(m_thumbLast, pageCount - 1);
        for (int page = std::max(0, m_thumbFirst); page <= thumbLast; ++page) {
            wanted.append({page, m_thumbWidth});
        }
    }
    return wanted;
}

} // namespace Ratsmappe
