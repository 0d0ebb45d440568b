// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Ratsmappe {

/// Where a quote lies on a page, as text markup keeps it.
struct QuoteMatch
{
    QList<QRectF> rects; ///< one per line: the words' boxes, normalized (0..1, origin top left)
    QString quote; ///< as found on the page (white space collapsed)
    QString prefix; ///< up to ContextLength characters before it
    QString suffix; ///< up to ContextLength characters after it
    int start = 0; ///< the quote's characters in text()
    int end = 0;
};

/// Finds a quote among a page's words (the W3C TextQuoteSelector, as Hypothesis anchors). The
/// page's text is its words in reading order joined by single spaces; a quote matches exactly,
/// white space collapsed, and covers the words it touches. Pure: no Poppler here.
class QuoteLocator
{
public:
    static constexpr int ContextLength = 32;

    QuoteLocator(const QList<PdfWord> &words, const QSizeF &pageSize);

    /// The page's words joined by single spaces: what offsets count in.
    QString text() const { return m_text; }
    /// \a text with runs of white space made one space, trimmed.
    static QString collapsed(const QString &text);
    int count(const QString &quote) const;
    /// The \a occurrence-th match (from 1); nullopt when there are fewer.
    std::optional<QuoteMatch> find(const QString &quote, int occurrence = 1) const;
    /// The characters [\a start, \a end) of text(), covering the words they touch; nullopt
    /// when out of range.
    std::optional<QuoteMatch> at(int start, int end) const;
    /// The words \a first to \a last (inclusive, counting the page's non-empty words).
    std::optional<QuoteMatch> wordRange(int first, int last) const;
    /// The non-empty words, in the order text() joins them, with their boxes in points.
    const QList<PdfWord> &words() const { return m_words; }
    /// Where each word of words() starts in text().
    const QList<int> &wordStarts() const { return m_starts; }

private:
    QList<PdfWord> m_words;
    QList<int> m_starts; // each word's first character in m_text
    QSizeF m_pageSize;
    QString m_text;
};

} // namespace Ratsmappe
