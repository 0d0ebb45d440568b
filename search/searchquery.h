// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "germanfold.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace Ratsmappe::Search {

/// One part of a query: a word or a phrase, folded (foldWord), to be found or to be left out.
struct QueryTerm
{
    QStringList tokens; ///< folded; more than one: a phrase, in this order
    QStringList words; ///< the same words as typed (the index folds them itself)
    bool prefix = true; ///< the last token may begin a longer word (Haushalt → Haushaltsplan)
    bool exclude = false; ///< "-word": what holds it is left out
    QStringList infixes; ///< whole words that hold a single-token term inside (Radverkehr for verkehr)
};

/// What a member typed, read the forgiving way: words (each also finds compounds that begin
/// with it), "quoted phrases", a trailing * (the same as a bare word), -word to leave out.
/// Everything else, FTS5's syntax included (AND, NEAR(, ^, :, unbalanced quotes), is text:
/// its letters and digits are words, the rest separates. Never fails: a query without a word
/// to find carries a message instead.
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Search::Query)
public:
    /// At most this many terms are searched; the rest are dropped with a notice.
    static constexpr int MaxTerms = 16;
    /// Shorter words are found whole, never as the beginning or inside of another.
    static constexpr int MinPrefix = 3;
    static constexpr int MinInfix = 4;

    static Query parse(const QString &text);

    bool isEmpty() const { return positiveCount() == 0; }
    /// Why nothing is searched ("" when something is).
    QString message() const;
    /// A remark on what was searched (terms dropped), "" when none.
    QString notice() const { return m_notice; }

    const QList<QueryTerm> &terms() const { return m_terms; }
    QList<QueryTerm> &terms() { return m_terms; }

    /// The FTS5 MATCH expression (every token quoted: no FTS5 syntax from the member gets
    /// through); empty when isEmpty().
    QString ftsExpression() const;
    /// ratsmappe_rank's phrase weights for ftsExpression(), in its phrases' order: a word as
    /// typed weighs 1, the compounds found for it (one phrase) InfixWeight.
    QString phraseWeights() const;
    static constexpr double InfixWeight = 0.6;

    /// Whether \a tokens (a text's, from tokenize) hold every term to find and none to leave
    /// out; \a ranges receives the matched tokens' [start, end) positions.
    bool matches(const QList<TextToken> &tokens,
                 QList<std::pair<qsizetype, qsizetype>> *ranges = nullptr) const;

    /// Where in \a tokens' text any term to find occurs, each [start, end), in text order: the
    /// matches of a text that matched in full-text search (whose terms may be spread over
    /// several texts, a title and a body).
    QList<std::pair<qsizetype, qsizetype>> found(const QList<TextToken> &tokens) const;

    /// Whether folded \a token is found by one of the tokens to find (for highlighting words on a
    /// page): a prefix, an exact phrase word or an infix word.
    bool highlights(const QString &folded) const;

private:
    int positiveCount() const;
    QList<QueryTerm> m_terms;
    QString m_notice;
    bool m_onlyExcluded = false;
};

/// Query::highlights over folded UTF-8 words (tokenize's callback), without a QString per word:
/// for the snippets of long texts.
class Highlighter
{
public:
    explicit Highlighter(const Query &query);
    bool operator()(std::string_view folded) const;

private:
    struct Word
    {
        std::string text;
        bool prefix = false; ///< begins longer words
        bool inside = false; ///< found inside longer words
    };
    std::vector<Word> m_words;
};

} // namespace Ratsmappe::Search
