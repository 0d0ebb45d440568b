// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace Ratsmappe::Search {

/// A word of a text as search sees it: where it is in the text and its folded form.
struct TextToken
{
    qsizetype start = 0; ///< in the text's units (UTF-16 for a QString, bytes for UTF-8)
    qsizetype end = 0;
    QString folded;
};

/// The longest folded word search keeps, in bytes; longer runs of letters are cut there (a
/// hostile or broken text cannot make one huge term).
constexpr int MaxTokenBytes = 96;

/// German as members type it, folded one way in the index and in the query: lower case;
/// diacritics dropped (é = e); ä, ö, ü = a, o, u; their spelled-out forms ae, oe, ue = a, o, u
/// (ue not after a vowel or q: "Feuer", "Quelle" stay); ß = ss. The German2 heuristic of the
/// Snowball project, as Lucene's GermanNormalizationFilter applies it. So Bürger = Buerger =
/// Burger and Straße = Strasse = STRASSE fold to the same word.
QString foldWord(QStringView word);

/// The words of \a text (runs of letters and digits; everything else separates) with their
/// folded forms and UTF-16 positions.
QList<TextToken> tokenize(QStringView text);
/// The same without a list: calls \a onToken with each folded word (UTF-8) and its UTF-16 range
/// in \a text; stops when \a onToken returns false.
void tokenize(
    QStringView text,
    const std::function<bool(const char *folded, int foldedSize, qsizetype start, qsizetype end)> &onToken);

/// In a full-text query, separates a word from its alternatives (words matched at its place:
/// the compounds that hold it). Never part of a word, and never typed: Query builds it.
constexpr char AlternativeSeparator = '\x1f';

/// The same over UTF-8, for the full-text index's tokenizer: calls \a onToken with each folded word
/// (UTF-8) and its byte range in \a text; stops when \a onToken returns false. Invalid UTF-8
/// separates words.
void tokenizeUtf8(const char *text,
                  qsizetype size,
                  const std::function<bool(const char *folded, int foldedSize, int start, int end)> &onToken);

} // namespace Ratsmappe::Search
