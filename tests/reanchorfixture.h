// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// tst_reanchor's document: the paragraphs of a German Beschlussvorlage, laid out as a PDF's text
// layer gives them (lines, word boxes), and annotations made on it as the reader makes them.

#include "reanchor.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Ratsmappe::Test::Reanchor {

using namespace Ratsmappe::Annotations;

// The paragraphs of a Beschlussvorlage; "Die Verwaltung wird beauftragt" is in two of them.
inline const QStringList &paragraphs()
{
    static const QStringList p = {
        QStringLiteral("Beschlussvorlage 2026/0147 – Sanierung der Grundschule am Lindenplatz"),
        QStringLiteral(
            "Sachverhalt: Die Grundschule am Lindenplatz wurde 1968 errichtet und seitdem nur in Teilen "
            "instand gesetzt. Das Dach ist undicht, die Fenster entsprechen nicht mehr den Anforderungen "
            "an den Wärmeschutz, und die Sanitäranlagen sind abgängig."),
        QStringLiteral(
            "Finanzielle Auswirkungen: Die Gesamtkosten der Maßnahme belaufen sich nach der "
            "Kostenschätzung des Architekturbüros auf 300.000 Euro. Die Mittel stehen im Haushaltsplan "
            "2026 unter der Haushaltsstelle 2110.0940 zur Verfügung."),
        QStringLiteral(
            "Der Bau- und Planungsausschuss hat die Vorlage in seiner Sitzung am 12. März 2026 beraten "
            "und empfiehlt dem Rat die Annahme des Beschlussvorschlags."),
        QStringLiteral("Beschlussvorschlag: Der Rat der Stadt beschließt die Sanierung der Grundschule am "
                       "Lindenplatz. Die Verwaltung wird beauftragt, die Ausschreibung der Bauleistungen "
                       "vorzubereiten."),
        QStringLiteral(
            "Stellungnahme des Schulausschusses: Der Ausschuss begrüßt die Maßnahme ausdrücklich. Die "
            "Verwaltung wird beauftragt, die Schulleitung und die Elternvertretung frühzeitig über den "
            "Zeitplan zu unterrichten."),
        QStringLiteral(
            "Zeitplan: Die Arbeiten sollen in den Sommerferien 2026 beginnen und bis zum Ende der "
            "Herbstferien 2027 abgeschlossen sein. Während der Bauzeit wird der Unterricht in Containern "
            "auf dem Schulhof fortgesetzt."),
        QStringLiteral("Klimaschutz: Mit der Erneuerung der Fenster und der Dämmung des Daches sinkt der "
                       "Wärmebedarf des Gebäudes nach Berechnung der Stadtwerke um rund 40 Prozent. Eine "
                       "Photovoltaikanlage auf dem Dach wird gesondert geprüft."),
        QStringLiteral(
            "Alternativen: Ein Neubau an anderer Stelle wurde geprüft und verworfen, da kein geeignetes "
            "Grundstück im Schulbezirk zur Verfügung steht und die Kosten mehr als das Dreifache betragen "
            "würden."),
        QStringLiteral(
            "Anlagen: Kostenschätzung des Architekturbüros, Lageplan, Stellungnahme der Schulleitung vom "
            "3. Februar 2026."),
        QStringLiteral(
            "Barrierefreiheit: Im Zuge der Sanierung wird ein Aufzug eingebaut, der alle Geschosse "
            "erreicht. Die Eingänge werden stufenlos gestaltet, die Toiletten im Erdgeschoss barrierefrei "
            "umgebaut."),
        QStringLiteral(
            "Beteiligung: Der Seniorenbeirat und der Beirat für Menschen mit Behinderung wurden "
            "beteiligt. Beide Gremien haben der Planung zugestimmt und regen an, die Beschilderung "
            "zweisprachig zu gestalten."),
    };
    return p;
}

