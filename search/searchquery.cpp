// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchquery.h"

#include <algorithm>

namespace Ratsmappe::Search {

namespace {

QString quoted(const QString &word)
{
    // Words hold letters and digits only; the quotes keep FTS5 from reading any as syntax.
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString ftsTerm(const QueryTerm &term)
{
    QString phrase = quoted(term.words.join(QLatin1Char(' ')));
    if (term.prefix) {
        phrase += QLatin1Char('*');
    }
    if (term.infixes.isEmpty()) {
        return phrase;
    }
    // The compounds as one phrase of alternatives (see AlternativeSeparator): the ranking weighs
    // the word as typed above them.
    return QLatin1Char('(') + phrase + QLatin1String(" OR ") +
        quoted(term.infixes.join(QLatin1Char(AlternativeSeparator))) + QLatin1Char(')');
}

bool tokenMatches(const QueryTerm &term, qsizetype index, const QString &token)
{
    const QString &want = term.tokens.at(index);
    const bool last = index == term.tokens.size() - 1;
    if (last && term.prefix ? token.startsWith(want) : token == want) {
        return true;
    }
    // A single word is also found inside compounds (verkehr in radverkehr); its infixes are
    // such compounds.
    return term.tokens.size() == 1 && want.size() >= Query::MinInfix && token.contains(want);
}

// The first token of each place \a term occurs in \a tokens, with its last token.
QList<std::pair<qsizetype, qsizetype>> occurrences(const QueryTerm &term, const QList<TextToken> &tokens)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    const qsizetype n = term.tokens.size();
    for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < n && all; ++j) {
            all = tokenMatches(term, j, tokens.at(i + j).folded);
        }
        if (all) {
            found.append({i, i + n - 1});
        }
    }
    return found;
}

// The text ranges [start, end) of the places \a at (first and last token) in \a tokens.
void appendRanges(const QList<std::pair<qsizetype, qsizetype>> &at,
                  const QList<TextToken> &tokens,
                  QList<std::pair<qsizetype, qsizetype>> &out)
{
    for (const auto &[first, last] : at) {
        out.append({tokens.at(first).start, tokens.at(last).end});
    }
}

} // namespace

Query Query::parse(const QString &text)
{
    Query query;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int dropped = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        QueryTerm term;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            term.exclude = true;
            ++i;
        }
        QString part;
        if (text.at(i) == QLatin1Char('"')) {
            // A phrase, to the closing quote or, unbalanced, to the end.
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            part = text.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            term.prefix = i < n && text.at(i) == QLatin1Char('*');
            if (term.prefix) {
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"')) {
                ++end;
            }
            part = text.mid(i, end - i);
            i = end;
        }
        const QList<TextToken> tokens = tokenize(part);
        if (tokens.isEmpty()) {
            continue;
        }
        if (query.m_terms.size() >= MaxTerms) {
            ++dropped;
            continue;
        }
        for (const TextToken &token : tokens) {
            term.tokens.append(token.folded);
            term.words.append(part.mid(token.start, token.end - token.start));
        }
        // One or two letters would begin thousands of words: those are found whole.
        term.prefix = term.prefix && term.tokens.last().size() >= MinPrefix;
        query.m_terms.append(term);
    }
    if (dropped > 0) {
        query.m_notice = tr("Only the first %n words were searched.", nullptr, MaxTerms);
    }
    return query;
}

int Query::positiveCount() const
{
    return int(
        std::count_if(m_terms.cbegin(), m_terms.cend(), [](const QueryTerm &t) { return !t.exclude; }));
}

QString Query::message() const
{
    if (!isEmpty()) {
        return {};
    }
    if (!m_terms.isEmpty()) {
        return tr("Add a word to search for: words with a minus sign only leave results out.");
    }
    return tr("Type a word to search for.");
}

QString Query::ftsExpression() const
{
    if (isEmpty()) {
        return {};
    }
    QStringList find;
    QStringList leaveOut;
    for (const QueryTerm &term : m_terms) {
        (term.exclude ? leaveOut : find).append(ftsTerm(term));
    }
    QString expression = QLatin1Char('(') + find.join(QLatin1String(" AND ")) + QLatin1Char(')');
    for (const QString &term : leaveOut) {
        expression += QLatin1String(" NOT ") + term;
    }
    return expression;
}

QString Query::phraseWeights() const
{
    // ftsExpression's order: the terms to find, each followed by its compounds, then the rest.
    QStringList weights;
    for (const bool exclude : {false, true}) {
        for (const QueryTerm &term : m_terms) {
            if (term.exclude == exclude) {
                weights.append(QStringLiteral("1"));
                if (!term.infixes.isEmpty()) {
                    weights.append(QString::number(InfixWeight));
                }
            }
        }
    }
    return weights.join(QLatin1Char(' '));
}

bool Query::matches(const QList<TextToken> &tokens, QList<std::pair<qsizetype, qsizetype>> *ranges) const
{
    if (isEmpty()) {
        return false;
    }
    // Each term's places once: they decide the match and are the ranges.
    QList<std::pair<qsizetype, qsizetype>> found;
    for (const QueryTerm &term : m_terms) {
        const auto at = occurrences(term, tokens);
        if (term.exclude != at.isEmpty()) {
            return false; // a word to find is missing, or one to leave out is there
        }
        if (!term.exclude) {
            appendRanges(at, tokens, found);
        }
    }
    if (ranges) {
        std::sort(found.begin(), found.end());
        *ranges = found;
    }
    return true;
}

QList<std::pair<qsizetype, qsizetype>> Query::found(const QList<TextToken> &tokens) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const QueryTerm &term : m_terms) {
        if (!term.exclude) {
            appendRanges(occurrences(term, tokens), tokens, ranges);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

bool Query::highlights(const QString &folded) const
{
    for (const QueryTerm &term : m_terms) {
        if (term.exclude) {
            continue;
        }
        for (qsizetype j = 0; j < term.tokens.size(); ++j) {
            if (tokenMatches(term, j, folded)) {
                return true;
            }
        }
    }
    return false;
}

Highlighter::Highlighter(const Query &query)
{
    for (const QueryTerm &term : query.terms()) {
        if (term.exclude) {
            continue;
        }
        for (qsizetype j = 0; j < term.tokens.size(); ++j) {
            const QString &want = term.tokens.at(j);
            m_words.push_back({want.toStdString(),
                               term.prefix && j == term.tokens.size() - 1,
                               term.tokens.size() == 1 && want.size() >= Query::MinInfix});
        }
    }
}

bool Highlighter::operator()(std::string_view folded) const
{
    // As tokenMatches.
    return std::any_of(m_words.cbegin(), m_words.cend(), [folded](const Word &w) {
        return folded == w.text || (w.prefix && folded.starts_with(w.text)) ||
            (w.inside && folded.find(w.text) != std::string_view::npos);
    });
}

} // namespace Ratsmappe::Search
