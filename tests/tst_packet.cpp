// SPDX-License-Identifier: GPL-2.0-or-later
// Session packets (issue 16) built with Packets::PacketBuilder from a real SQLCipher cache and
// read back with Poppler and the `qpdf` program: the member edition's pages, outline, labels,
// agenda links and stamps; the band that never covers a page's content; the public edition
// without a byte of non-public content; the watermark. The check before building:
// tst_packet_check; the packet kept in the cache, supplements, broken sources, the helper's
// limits and plaintext on disk: tst_packet_supplement.

#include "packetfixture.h"
#include "packetstore.h"
#include "testmain.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::Packet;
using Packets::Edition;
using Packets::ManifestEntry;

namespace {

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

} // namespace

class PacketTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Town> m_town;

    QString dir() const
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        return m_tmp.filePath(name);
    }

    /// The member edition of the fixture, built and opened; fails the test when it is not.
    struct Member
    {
        Built built;
        QList<PlacedDocument> placed;
        int agenda = 0;
        int total = 0;
        QList<int> first; ///< each placed document's first page, from 1
    };
    void buildMember(Member &m)
    {
        m.built = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(m.built.result.ok(), qPrintable(m.built.result.error));
        QVERIFY2(m.built.doc, qPrintable(m.built.openError));
        m.placed = m_town->placed();
        m.agenda = agendaPagesOf(m.built.result.manifest);
        QVERIFY(m.agenda >= 1);
        m.total = 1 + m.agenda + documentPages(m.placed);
        QCOMPARE(m.built.doc->pageCount(), m.total);
        m.first = firstPages(m.placed, m.agenda);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        RATSMAPPE_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
                          "the qpdf program");
        RATSMAPPE_REQUIRE(QFile::exists(Packets::PacketBuilder::workerPath()), "ratsmappe-packet-worker");
    }

    void init() { m_town = std::make_unique<Town>(dir() + QStringLiteral("/cache")); }
    void cleanup() { m_town.reset(); }

    void memberEditionPages()
    {
        Member m;
        buildMember(m);
        if (QTest::currentTestFailed()) {
            return;
        }
        const Built &built = m.built;
        const PdfDocument &doc = *built.doc;
        const QList<PlacedDocument> &placed = m.placed;
        const int total = m.total;
        const QList<int> &first = m.first;
        QCOMPARE(built.result.bytes, qint64(built.pdf.size()));

        const QString file = saved(dir(), QStringLiteral("member.pdf"), built.pdf);
        const ToolRun check = runQpdf({QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, check.output().constData());
        QCOMPARE(runQpdf({QStringLiteral("--show-npages"), file}).out.trimmed(), QByteArray::number(total));
        const ToolRun attachments = runQpdf({QStringLiteral("--list-attachments"), file});
        QVERIFY2(attachments.out.contains(Packets::ManifestFileName), attachments.output().constData());

        // Cover, agenda, then every document where the layout says, with its own text above the band.
        QVERIFY(doc.text(0).contains(QStringLiteral("Sitzungsmappe")));
        QVERIFY(doc.text(0).contains(QStringLiteral("Ausgabe für Mitglieder")));
        for (const QString &line : {QStringLiteral("15. Sitzung des Rates"),
                                    QStringLiteral("Stadt Teststadt"),
                                    QStringLiteral("Rat der Stadt"),
                                    QStringLiteral("Ratssaal"),
                                    QStringLiteral("10.12.2026"),
                                    QStringLiteral("Stand der Unterlagen")}) {
            QVERIFY2(doc.text(0).contains(line),
                     qPrintable(line + QStringLiteral(" not on the cover: ") + doc.text(0)));
        }
        QVERIFY(doc.text(1).contains(QStringLiteral("Tagesordnung")));
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const PlacedDocument &d = placed.at(i);
            const ManifestEntry *entry = nullptr;
            for (const ManifestEntry &e : built.result.manifest.entries) {
                if (e.kind == ManifestEntry::Kind::Document && e.key == d.fileId) {
                    entry = &e;
                }
            }
            QVERIFY2(entry, qPrintable(d.title));
            QCOMPARE(entry->first, first.at(i));
            QCOMPARE(entry->count, d.pages);
            QCOMPARE(entry->title, d.title);
            QCOMPARE(entry->nonPublic, d.nonPublic);
            for (int k = 0; k < d.pages && d.fileId != m_town->lageplan && d.fileId != m_town->plakat; ++k) {
                const int page = first.at(i) - 1 + k;
                QCOMPARE(doc.pageSize(page), QSizeF(595, 842 + 18));
                const QString content = contentText(doc, page);
                QVERIFY2(content.contains(QStringLiteral("Blatt %1").arg(k + 1)), qPrintable(content));
            }
        }

        // Page labels: the main part counts 1, 2, …
        for (int page = 0; page < total; ++page) {
            QCOMPARE(doc.pageLabel(page), QString::number(page + 1));
        }

        // The manifest embedded in the file is the one the build returned.
        QString error;
        const auto embedded = Packets::PacketBuilder::manifestOf(built.pdf, &error);
        QVERIFY2(embedded, qPrintable(error));
        QCOMPARE(embedded->toJson(), built.result.manifest.toJson());
        QCOMPARE(embedded->pages, total);
        // What the build reports of the file it wrote.
        QCOMPARE(built.result.pages, total);
    }

    void memberEditionOutline()
    {
        Member m;
        buildMember(m);
        if (QTest::currentTestFailed()) {
            return;
        }
        const Built &built = m.built;
        const PdfDocument &doc = *built.doc;
        const QList<PlacedDocument> &placed = m.placed;
        const QList<int> &first = m.first;
        // Outline: cover, agenda, the meeting's own, then each TOP with one child per placed document.
        QList<PdfOutlineEntry> expected{{QStringLiteral("Deckblatt"), 0, 0},
                                        {QStringLiteral("Tagesordnung"), 1, 0},
                                        {QStringLiteral("Einladung"), first.at(0) - 1, 0}};
        for (const QString &top : Town::itemOutlines()) {
            bool any = false;
            for (qsizetype i = 0; i < placed.size(); ++i) {
                if (placed.at(i).outlineItem == top) {
                    if (!any) {
                        expected.append({top, first.at(i) - 1, 0});
                        any = true;
                    }
                    expected.append({placed.at(i).title, first.at(i) - 1, 1});
                }
            }
            if (!any) {
                expected.append({top, -2, 0}); // TOP 1 has no documents: where it points is open
            }
        }
        const QList<PdfOutlineEntry> outline = doc.outline();
        QStringList got;
        for (const PdfOutlineEntry &e : outline) {
            got << QStringLiteral("%1%2 -> %3")
                       .arg(QString(e.level * 2, QLatin1Char(' ')), e.title)
                       .arg(e.page);
        }
        QVERIFY2(outline.size() == expected.size(), qPrintable(got.join(QLatin1Char('\n'))));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const PdfOutlineEntry &want = expected.at(i);
            QVERIFY2(outline.at(i).title == want.title && outline.at(i).level == want.level &&
                         (want.page == -2 || outline.at(i).page == want.page),
                     qPrintable(QStringLiteral("entry %1 should be %2 -> %3; outline:\n%4")
                                    .arg(i)
                                    .arg(want.title)
                                    .arg(want.page)
                                    .arg(got.join(QLatin1Char('\n')))));
        }
    }

    // The same pages, outline and labels as qpdf reads them (an engine other than Poppler).
    void memberEditionReadByQpdf()
    {
        Member m;
        buildMember(m);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString file = saved(dir(), QStringLiteral("member-json.pdf"), m.built.pdf);
        const ToolRun run = runQpdf({QStringLiteral("--json=2"),
                                     QStringLiteral("--json-key=pages"),
                                     QStringLiteral("--json-key=outlines"),
                                     QStringLiteral("--json-key=pagelabels"),
                                     file});
        QVERIFY2(run.exitCode == 0, run.output().constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("pages")).toArray().size(), m.total);

        // Every outline entry with the page it points to, depth first.
        QHash<QString, int> outline;
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                outline.insert(o.value(QLatin1String("title")).toString(),
                               o.value(QLatin1String("destpageposfrom1")).toInt());
                walk(o.value(QLatin1String("kids")).toArray());
            }
        };
        walk(json.value(QLatin1String("outlines")).toArray());
        QCOMPARE(outline.value(QStringLiteral("Deckblatt")), 1);
        QCOMPARE(outline.value(QStringLiteral("Tagesordnung")), 2);
        for (int i = 0; i < m.placed.size(); ++i) {
            QVERIFY2(outline.contains(m.placed.at(i).title), qPrintable(m.placed.at(i).title));
            QCOMPARE(outline.value(m.placed.at(i).title), m.first.at(i));
            if (!m.placed.at(i).outlineItem.isEmpty()) {
                QVERIFY2(outline.value(m.placed.at(i).outlineItem) <= m.first.at(i),
                         qPrintable(m.placed.at(i).outlineItem));
            }
        }
        // One run of labels from 1: the member edition without a Nachtrag.
        const QJsonArray labels = json.value(QLatin1String("pagelabels")).toArray();
        QCOMPARE(labels.size(), 1);
        const QJsonObject label = labels.first().toObject();
        QCOMPARE(label.value(QLatin1String("index")).toInt(), 0);
        QCOMPARE(label.value(QLatin1String("label")).toObject().value(QLatin1String("/S")).toString(),
                 QStringLiteral("/D"));
        QCOMPARE(label.value(QLatin1String("label")).toObject().value(QLatin1String("/St")).toInt(), 1);
    }

    void memberEditionAgendaLinks()
    {
        Member m;
        buildMember(m);
        if (QTest::currentTestFailed()) {
            return;
        }
        const Built &built = m.built;
        const PdfDocument &doc = *built.doc;
        const QList<PlacedDocument> &placed = m.placed;
        const int agenda = m.agenda;
        const QList<int> &first = m.first;
        // The agenda's lines link to where each TOP's documents start.
        QSet<int> targets;
        for (int page = 1; page <= agenda; ++page) {
            for (const PdfLink &link : doc.links(page)) {
                targets.insert(link.page);
            }
        }
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (!placed.at(i).outlineItem.isEmpty() &&
                (i == 0 || placed.at(i - 1).item != placed.at(i).item)) {
                QVERIFY2(targets.contains(first.at(i) - 1), qPrintable(placed.at(i).item));
            }
        }
        // The office document is listed on the agenda, not placed.
        QString agendaText;
        for (int page = 1; page <= agenda; ++page) {
            agendaText += doc.text(page);
        }
        QVERIFY2(agendaText.contains(QStringLiteral("Haushaltsplan")), qPrintable(agendaText));
    }

    void memberEditionStamps()
    {
        Member m;
        buildMember(m);
        if (QTest::currentTestFailed()) {
            return;
        }
        const Built &built = m.built;
        const PdfDocument &doc = *built.doc;
        const QList<PlacedDocument> &placed = m.placed;
        const int total = m.total;
        const QList<int> &first = m.first;
        // Every page's stamp: what it is, its number of all.
        for (int page = 0; page < total; ++page) {
            QString prefix = QStringLiteral("Sitzungsmappe");
            for (qsizetype i = 0; i < placed.size(); ++i) {
                if (page + 1 >= first.at(i) && page + 1 < first.at(i) + placed.at(i).pages) {
                    prefix = (placed.at(i).nonPublic ? QStringLiteral("nichtöffentlich · ") : QString()) +
                        placed.at(i).item;
                }
            }
            const QString band = bandText(doc, page);
            QVERIFY2(band.startsWith(prefix),
                     qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(band)));
            QVERIFY2(band.contains(QStringLiteral("Seite %1 von %2").arg(page + 1).arg(total)),
                     qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(band)));
        }
    }

    void bandHoldsNothingOfThePage()
    {
        const Built built = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(built.result.ok(), qPrintable(built.result.error));
        QVERIFY2(built.doc, qPrintable(built.openError));
        const QList<PlacedDocument> placed = m_town->placed();
        const QList<int> first = firstPages(placed, agendaPagesOf(built.result.manifest));
        const int page = first.at(5) - 1; // Plakat Stadtfest
        QCOMPARE(placed.at(5).fileId, m_town->plakat);
        QCOMPARE(built.doc->pageSize(page), QSizeF(595, 860));

        // At 72 dpi one pixel is one point: the band is the bottom 18 rows.
        const QImage image = built.doc->render(page, 72).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(595, 860));
        int redInBand = 0;
        for (int y = 842; y < 860; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                redInBand += isRed(image.pixel(x, y)) ? 1 : 0;
            }
        }
        QCOMPARE(redInBand, 0);
        // The page itself is untouched: red to its edges.
        int notRed = 0;
        for (int y = 0; y < 842; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                notRed += isRed(image.pixel(x, y)) ? 0 : 1;
            }
        }
        QVERIFY2(notRed == 0, qPrintable(QStringLiteral("%1 pixels above the band are not red").arg(notRed)));
        // …and the band has its text: dark pixels.
        QVERIFY(Test::PdfSamples::darkShare(image, QRectF(0, 842, 595, 18)) > 0.005);
    }

    void publicEditionHoldsNothingNonPublic()
    {
        const Built member = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(member.result.ok(), qPrintable(member.result.error));
        const Built pub = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Public));
        QVERIFY2(pub.result.ok(), qPrintable(pub.result.error));
        QVERIFY2(pub.doc, qPrintable(pub.openError));
        QVERIFY2(member.doc, qPrintable(member.openError));
        const PdfDocument &doc = *pub.doc;

        // Not a byte: in the file, in its decompressed form, in its text and outline.
        const QString file = saved(dir(), QStringLiteral("public.pdf"), pub.pdf);
        const QString qdfFile = dir() + QStringLiteral("/public-qdf.pdf");
        const ToolRun qdf =
            runQpdf({QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), file, qdfFile});
        QVERIFY2(qdf.exitCode == 0, qdf.err.constData());
        QFile qdfRead(qdfFile);
        QVERIFY(qdfRead.open(QIODevice::ReadOnly));
        const QByteArray decompressed = qdfRead.readAll();
        QByteArrayList markers = m_town->nonPublicMarkers();
        markers << m_town->stellungnahme.toUtf8() << m_town->geheim.toUtf8();
        QString allText;
        for (int page = 0; page < doc.pageCount(); ++page) {
            allText += doc.text(page) + QLatin1Char('\n');
        }
        for (const PdfOutlineEntry &e : doc.outline()) {
            allText += e.title + QLatin1Char('\n');
        }
        for (const QByteArray &marker : std::as_const(markers)) {
            QVERIFY2(!pub.pdf.contains(marker), marker.constData());
            QVERIFY2(!decompressed.contains(marker), marker.constData());
            QVERIFY2(!allText.contains(QString::fromUtf8(marker)), marker.constData());
            QVERIFY2(!pub.result.manifest.toJson().contains(marker), marker.constData());
        }
        // The member edition has them all (the markers are real).
        QVERIFY(
            member.pdf.contains(m_town->secretMarker().toUtf8()) ||
            member.doc->text(firstPages(m_town->placed(), agendaPagesOf(member.result.manifest)).at(6) - 1)
                .contains(m_town->secretMarker()));
        const ToolRun check = runQpdf({QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, check.output().constData());

        // The member edition's numbers, each run of left-out pages one page saying which.
        const int total = member.doc->pageCount();
        const QList<PlacedDocument> placed = m_town->placed();
        const QList<int> first = firstPages(placed, agendaPagesOf(member.result.manifest));
        QList<int> memberPageOf; // per public page: the member page, or -(first of the gap)
        QStringList labels;
        for (int page = 1; page <= total; ++page) {
            int gapEnd = 0;
            for (qsizetype i = 0; i < placed.size(); ++i) {
                if (placed.at(i).nonPublic && page == first.at(i)) {
                    gapEnd = page + placed.at(i).pages - 1;
                }
            }
            if (gapEnd) {
                labels << QStringLiteral("S. %1–%2").arg(page).arg(gapEnd);
                memberPageOf << -page;
                page = gapEnd;
            } else {
                labels << QString::number(page);
                memberPageOf << page;
            }
        }
        QCOMPARE(doc.pageCount(), labels.size());
        for (int page = 0; page < doc.pageCount(); ++page) {
            QCOMPARE(doc.pageLabel(page), labels.at(page));
            if (memberPageOf.at(page) < 0) {
                const QString gap = labels.at(page) + QStringLiteral(": nichtöffentlich");
                QVERIFY2(doc.text(page).simplified().contains(gap), qPrintable(doc.text(page)));
            } else {
                const int number = memberPageOf.at(page);
                const QString band = bandText(doc, page);
                QVERIFY2(band.contains(QStringLiteral("Seite %1 von %2").arg(number).arg(total)),
                         qPrintable(QStringLiteral("public page %1: %2").arg(page + 1).arg(band)));
                QVERIFY(!band.contains(QStringLiteral("nichtöffentlich")));
                if (number > 1 + agendaPagesOf(member.result.manifest)) {
                    QCOMPARE(contentText(doc, page), contentText(*member.doc, number - 1));
                }
            }
        }
        QVERIFY(doc.text(0).contains(QStringLiteral("Öffentliche Ausgabe")));
        QString agendaText;
        for (int page = 1; page <= agendaPagesOf(member.result.manifest); ++page) {
            agendaText += doc.text(page);
        }
        QVERIFY2(agendaText.simplified().contains(QStringLiteral("TOP 4 – nichtöffentlich")),
                 qPrintable(agendaText));
        for (const ManifestEntry &e : pub.result.manifest.entries) {
            if (e.nonPublic) {
                QVERIFY(e.title.isEmpty());
                // Keyed hashes: a guessed file id or a leaked document's hash tells nothing.
                QVERIFY(e.key.startsWith(QStringLiteral("hmac:")));
                QVERIFY(e.content.isEmpty() || e.content.startsWith(QStringLiteral("hmac:")));
                QVERIFY(e.item.isEmpty());
            }
        }
        QCOMPARE(pub.result.pages, int(labels.size()));
    }

    void watermarkOnEveryMemberPage()
    {
        const QString name = QStringLiteral("Erika Mustermann");
        const Built built = build(m_town->db(),
                                  m_town->meeting,
                                  m_town->server,
                                  options(Edition::Member, Packets::Numbering::Auto, name));
        QVERIFY2(built.result.ok(), qPrintable(built.result.error));
        QVERIFY2(built.doc, qPrintable(built.openError));
        // Its text where Poppler finds it in one piece, else drawn in the page's content.
        const QByteArrayList contents = pageContents(built.pdf);
        QCOMPARE(contents.size(), built.doc->pageCount());
        QStringList without;
        for (int page = 0; page < built.doc->pageCount(); ++page) {
            QString text = built.doc->text(page);
            text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
            if (!text.contains(QStringLiteral("ErikaMustermann")) &&
                !contents.at(page).contains("(Erika Mustermann)")) {
                without << QString::number(page + 1);
            }
        }
        QVERIFY2(without.isEmpty(),
                 qPrintable(QStringLiteral("no watermark on page(s) ") + without.join(QLatin1Char(','))));
        const Built plain = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(plain.result.ok(), qPrintable(plain.result.error));
        QVERIFY(!plain.doc->text(0).contains(QStringLiteral("Mustermann")));
    }
};

RATSMAPPE_TEST_MAIN(PacketTest)
#include "tst_packet.moc"
