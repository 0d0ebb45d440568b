// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotelocator.h"

#include <QStringList>

namespace Ratsmappe {

namespace {

// Whether \a word continues the line whose boxes so far make \a line: it overlaps the line's
// height by half its own, and does not go back to the left margin.
bool sameLine(const QRectF &line, const QRectF &word)
{
    const double overlap = std::min(line.bottom(), word.bottom()) - std::max(line.top(), word.top());
    return overlap >= 0.5 * std::min(line.height(), word.height()) && word.left() >= line.left();
}

} // namespace

QuoteLocator::QuoteLocator(const QList<PdfWord> &words, const QSizeF &pageSize)
    : m_pageSize(pageSize)
{
    QStringList parts;
    int offset = 0;
    for (const PdfWord &word : words) {
        const QString text = collapsed(word.text);
        if (text.isEmpty()) {
            continue;
        }
        m_words.append({text, word.box});
        m_starts.append(offset);
        parts.append(text);
        offset += int(text.size()) + 1;
    }
    m_text = parts.join(QLatin1Char(' '));
}

QString QuoteLocator::collapsed(const QString &text)
{
    return text.simplified();
}

int QuoteLocator::count(const QString &quote) const
{
    const QString needle = collapsed(quote);
    if (needle.isEmpty()) {
        return 0;
    }
    int n = 0;
    for (qsizetype at = m_text.indexOf(needle); at >= 0; at = m_text.indexOf(needle, at + 1)) {
        ++n;
    }
    return n;
}

std::optional<QuoteMatch> QuoteLocator::find(const QString &quote, int occurrence) const
{
    const QString needle = collapsed(quote);
    if (needle.isEmpty() || occurrence < 1 || m_pageSize.isEmpty()) {
        return std::nullopt;
    }
    qsizetype at = m_text.indexOf(needle);
    for (int k = 1; k < occurrence && at >= 0; ++k) {
        at = m_text.indexOf(needle, at + 1);
    }
    if (at < 0) {
        return std::nullopt;
    }
    return this->at(int(at), int(at + needle.size()));
}

std::optional<QuoteMatch> QuoteLocator::wordRange(int first, int last) const
{
    if (first < 0 || last < first || last >= m_words.size()) {
        return std::nullopt;
    }
    return at(m_starts.at(first), m_starts.at(last) + int(m_words.at(last).text.size()));
}

std::optional<QuoteMatch> QuoteLocator::at(int start, int end) const
{
    if (start < 0 || end <= start || end > m_text.size() || m_pageSize.isEmpty()) {
        return std::nullopt;
    }
    QuoteMatch match;
    match.start = start;
    match.end = end;
    match.quote = m_text.mid(start, end - start);
    const int before = std::max(0, match.start - ContextLength);
    match.prefix = m_text.mid(before, match.start - before);
    match.suffix = m_text.mid(match.end, ContextLength);

    QList<QRectF> lines;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const int wordStart = m_starts.at(i);
        const int wordEnd = wordStart + int(m_words.at(i).text.size());
        if (wordEnd <= match.start || wordStart >= match.end) {
            continue;
        }
        const QRectF box = m_words.at(i).box;
        if (!lines.isEmpty() && sameLine(lines.last(), box)) {
            lines.last() = lines.last().united(box);
        } else {
            lines.append(box);
        }
    }
    for (const QRectF &line : lines) {
        match.rects.append(QRectF(line.x() / m_pageSize.width(),
                                  line.y() / m_pageSize.height(),
                                  line.width() / m_pageSize.width(),
                                  line.height() / m_pageSize.height()));
    }
    return match;
}

} // namespace Ratsmappe
