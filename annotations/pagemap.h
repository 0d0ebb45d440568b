// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

namespace Ratsmappe::Annotations {

class TextIndex;

/// Which page of the new version each page of the old one became, by fingerprints: each page's
/// three-word shingles, looked up in the new version's, each weighted by one over the number of
/// new pages it is on and left out when it is on many (headers, stock phrases). A page that shares too little
/// with every new page counts as removed; its expected page is interpolated from its mapped neighbours.
class PageMap
{
public:
    PageMap(const TextIndex &oldText, const TextIndex &newText);

    /// The new page that old page \a oldPage is expected on (always a valid page of the new
    /// version when it has any page; 0 otherwise).
    qsizetype expectedPage(qsizetype oldPage) const;
    /// Whether old page \a oldPage was found in the new version.
    bool isMapped(qsizetype oldPage) const;

    /// A page that shares at least this part of its telling shingles with a new page is that page.
    static constexpr double MinShared = 0.3;
    /// A page much edited is still the new page it shares this much with (in shingles, each
    /// weighted as above), if that is this many times what any other new page shares.
    static constexpr double MinStandOut = 3;
    static constexpr double StandOutFactor = 2;
    /// Shingles on more new pages than this (headers, footers, stock phrases) do not count.
    static constexpr qsizetype CommonShingle = 3;

private:
    QList<qsizetype> m_expected;
    QList<bool> m_mapped;
    qsizetype m_newCount = 0;
};

} // namespace Ratsmappe::Annotations
