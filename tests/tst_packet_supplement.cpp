// SPDX-License-Identifier: GPL-2.0-or-later
// Session packets (issue 16), continued: a packet issued, then a late document and a longer
// version of another; the next build keeps every issued page number and adds Nachtrag 1 (also
// from the manifest embedded in the first packet), or numbers afresh on purpose. Broken
// sources name the document and write nothing; the helper's limits end the helper, not the
// caller; nothing decrypted lands on disk but the chosen output. Also: the packet kept in the
// cache and issued from there.

#include "documentstore.h"
#include "filelinks.h"
#include "packetfixture.h"
#include "packetstore.h"
#include "testmain.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::Packet;
using Packets::CheckFinding;
using Packets::Edition;
using Packets::ManifestEntry;
using Packets::Numbering;

namespace {

int pagesOfKind(const Packets::Manifest &manifest, ManifestEntry::Kind kind)
{
    int pages = 0;
    for (const ManifestEntry &e : manifest.entries) {
        pages += e.kind == kind ? e.count : 0;
    }
    return pages;
}

QList<ManifestEntry> entriesOf(const Packets::Manifest &manifest, const QString &key)
{
    QList<ManifestEntry> found;
    for (const ManifestEntry &e : manifest.entries) {
        if (e.kind == ManifestEntry::Kind::Document && e.key == key) {
            found << e;
        }
    }
    return found;
}

bool hasFinding(const Packets::CheckReport &report, CheckFinding::Kind kind, const QString &fileId)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), [&](const CheckFinding &f) {
        return f.kind == kind && f.fileId == fileId;
    });
}

/// Regular files below \a dir changed at or after \a since that hold one of \a markers (read in
/// overlapping blocks, so a marker across a block's end is found too).
QStringList recentFilesWithMarkers(const QString &dir, const QDateTime &since, const QByteArrayList &markers)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.lastModified() < since) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // another program's file, not readable to us: not ours to have written
        }
        QByteArray tail;
        while (!file.atEnd()) {
            const QByteArray block = tail + file.read(1 << 20);
            for (const QByteArray &marker : markers) {
                if (block.contains(marker)) {
                    hits << path + QLatin1String(": ") + QString::fromUtf8(marker);
                }
            }
            tail = block.right(128);
        }
    }
    return hits;
}

} // namespace

