// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "normalizedtext.h"

#include <QStringList>

#include <vector>

namespace Ratsmappe::Annotations {

/// Where a pattern lies in a text, and how many edits it took (Levenshtein).
struct Alignment
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype distance = -1;
};

/// The best match of \a pattern anywhere inside \a text (free start and end), by edit distance;
/// among equally good ends, the one nearest to start + pattern length. O(|pattern|·|text|):
/// meant for a window around a candidate, never for a whole document.
Alignment alignWithin(QStringView pattern, QStringView text);

/// Levenshtein distance, for short strings (quote contexts).
qsizetype editDistance(QStringView a, QStringView b);

/// One version's pages, normalized and joined into one text, with an index of the short grams
/// that start each word: a quote's candidates come from the index, not from a scan.
class TextIndex
{
public:
    /// \a withGrams: build the joined text and the gram index (the version searched in); without
    /// it, only the normalized pages (the version searched from: text() is empty).
    explicit TextIndex(const QStringList &pages, bool withGrams = true);

    qsizetype pageCount() const { return m_pages.size(); }
    const NormalizedText &page(qsizetype page) const { return m_pages.at(page); }
    /// All pages' normalized text, each page followed by a separator no quote contains.
    QStringView text() const { return m_text; }
    qsizetype pageStart(qsizetype page) const { return m_starts.at(page); }
    /// The page that global offset \a pos is on.
    qsizetype pageAt(qsizetype pos) const;

    /// Every place \a needle occurs exactly (global offsets), at most \a limit of them.
    /// \a atWordStart: the needle starts where a word starts.
    QList<qsizetype> exactHits(QStringView needle, bool atWordStart, qsizetype limit = 4096) const;
    /// Where \a pattern may start, approximately: word-start grams of the pattern found in the
    /// text vote for a start; nearby votes are one candidate. Best supported first, at most
    /// \a limit.
    QList<qsizetype> approximateStarts(QStringView pattern, bool atWordStart, qsizetype limit = 8) const;

    static constexpr qsizetype GramLength = 5;
    /// Grams found this often say nothing about where a quote is ("der S", "und d").
    static constexpr qsizetype FrequentGram = 400;

private:
    struct Gram
    {
        quint64 hash; ///< the gram's key (gramKey in textindex.cpp)
        qsizetype pos;
        bool operator<(const Gram &other) const
        {
            return hash < other.hash || (hash == other.hash && pos < other.pos);
        }
    };
    std::pair<std::vector<Gram>::const_iterator, std::vector<Gram>::const_iterator>
    find(QStringView gram) const;
    QList<qsizetype> patternGrams(QStringView pattern, bool atWordStart) const;

    QList<NormalizedText> m_pages;
    QString m_text;
    QList<qsizetype> m_starts;
    std::vector<Gram> m_grams;
};

} // namespace Ratsmappe::Annotations