// Lines as a PDF's text layer gives them: broken at spaces, at most \a width characters.
inline QString wrapped(const QString &paragraph, qsizetype width = 78)
{
    QString out;
    qsizetype lineLength = 0;
    for (const QString &word : paragraph.split(u' ')) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            out += u'\n';
            lineLength = 0;
        } else if (lineLength > 0) {
            out += u' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

inline QString page(const QList<int> &indexes, const QString &before = {})
{
    QStringList parts;
    if (!before.isEmpty()) {
        parts.append(wrapped(before));
    }
    for (int i : indexes) {
        parts.append(wrapped(paragraphs().at(i)));
    }
    return parts.join(u'\n');
}

// The old version: four pages of three paragraphs.
inline QStringList oldVersion()
{
    return {page({0, 1, 2}), page({3, 4, 5}), page({6, 7, 8}), page({9, 10, 11})};
}

// Where \a phrase is in \a text, line breaks or not between its words; -1 when it is not.
inline qsizetype find(const QString &text, const QString &phrase, qsizetype from = 0)
{
    QStringList words = phrase.split(u' ');
    for (QString &word : words) {
        word = QRegularExpression::escape(word);
    }
    const QRegularExpression re(words.join(QStringLiteral("\\s+")));
    const QRegularExpressionMatch match = re.match(text, from);
    return match.hasMatch() ? match.capturedStart() : -1;
}

inline qsizetype findEnd(const QString &text, const QString &phrase, qsizetype from = 0)
{
    const qsizetype start = find(text, phrase, from);
    QStringList words = phrase.split(u' ');
    for (QString &word : words) {
        word = QRegularExpression::escape(word);
    }
    return start + QRegularExpression(words.join(QStringLiteral("\\s+"))).match(text, start).capturedLength();
}

// A text markup annotation on \a phrase (its \a occurrence-th place) of old page \a pageIndex.
inline Anchor markup(const QStringList &pages, qsizetype pageIndex, const QString &phrase, int occurrence = 0)
{
    const QString &text = pages.at(pageIndex);
    qsizetype start = find(text, phrase);
    for (int i = 0; i < occurrence; ++i) {
        start = find(text, phrase, start + 1);
    }
    Q_ASSERT(start >= 0);
    const qsizetype end = findEnd(text, phrase, start);
    Anchor a;
    a.page = pageIndex;
    a.start = start;
    a.end = end;
    a.quote = text.mid(start, end - start);
    a.prefix = text.mid(std::max<qsizetype>(0, start - 32), std::min<qsizetype>(32, start));
    a.suffix = text.mid(end, 32);
    a.rect = QRectF(0.1, 0.1, 0.5, 0.02);
    return a;
}

// Words laid out as lines of a page: 2.5 % of the page per line, 1.05 % per character.
inline QList<WordBox> layout(const QString &text)
{
    QList<WordBox> words;
    qsizetype line = 0;
    qsizetype column = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 0;
            ++i;
            continue;
        }
        if (text.at(i).isSpace()) {
            ++column;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && !text.at(j).isSpace()) {
            ++j;
        }
        words.append({text.mid(i, j - i),
                      QRectF(0.08 + 0.0105 * column, 0.06 + 0.025 * line, 0.0105 * (j - i), 0.02),
                      i});
        column += j - i;
        i = j;
    }
    return words;
}

inline QList<QList<WordBox>> layout(const QStringList &pages)
{
    QList<QList<WordBox>> out;
    for (const QString &text : pages) {
        out.append(layout(text));
    }
    return out;
}

inline QRectF wordsRect(const QList<WordBox> &words, qsizetype start, qsizetype end)
{
    QRectF united;
    for (const WordBox &word : words) {
        if (word.offset < end && word.offset + word.text.size() > start) {
            united = united.isNull() ? word.rect : united.united(word.rect);
        }
    }
    return united;
}

// An ink stroke or note at \a rect beside \a guidePhrase of old page \a pageIndex.
inline Anchor
positioned(const QStringList &pages, qsizetype pageIndex, const QString &guidePhrase, QRectF rect)
{
    const Anchor text = markup(pages, pageIndex, guidePhrase);
    Anchor a;
    a.page = pageIndex;
    a.rect = rect;
    a.guide = text.quote;
    a.guideStart = text.start;
    a.guideRect = wordsRect(layout(pages.at(pageIndex)), text.start, text.end);
    return a;
}

inline QString simplified(const QString &text)
{
    QString s = text;
    s.remove(QChar(0x00AD));
    s.replace(QStringLiteral("-\n"), QString());
    return s.simplified();
}

} // namespace Ratsmappe::Test::Reanchor
