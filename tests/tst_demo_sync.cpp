// SPDX-License-Identifier: GPL-2.0-or-later
// Sync of the demo town over real HTTP on loopback: full and incremental runs, admin changes,
// every defect of the demo server, a killed sync and a stop request. tst_demo_members has the
// authentication extension.

#include "cache.h"
#include "database.h"
#include "demosync.h"
#include "documentstore.h"
#include "oparlserver.h"
#include "syncengine.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace Ratsmappe;
using Demo::OParlServer;
using Test::adminCall;
using Test::compactJson;
using Test::compareWithServer;
using Test::Http;
using Test::nonPublicRows;

class DemoSyncTest : public QObject, private Test::DemoSyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullIncrementalAndAdminChanges()
    {
        auto server = makeTown();
        QVERIFY(server->objectCount(QStringLiteral("Meeting")) > 100);
        auto cache = newCache();
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);

        const SyncSummary full = engine.run(server->systemUrl());
        QVERIFY(full.complete);
        QVERIFY(full.skipped.isEmpty());
        compareWithServer(*cache, server->stateDump(), false);
        QCOMPARE(nonPublicRows(*cache), 0); // anonymous: the non-public part never arrives

        // Unchanged server: one request per list plus System and body list (the Body comes in it).
        const int lists = 10;
        server->resetLog();
        const SyncSummary quiet = engine.run(server->systemUrl());
        QVERIFY(quiet.complete);
        QCOMPARE(quiet.created + quiet.changed + quiet.deleted, 0);
        QVERIFY2(quiet.requests == lists + 2, qPrintable(server->requestLog().join(QLatin1Char('\n'))));

        // Changes through the admin endpoints, as a demo or a script makes them.
        const QString admin = server->url(QStringLiteral("admin/objects"));
        const QString meetingOrg = server->ids(QStringLiteral("Organization")).first();
        const Http added = adminCall(
            "POST",
            admin,
            compactJson({{QStringLiteral("kind"), QStringLiteral("Meeting")},
                         {QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Sondersitzung")},
                                      {QStringLiteral("start"), QStringLiteral("2030-01-05T18:00:00Z")},
                                      {QStringLiteral("organization"), QJsonArray{meetingOrg}}}}}));
        QCOMPARE(added.status, 201);
        QString publicPaper;
        for (const QString &id : server->ids(QStringLiteral("Paper"))) {
            if (!server->object(id).contains(OParlServer::nonPublicProperty())) {
                publicPaper = id;
                break;
            }
        }
        QCOMPARE(adminCall("PATCH",
                           admin + QStringLiteral("?id=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(publicPaper)),
                           compactJson({{QStringLiteral("name"), QStringLiteral("Geänderter Titel")}}))
                     .status,
                 200);
        const QString gone = server->ids(QStringLiteral("Location")).last();
        QCOMPARE(
            adminCall("DELETE",
                      admin + QStringLiteral("?id=") + QString::fromLatin1(QUrl::toPercentEncoding(gone)))
                .status,
            200);
        const QString file = server->object(publicPaper)
                                 .value(QLatin1String("mainFile"))
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
        QCOMPARE(adminCall("PUT",
                           server->url(QStringLiteral("admin/files?id=")) +
                               QString::fromLatin1(QUrl::toPercentEncoding(file)),
                           "%PDF-1.4\n% neue Fassung\n%%EOF\n",
                           "application/pdf")
                     .status,
                 200);

        server->resetLog();
        const SyncSummary after = engine.run(server->systemUrl());
        QVERIFY(after.complete);
        QCOMPARE(after.created, 1);
        QVERIFY(after.changed >= 2); // the paper, the file (and their parents' embedded copies)
        QCOMPARE(after.deleted, 1);
        QVERIFY2(after.requests <= lists + 2 + 2, qPrintable(server->requestLog().join(QLatin1Char('\n'))));
        compareWithServer(*cache,
                          adminCall("GET", server->url(QStringLiteral("admin/state")))
                              .json.value(QLatin1String("objects"))
                              .toObject(),
                          false);
        ObjectStore objects(cache->database());
        QVERIFY(objects.get(ObjectKind::Location, gone)->deleted);
    }

    void everyDefectIsSurvived_data()
    {
        QTest::addColumn<int>("defect");
        for (OParlServer::Defect d : OParlServer::allDefects()) {
            QTest::newRow(qPrintable(OParlServer::defectName(d))) << int(d);
        }
    }

    void everyDefectIsSurvived()
    {
        QFETCH(int, defect);
        const auto d = OParlServer::Defect(defect);
        auto server = makeTown();
        server->setLatencyMs(5);
        server->setDefect(d);
        auto cache = newCache();
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        engine.setRetryDelayForTests(1);
        const SyncSummary s = engine.run(server->systemUrl());
        QVERIFY(s.reachable);
        if (d == OParlServer::Defect::SelfLoopNext || d == OParlServer::Defect::EndlessPagination) {
            // Reported, not walked forever; what was served is kept.
            QVERIFY(!s.complete);
            QVERIFY(!s.skipped.isEmpty());
            QVERIFY(s.skipped.first().reason.contains(QLatin1String("loop")) ||
                    s.skipped.first().reason.contains(QLatin1String("new")));
            return;
        }
        QVERIFY2(s.complete && s.skipped.isEmpty(),
                 qPrintable(s.skipped.isEmpty()
                                ? QString()
                                : s.skipped.first().id + QLatin1String(": ") + s.skipped.first().reason));
        server->setDefect(d, false);
        compareWithServer(*cache, server->stateDump(), false);
    }

    void killedSyncResumes()
    {
        auto server = makeTown();
        server->setDefect(OParlServer::Defect::Latency);
        server->setLatencyMs(10);
        QString dir;
        newCache(&dir);
        // SIGKILL in the middle of the walk (a full run of the small town makes about 140
        // requests), then a normal run completes the cache.
        const int killAt = 10 + int(QRandomGenerator::global()->bounded(50));
        const Test::KillableRun killed = Test::runRatsmappeKillable(
            {QStringLiteral("sync"), QStringLiteral("--server"), server->systemUrl().toString()},
            env(dir),
            [&] { return server->requestCount() >= killAt; });
        QVERIFY2(killed.end == Test::KillableRun::End::KilledByTest, killed.describe().constData());
        server->setDefect(OParlServer::Defect::Latency, false);
        const Test::Run resumed = Test::runRatsmappe({QStringLiteral("sync"),
                                                      QStringLiteral("--json"),
                                                      QStringLiteral("--server"),
                                                      server->systemUrl().toString()},
                                                     env(dir));
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(cache->database().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        compareWithServer(*cache, server->stateDump(), false);
    }

    void stopRequestEndsTheRunAndTheNextOneCompletes()
    {
        auto server = makeTown();
        server->setDefect(OParlServer::Defect::Latency);
        server->setLatencyMs(20);
        auto cache = newCache();
        SyncEngine engine(*cache);
        std::atomic_bool stop = false;
        engine.setStopFlag(&stop);
        // The stop comes once the server has answered 20 requests of the walk's ~140; the
        // check runs inside the run's event loops.
        constexpr int StopAt = 20;
        int requestsAtStop = -1;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
            if (!stop && server->requestCount() >= StopAt) {
                requestsAtStop = server->requestCount();
                stop = true;
            }
        });
        watch.start(1);
        const SyncSummary stopped = engine.run(server->systemUrl());
        watch.stop();
        QVERIFY(requestsAtStop >= StopAt);
        QVERIFY(stopped.stopped);
        QVERIFY(!stopped.complete);
        // Nothing starts after the stop: at most the list page prefetched before it still comes.
        QVERIFY2(
            stopped.requests <= requestsAtStop + 1,
            qPrintable(QStringLiteral("%1 requests, stop at %2").arg(stopped.requests).arg(requestsAtStop)));
        stop = false;
        server->setDefect(OParlServer::Defect::Latency, false);
        const SyncSummary resumed = engine.run(server->systemUrl());
        QVERIFY(resumed.complete && !resumed.stopped);
        compareWithServer(*cache, server->stateDump(), false);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoSyncTest)
#include "tst_demo_sync.moc"