class PacketSupplementTest : public QObject
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

    void checkBuild(const Built &built)
    {
        QVERIFY2(built.result.ok(), qPrintable(built.result.error));
        QVERIFY2(built.doc, qPrintable(built.openError));
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

    void packetKeptInTheCache()
    {
        Packets::PacketBuilder builder(m_town->db());
        const Packets::BuildResult result =
            builder.buildIntoCache(m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto stored =
            PacketStore(m_town->db()).packet(m_town->server, m_town->meeting, QStringLiteral("member"));
        QVERIFY(stored);
        QCOMPARE(stored->fileId, QStringLiteral("ratsmappe:packet/member/") + m_town->meeting);
        QCOMPARE(stored->fileId, PacketStore::fileIdFor(m_town->meeting, QStringLiteral("member")));
        const auto version = DocumentStore(m_town->db()).currentVersion(stored->fileId, m_town->server);
        QVERIFY(version);
        QString error;
        const auto doc = PdfDocument::open(DocumentStore(m_town->db()).open(version->id), &error);
        QVERIFY2(doc, qPrintable(error));
        const auto manifest = Packets::Manifest::fromJson(stored->manifest, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(doc->pageCount(), manifest->pages);
        // Kept, not issued: a second build still numbers afresh.
        QVERIFY(!PacketStore(m_town->db()).issuedManifest(m_town->server, m_town->meeting));
        QVERIFY(builder.issueStored(m_town->meeting, m_town->server, QStringLiteral("member")));
        QVERIFY(PacketStore(m_town->db()).issuedManifest(m_town->server, m_town->meeting));
        QVERIFY(builder.check(m_town->meeting, m_town->server).hasPacket);
        QCOMPARE(result.pages, manifest->pages);
    }

    void supplementKeepsEveryIssuedNumber()
    {
        Database &db = m_town->db();
        Packets::PacketBuilder builder(db);
        const Built first = build(db, m_town->meeting, m_town->server, options(Edition::Member));
        checkBuild(first);
        builder.issue(m_town->meeting, m_town->server, first.result);
        QVERIFY(!builder.check(m_town->meeting, m_town->server).outdated);

        // A late document under TOP 2, and the Haushaltssatzung replaced by a longer version.
        const QString late = ris(QStringLiteral("file/verkehrsgutachten"));
        m_town->addFile(m_town->paper2,
                        QStringLiteral("auxiliaryFile"),
                        late,
                        QStringLiteral("Nachtrag Verkehrsgutachten"),
                        QStringLiteral("2026-12-08T12:00:00+01:00"));
        m_town->storePdf(late, documentPdf(QStringLiteral("Verkehrsgutachten"), 1));
        m_town->storePdf(m_town->haushalt, documentPdf(QStringLiteral("Haushaltssatzung neu"), 4));

        const Packets::CheckReport report = builder.check(m_town->meeting, m_town->server);
        QVERIFY(report.hasPacket);
        QVERIFY(report.outdated);
        QVERIFY(report.complete());
        QVERIFY(hasFinding(report, CheckFinding::Kind::Added, late));
        QVERIFY(hasFinding(report, CheckFinding::Kind::Changed, m_town->haushalt));

        const Built second = build(db, m_town->meeting, m_town->server, options(Edition::Member));
        checkBuild(second);
        const int before = first.doc->pageCount();
        const int supplementAgenda =
            pagesOfKind(second.result.manifest, ManifestEntry::Kind::SupplementAgenda);
        QVERIFY(supplementAgenda >= 1);
        QCOMPARE(second.result.manifest.supplements, 1);
        QCOMPARE(second.doc->pageCount(), before + supplementAgenda + 1 + 4);
        const ToolRun check =
            runQpdf({QStringLiteral("--check"), saved(dir(), QStringLiteral("second.pdf"), second.pdf)});
        QVERIFY2(check.exitCode == 0, check.output().constData());

        // Every issued page keeps its number and, on documents' pages, its text.
        const int ownPages = 1 + pagesOfKind(first.result.manifest, ManifestEntry::Kind::Agenda);
        for (int page = 0; page < before; ++page) {
            QCOMPARE(second.doc->pageLabel(page), QString::number(page + 1));
            const QString band = bandText(*second.doc, page);
            QVERIFY2(band.contains(QRegularExpression(QStringLiteral("Seite %1( |$)").arg(page + 1))),
                     qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(band)));
            if (page >= ownPages) {
                QCOMPARE(contentText(*second.doc, page), contentText(*first.doc, page));
            }
        }
        // The replaced version's pages stay, pointing at their successor in Nachtrag 1.
        const QList<ManifestEntry> earlier = entriesOf(first.result.manifest, m_town->haushalt);
        QCOMPARE(earlier.size(), 1);
        const QList<ManifestEntry> now = entriesOf(second.result.memberLayout, m_town->haushalt);
        QCOMPARE(now.size(), 2);
        const ManifestEntry &kept = now.at(0).supplement == 0 ? now.at(0) : now.at(1);
        const ManifestEntry &successor = now.at(0).supplement == 0 ? now.at(1) : now.at(0);
        QCOMPARE(kept.first, earlier.at(0).first);
        QCOMPARE(kept.count, 2);
        QCOMPARE(successor.supplement, 1);
        QCOMPARE(successor.count, 4);
        const QString successorLabel = second.result.memberLayout.label(successor.first);
        QVERIFY2(successorLabel.startsWith(QStringLiteral("N1-")), qPrintable(successorLabel));
        QCOMPARE(kept.replacedBy, successorLabel);
        for (int page = kept.first - 1; page < kept.first - 1 + kept.count; ++page) {
            const QString band = bandText(*second.doc, page);
            QVERIFY2(band.contains(QStringLiteral("ersetzt, siehe ") + successorLabel), qPrintable(band));
            QVERIFY(contentText(*second.doc, page).contains(QStringLiteral("Haushaltssatzung alt")));
        }
        // Nachtrag 1: its agenda, then the late document and the new version, labelled N1-k.
        for (int page = before; page < second.doc->pageCount(); ++page) {
            const QString label = QStringLiteral("N1-%1").arg(page - before + 1);
            QCOMPARE(second.doc->pageLabel(page), label);
            QCOMPARE(second.result.memberLayout.label(page + 1), label);
            const QString band = bandText(*second.doc, page);
            QVERIFY2(band.contains(QStringLiteral("Seite ") + label), qPrintable(band));
        }
        for (int k = 0; k < 4; ++k) {
            QVERIFY(contentText(*second.doc, successor.first - 1 + k)
                        .contains(QStringLiteral("Haushaltssatzung neu Blatt %1").arg(k + 1)));
        }
        const QList<ManifestEntry> added = entriesOf(second.result.memberLayout, late);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).supplement, 1);
        QVERIFY(
            contentText(*second.doc, added.at(0).first - 1).contains(QStringLiteral("Verkehrsgutachten")));
        QVERIFY(second.doc->text(before).contains(QStringLiteral("Nachtrag")));
        // The outline's Nachtrag 1 holds both.
        const QList<PdfOutlineEntry> outline = second.doc->outline();
        const auto at = std::find_if(outline.cbegin(), outline.cend(), [](const PdfOutlineEntry &e) {
            return e.level == 0 && e.title == QStringLiteral("Nachtrag 1");
        });
        QVERIFY(at != outline.cend());
        QCOMPARE(at->page, before);
        QStringList children;
        for (auto child = at + 1; child != outline.cend() && child->level > 0; ++child) {
            children << QStringLiteral("%1 -> %2").arg(child->title).arg(child->page);
        }
        QVERIFY2(
            children.contains(QStringLiteral("Nachtrag Verkehrsgutachten -> %1").arg(added.at(0).first - 1)),
            qPrintable(children.join(QLatin1Char('\n'))));
        QVERIFY2(children.contains(QStringLiteral("Haushaltssatzung -> %1").arg(successor.first - 1)),
                 qPrintable(children.join(QLatin1Char('\n'))));

        // The same supplement from the manifest embedded in the first packet (`--supplement-to`),
        // with nothing issued in this cache.
        QString error;
        const auto previous = Packets::PacketBuilder::manifestOf(first.pdf, &error);
        QVERIFY2(previous, qPrintable(error));
        QCOMPARE(previous->pages, before);
        PacketStore(db).clearIssued(m_town->server, m_town->meeting);
        Packets::BuildOptions fromFile = options(Edition::Member, Numbering::Supplement);
        fromFile.previous = previous;
        const Built again = build(db, m_town->meeting, m_town->server, fromFile);
        checkBuild(again);
        QCOMPARE(again.doc->pageCount(), second.doc->pageCount());
        for (int page = 0; page < again.doc->pageCount(); ++page) {
            QCOMPARE(again.doc->pageLabel(page), second.doc->pageLabel(page));
            if (page >= ownPages) {
                QCOMPARE(contentText(*again.doc, page), contentText(*second.doc, page));
                QCOMPARE(bandText(*again.doc, page), bandText(*second.doc, page));
            }
        }

        // Renumbered on purpose: every page afresh, no Nachtrag, nothing marked replaced.
        builder.issue(m_town->meeting, m_town->server, first.result);
        const Built fresh =
            build(db, m_town->meeting, m_town->server, options(Edition::Member, Numbering::Fresh));
        checkBuild(fresh);
        const int freshAgenda = pagesOfKind(fresh.result.manifest, ManifestEntry::Kind::Agenda);
        int documents = 1 + 4; // the late document and the new version
        for (const PlacedDocument &d : m_town->placed()) {
            documents += d.fileId == m_town->haushalt ? 0 : d.pages;
        }
        QCOMPARE(fresh.doc->pageCount(), 1 + freshAgenda + documents);
        QCOMPARE(fresh.result.manifest.supplements, 0);
        for (int page = 0; page < fresh.doc->pageCount(); ++page) {
            QCOMPARE(fresh.doc->pageLabel(page), QString::number(page + 1));
            QVERIFY(!bandText(*fresh.doc, page).contains(QStringLiteral("ersetzt")));
            QVERIFY2(
                bandText(*fresh.doc, page)
                    .contains(QStringLiteral("Seite %1 von %2").arg(page + 1).arg(fresh.doc->pageCount())),
                qPrintable(bandText(*fresh.doc, page)));
        }
        QVERIFY(entriesOf(fresh.result.manifest, m_town->haushalt).size() == 1);
    }

    // A document taken off the agenda after the packet was issued: its pages keep their
    // numbers and their content, stamped "entfallen"; nothing after them moves.
    void removedDocumentKeepsItsPages()
    {
        Database &db = m_town->db();
        Packets::PacketBuilder builder(db);
        const Built first = build(db, m_town->meeting, m_town->server, options(Edition::Member));
        checkBuild(first);
        builder.issue(m_town->meeting, m_town->server, first.result);
        QCOMPARE(FileLinks(db, m_town->server).clear(m_town->item3).size(), 1); // the Plakat

        const Packets::CheckReport report = builder.check(m_town->meeting, m_town->server);
        QVERIFY(report.outdated);
        QVERIFY(hasFinding(report, CheckFinding::Kind::Removed, m_town->plakat));
        const Built second = build(db, m_town->meeting, m_town->server, options(Edition::Member));
        checkBuild(second);
        QVERIFY(second.doc->pageCount() >= first.doc->pageCount());
        const QList<ManifestEntry> kept = entriesOf(second.result.memberLayout, m_town->plakat);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).first, entriesOf(first.result.memberLayout, m_town->plakat).at(0).first);
        QCOMPARE(kept.at(0).replacedBy, QStringLiteral("-"));
        const int page = kept.at(0).first - 1;
        QVERIFY2(bandText(*second.doc, page).contains(QStringLiteral("entfallen")),
                 qPrintable(bandText(*second.doc, page)));
        const QImage image = second.doc->render(page, 36).convertToFormat(QImage::Format_RGB32);
        const QRgb middle = image.pixel(image.width() / 2, image.height() / 3);
        QVERIFY2(qRed(middle) > 200 && qGreen(middle) < 80, "the removed document's page still shows it");
        for (int p = 0; p < first.doc->pageCount(); ++p) {
            QCOMPARE(second.doc->pageLabel(p), first.doc->pageLabel(p));
        }
    }

    void publicEditionHasNoWatermark()
    {
        const Built built =
            build(m_town->db(),
                  m_town->meeting,
                  m_town->server,
                  options(Edition::Public, Numbering::Auto, QStringLiteral("Erika Mustermann")));
        QVERIFY(!built.result.ok());
        QVERIFY(!built.result.error.isEmpty());
        QCOMPARE(built.pdf.size(), 0);
    }

    void brokenSourcesNameTheDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray garbage = "%PDF-1.7\n";
        for (int i = 0; i < 4000; ++i) {
            garbage += char('!' + (i * 7919) % 90);
        }
        QTest::newRow("garbage after a header") << garbage;
        // Cut inside the last page's content: whatever a repair finds, that page's words are gone.
        const QByteArray whole = documentPdf(QStringLiteral("Tischvorlage Radweg"), 3);
        QVERIFY(whole.lastIndexOf("(Blatt 3)") > whole.size() / 2);
        QTest::newRow("truncated") << whole.left(whole.lastIndexOf("(Blatt 3)"));
    }

    void brokenSourcesNameTheDocument()
    {
        QFETCH(QByteArray, bytes);
        m_town->storePdf(m_town->tischvorlage, bytes);
        const Built built = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        // Built anyway? Then say what became of the document: its pages in the packet.
        if (built.result.ok() && built.doc) {
            const QList<ManifestEntry> placed = entriesOf(built.result.memberLayout, m_town->tischvorlage);
            QStringList pages;
            for (int k = 0; !placed.isEmpty() && k < placed.first().count; ++k) {
                pages << QStringLiteral("[%1]").arg(contentText(*built.doc, placed.first().first - 1 + k));
            }
            QFAIL(qPrintable(QStringLiteral("built with the document as %1 pages: %2")
                                 .arg(placed.isEmpty() ? 0 : placed.first().count)
                                 .arg(pages.join(QLatin1Char(' ')))));
        }
        QVERIFY(!built.result.ok());
        QVERIFY2(built.result.error.contains(QStringLiteral("Tischvorlage Radweg")),
                 qPrintable(built.result.error));
        QCOMPARE(built.pdf.size(), 0);
        Packets::PacketBuilder builder(m_town->db());
        const Packets::BuildResult cached =
            builder.buildIntoCache(m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY(!cached.ok());
        QVERIFY(cached.error.contains(QStringLiteral("Tischvorlage Radweg")));
        QVERIFY(!PacketStore(m_town->db()).packet(m_town->server, m_town->meeting, QStringLiteral("member")));
    }

    void helperLimitsEndTheHelperNotTheCaller_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("memoryBytes");
        QTest::newRow("time") << 1 << qint64(2LL * 1024 * 1024 * 1024);
        QTest::newRow("memory") << 600000 << qint64(48LL * 1024 * 1024);
    }

    void helperLimitsEndTheHelperNotTheCaller()
    {
        QFETCH(int, timeoutMs);
        QFETCH(qint64, memoryBytes);
        Packets::BuildOptions limited = options(Edition::Member);
        limited.limits = PdfHelperLimits{timeoutMs, memoryBytes};
        const Built stopped = build(m_town->db(), m_town->meeting, m_town->server, limited);
        QVERIFY(!stopped.result.ok());
        QVERIFY(!stopped.result.cancelled);
        QVERIFY(!stopped.result.error.isEmpty());
        QCOMPARE(stopped.pdf.size(), 0);
        QString error;
        QVERIFY(
            !Packets::PacketBuilder::manifestOf(documentPdf(QStringLiteral("x"), 1), &error, limited.limits));
        QVERIFY(!error.isEmpty());
        // The caller lives on and builds as before.
        const Built after = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        checkBuild(after);
    }

    void progressAndStopping()
    {
        Packets::PacketBuilder builder(m_town->db());
        QList<QPair<int, int>> steps;
        builder.onProgress = [&](int done, int total) {
            steps.append({done, total});
        };
        QByteArray pdf;
        QBuffer out(&pdf);
        out.open(QIODevice::WriteOnly);
        const Packets::BuildResult result =
            builder.build(m_town->meeting, m_town->server, options(Edition::Member), out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!steps.isEmpty());
        for (const auto &step : std::as_const(steps)) {
            QVERIFY(step.first >= 0 && step.first <= step.second);
        }
        QCOMPARE(steps.last().first, steps.last().second);

        builder.shouldStop = [] {
            return true;
        };
        QByteArray none;
        QBuffer stoppedOut(&none);
        stoppedOut.open(QIODevice::WriteOnly);
        const Packets::BuildResult stopped =
            builder.build(m_town->meeting, m_town->server, options(Edition::Member), stoppedOut);
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
        QCOMPARE(none.size(), 0);
    }

    void noPlaintextOutsideTheOutput()
    {
        const QString home = dir() + QStringLiteral("/home");
        const QString tmp = dir() + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(home));
        QVERIFY(QDir().mkpath(tmp));
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldTmp = qgetenv("TMPDIR");
        const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
        qputenv("HOME", home.toLocal8Bit());
        qputenv("TMPDIR", tmp.toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toLocal8Bit());
        const QDateTime since = QDateTime::currentDateTime().addSecs(-2);

        const Built member = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        const Built pub = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Public));
        Packets::PacketBuilder builder(m_town->db());
        const Packets::BuildResult cached =
            builder.buildIntoCache(m_town->meeting, m_town->server, options(Edition::Member));
        QString error;
        const auto manifest = Packets::PacketBuilder::manifestOf(member.pdf, &error);

        qputenv("HOME", oldHome);
        qputenv("TMPDIR", oldTmp);
        qputenv("XDG_CACHE_HOME", oldCache);
        checkBuild(member);
        checkBuild(pub);
        QVERIFY2(cached.ok(), qPrintable(cached.error));
        QVERIFY2(manifest, qPrintable(error));
        // The marker went through the helper: the member edition shows it.
        QString memberText;
        for (int page = 0; page < member.doc->pageCount(); ++page) {
            memberText += member.doc->text(page);
        }
        QVERIFY(memberText.contains(m_town->secretMarker()));

        const QByteArrayList markers{m_town->secretMarker().toUtf8(), m_town->annexMarker().toUtf8()};
        QCOMPARE(Test::findMarkers(home, markers), QStringList());
        QCOMPARE(Test::findMarkers(tmp, markers), QStringList());
        QCOMPARE(recentFilesWithMarkers(QStringLiteral("/tmp"), since, markers), QStringList());
        QCOMPARE(recentFilesWithMarkers(QDir::tempPath(), since, markers), QStringList());
    }
};

RATSMAPPE_TEST_MAIN(PacketSupplementTest)
#include "tst_packet_supplement.moc"
