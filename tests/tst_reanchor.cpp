// SPDX-License-Identifier: GPL-2.0-or-later
// Re-anchoring annotations onto a new version of a document (annotations/reanchor.h,
// docs/annotations.md), on the text of a German council paper changed as towns change them:
// text inserted, paragraphs moved, pages added and removed, quotes edited and deleted, lines
// broken and hyphenated differently. Every annotation comes back; each lands on the asserted
// page and words, with the asserted placement and attention.

#include "reanchorfixture.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Ratsmappe::Annotations;
using namespace Ratsmappe::Test::Reanchor;

#define VERIFY_PLACED(placed, newPages, expectedPage, phrase, expectedPlacement, attention)                  \
    do {                                                                                                     \
        QCOMPARE((placed).page, qsizetype(expectedPage));                                                    \
        QCOMPARE((placed).placement, expectedPlacement);                                                     \
        QCOMPARE((placed).needsAttention, (attention));                                                      \
        const QString &text__ = (newPages).at(expectedPage);                                                 \
        QCOMPARE((placed).start, find(text__, phrase));                                                      \
        QCOMPARE((placed).end, findEnd(text__, phrase, (placed).start));                                     \
        QCOMPARE((placed).quote, text__.mid((placed).start, (placed).end - (placed).start));                 \
    } while (false)

class ReanchorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchanged()
    {
        const QStringList pages = oldVersion();
        const QList<Anchor> anchors = {markup(pages, 0, QStringLiteral("300.000 Euro")),
                                       markup(pages, 1, QStringLiteral("empfiehlt dem Rat die Annahme")),
                                       markup(pages, 2, QStringLiteral("Containern auf dem Schulhof")),
                                       markup(pages, 3, QStringLiteral("Aufzug eingebaut"))};
        const QList<Placed> placed = reanchor(anchors, pages, pages);
        QCOMPARE(placed.size(), anchors.size());
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            QCOMPARE(placed.at(i).page, anchors.at(i).page);
            QCOMPARE(placed.at(i).start, anchors.at(i).start);
            QCOMPARE(placed.at(i).end, anchors.at(i).end);
            QCOMPARE(placed.at(i).quote, anchors.at(i).quote);
            QCOMPARE(placed.at(i).placement, Placement::Exact);
            QVERIFY(!placed.at(i).needsAttention);
            QVERIFY2(placed.at(i).confidence > 0.95, QByteArray::number(placed.at(i).confidence));
        }
    }

    void textInsertedBeforeTheQuote()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        changed[1] = page({3, 4, 5},
                          QStringLiteral("Ergänzung vom 20. März 2026: Der Finanzausschuss hat die Vorlage "
                                         "ebenfalls beraten und keine Einwände erhoben."));
        const QString phrase = QStringLiteral("empfiehlt dem Rat die Annahme");
        const QList<Placed> placed = reanchor({markup(pages, 1, phrase)}, pages, changed);
        QCOMPARE(placed.size(), 1);
        VERIFY_PLACED(placed.at(0), changed, 1, phrase, Placement::Exact, false);
        QVERIFY(placed.at(0).start > markup(pages, 1, phrase).start);
    }

    void textRemovedAndParagraphMovedWithinThePage()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        // Page 0 loses its first sentence of the Sachverhalt; on page 1 the Schulausschuss's
        // statement moves to the top.
        QString sachverhalt = paragraphs().at(1);
        sachverhalt.remove(
            QStringLiteral("Die Grundschule am Lindenplatz wurde 1968 errichtet und seitdem nur in Teilen "
                           "instand gesetzt. "));
        changed[0] =
            wrapped(paragraphs().at(0)) + u'\n' + wrapped(sachverhalt) + u'\n' + wrapped(paragraphs().at(2));
        changed[1] = page({5, 3, 4});
        const QString removedBefore = QStringLiteral("Gesamtkosten der Maßnahme");
        const QString moved = QStringLiteral("die Elternvertretung frühzeitig über den Zeitplan");
        const QList<Anchor> anchors = {markup(pages, 0, removedBefore), markup(pages, 1, moved)};
        const QList<Placed> placed = reanchor(anchors, pages, changed);
        VERIFY_PLACED(placed.at(0), changed, 0, removedBefore, Placement::Exact, false);
        QVERIFY(placed.at(0).start < anchors.at(0).start);
        VERIFY_PLACED(placed.at(1), changed, 1, moved, Placement::Exact, false);
        QVERIFY(placed.at(1).start < anchors.at(1).start);
    }

    void paragraphMovedToAnotherPage()
    {
        const QStringList pages = oldVersion();
        const QStringList changed = {page({0, 1, 2}), page({3, 4, 5}), page({6, 8}), page({9, 10, 11, 7})};
        const QString phrase = QStringLiteral("sinkt der Wärmebedarf des Gebäudes");
        const QList<Placed> placed = reanchor({markup(pages, 2, phrase)}, pages, changed);
        VERIFY_PLACED(placed.at(0), changed, 3, phrase, Placement::Exact, false);
    }

    void pagesInsertedAndRemoved()
    {
        const QStringList pages = oldVersion();
        // Two pages in front (a cover and a table of contents), the old second page removed.
        const QStringList changed = {
            wrapped(QStringLiteral("Stadt Musterhausen – Der Bürgermeister – Fachbereich Schule und Bildung. "
                                   "Öffentliche Sitzung des Rates am 26. März 2026, Tagesordnungspunkt 7.")),
            wrapped(
                QStringLiteral("Inhalt: 1. Sachverhalt 2. Finanzielle Auswirkungen 3. Zeitplan 4. "
                               "Klimaschutz 5. Alternativen 6. Barrierefreiheit 7. Beteiligung 8. Anlagen")),
            pages.at(0),
            pages.at(2),
            pages.at(3)};
        const QList<Anchor> anchors = {markup(pages, 0, QStringLiteral("auf 300.000 Euro")),
                                       markup(pages, 1, QStringLiteral("empfiehlt dem Rat die Annahme")),
                                       markup(pages, 2, QStringLiteral("Containern auf dem Schulhof")),
                                       markup(pages, 3, QStringLiteral("regen an, die Beschilderung"))};
        const QList<Placed> placed = reanchor(anchors, pages, changed);
        QCOMPARE(placed.size(), anchors.size());
        VERIFY_PLACED(placed.at(0), changed, 2, QStringLiteral("auf 300.000 Euro"), Placement::Exact, false);
        VERIFY_PLACED(
            placed.at(2), changed, 3, QStringLiteral("Containern auf dem Schulhof"), Placement::Exact, false);
        VERIFY_PLACED(
            placed.at(3), changed, 4, QStringLiteral("regen an, die Beschilderung"), Placement::Exact, false);
        // The removed page's annotation is kept, where its page would have been.
        QCOMPARE(placed.at(1).placement, Placement::None);
        QVERIFY(placed.at(1).needsAttention);
        QCOMPARE(placed.at(1).reason, Attention::QuoteNotFound);
        QCOMPARE(placed.at(1).page, 3);
        QCOMPARE(placed.at(1).start, -1);
    }

    void quoteEditedSlightly()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        changed[0].replace(QStringLiteral("300.000 Euro"), QStringLiteral("320.000 Euro"));
        changed[1].replace(QStringLiteral("die Annahme des"), QStringLiteral("die Ablehnung des"));
        const QList<Anchor> anchors = {
            markup(pages, 0, QStringLiteral("300.000 Euro")),
            markup(pages,
                   0,
                   QStringLiteral(
                       "belaufen sich nach der Kostenschätzung des Architekturbüros auf 300.000 Euro")),
            markup(pages, 1, QStringLiteral("empfiehlt dem Rat die Annahme des Beschlussvorschlags"))};
        const QList<Placed> placed = reanchor(anchors, pages, changed);
        // One character in twelve (8 %) and in 76: under the 10 % that needs attention.
        VERIFY_PLACED(placed.at(0), changed, 0, QStringLiteral("320.000 Euro"), Placement::Fuzzy, false);
        VERIFY_PLACED(
            placed.at(1),
            changed,
            0,
            QStringLiteral("belaufen sich nach der Kostenschätzung des Architekturbüros auf 320.000 Euro"),
            Placement::Fuzzy,
            false);
        // A word changed: "Annahme" became "Ablehnung", 13 % of the quote, so it needs attention.
        VERIFY_PLACED(placed.at(2),
                      changed,
                      1,
                      QStringLiteral("empfiehlt dem Rat die Ablehnung des Beschlussvorschlags"),
                      Placement::Fuzzy,
                      true);
        QCOMPARE(placed.at(2).reason, Attention::QuoteChanged);
        QVERIFY(placed.at(0).confidence > 0.8);
    }

    void quoteDeleted()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        QString klimaschutz = paragraphs().at(7);
        klimaschutz.remove(QStringLiteral(" Eine Photovoltaikanlage auf dem Dach wird gesondert geprüft."));
        changed[2] =
            wrapped(paragraphs().at(6)) + u'\n' + wrapped(klimaschutz) + u'\n' + wrapped(paragraphs().at(8));
        const QList<Placed> placed = reanchor(
            {markup(
                pages, 2, QStringLiteral("Eine Photovoltaikanlage auf dem Dach wird gesondert geprüft."))},
            pages,
            changed);
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.at(0).placement, Placement::None);
        QVERIFY(placed.at(0).needsAttention);
        QCOMPARE(placed.at(0).reason, Attention::QuoteNotFound);
        QCOMPARE(placed.at(0).page, 2);
        QCOMPARE(placed.at(0).start, -1);
    }

    void sameWordsInAnotherSentenceNeedAttention()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        // The financing paragraph is replaced; its words come back in a sentence saying otherwise.
        changed[0] =
            page({0, 1},
                 QStringLiteral("Nachtrag der Kämmerei vom 24. März 2026: Die Mittel stehen im Haushaltsplan "
                                "nicht mehr bereit, weil der Kreis seine Förderzusage zurückgezogen hat."));
        const QString phrase = QStringLiteral("Die Mittel stehen im Haushaltsplan");
        const QList<Placed> placed = reanchor({markup(pages, 0, phrase)}, pages, changed);
        VERIFY_PLACED(placed.at(0), changed, 0, phrase, Placement::Exact, true);
        QCOMPARE(placed.at(0).reason, Attention::ContextChanged);
    }

    void quoteTwiceContextDecides()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        changed[1] = page({3, 4, 5}, QStringLiteral("Ergänzung vom 20. März 2026: Zeitplan präzisiert."));
        const QString phrase = QStringLiteral("Die Verwaltung wird beauftragt");
        const QList<Placed> placed =
            reanchor({markup(pages, 1, phrase, 0), markup(pages, 1, phrase, 1)}, pages, changed);
        const qsizetype first = find(changed.at(1), phrase);
        const qsizetype second = find(changed.at(1), phrase, first + 1);
        QVERIFY(second > first);
        QCOMPARE(placed.at(0).start, first);
        QCOMPARE(placed.at(1).start, second);
        for (const Placed &p : placed) {
            QCOMPARE(p.page, 1);
            QCOMPARE(p.placement, Placement::Exact);
            QVERIFY(!p.needsAttention);
        }
        QVERIFY(changed.at(1).mid(placed.at(0).end, 40).contains(QStringLiteral("Ausschreibung")));
        QVERIFY(changed.at(1).mid(placed.at(1).end, 40).contains(QStringLiteral("Schulleitung")));
    }

    void sameWordsSameContextIsAmbiguous()
    {
        // A list whose items repeat word for word: context cannot tell the second from the third.
        const QString item = QStringLiteral("Der Antrag wird in die Fachausschüsse verwiesen.");
        const QString list = item + u' ' + item + u' ' + item + u' ' + item;
        const QStringList pages = {wrapped(list)};
        const QStringList changed = {wrapped(QStringLiteral("Tagesordnungspunkt 4: ") + list)};
        const QList<Placed> placed = reanchor({markup(pages, 0, item, 1)}, pages, changed);
        QCOMPARE(placed.at(0).page, 0);
        QCOMPARE(placed.at(0).placement, Placement::Exact);
        QVERIFY(placed.at(0).needsAttention);
        QCOMPARE(placed.at(0).reason, Attention::Ambiguous);
        // The old offset decided: the second item again.
        const qsizetype first = find(changed.at(0), item);
        QCOMPARE(placed.at(0).start, find(changed.at(0), item, first + 1));
    }

    void hyphenationAndLineBreaks()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        // Lines broken elsewhere, words hyphenated (hard and soft), a no-break space.
        const QString p3 =
            QStringLiteral("Der Bau-\nund Planungs-\nausschuss hat die Vorlage in seiner Sitzung am "
                           "12.\u00A0März 2026 be\u00AD\nraten "
                           "und\nempfiehlt dem Rat die An-\nnahme des Beschluss\u00AD\nvorschlags.");
        changed[1] = p3 + u'\n' + wrapped(paragraphs().at(4), 50) + u'\n' + wrapped(paragraphs().at(5), 50);
        const QList<Anchor> anchors = {
            markup(
                pages,
                1,
                QStringLiteral(
                    "Bau- und Planungsausschuss hat die Vorlage in seiner Sitzung am 12. März 2026 beraten")),
            markup(pages, 1, QStringLiteral("Annahme des Beschlussvorschlags.")),
            markup(pages, 1, QStringLiteral("die Ausschreibung der Bauleistungen vorzubereiten"))};
        const QList<Placed> placed = reanchor(anchors, pages, changed);
        QCOMPARE(placed.size(), 3);
        for (const Placed &p : placed) {
            QCOMPARE(p.page, 1);
            QCOMPARE(p.placement, Placement::Exact);
            QVERIFY(!p.needsAttention);
        }
        QCOMPARE(placed.at(0).start, changed.at(1).indexOf(QStringLiteral("Bau-")));
        QCOMPARE(placed.at(0).end, changed.at(1).indexOf(QStringLiteral("raten")) + 5);
        QCOMPARE(placed.at(1).quote, QStringLiteral("An-\nnahme des Beschluss\u00AD\nvorschlags."));
        QCOMPARE(simplified(placed.at(2).quote),
                 QStringLiteral("die Ausschreibung der Bauleistungen vorzubereiten"));
        QCOMPARE(placed.at(2).start, find(changed.at(1), QStringLiteral("die Ausschreibung der")));
    }

    void inkAndNoteFollowTheirParagraph()
    {
        const QStringList pages = oldVersion();
        const QStringList changed = {page({0, 1, 2}), page({3, 4, 5}), page({6, 8}), page({9, 10, 11, 7})};
        const QList<QList<WordBox>> newWords = layout(changed);
        const QString inkGuide = QStringLiteral("Klimaschutz: Mit der Erneuerung der Fenster");
        const QString noteGuide = QStringLiteral("Eine Photovoltaikanlage auf dem Dach");
        const QString stayingGuide = QStringLiteral("Zeitplan: Die Arbeiten sollen");
        const Anchor ink = positioned(pages, 2, inkGuide, QRectF(0.02, 0.0, 0.03, 0.08).translated(0, 0.14));
        const Anchor note = positioned(pages, 2, noteGuide, QRectF(0.92, 0.2, 0.04, 0.03));
        const Anchor staying = positioned(pages, 2, stayingGuide, QRectF(0.9, 0.06, 0.05, 0.05));
        Anchor drawing; // on a page without text near it: stays where it is
        drawing.page = 0;
        drawing.rect = QRectF(0.5, 0.8, 0.2, 0.1);
        const QList<Placed> placed = reanchor({ink, note, staying, drawing}, pages, changed, newWords);
        QCOMPARE(placed.size(), 4);

        const auto expectedRect = [&](const Anchor &a, const QString &guide) {
            const qsizetype start = find(changed.at(3), guide);
            const QRectF now = wordsRect(newWords.at(3), start, findEnd(changed.at(3), guide, start));
            return a.rect.translated(now.topLeft() - a.guideRect.topLeft());
        };
        QCOMPARE(placed.at(0).page, 3);
        QCOMPARE(placed.at(0).placement, Placement::Exact);
        QVERIFY(!placed.at(0).needsAttention);
        QCOMPARE(placed.at(0).rect, expectedRect(ink, inkGuide));
        QVERIFY(placed.at(0).rect.top() > ink.rect.top()); // it moved down, below page 3's paragraphs
        QCOMPARE(placed.at(1).page, 3);
        QCOMPARE(placed.at(1).placement, Placement::Exact);
        QCOMPARE(placed.at(1).rect, expectedRect(note, noteGuide));
        QCOMPARE(placed.at(2).page, 2);
        QCOMPARE(placed.at(2).rect, staying.rect);
        QCOMPARE(placed.at(3).page, 0);
        QCOMPARE(placed.at(3).placement, Placement::Position);
        QVERIFY(!placed.at(3).needsAttention);
        QCOMPARE(placed.at(3).rect, drawing.rect);
    }

    void guideDeleted()
    {
        const QStringList pages = oldVersion();
        QStringList changed = pages;
        changed[2] = page({6, 8});
        const Anchor note = positioned(
            pages, 2, QStringLiteral("Eine Photovoltaikanlage auf dem Dach"), QRectF(0.9, 0.2, 0.04, 0.03));
        const QList<Placed> placed = reanchor({note}, pages, changed, layout(changed));
        QCOMPARE(placed.at(0).page, 2);
        QCOMPARE(placed.at(0).placement, Placement::Position);
        QVERIFY(placed.at(0).needsAttention);
        QCOMPARE(placed.at(0).reason, Attention::GuideNotFound);
        QCOMPARE(placed.at(0).rect, note.rect);
    }

    void thousandAnnotationsOnThreeHundredPages();
};

