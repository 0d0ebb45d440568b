// SPDX-License-Identifier: GPL-2.0-or-later
#include "textindex.h"

#include <QHashFunctions>
#include <QStringMatcher>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace Ratsmappe::Annotations {

namespace {

// Ends every page in the joined text: no quote contains it, so no match runs across pages.
constexpr char16_t PageSeparator = 0x0001;

bool startsWord(QStringView text, qsizetype pos)
{
    return !text.at(pos).isSpace() && text.at(pos) != QChar(PageSeparator) &&
        (pos == 0 || text.at(pos - 1) == u' ' || text.at(pos - 1) == QChar(PageSeparator));
}

// A gram's key: its five characters themselves, 7 bits each where all are ASCII, 12 bits each
// (and bit 62 set) where each fits in 12 bits, so equal keys are equal grams; else a hash with
// the top bit set.
quint64 gramKey(const QChar *gram)
{
    quint64 ascii = 0;
    quint64 packed = 0;
    char16_t all = 0;
    for (qsizetype i = 0; i < TextIndex::GramLength; ++i) {
        const char16_t u = gram[i].unicode();
        all |= u;
        ascii = (ascii << 7) | (u & 0x7F);
        packed = (packed << 12) | (u & 0xFFF);
    }
    if (all < 0x80) {
        return ascii;
    }
    if (all < 0x1000) {
        return packed | (quint64(1) << 62);
    }
    return quint64(qHash(QStringView(gram, TextIndex::GramLength))) | (quint64(1) << 63);
}

// Sorts \a items by key, keeping the order of equal keys (LSD radix sort, 11 bits a pass; passes
// over bits no key has are left out).
template<typename T>
void radixSort(std::vector<T> &items)
{
    constexpr int Bits = 11;
    constexpr size_t Buckets = size_t(1) << Bits;
    quint64 any = 0;
    for (const T &item : items) {
        any |= item.hash;
    }
    std::vector<T> other(items.size());
    std::vector<size_t> count(Buckets);
    for (int shift = 0; shift < 64; shift += Bits) {
        if (((any >> shift) & (Buckets - 1)) == 0) {
            continue;
        }
        std::fill(count.begin(), count.end(), 0);
        for (const T &item : items) {
            ++count[(item.hash >> shift) & (Buckets - 1)];
        }
        size_t sum = 0;
        for (size_t &c : count) {
            const size_t n = c;
            c = sum;
            sum += n;
        }
        for (const T &item : items) {
            other[count[(item.hash >> shift) & (Buckets - 1)]++] = item;
        }
        items.swap(other);
    }
}

} // namespace

Alignment alignWithin(QStringView pattern, QStringView text)
{
    const qsizetype m = pattern.size();
    Alignment best;
    if (m == 0) {
        return best;
    }
    // One column per text position; rows are pattern positions. cost[0] = 0 everywhere: the
    // match may start anywhere. from[i]: where the path ending in row i began.
    std::vector<qsizetype> cost(m + 1), from(m + 1), prevCost(m + 1), prevFrom(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        prevCost[i] = i;
        prevFrom[i] = 0;
    }
    const auto consider = [&](qsizetype end, qsizetype dist, qsizetype start) {
        const qsizetype ideal = start + m;
        if (best.distance < 0 || dist < best.distance ||
            (dist == best.distance && std::abs(end - ideal) < std::abs(best.end - best.start - m))) {
            best = {start, end, dist};
        }
    };
    consider(0, prevCost[m], 0);
    for (qsizetype j = 1; j <= text.size(); ++j) {
        cost[0] = 0;
        from[0] = j;
        const QChar t = text.at(j - 1);
        for (qsizetype i = 1; i <= m; ++i) {
            qsizetype c = prevCost[i - 1] + (pattern.at(i - 1) == t ? 0 : 1);
            qsizetype f = prevFrom[i - 1];
            if (prevCost[i] + 1 < c) {
                c = prevCost[i] + 1;
                f = prevFrom[i];
            }
            if (cost[i - 1] + 1 < c) {
                c = cost[i - 1] + 1;
                f = from[i - 1];
            }
            cost[i] = c;
            from[i] = f;
        }
        consider(j, cost[m], from[m]);
        std::swap(cost, prevCost);
        std::swap(from, prevFrom);
    }
    return best;
}

