// SPDX-License-Identifier: GPL-2.0-or-later
// Session packets (issue 16): the fixture meeting as the other packet tests assume it, and the
// check before building (PacketBuilder::check): notes, Tischvorlagen, documents not placed, the
// three kinds of missing document with their reasons, and a build that refuses while any is
// missing, writing and keeping nothing.

#include "agendalisting.h"
#include "downloadstore.h"
#include "packetfixture.h"
#include "packetlayout.h"
#include "packetstore.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::Packet;
using Packets::CheckFinding;
using Packets::Edition;
using Packets::ManifestEntry;
using Packets::Numbering;

namespace {

const CheckFinding *
findingOf(const Packets::CheckReport &report, CheckFinding::Kind kind, const QString &fileId)
{
    for (const CheckFinding &f : report.findings) {
        if (f.kind == kind && f.fileId == fileId) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class PacketCheckTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Town> m_town;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        RATSMAPPE_REQUIRE(QFile::exists(Packets::PacketBuilder::workerPath()), "ratsmappe-packet-worker");
    }

    void init()
    {
        m_town = std::make_unique<Town>(m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    }
    void cleanup() { m_town.reset(); }

    // What the other tests assume of the fixture, as the meeting page's own query reads it.
    void fixtureIsWhatTheTestsAssume()
    {
        const MeetingAgenda agenda = AgendaListing(m_town->db()).agenda(m_town->meeting, m_town->server);
        QList<AgendaDocument> documents = agenda.documents;
        QCOMPARE(agenda.items.size(), 5);
        for (const AgendaEntry &item : agenda.items) {
            documents += item.documents;
        }
        QStringList placedIds;
        for (const PlacedDocument &d : m_town->placed()) {
            placedIds << d.fileId;
        }
        QStringList listed;
        for (const AgendaDocument &d : std::as_const(documents)) {
            QVERIFY(d.downloaded);
            QCOMPARE(d.late, d.fileId == m_town->tischvorlage);
            QCOMPARE(d.nonPublic, d.fileId == m_town->stellungnahme);
            if (d.fileId != m_town->haushaltsplan) {
                listed << d.fileId;
            } else {
                QCOMPARE(d.kind, QStringLiteral("office"));
            }
        }
        QCOMPARE(listed, placedIds);
        QVERIFY(agenda.items.at(3).nonPublic);
        QVERIFY(agenda.items.at(0).documents.isEmpty());
        for (const PlacedDocument &d : m_town->placed()) {
            const auto version = DocumentStore(m_town->db()).currentVersion(d.fileId, m_town->server);
            QVERIFY(version);
            if (version->kind == DocumentKind::Pdf) {
                QString error;
                const auto doc = PdfDocument::open(DocumentStore(m_town->db()).open(version->id), &error);
                QVERIFY2(doc, qPrintable(error));
                QCOMPARE(doc->pageCount(), d.pages);
            }
        }
    }

    void checkBeforeBuilding()
    {
        Packets::PacketBuilder builder(m_town->db());
        Packets::CheckReport report = builder.check(m_town->meeting, m_town->server);
        QVERIFY(report.complete());
        QCOMPARE(report.missing(), 0);
        QVERIFY(!report.hasPacket);
        QVERIFY(!report.outdated);
        QCOMPARE(report.items, 5);
        QCOMPARE(report.documents, int(m_town->placed().size()));
        QStringList kinds;
        for (const CheckFinding &f : report.findings) {
            kinds << CheckFinding::kindName(f.kind) + QLatin1Char(' ') + f.itemNumber + QLatin1Char(' ') +
                    f.title;
            QVERIFY(!f.missing());
            QVERIFY(!f.text().isEmpty());
        }
        const auto noDocuments =
            std::count_if(report.findings.cbegin(), report.findings.cend(), [](const CheckFinding &f) {
                return f.kind == CheckFinding::Kind::NoDocuments;
            });
        QVERIFY2(noDocuments == 1, qPrintable(kinds.join(QLatin1Char('\n'))));
        for (const CheckFinding &f : report.findings) {
            if (f.kind == CheckFinding::Kind::NoDocuments) {
                QCOMPARE(f.itemNumber, QStringLiteral("1"));
            }
        }
        QVERIFY2(findingOf(report, CheckFinding::Kind::NotPlaceable, m_town->haushaltsplan),
                 qPrintable(kinds.join(QLatin1Char('\n'))));
        QVERIFY2(findingOf(report, CheckFinding::Kind::Late, m_town->tischvorlage),
                 qPrintable(kinds.join(QLatin1Char('\n'))));
        QCOMPARE(findingOf(report, CheckFinding::Kind::Late, m_town->tischvorlage)->itemNumber,
                 QStringLiteral("5"));
        QCOMPARE(CheckFinding::kindName(CheckFinding::Kind::DownloadFailed),
                 QStringLiteral("downloadFailed"));
        QCOMPARE(CheckFinding::kindName(CheckFinding::Kind::NotDownloaded), QStringLiteral("notDownloaded"));

        // Three documents the packet would lack: never downloaded, its download failed, unreadable.
        const QString notYet = ris(QStringLiteral("file/ergaenzung"));
        m_town->addFile(
            m_town->paper2, QStringLiteral("auxiliaryFile"), notYet, QStringLiteral("Ergänzung Hofgarten"));
        const QString failed = ris(QStringLiteral("file/antrag"));
        m_town->addFile(
            m_town->paper5, QStringLiteral("auxiliaryFile"), failed, QStringLiteral("Antrag Fraktion"));
        DownloadStore(m_town->db(), m_town->server)
            .setFailure(failed, QStringLiteral("HTTP 503 Service Unavailable"));
        const QString broken = ris(QStringLiteral("file/gutachten"));
        m_town->addFile(
            m_town->paper3, QStringLiteral("auxiliaryFile"), broken, QStringLiteral("Gutachten Kämmerei"));
        const qint64 brokenVersion = m_town->storePdf(broken, documentPdf(QStringLiteral("Gutachten"), 1));
        DocumentStore(m_town->db())
            .setFirstOpenCheck(brokenVersion, QStringLiteral("Die Datei ist beschädigt"));

        report = builder.check(m_town->meeting, m_town->server);
        QVERIFY(!report.complete());
        QCOMPARE(report.missing(), 3);
        const CheckFinding *a = findingOf(report, CheckFinding::Kind::NotDownloaded, notYet);
        QVERIFY(a);
        QVERIFY(a->missing());
        QCOMPARE(a->itemNumber, QStringLiteral("2"));
        QCOMPARE(a->title, QStringLiteral("Ergänzung Hofgarten"));
        QVERIFY2(a->text().contains(QStringLiteral("Ergänzung Hofgarten")), qPrintable(a->text()));
        const CheckFinding *b = findingOf(report, CheckFinding::Kind::DownloadFailed, failed);
        QVERIFY(b);
        QVERIFY(b->missing());
        QCOMPARE(b->reason, QStringLiteral("HTTP 503 Service Unavailable"));
        QVERIFY2(b->text().contains(QStringLiteral("HTTP 503")), qPrintable(b->text()));
        const CheckFinding *c = findingOf(report, CheckFinding::Kind::Unreadable, broken);
        QVERIFY(c);
        QVERIFY(c->missing());
        QCOMPARE(c->reason, QStringLiteral("Die Datei ist beschädigt"));
        const QJsonObject json = report.toJson();
        QVERIFY(QJsonDocument(json).toJson().contains("downloadFailed"));

        // The build refuses: nothing written, nothing kept, and the report says why.
        const Built refused = build(m_town->db(), m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY(!refused.result.ok());
        QVERIFY(!refused.result.error.isEmpty());
        QCOMPARE(refused.result.report.missing(), 3);
        QCOMPARE(refused.pdf.size(), 0);
        const Packets::BuildResult cached =
            builder.buildIntoCache(m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY(!cached.ok());
        QVERIFY(!PacketStore(m_town->db()).packet(m_town->server, m_town->meeting, QStringLiteral("member")));
    }

    // A supplement hands the helper only the versions it keeps: none when nothing changed (page
    // counts are the helper's to count, so they cannot decide it here).
    void unchangedSupplementRetainsNothing()
    {
        Database &db = m_town->db();
        const Built first = build(db, m_town->meeting, m_town->server, options(Edition::Member));
        QVERIFY2(first.result.ok(), qPrintable(first.result.error));
        const auto plan = Packets::readPlan(db, m_town->meeting, m_town->server);
        QVERIFY(plan);
        QCOMPARE(Packets::retainedSources(*plan, first.result.memberLayout).size(), 0);
    }

    // A document taken off the agenda and put back with the same bytes gets its pages back: no
    // "entfallen", no second copy in a Nachtrag.
    void documentBackGetsItsPagesBack()
    {
        Packets::Plan plan;
        plan.meeting.serverId = QStringLiteral("s");
        plan.meeting.id = QStringLiteral("m");
        plan.keySecret = QByteArray(32, 'k');
        plan.items.append({QStringLiteral("i1"), QStringLiteral("1"), QStringLiteral("Vorlage"), false});
        const auto document = [](const char *id, int pages) {
            Packets::PlanDocument d;
            d.fileId = QString::fromLatin1(id);
            d.title = d.fileId;
            d.item = 0;
            d.kind = QStringLiteral("pdf");
            d.versionId = 1;
            d.content = QStringLiteral("hash-") + d.fileId;
            d.pages = pages;
            return d;
        };
        plan.documents = {document("a", 2), document("b", 3)};
        const Packets::Layout first = Packets::layOut(plan, std::nullopt, {}, 1, 1);
        QCOMPARE(first.manifest.pages, 1 + 1 + 2 + 3);

        Packets::Plan without = plan;
        without.documents.removeLast();
        const auto gone = Packets::retainedSources(without, first.manifest);
        QCOMPARE(gone.size(), 1);
        const Packets::Layout second = Packets::layOut(without, first.manifest, gone, 1, 1);
        QCOMPARE(second.newSupplement, 0);
        QCOMPARE(second.manifest.entries.last().replacedBy, QStringLiteral("-"));

        const auto back = Packets::retainedSources(plan, second.manifest);
        QCOMPARE(back.size(), 0);
        const Packets::Layout third = Packets::layOut(plan, second.manifest, back, 1, 1);
        QCOMPARE(third.newSupplement, 0);
        QCOMPARE(third.manifest.pages, first.manifest.pages);
        QVERIFY(third.manifest.entries.last().replacedBy.isEmpty());
        QCOMPARE(third.placements.last().document, 1);
    }

    // A member build that continues a public edition's layout (`--supplement-to PUBLIC.pdf`)
    // keeps its own terms: the non-public documents' real ids and hashes, not the hidden ones,
    // so the next check does not take them for changed.
    void memberContinuesPublicLayout()
    {
        Database &db = m_town->db();
        const Built pub = build(db, m_town->meeting, m_town->server, options(Edition::Public));
        QVERIFY2(pub.result.ok(), qPrintable(pub.result.error));
        QString error;
        const auto previous = Packets::PacketBuilder::manifestOf(pub.pdf, &error);
        QVERIFY2(previous, qPrintable(error));
        Packets::BuildOptions continued = options(Edition::Member, Numbering::Supplement);
        continued.previous = previous;
        const Built member = build(db, m_town->meeting, m_town->server, continued);
        QVERIFY2(member.result.ok(), qPrintable(member.result.error));
        QCOMPARE(member.result.memberLayout.pages, previous->pages); // nothing new: no Nachtrag
        for (const ManifestEntry &e : member.result.memberLayout.entries) {
            QVERIFY2(!Packets::Manifest::isHidden(e.key) && !Packets::Manifest::isHidden(e.content),
                     qPrintable(e.key));
        }
        Packets::PacketBuilder builder(db);
        builder.issue(m_town->meeting, m_town->server, member.result);
        const Packets::CheckReport report = builder.check(m_town->meeting, m_town->server);
        QVERIFY(!report.outdated);
    }
};

RATSMAPPE_TEST_MAIN(PacketCheckTest)
#include "tst_packet_check.moc"
