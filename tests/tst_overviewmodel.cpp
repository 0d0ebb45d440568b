// SPDX-License-Identifier: GPL-2.0-or-later
// The overview's model (issue 18) over a member's sync of the demo's small town: the next
// meetings from a pinned "now" (the town is made for a fixed day), each with its new, changed and
// late documents; checked by QAbstractItemModelTester and against a reference dump
// (tests/data/overviewmodel.json; regenerate with RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h).
// Then the seen transitions: a document the server adds shows after the next sync, and goes once
// marked seen, as does a whole meeting's.

#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "modeldump.h"
#include "overviewlisting.h"
#include "overviewmodel.h"
#include "seenstore.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;

namespace {

// Noon of the town's "today".
QDateTime townNow()
{
    return QDateTime(Test::TownCache::today(), QTime(12, 0), QTimeZone::UTC);
}

QStringList listedFiles(const OverviewModel &model, int row)
{
    QStringList files;
    const QVariantList documents = model.data(model.index(row, 0), OverviewModel::DocumentsRole).toList();
    for (const QVariant &d : documents) {
        files << d.toMap().value(QStringLiteral("fileId")).toString();
    }
    return files;
}

} // namespace

class OverviewModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase() { Test::pinEnvironment(); }

    void demoTown()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
        Database &db = cache->database();
        // As a first sync in the app ends: the line before which everything counts as seen.
        SeenStore seen(db);
        seen.setBaselineOnce(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));

        OverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&db, townNow());
        QVERIFY(model.rowCount() >= 5);
        const QDate nextDay =
            model.data(model.index(0, 0), OverviewModel::StartRole).toDateTime().toUTC().date();
        QVERIFY(nextDay >= Test::TownCache::today());
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row - 1, 0), OverviewModel::StartRole).toDateTime() <=
                    model.data(model.index(row, 0), OverviewModel::StartRole).toDateTime());
        }
        // Synced without documents: nothing new, nothing downloaded.
        QCOMPARE(model.unseenCount(), 0);

        // The next meeting day's documents come: late ones (Tischvorlagen) are listed until seen.
        QVERIFY(town.downloadDay(*cache, nextDay));
        model.load(&db, townNow());
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("overviewmodel.json"), town.stableUrls()));
        QVERIFY(!model.lastSync().isEmpty());

        // The server adds a document to the next meeting: after the next sync it is new there.
        const QString meetingId = model.data(model.index(0, 0), OverviewModel::MeetingIdRole).toString();
        const QString serverId = model.data(model.index(0, 0), OverviewModel::ServerIdRole).toString();
        const QString fileId =
            town.server->add(QStringLiteral("File"),
                             {{QStringLiteral("name"), QStringLiteral("Ergänzung zur Sitzung")},
                              {QStringLiteral("fileName"), QStringLiteral("ergaenzung.pdf")}});
        town.server->setFileBytes(fileId, "%PDF-1.4\n%%EOF\n");
        QJsonArray auxiliary = town.server->object(meetingId).value(QLatin1String("auxiliaryFile")).toArray();
        auxiliary.append(fileId);
        town.server->change(meetingId, {{QStringLiteral("auxiliaryFile"), auxiliary}});
        QVERIFY(town.downloadDay(*cache, nextDay));
        model.load(&db, townNow());
        QCOMPARE(model.data(model.index(0, 0), OverviewModel::MeetingIdRole).toString(), meetingId);
        QVERIFY2(listedFiles(model, 0).contains(fileId),
                 qPrintable(listedFiles(model, 0).join(QLatin1Char(' '))));
        QVERIFY(model.data(model.index(0, 0), OverviewModel::NewCountRole).toInt() >= 1);
        QVERIFY(model.data(model.index(0, 0), OverviewModel::SummaryRole)
                    .toString()
                    .contains(QLatin1String("new")));

        // What the sync's result names: this document for this meeting.
        const QList<MeetingArrivals> arrived = OverviewListing(db).arrivedSince(
            QStringLiteral("2001-01-01T00:00:00.000Z"), SyncScope::load(db), townNow());
        QVERIFY(!arrived.isEmpty());

        // Marked seen: gone; the meeting's others stay until the meeting is marked.
        const int before = model.unseenCount();
        seen.markSeen(serverId, QStringLiteral("file"), fileId);
        model.load(&db, townNow());
        QVERIFY(!listedFiles(model, 0).contains(fileId));
        QCOMPARE(model.unseenCount(), before - 1);
        seen.markMeetingSeen(serverId, meetingId);
        model.load(&db, townNow());
        QVERIFY(listedFiles(model, 0).isEmpty());
        QCOMPARE(model.data(model.index(0, 0), OverviewModel::SummaryRole).toString(), QString());
        seen.markAllSeen();
        model.load(&db, townNow());
        QCOMPARE(model.unseenCount(), 0);
        QVERIFY(model.rowCount() >= 5); // the next meetings stay listed

        model.load(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // In the window: the model reads on the cache reader's thread, reads again after a sync, and
    // marks seen there too (the lists read again afterwards).
    void inTheWindow()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        Test::TownCache town;
        {
            auto cache = Test::createCache(dir);
            QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
        }
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        QSignalSpy synced(controller.sync(), &SyncController::finished);
        controller.start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        // Unlocking syncs the town's server; its end is the baseline.
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QVERIFY2(!controller.sync()->failed(), qPrintable(controller.sync()->resultMessage()));

        OverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(townNow());
        model.setCacheController(&controller);
        QVERIFY(model.isLoading()); // not read on this thread
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowCount() >= 5);
        QCOMPARE(model.unseenCount(), 0);
        const QString meetingId = model.data(model.index(0, 0), OverviewModel::MeetingIdRole).toString();
        const QString serverId = model.data(model.index(0, 0), OverviewModel::ServerIdRole).toString();

        // Two documents arrive for the next meeting: listed after the sync, without a call.
        QJsonArray auxiliary = town.server->object(meetingId).value(QLatin1String("auxiliaryFile")).toArray();
        QStringList added;
        for (const char *name : {"Nachtrag A", "Nachtrag B"}) {
            added << town.server->add(QStringLiteral("File"),
                                      {{QStringLiteral("name"), QLatin1String(name)}});
            town.server->setFileBytes(added.last(), "%PDF-1.4\n%%EOF\n");
            auxiliary.append(added.last());
        }
        town.server->change(meetingId, {{QStringLiteral("auxiliaryFile"), auxiliary}});
        controller.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 60000);
        QTRY_VERIFY(!model.isLoading() && model.unseenCount() == 2);
        QCOMPARE(listedFiles(model, 0).size(), 2);

        model.markSeen(serverId, added.first());
        QTRY_VERIFY(!model.isLoading() && model.unseenCount() == 1);
        QCOMPARE(listedFiles(model, 0), QStringList{added.last()});
        model.markMeetingSeen(serverId, meetingId);
        QTRY_VERIFY(!model.isLoading() && model.unseenCount() == 0);
        QVERIFY(model.rowCount() >= 5);
    }

    // A cache without meetings ahead, and one where the server names no place or committee.
    void nothingAhead()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        OverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&cache->database(), townNow());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unseenCount(), 0);
        QCOMPARE(model.lastSync(), QString());
    }
};

RATSMAPPE_TEST_MAIN(OverviewModelTest)
#include "tst_overviewmodel.moc"