qsizetype editDistance(QStringView a, QStringView b)
{
    if (a.size() > b.size()) {
        std::swap(a, b);
    }
    const qsizetype m = a.size();
    if (m == 0) {
        return b.size();
    }
    if (m <= 64) {
        // Bit-parallel (Myers, in Hyyrö's form for the global distance): one column of the
        // table in two words, so a context of 32 characters costs a pass over the other one.
        // The same distance as the table below.
        std::array<quint64, 128> ascii{};
        for (qsizetype i = 0; i < m; ++i) {
            if (a.at(i).unicode() < 128) {
                ascii[a.at(i).unicode()] |= quint64(1) << i;
            }
        }
        const auto equal = [&](QChar c) -> quint64 {
            if (c.unicode() < 128) {
                return ascii[c.unicode()];
            }
            quint64 mask = 0;
            for (qsizetype i = 0; i < m; ++i) {
                if (a.at(i) == c) {
                    mask |= quint64(1) << i;
                }
            }
            return mask;
        };
        const quint64 high = quint64(1) << (m - 1);
        quint64 pv = ~quint64(0);
        quint64 mv = 0;
        qsizetype distance = m;
        for (QChar c : b) {
            const quint64 eq = equal(c);
            const quint64 xv = eq | mv;
            const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
            quint64 ph = mv | ~(xh | pv);
            quint64 mh = pv & xh;
            if (ph & high) {
                ++distance;
            } else if (mh & high) {
                --distance;
            }
            ph = (ph << 1) | 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return distance;
    }
    std::vector<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[j];
            row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

TextIndex::TextIndex(const QStringList &pages, bool withGrams)
{
    m_pages.reserve(pages.size());
    m_starts.reserve(pages.size());
    for (const QString &page : pages) {
        m_pages.append(normalizeText(page));
    }
    if (!withGrams) {
        return; // the version searched from: only its pages
    }
    qsizetype length = 0;
    for (const NormalizedText &page : std::as_const(m_pages)) {
        length += page.text.size() + 1;
    }
    m_text.reserve(length);
    for (const NormalizedText &page : std::as_const(m_pages)) {
        m_starts.append(m_text.size());
        m_text += page.text;
        m_text += QChar(PageSeparator);
    }
    const QStringView text(m_text);
    m_grams.reserve(size_t(length / 4));
    for (qsizetype pos = 0; pos + GramLength <= text.size(); ++pos) {
        if (startsWord(text, pos)) {
            m_grams.push_back({gramKey(text.data() + pos), pos});
        }
    }
    // Added by position: sorted stably by key, they are in (key, position) order.
    radixSort(m_grams);
}

qsizetype TextIndex::pageAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
    return std::max<qsizetype>(0, (it - m_starts.cbegin()) - 1);
}

std::pair<std::vector<TextIndex::Gram>::const_iterator, std::vector<TextIndex::Gram>::const_iterator>
TextIndex::find(QStringView gram) const
{
    const quint64 hash = gramKey(gram.data());
    const auto lower = std::lower_bound(m_grams.cbegin(), m_grams.cend(), Gram{hash, -1});
    auto upper = lower;
    while (upper != m_grams.cend() && upper->hash == hash) {
        ++upper;
    }
    return {lower, upper};
}

QList<qsizetype> TextIndex::patternGrams(QStringView pattern, bool atWordStart) const
{
    QList<qsizetype> grams;
    for (qsizetype j = 0; j + GramLength <= pattern.size(); ++j) {
        const bool wordStart = j == 0 ? atWordStart : (pattern.at(j - 1) == u' ' && pattern.at(j) != u' ');
        if (wordStart) {
            grams.append(j);
        }
    }
    return grams;
}

QList<qsizetype> TextIndex::exactHits(QStringView needle, bool atWordStart, qsizetype limit) const
{
    QList<qsizetype> hits;
    if (needle.isEmpty()) {
        return hits;
    }
    const QStringView text(m_text);
    const QList<qsizetype> grams = patternGrams(needle, atWordStart);
    if (grams.isEmpty()) {
        // A short needle or one that starts inside a word: a scan, which is rare and cheap.
        const QStringMatcher matcher(needle);
        for (qsizetype pos = matcher.indexIn(text); pos >= 0 && hits.size() < limit;
             pos = matcher.indexIn(text, pos + 1)) {
            hits.append(pos);
        }
        return hits;
    }
    // Every occurrence contains every gram: check the rarest gram's places only.
    qsizetype rarest = grams.constFirst();
    qsizetype rarestCount = -1;
    for (qsizetype j : grams) {
        const auto [lower, upper] = find(needle.mid(j, GramLength));
        const qsizetype count = upper - lower;
        if (rarestCount < 0 || count < rarestCount) {
            rarest = j;
            rarestCount = count;
        }
    }
    const auto [lower, upper] = find(needle.mid(rarest, GramLength));
    for (auto it = lower; it != upper && hits.size() < limit; ++it) {
        const qsizetype start = it->pos - rarest;
        if (start >= 0 && text.mid(start, needle.size()) == needle) {
            hits.append(start);
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    return hits;
}

QList<qsizetype> TextIndex::approximateStarts(QStringView pattern, bool atWordStart, qsizetype limit) const
{
    std::vector<qsizetype> votes;
    for (qsizetype j : patternGrams(pattern, atWordStart)) {
        const auto [lower, upper] = find(pattern.mid(j, GramLength));
        if (upper - lower > FrequentGram) {
            continue;
        }
        for (auto it = lower; it != upper; ++it) {
            votes.push_back(it->pos - j);
        }
    }
    std::sort(votes.begin(), votes.end());
    // Votes within a tolerance of each other are one candidate: text inserted or removed inside
    // the quote moves the later grams' votes a little.
    const qsizetype tolerance = std::max<qsizetype>(4, pattern.size() / 4);
    struct Cluster
    {
        qsizetype start;
        qsizetype votes;
    };
    std::vector<Cluster> clusters;
    for (size_t i = 0; i < votes.size();) {
        size_t j = i;
        while (j + 1 < votes.size() && votes[j + 1] - votes[j] <= tolerance) {
            ++j;
        }
        clusters.push_back({votes[i + (j - i) / 2], qsizetype(j - i + 1)});
        i = j + 1;
    }
    std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster &a, const Cluster &b) {
        return a.votes > b.votes;
    });
    QList<qsizetype> starts;
    for (const Cluster &cluster : clusters) {
        if (starts.size() >= limit) {
            break;
        }
        starts.append(std::max<qsizetype>(0, cluster.start));
    }
    return starts;
}

} // namespace Ratsmappe::Annotations
