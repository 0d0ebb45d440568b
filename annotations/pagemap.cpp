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

// Calls \a f with the hash of each three-word shingle of one page (words as split at ' '), repeats
// included: one pass over the text, no list of words.
template<typename F>
void forEachShingle(QStringView text, F f)
{
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
            f(mixed(mixed(words[0] ^ 0x9e3779b97f4a7c15ULL) ^ words[1]) ^ (words[2] * 3));
        }
    }
}

// The new version's shingles: an open-addressing table from a shingle to the number of new
// pages it is on and the first few of them (enough for the shingles that count).
class ShingleTable
{
public:
    static constexpr int Kept = PageMap::CommonShingle;

    struct Slot
    {
        quint64 hash = 0;
        qint32 pages = 0; ///< 0: an empty slot
        qint32 last = -1; ///< the new page that counted it last
        qint32 lastOld = -1; ///< the old page that counted it last (each counts once a page)
        qint32 first[Kept] = {};
    };

    explicit ShingleTable(const TextIndex &text)
    {
        qsizetype length = 0;
        for (qsizetype page = 0; page < text.pageCount(); ++page) {
            length += text.page(page).text.size();
        }
        // About one shingle a word of six characters; at most 60 % of the slots taken.
        size_t size = 1024;
        while (size < size_t(length / 4)) {
            size *= 2;
        }
        m_slots.resize(size);
        m_mask = size - 1;
        std::vector<quint64> hashes;
        for (qsizetype page = 0; page < text.pageCount(); ++page) {
            pageShingles(text.page(page).text, hashes);
            forEachSlot(hashes, [&](quint64 hash) {
                Slot &slot = at(hash);
                if (slot.pages == 0) {
                    slot.hash = hash;
                    ++m_used;
                } else if (slot.last == page) {
                    return; // a repeat on the same page
                }
                if (slot.pages < Kept) {
                    slot.first[slot.pages] = qint32(page);
                }
                ++slot.pages;
                slot.last = qint32(page);
                if (m_used * 5 > m_slots.size() * 3) {
                    grow();
                }
            });
        }
    }

    /// The hashes of a page's shingles in \a hashes.
    void pageShingles(QStringView text, std::vector<quint64> &hashes) const
    {
        hashes.clear();
        forEachShingle(text, [&](quint64 hash) { hashes.push_back(hash); });
    }

    /// Calls \a f with the slot of each of \a hashes in turn, the slots a few look-ups ahead on
    /// their way into the cache (the table is larger than the cache: looked up one by one, each
    /// look-up would wait; all of a page's at once, most requests would be dropped).
    template<typename F>
    void forEachSlot(const std::vector<quint64> &hashes, F f)
    {
        constexpr size_t Ahead = 8;
        const size_t n = hashes.size();
        for (size_t i = 0; i < std::min(n, Ahead); ++i) {
            __builtin_prefetch(&m_slots[hashes[i] & m_mask]);
        }
        for (size_t i = 0; i < n; ++i) {
            if (i + Ahead < n) {
                __builtin_prefetch(&m_slots[hashes[i + Ahead] & m_mask]);
            }
            f(hashes[i]);
        }
    }

    /// The slot of \a hash (pages == 0: not in the new version).
    Slot &at(quint64 hash)
    {
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.pages == 0 || slot.hash == hash) {
                return slot;
            }
        }
    }

private:
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.pages != 0) {
                at(slot.hash) = slot;
            }
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_used = 0;
};

} // namespace

PageMap::PageMap(const TextIndex &oldText, const TextIndex &newText)
    : m_newCount(newText.pageCount())
{
    // Where each shingle of the new version is.
    ShingleTable table(newText);
    const qsizetype oldCount = oldText.pageCount();
    m_expected.fill(-1, oldCount);
    m_mapped.fill(false, oldCount);
    // Each shingle counts 1 / the number of new pages it is on; those on many pages (running
    // headers, stock phrases) not at all. Counted exactly, in sixths (1, 1/2 and 1/3 of a
    // shingle), so the sums do not depend on the order the shingles come in.
    static_assert(CommonShingle == 3, "the weights are counted in sixths");
    constexpr qint64 Whole = 6;
    std::vector<qint64> shared(size_t(m_newCount), 0);
    std::vector<quint64> gone;
    std::vector<quint64> hashes;
    qsizetype previous = -1;
    for (qsizetype page = 0; page < oldCount; ++page) {
        std::fill(shared.begin(), shared.end(), 0);
        double telling = 0;
        gone.clear();
        table.pageShingles(oldText.page(page).text, hashes);
        table.forEachSlot(hashes, [&](quint64 hash) {
            ShingleTable::Slot &slot = table.at(hash);
            if (slot.pages == 0) {
                gone.push_back(hash); // gone from the new version: counted below, once
                return;
            }
            if (slot.lastOld == page) {
                return; // a repeat on this page
            }
            slot.lastOld = qint32(page);
            if (slot.pages > CommonShingle) {
                return;
            }
            telling += 1;
            for (qint32 i = 0; i < slot.pages; ++i) {
                shared[size_t(slot.first[i])] += Whole / slot.pages;
            }
        });
        std::sort(gone.begin(), gone.end());
        telling += double(std::unique(gone.begin(), gone.end()) - gone.begin());
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
