// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagemap.h"

#include "textindex.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Ratsmappe::Annotations {

namespace {

quint64 mixed(quint64 x)
{
    // splitmix64's finalizer
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The three-word shingles of one page (words as split at ' '), without repeats, as hashes: one
// pass over the text, no list of words.
std::vector<quint64> shingles(QStringView text)
{
    std::vector<quint64> out;
    out.reserve(size_t(text.size() / 5));
    quint64 words[3] = {0, 0, 0};
    qsizetype count = 0;
    const QChar *c = text.data();
    const QChar *const end = c + text.size();
    while (c != end) {
        if (*c == u' ') {
            ++c;
            continue;
        }
        quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a over the word's UTF-16 units
        while (c != end && *c != u' ') {
            hash = (hash ^ c->unicode()) * 0x100000001b3ULL;
            ++c;
        }
        words[0] = words[1];
        words[1] = words[2];
        words[2] = mixed(hash);
        if (++count >= 3) {
            out.push_back(mixed(mixed(words[0] ^ 0x9e3779b97f4a7c15ULL) ^ words[1]) ^ (words[2] * 3));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Where each shingle of the new version is: an open-addressing table from a shingle to its run
// in the sorted (shingle, new page) list.
class ShingleTable
{
public:
    explicit ShingleTable(const std::vector<std::pair<quint64, qsizetype>> &where)
    {
        size_t distinct = 0;
        for (size_t i = 0; i < where.size(); ++i) {
            distinct += (i == 0 || where[i].first != where[i - 1].first) ? 1 : 0;
        }
        size_t size = 16;
        while (size < distinct * 2) {
            size *= 2;
        }
        m_mask = size - 1;
        m_slots.assign(size, Slot{0, 0, 0});
        for (size_t i = 0; i < where.size();) {
            size_t j = i + 1;
            while (j < where.size() && where[j].first == where[i].first) {
                ++j;
            }
            size_t slot = mixed(where[i].first) & m_mask;
            while (m_slots[slot].count != 0) {
                slot = (slot + 1) & m_mask;
            }
            m_slots[slot] = {where[i].first, quint32(i), quint32(j - i)};
            i = j;
        }
    }

    /// The run of \a hash: its first index in the list and its length (0: not in the new version).
    std::pair<size_t, size_t> find(quint64 hash) const
    {
        for (size_t slot = mixed(hash) & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot &s = m_slots[slot];
            if (s.count == 0) {
                return {0, 0};
            }
            if (s.hash == hash) {
                return {s.first, s.count};
            }
        }
    }

private:
    struct Slot
    {
        quint64 hash;
        quint32 first;
        quint32 count;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

PageMap::PageMap(const TextIndex &oldText, const TextIndex &newText)
    : m_newCount(newText.pageCount())
{
    // (shingle, new page), sorted: where each shingle is.
    std::vector<std::pair<quint64, qsizetype>> where;
    for (qsizetype page = 0; page < newText.pageCount(); ++page) {
        const std::vector<quint64> own = shingles(newText.page(page).text);
        if (where.empty()) {
            where.reserve(own.size() * size_t(newText.pageCount()) + own.size());
        }
        for (quint64 hash : own) {
            where.emplace_back(hash, page);
        }
    }
    std::sort(where.begin(), where.end());
    const ShingleTable table(where);
    const qsizetype oldCount = oldText.pageCount();
    m_expected.fill(-1, oldCount);
    m_mapped.fill(false, oldCount);
    // Each shingle counts 1 / the number of new pages it is on; those on many pages (running
    // headers, stock phrases) not at all. Counted exactly, in sixths (1, 1/2 and 1/3 of a
    // shingle), so the sums do not depend on the order the shingles come in.
    static_assert(CommonShingle == 3, "the weights are counted in sixths");
    constexpr qint64 Whole = 6;
    std::vector<qint64> shared(size_t(m_newCount), 0);
    qsizetype previous = -1;
    for (qsizetype page = 0; page < oldCount; ++page) {
        std::fill(shared.begin(), shared.end(), 0);
        double telling = 0;
        for (quint64 hash : shingles(oldText.page(page).text)) {
            const auto [first, count] = table.find(hash);
            const qsizetype pages = qsizetype(count);
            if (pages == 0) {
                telling += 1; // gone from the new version
                continue;
            }
            if (pages > CommonShingle) {
                continue;
            }
            telling += 1;
            for (size_t i = first; i < first + count; ++i) {
                shared[size_t(where[i].second)] += Whole / pages;
            }
        }
        // The best page; of equally good ones, the one that follows the last page mapped.
        const qsizetype next = previous + 1;
        qsizetype best = -1;
        for (qsizetype candidate = 0; candidate < m_newCount; ++candidate) {
            if (best < 0 || shared[candidate] > shared[best] ||
                (shared[candidate] == shared[best] && std::abs(candidate - next) < std::abs(best - next))) {
                best = candidate;
            }
        }
        qint64 runnerUp = 0;
        for (qsizetype candidate = 0; candidate < m_newCount; ++candidate) {
            if (candidate != best) {
                runnerUp = std::max(runnerUp, shared[candidate]);
            }
        }
        // Enough of the page is there, or a page much edited still stands out clearly.
        const qint64 own = best >= 0 ? shared[best] : 0;
        if (own > 0 &&
            (double(own) / double(Whole) >= MinShared * telling ||
             (double(own) >= MinStandOut * double(Whole) &&
              double(own) >= StandOutFactor * double(runnerUp)))) {
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
