// SPDX-License-Identifier: GPL-2.0-or-later
// The window's session packets (issue 16): PacketController over a real encrypted cache synced
// from the demo town (one meeting's documents downloaded, the server stopped afterwards). The
// check fills the finding model as PacketBuilder::check sees the cache; a build runs off the GUI
// thread with progress and stores a packet that opens (a PDF in the cache); a cancelled build
// stores nothing; "Save as" writes the stored bytes to the chosen file and records the layout as
// issued. Every wait is for a signal or a condition.

#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "documentstore.h"
#include "packetbuilder.h"
#include "packetcontroller.h"
#include "packetfindingmodel.h"
#include "packetplan.h"
#include "packetstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Ratsmappe;

class PacketControllerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::TownCache m_town;
    QString m_meetingId;
    QString m_serverId;
    std::unique_ptr<CacheController> m_window;

    QString cacheDir() const { return m_tmp.filePath(QStringLiteral("c")); }
    Database &db() { return m_window->cache()->database(); }

    // A controller on the window's cache for the test's meeting.
    std::unique_ptr<PacketController> controller()
    {
        auto packets = std::make_unique<PacketController>();
        packets->setMeetingId(m_meetingId);
        packets->setCacheController(m_window.get());
        return packets;
    }

    // Runs check() and waits for its report.
    static bool checkNow(PacketController &packets)
    {
        QSignalSpy checked(&packets, &PacketController::checked);
        if (!packets.check()) {
            return false;
        }
        return checked.wait(60000) && packets.state() == PacketController::Idle;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        {
            std::unique_ptr<Cache> cache = Test::createCache(cacheDir());
            QVERIFY(m_town.populate(*cache, m_tmp.filePath(QStringLiteral("pdfs"))));
            // A past meeting with several agenda items (their papers have documents).
            m_meetingId = cache->database().queryText(
                "SELECT m.id FROM meetings m WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start < "
                "'2025-03-05' "
                "AND (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted = 0) >= 4 "
                "ORDER BY m.start DESC LIMIT 1");
            QVERIFY(!m_meetingId.isEmpty());
            Statement start(cache->database(), "SELECT start, server_id FROM meetings WHERE id = ?");
            start.bind(1, m_meetingId);
            QVERIFY(start.next());
            m_serverId = start.text(1);
            QVERIFY(m_town.downloadDay(*cache, QDateTime::fromString(start.text(0), Qt::ISODate).date()));
        }
        // Offline from here on: the window's sync at start fails and changes nothing.
        m_town.server.reset();
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        m_window = std::make_unique<CacheController>();
        m_window->start(cacheDir());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->sync()->isRunning(), 60000);
    }

    void cleanupTestCase() { m_window.reset(); }

    // The model holds what PacketBuilder::check finds, missing findings first.
    void check()
    {
        auto packets = controller();
        PacketFindingModel *report = packets->report();
        QAbstractItemModelTester tester(report, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!report->isChecked());
        QVERIFY(checkNow(*packets));
        QVERIFY(packets->errorMessage().isEmpty());
        QVERIFY(report->isChecked());

        const Packets::CheckReport expected = Packets::PacketBuilder(db()).check(m_meetingId, m_serverId);
        QCOMPARE(report->rowCount(), int(expected.findings.size()));
        QCOMPARE(report->missingCount(), expected.missing());
        QCOMPARE(report->isComplete(), expected.complete());
        QCOMPARE(report->documents(), expected.documents);
        QVERIFY(report->documents() > 0);
        QCOMPARE(report->items(), expected.items);
        QVERIFY(!report->hasPacket());
        // The day's documents were downloaded: nothing keeps the packet from being built.
        QVERIFY2(report->isComplete(),
                 qPrintable(QString::fromUtf8(QJsonDocument(expected.toJson()).toJson())));
        bool seenOther = false;
        for (int row = 0; row < report->rowCount(); ++row) {
            const QModelIndex index = report->index(row);
            const bool missing = index.data(PacketFindingModel::MissingRole).toBool();
            QVERIFY(!(missing && seenOther)); // missing ones first
            seenOther = seenOther || !missing;
            QVERIFY(!index.data(PacketFindingModel::TextRole).toString().isEmpty());
            QVERIFY(!index.data(PacketFindingModel::KindRole).toString().isEmpty());
        }
        QCOMPARE(packets->meetingName().isEmpty(), false);
        QCOMPARE(packets->packetServerId(), m_serverId);
        QVERIFY(packets->packetFileId().isEmpty());
        QVERIFY(!packets->isIssued());
        QVERIFY(packets->suggestedFileName().endsWith(QLatin1String(".pdf")));
        // Only characters every file system takes (the demo's names have a colon).
        for (const QChar c : QStringLiteral("/\\:*?\"<>|")) {
            QVERIFY2(!packets->suggestedFileName().contains(c), qPrintable(packets->suggestedFileName()));
        }
    }

    // A build runs on the controller's thread, reports progress, and keeps a packet in the cache.
    void build()
    {
        auto packets = controller();
        QAbstractItemModelTester tester(packets->report(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(checkNow(*packets));
        QSignalSpy finished(packets.get(), &PacketController::buildFinished);
        double maxProgress = 0;
        connect(packets.get(), &PacketController::progressChanged, this, [&] {
            QCOMPARE(QThread::currentThread(), thread()); // marshalled to the GUI thread
            maxProgress = std::max(maxProgress, packets->progress());
        });
        QVERIFY(packets->build(QStringLiteral("member"), QStringLiteral("Erika Mustermann"), false));
        // build() returned at once: the work is elsewhere.
        QCOMPARE(packets->state(), PacketController::Building);
        QVERIFY(packets->isBusy());
        QVERIFY(!packets->check()); // one step at a time
        QVERIFY(finished.wait(300000));
        QVERIFY2(packets->errorMessage().isEmpty(), qPrintable(packets->errorMessage()));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(packets->state(), PacketController::Idle);
        QVERIFY(maxProgress > 0);
        QCOMPARE(packets->progress(), 0.0);
        QVERIFY(packets->builtPages() > 1);
        QVERIFY(packets->builtBytes() > 0);

        // Kept in the cache as a document of the meeting's server that opens like any other.
        const auto stored = PacketStore(db()).packet(m_serverId, m_meetingId, QStringLiteral("member"));
        QVERIFY(stored);
        QCOMPARE(packets->packetFileId(), stored->fileId);
        QCOMPARE(stored->fileId, PacketStore::fileIdFor(m_meetingId, QStringLiteral("member")));
        QVERIFY(packets->packetBuilt().isValid());
        DocumentStore documents(db());
        const auto version = documents.currentVersion(stored->fileId, m_serverId);
        QVERIFY(version);
        QCOMPARE(version->kind, DocumentKind::Pdf);
        QCOMPARE(version->size, packets->builtBytes());
        QVERIFY(documents.readAll(version->id).startsWith("%PDF-"));
        // The report is of the packet just built: there, and current.
        QVERIFY(packets->report()->hasPacket());
        QVERIFY(!packets->report()->isOutdated());

        // Another controller (the page opened again) finds the packet.
        auto again = controller();
        QVERIFY(checkNow(*again));
        QCOMPARE(again->packetFileId(), stored->fileId);
        again->setEdition(QStringLiteral("public"));
        QVERIFY(again->packetFileId().isEmpty());
    }

    // Cancel ends a build as cancelled; nothing of it is stored.
    void cancel()
    {
        auto packets = controller();
        QVERIFY(checkNow(*packets));
        QVERIFY(!PacketStore(db()).packet(m_serverId, m_meetingId, QStringLiteral("public")));
        QSignalSpy finished(packets.get(), &PacketController::buildFinished);
        QVERIFY(packets->build(QStringLiteral("public"), {}, false));
        packets->cancel();
        QVERIFY(finished.wait(300000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(packets->state(), PacketController::Idle);
        QVERIFY(packets->errorMessage().isEmpty());
        QVERIFY(!packets->note().isEmpty());
        QVERIFY(!PacketStore(db()).packet(m_serverId, m_meetingId, QStringLiteral("public")));
        QVERIFY(packets->packetFileId().isEmpty());
        // Cancelling when nothing runs does nothing.
        packets->cancel();
        QCOMPARE(packets->state(), PacketController::Idle);
    }

    // "Save as" writes the stored packet where the member chose and records it as issued.
    void saveAs()
    {
        auto packets = controller();
        QVERIFY(checkNow(*packets));
        QVERIFY(!packets->packetFileId().isEmpty()); // built above
        QVERIFY(!PacketStore(db()).issuedManifest(m_serverId, m_meetingId));
        QVERIFY(!packets->isIssued());

        // Only local files.
        QSignalSpy saved(packets.get(), &PacketController::saveFinished);
        QVERIFY(!packets->saveAs(QUrl(QStringLiteral("https://example.org/mappe.pdf"))));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.constFirst().constFirst().toBool(), false);
        QVERIFY(!packets->errorMessage().isEmpty());

        const QString path = m_tmp.filePath(QStringLiteral("out/Sitzungsmappe.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY(packets->saveAs(QUrl::fromLocalFile(path)));
        QCOMPARE(packets->state(), PacketController::Saving);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 60000);
        QVERIFY2(saved.at(1).constFirst().toBool(), qPrintable(saved.at(1).at(1).toString()));
        QVERIFY(packets->errorMessage().isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        DocumentStore documents(db());
        const auto version = documents.currentVersion(packets->packetFileId(), m_serverId);
        QVERIFY(version);
        QCOMPARE(bytes, documents.readAll(version->id));
        QVERIFY(!(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        // Nothing else was left in the folder (no temporary file of the atomic write).
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("Sitzungsmappe.pdf")});

        // Its layout is the issued one now: the page offers to keep its numbers.
        const auto issued = PacketStore(db()).issuedManifest(m_serverId, m_meetingId);
        QVERIFY(issued);
        const auto manifest = Packets::Manifest::fromJson(*issued);
        QVERIFY(manifest);
        QCOMPARE(manifest->meetingId, m_meetingId);
        QVERIFY(packets->isIssued());
        QVERIFY(packets->issuedBuilt().isValid());

        // A folder that does not exist: an error for the member, nothing recorded differently.
        QVERIFY(packets->saveAs(QUrl::fromLocalFile(m_tmp.filePath(QStringLiteral("missing/x.pdf")))));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 60000);
        QCOMPARE(saved.at(2).constFirst().toBool(), false);
        QVERIFY(!packets->errorMessage().isEmpty());
    }

    // Locking the cache drops what was read and stops the worker; unlocking brings it back.
    void lockDropsReport()
    {
        auto packets = controller();
        QVERIFY(checkNow(*packets));
        QVERIFY(packets->report()->isChecked());
        m_window->lock();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->state(), CacheController::Locked, 60000);
        QVERIFY(!packets->report()->isChecked());
        QVERIFY(packets->packetFileId().isEmpty());
        QVERIFY(!packets->check());
        m_window->unlock(QString::fromUtf8(Test::passphrase().bytes()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->state(), CacheController::Unlocked, 60000);
        QVERIFY(checkNow(*packets));
        QVERIFY(!packets->packetFileId().isEmpty());
    }

    // A new version of one of its documents makes the packet kept in the cache outdated, and the
    // page says so beside the packet, not only in the report.
    void storedPacketGoesOutdated()
    {
        auto packets = controller();
        QVERIFY(checkNow(*packets));
        QVERIFY(!packets->packetFileId().isEmpty());
        QVERIFY(!packets->isPacketOutdated());
        const auto plan = Packets::readPlan(db(), m_meetingId, m_serverId);
        QVERIFY(plan);
        const auto placed = std::find_if(plan->documents.cbegin(), plan->documents.cend(), [](const auto &d) {
            return d.kind == QLatin1String("pdf") && d.versionId != 0;
        });
        QVERIFY(placed != plan->documents.cend());
        {
            // The packet's own bytes: any other PDF will do as the new version.
            DocumentWriter writer(db(),
                                  placed->fileId,
                                  QStringLiteral("application/pdf"),
                                  {},
                                  DocumentWriter::DefaultChunkSize,
                                  m_serverId);
            writer.write(DocumentStore(db()).readAll(
                DocumentStore(db()).currentVersion(packets->packetFileId(), m_serverId)->id));
            writer.finish(DocumentKind::Pdf);
        }
        QVERIFY(checkNow(*packets));
        QVERIFY(packets->isPacketOutdated());
        QVERIFY(packets->report()->isOutdated());
    }
};

RATSMAPPE_TEST_MAIN(PacketControllerTest)
#include "tst_packetcontroller.moc"
