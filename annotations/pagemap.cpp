// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagemap.h"

#include "textindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Ratsmappe::Annotations {

namespace {

// The three-word shingles of one page, without repeats.
QList<size_t> shingles(QStringView text)
{
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    QList<size_t> out;
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        const size_t hash = qHashMulti(0, words.at(i), words.at(i + 1), words.at(i + 2));
        out.append(hash);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

PageMap::PageMap(const TextIndex &oldText, const TextIndex &newText)
    : m_newCount(newText.pageCount())
{
    // (shingle, new page), sorted: where each shingle is.
    std::vector<std::pair<size_t, qsizetype>> where;
    for (qsizetype page = 0; page < newText.pageCount(); ++page) {
        for (size_t hash : shingles(newText.page(page).text)) {
            where.emplace_back(hash, page);
        }
    }
    std::sort(where.begin(), where.end());
    const qsizetype oldCount = oldText.pageCount();
    m_expected.fill(-1, oldCount);
    m_mapped.fill(false, oldCount);
    // Each shingle counts 1 / the number of new pages it is on; those on many pages (running
    // headers, stock phrases) not at all.
    QList<double> shared(m_newCount, 0);
    qsizetype previous = -1;
    for (qsizetype page = 0; page < oldCount; ++page) {
        std::fill(shared.begin(), shared.end(), 0);
        double telling = 0;
        for (size_t hash : shingles(oldText.page(page).text)) {
            const auto lower =
                std::lower_bound(where.cbegin(), where.cend(), std::pair<size_t, qsizetype>(hash, -1));
            auto upper = lower;
            while (upper != where.cend() && upper->first == hash) {
                ++upper;
            }
            const qsizetype pages = upper - lower;
            if (pages == 0) {
                telling += 1; // gone from the new version
                continue;
            }
            if (pages > CommonShingle) {
                continue;
            }
            telling += 1;
            for (auto it = lower; it != upper; ++it) {
                shared[it->second] += 1.0 / double(pages);
            }
        }
        // The best page; of equally good ones, the one that follows the last page mapped.
        const qsizetype next = previous + 1;
        qsizetype best = -1;
        for (qsizetype candidate = 0; candidate < m_newCount; ++candidate) {
            if (best < 0 || shared.at(candidate) > shared.at(best) + 1e-9 ||
                (shared.at(candidate) > shared.at(best) - 1e-9 &&
                 std::abs(candidate - next) < std::abs(best - next))) {
                best = candidate;
            }
        }
        double runnerUp = 0;
        for (qsizetype candidate = 0; candidate < m_newCount; ++candidate) {
            if (candidate != best) {
                runnerUp = std::max(runnerUp, shared.at(candidate));
            }
        }
        // Enough of the page is there, or a page much edited still stands out clearly.
        const double own = best >= 0 ? shared.at(best) : 0;
        if (own > 0 &&
            (own >= MinShared * telling || (own >= MinStandOut && own >= StandOutFactor * runnerUp))) {
            m_expected[page] = best;
            m_mapped[page] = true;
            previous = best;
        }
    }
    // Pages not found: after the last mapped page before them, else before the next one.
    for (qsizetype page = 0; page < oldCount; ++page) {
        if (m_mapped.at(page)) {
            continue;
        }
        qsizetype guess = page;
        qsizetype before = page - 1;
        while (before >= 0 && !m_mapped.at(before)) {
            --before;
        }
        qsizetype after = page + 1;
        while (after < oldCount && !m_mapped.at(after)) {
            ++after;
        }
        if (before >= 0) {
            guess = m_expected.at(before) + (page - before);
            if (after < oldCount) {
                guess = std::min(guess, m_expected.at(after));
            }
        } else if (after < oldCount) {
            guess = m_expected.at(after) - (after - page);
        }
        m_expected[page] = std::clamp<qsizetype>(guess, 0, std::max<qsizetype>(0, m_newCount - 1));
    }
}

qsizetype PageMap::expectedPage(qsizetype oldPage) const
{
    if (oldPage >= 0 && oldPage < m_expected.size()) {
        return m_expected.at(oldPage);
    }
    return std::clamp<qsizetype>(oldPage, 0, std::max<qsizetype>(0, m_newCount - 1));
}

bool PageMap::isMapped(qsizetype oldPage) const
{
    return oldPage >= 0 && oldPage < m_mapped.size() && m_mapped.at(oldPage);
}

} // namespace Ratsmappe::Annotations