// A long Vorlage: 300 pages of generated paragraphs; 1,000 annotations; a new version with two
// pages in front, a sentence inserted on every tenth page and page 150 removed.
void ReanchorTest::thousandAnnotationsOnThreeHundredPages()
{
    QRandomGenerator random(4711);
    const QStringList bodies = {QStringLiteral("Ausschuss für Stadtentwicklung"),
                                QStringLiteral("Haupt- und Finanzausschuss"),
                                QStringLiteral("Schulausschuss"),
                                QStringLiteral("Ausschuss für Umwelt und Klimaschutz"),
                                QStringLiteral("Sozialausschuss")};
    const QStringList topics = {QStringLiteral("die Sanierung der Sporthalle"),
                                QStringLiteral("den Ausbau der Radwege"),
                                QStringLiteral("die Erweiterung der Kindertagesstätte"),
                                QStringLiteral("die Erneuerung der Straßenbeleuchtung"),
                                QStringLiteral("den Neubau des Feuerwehrgerätehauses"),
                                QStringLiteral("die Umgestaltung des Marktplatzes")};
    const QStringList months = {
        QStringLiteral("Januar"), QStringLiteral("März"), QStringLiteral("Juni"), QStringLiteral("Oktober")};
    const auto pick = [&random](const QStringList &list) {
        return list.at(random.bounded(int(list.size())));
    };
    const auto sentence = [&]() {
        switch (random.bounded(4)) {
        case 0:
            return QStringLiteral("Die Kosten für %1 belaufen sich auf %2 Euro und werden aus der "
                                  "Haushaltsstelle %3 gedeckt.")
                .arg(pick(topics))
                .arg(random.bounded(10, 900) * 1000)
                .arg(random.bounded(1000, 9999));
        case 1:
            return QStringLiteral("Der %1 hat am %2. %3 2026 über %4 beraten und mit %5 Stimmen zugestimmt.")
                .arg(pick(bodies))
                .arg(random.bounded(1, 28))
                .arg(pick(months))
                .arg(pick(topics))
                .arg(random.bounded(3, 40));
        case 2:
            return QStringLiteral("Bis zum Stichtag sind %1 Stellungnahmen eingegangen, davon %2 von "
                                  "Bürgerinnen und Bürgern.")
                .arg(random.bounded(10, 500))
                .arg(random.bounded(1, 9));
        default:
            return QStringLiteral("Die Maßnahme senkt den Energiebedarf um %1 Prozent und wird im Jahr %2 "
                                  "abgeschlossen.")
                .arg(random.bounded(5, 60))
                .arg(random.bounded(2026, 2035));
        }
    };
    QStringList pages;
    for (int p = 0; p < 300; ++p) {
        QStringList paras;
        for (int k = 0; k < 5; ++k) {
            QStringList sentences;
            for (int s = 0; s < 4; ++s) {
                sentences.append(sentence());
            }
            paras.append(wrapped(sentences.join(u' ')));
        }
        pages.append(paras.join(u'\n'));
    }
    QList<Anchor> anchors;
    for (int i = 0; i < 1000; ++i) {
        const qsizetype p = i % 300;
        const QString &text = pages.at(p);
        qsizetype start = 0;
        qsizetype end = 0;
        do { // a quote its page holds once (the generator repeats a sentence now and then)
            start = random.bounded(int(text.size() - 100));
            while (start > 0 && !text.at(start - 1).isSpace()) {
                --start;
            }
            end = start + random.bounded(20, 60);
            while (end < text.size() && !text.at(end).isSpace()) {
                ++end;
            }
        } while (text.count(text.mid(start, end - start)) > 1);
        Anchor a;
        a.page = p;
        a.start = start;
        a.end = end;
        a.quote = text.mid(start, end - start);
        a.prefix = text.mid(std::max<qsizetype>(0, start - 32), std::min<qsizetype>(32, start));
        a.suffix = text.mid(end, 32);
        anchors.append(a);
    }
    const QString inserted = QStringLiteral("Geändert am 1. April 2026 nach Beratung im Ausschuss.\n");
    QStringList changed = {
        wrapped(QStringLiteral("Stadt Musterhausen – Ratsinformation – Deckblatt der Vorlage")),
        wrapped(QStringLiteral("Inhaltsverzeichnis der Anlagen zur Vorlage 2026/0200"))};
    for (int p = 0; p < 300; ++p) {
        if (p == 150) {
            continue;
        }
        changed.append(p % 10 == 0 ? inserted + pages.at(p) : pages.at(p));
    }

    QElapsedTimer timer;
    timer.start();
    const QList<Placed> placed = reanchor(anchors, pages, changed);
    qInfo("re-anchored 1,000 annotations onto 300 pages in %lld ms", qlonglong(timer.elapsed()));

    QCOMPARE(placed.size(), anchors.size());
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const Anchor &a = anchors.at(i);
        const Placed &p = placed.at(i);
        if (a.page == 150) {
            // Its page is gone: each is kept for attention, on the page now in its place unless
            // its words (a stock phrase) are found elsewhere.
            QVERIFY2(
                p.needsAttention,
                qPrintable(QStringLiteral("annotation %1 (%2) → page %3, placement %4, confidence %5: %6")
                               .arg(i)
                               .arg(a.quote, QString::number(p.page))
                               .arg(int(p.placement))
                               .arg(p.confidence)
                               .arg(p.quote)));
            QVERIFY(p.placement != Placement::None || p.page == 152);
            continue;
        }
        const qsizetype expectedPage = a.page < 150 ? a.page + 2 : a.page + 1;
        QVERIFY2(
            p.page == expectedPage && p.placement == Placement::Exact && !p.needsAttention,
            qPrintable(
                QStringLiteral(
                    "annotation %1: page %2 → %3 (expected %4), placement %5, confidence %6: %7 → %8 (%9)")
                    .arg(i)
                    .arg(a.page)
                    .arg(p.page)
                    .arg(expectedPage)
                    .arg(int(p.placement))
                    .arg(p.confidence)
                    .arg(a.quote, p.quote, QString::number(int(p.reason)))));
        QCOMPARE(p.quote, a.quote);
        const qsizetype shift = a.page % 10 == 0 ? inserted.size() : 0;
        QCOMPARE(p.start, a.start + shift);
    }

    // The same with every "Euro" now "EUR": the annotations that quote it take the fuzzy path.
    QStringList edited = changed;
    for (QString &text : edited) {
        text.replace(QStringLiteral("Euro"), QStringLiteral("EUR"));
    }
    timer.restart();
    const QList<Placed> fuzzy = reanchor(anchors, pages, edited);
    qInfo("re-anchored 1,000 annotations, %lld of them quoting an edited word, in %lld ms",
          qlonglong(std::count_if(anchors.cbegin(),
                                  anchors.cend(),
                                  [](const Anchor &a) { return a.quote.contains(QStringLiteral("Euro")); })),
          qlonglong(timer.elapsed()));
    QCOMPARE(fuzzy.size(), anchors.size());
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const Anchor &a = anchors.at(i);
        const Placed &p = fuzzy.at(i);
        if (a.page == 150) {
            QVERIFY(p.needsAttention);
            continue;
        }
        QString expected = a.quote;
        expected.replace(QStringLiteral("Euro"), QStringLiteral("EUR"));
        QVERIFY2(p.page == (a.page < 150 ? a.page + 2 : a.page + 1) &&
                     simplified(p.quote) == simplified(expected),
                 qPrintable(QStringLiteral("annotation %1: %2 → %3").arg(i).arg(a.quote, p.quote)));
        QCOMPARE(p.placement, expected == a.quote ? Placement::Exact : Placement::Fuzzy);
        QVERIFY2(!p.needsAttention || p.reason == Attention::QuoteChanged,
                 qPrintable(QStringLiteral("annotation %1: %2 → %3, reason %4, confidence %5")
                                .arg(i)
                                .arg(a.quote, p.quote, QString::number(int(p.reason)))
                                .arg(p.confidence)));
    }
}

RATSMAPPE_TEST_GUILESS_MAIN(ReanchorTest)

#include "tst_reanchor.moc"
