// SPDX-License-Identifier: GPL-2.0-or-later
// Sync against a stateful OParl 1.1 server on loopback whose state the test changes: after
// each change one incremental run (or the full walk, where only it can see the change) makes
// the cache equal the server's state, with the number of requests asserted.

#include "cache.h"
#include "documentstore.h"
#include "oparlserver.h"
#include "syncengine.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace Ratsmappe;

namespace {

// Live objects in the server's dump and in the cache (all kinds but Body): equal, object by object.
void compareWithServer(Cache &cache, const Demo::OParlServer &server)
{
    ObjectStore objects(cache.database());
    const QJsonObject dump = server.stateDump();
    qint64 serverLive = 0;
    for (auto it = dump.begin(); it != dump.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const ObjectKind kind = Test::objectKindOfType(o.value(QLatin1String("type")).toString());
        if (kind == ObjectKind::Body) {
            continue;
        }
        ++serverLive;
        const auto stored = objects.get(kind, it.key());
        QVERIFY2(stored && !stored->deleted, qPrintable(QLatin1String("missing in the cache: ") + it.key()));
        QCOMPARE(stored->data, o);
    }
    qint64 cacheLive = 0;
    for (const ObjectKind kind : AllObjectKinds) {
        if (kind != ObjectKind::Body) {
            cacheLive += objects.count(kind);
        }
    }
    QCOMPARE(cacheLive, serverLive);
}

} // namespace

class SyncServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void cacheFollowsTheServer()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        server.setNow(yesterday);
        const QString committee = server.add(QStringLiteral("Organization"),
                                             {{QStringLiteral("name"), QStringLiteral("Bauausschuss")}});
        const QString invitation =
            server.add(QStringLiteral("File"),
                       {{QStringLiteral("name"), QStringLiteral("Einladung")},
                        {QStringLiteral("fileName"), QStringLiteral("einladung.pdf")}});
        const QByteArray v1 = "%PDF-1.7\n1 0 obj <<>> endobj\n% Einladung zur Sitzung\n%%EOF\n";
        server.setFileBytes(invitation, v1);
        const QString meeting = server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("3. Sitzung des Bauausschusses")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)},
             {QStringLiteral("organization"), QJsonArray{committee}},
             {QStringLiteral("invitation"), invitation}});
        const QString paper = server.add(QStringLiteral("Paper"),
                                         {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Nr. 12")},
                                          {QStringLiteral("reference"), QStringLiteral("V/2026/101")}});
        const QString old =
            server.add(QStringLiteral("Paper"), {{QStringLiteral("name"), QStringLiteral("Alte Vorlage")}});

        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setRetryDelayForTests(1);
        // Without overlap the incremental window starts exactly at the last run, so the test
        // can place a change just outside it (the server's timestamps have whole seconds).
        engine.setOverlapSeconds(0);

        // 1. First run: full walk, the invitation of the meeting in scope downloaded.
        SyncSummary s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        QVERIFY2(s.skipped.isEmpty(), qPrintable(s.skipped.isEmpty() ? QString() : s.skipped.first().reason));
        QCOMPARE(s.downloaded, 1);
        compareWithServer(*cache, server);
        DocumentStore docs(cache->database());
        QCOMPARE(docs.readAll(docs.currentVersion(invitation)->id), v1);
        // System, bodies, ten lists of one page each, one file.
        QCOMPARE(s.requests, 1 + 1 + 10 + 1);
        QCOMPARE(server.requestCount(), s.requests);

        // 2. Unchanged server: one request per list, nothing else.
        server.resetLog();
        s = engine.run(server.systemUrl());
        QCOMPARE(s.requests, 1 + 1 + 10);
        QCOMPARE(s.created + s.changed + s.deleted + s.downloaded, 0);
        const QStringList incremental = server.requestLog().filter(QStringLiteral("modified_since"));
        QCOMPARE(incremental.size(), 10);
        // Plain characters only: some servers reject percent-encoded values (and '+').
        for (const QString &request : incremental) {
            QVERIFY2(!request.section(QLatin1String("modified_since="), 1).contains(QLatin1Char('%')),
                     qPrintable(request));
        }

        // 3. A change, a deletion and new bytes: one incremental run follows.
        // The server's clock moves on past the last run (its timestamps have whole seconds),
        // instead of the test waiting for the real one to.
        server.setNow(QDateTime::currentDateTimeUtc().addSecs(2));
        server.change(paper, {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Nr. 12 (geändert)")}});
        server.remove(old);
        const QByteArray v2 = "%PDF-1.7\n% Einladung, zweite Fassung mit Tischvorlage\n%%EOF\n";
        server.setFileBytes(invitation, v2);
        s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(s.deleted, 1);
        QCOMPARE(s.downloaded, 1);
        compareWithServer(*cache, server);
        QCOMPARE(docs.readAll(docs.currentVersion(invitation)->id), v2);
        // The old version stays, for its annotations.
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM file_versions WHERE complete = 1"), 2);
        const auto firstSeen = ObjectStore(cache->database()).get(ObjectKind::Paper, paper)->firstSeen;
        QVERIFY(ObjectStore(cache->database()).get(ObjectKind::Paper, paper)->lastChanged > firstSeen);

        // 4. Changes only the full walk can see: no new `modified`, and an object that vanished
        //    without a deletion marker.
        server.change(committee, {{QStringLiteral("shortName"), QStringLiteral("BauA")}}, false);
        server.removeSilently(meeting);
        s = engine.run(server.systemUrl());
        QCOMPARE(s.changed, 0);
        QVERIFY(ObjectStore(cache->database()).count(ObjectKind::Meeting) == 1);
        engine.setFull(true);
        server.resetLog();
        s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(s.changed, 1);
        QCOMPARE(s.deleted, 1);
        QCOMPARE(server.requestLog().filter(QStringLiteral("modified_since")).size(), 0);
        compareWithServer(*cache, server);
    }

    // `ratsmappe sync` killed with SIGKILL at random moments, many times, then resumed: the cache
    // opens every time, never shows a partial document, and ends equal to the server.
    void killedSyncResumes()
    {
        Demo::OParlServer server(3);
        server.setNow(QDateTime::currentDateTimeUtc().addDays(-1));
        QHash<QString, QByteArray> bytes;
        for (int i = 0; i < 6; ++i) {
            const QString file = server.add(QStringLiteral("File"),
                                            {{QStringLiteral("name"), QStringLiteral("Anlage %1").arg(i)}});
            QByteArray pdf = "%PDF-1.7\n% Anlage " + QByteArray::number(i) + '\n';
            pdf += QByteArray(900 * 1024 + i * 1000, static_cast<char>('a' + i)) + "\n%%EOF\n";
            server.setFileBytes(file, pdf);
            bytes.insert(file, pdf);
            server.add(
                QStringLiteral("Meeting"),
                {{QStringLiteral("name"), QStringLiteral("Sitzung %1").arg(i)},
                 {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(i).toString(Qt::ISODate)},
                 {QStringLiteral("auxiliaryFile"), QJsonArray{file}}});
        }
        for (int i = 0; i < 300; ++i) {
            server.add(QStringLiteral("Paper"),
                       {{QStringLiteral("name"), QStringLiteral("Vorlage %1").arg(i)}});
        }

        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        Test::createCache(dir);
        const SecretKey key = Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        // --full: every round walks everything again, so there is always something to interrupt.
        const QStringList args = {QStringLiteral("sync"),
                                  QStringLiteral("--cache"),
                                  dir,
                                  QStringLiteral("--server"),
                                  server.systemUrl().toString(),
                                  QStringLiteral("--json"),
                                  QStringLiteral("--full")};

        // Each round is killed once the server has answered a random number of requests (a whole
        // run makes about 120, so most rounds die midway; 0 kills it while it unlocks).
        auto *rng = QRandomGenerator::global();
        int killed = 0;
        for (int round = 0; round < 10; ++round) {
            server.resetLog();
            const int killAt = int(rng->bounded(120));
            const Test::KillableRun run =
                Test::runRatsmappeKillable(args, env, [&] { return server.requestCount() >= killAt; });
            // A hang or a crash is a failure, not a kill; a run may finish before its kill.
            QVERIFY2(run.end == Test::KillableRun::End::KilledByTest ||
                         (run.end == Test::KillableRun::End::Exited && run.exitCode == 0),
                     run.describe().constData());
            if (run.end == Test::KillableRun::End::KilledByTest) {
                ++killed;
            }
            auto cache = Cache::open(dir, key);
            QCOMPARE(cache->database().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
            // Whatever is current is complete and exactly the server's bytes.
            DocumentStore docs(cache->database());
            for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
                if (const auto v = docs.currentVersion(it.key())) {
                    QVERIFY(v->complete);
                    QCOMPARE(docs.readAll(v->id), it.value());
                }
            }
        }
        QVERIFY2(killed > 0, "no run was killed: the test proved nothing");
        const Test::KillableRun last = Test::runRatsmappeKillable(args, env, {});
        QVERIFY2(last.end == Test::KillableRun::End::Exited && last.exitCode == 0,
                 last.describe().constData());
        auto cache = Cache::open(dir, key);
        compareWithServer(*cache, server);
        DocumentStore docs(cache->database());
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
            QCOMPARE(docs.readAll(docs.currentVersion(it.key())->id), it.value());
        }
        QVERIFY(cache->status().lastSync.isValid());
    }

    void lateDocumentsAreMarked()
    {
        Demo::OParlServer server;
        const QDate meetingDay = QDate::currentDate().addDays(5);
        auto createdOn = [](const QDate &day) {
            return day.startOfDay(QTimeZone::UTC).toString(Qt::ISODate);
        };
        const QString invitation =
            server.add(QStringLiteral("File"),
                       {{QStringLiteral("name"), QStringLiteral("Einladung")},
                        {QStringLiteral("date"), meetingDay.addDays(-10).toString(Qt::ISODate)}});
        const QString onTime = server.add(QStringLiteral("File"),
                                          {{QStringLiteral("name"), QStringLiteral("Vorlage")},
                                           {QStringLiteral("created"), createdOn(meetingDay.addDays(-12))}});
        const QString late = server.add(QStringLiteral("File"),
                                        {{QStringLiteral("name"), QStringLiteral("Tischvorlage")},
                                         {QStringLiteral("created"), createdOn(meetingDay.addDays(-1))}});
        const QString protocol = server.add(QStringLiteral("File"),
                                            {{QStringLiteral("name"), QStringLiteral("Protokoll")},
                                             {QStringLiteral("created"), createdOn(meetingDay.addDays(-1))}});
        server.add(QStringLiteral("Meeting"),
                   {{QStringLiteral("start"),
                     meetingDay.startOfDay(QTimeZone::UTC).addSecs(18 * 3600).toString(Qt::ISODate)},
                    {QStringLiteral("invitation"), invitation},
                    {QStringLiteral("resultsProtocol"), protocol},
                    {QStringLiteral("auxiliaryFile"), QJsonArray{onTime, late}}});
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        QVERIFY(engine.run(server.systemUrl()).complete);
        Statement st(cache->database(), "SELECT id FROM files WHERE late = 1");
        QStringList lateIds;
        while (st.next()) {
            lateIds << st.text(0);
        }
        QCOMPARE(lateIds, QStringList{late});
    }

    void bodyScope()
    {
        Demo::OParlServer server;
        server.add(QStringLiteral("Paper"), {{QStringLiteral("name"), QStringLiteral("Vorlage")}});
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncScope scope;
        scope.bodies = {server.url(QStringLiteral("oparl/body/2"))};
        scope.save(cache->database());
        SyncEngine engine(*cache);
        QVERIFY(engine.run(server.systemUrl()).complete);
        QCOMPARE(ObjectStore(cache->database()).count(ObjectKind::Paper), 0);
        scope.bodies = {server.bodyId()};
        scope.save(cache->database());
        QVERIFY(engine.run(server.systemUrl()).complete);
        QCOMPARE(ObjectStore(cache->database()).count(ObjectKind::Paper), 1);
    }

    // A download cut short resumes with Range/If-Range: the partial version goes on (same id)
    // instead of starting over; bytes the server's checksum rejects are never kept.
    void downloadsResumeAndVerify()
    {
        Demo::OParlServer server;
        server.setFileChecksums(true);
        const QString file =
            server.add(QStringLiteral("File"), {{QStringLiteral("name"), QStringLiteral("Haushalt")}});
        QByteArray pdf = "%PDF-1.7\n";
        for (int i = 0; pdf.size() < 700 * 1024; ++i) {
            pdf += "Haushaltsstelle " + QByteArray::number(i) + '\n';
        }
        server.setFileBytes(file, pdf);
        server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)},
             {QStringLiteral("auxiliaryFile"), QJsonArray{file}}});
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        QVERIFY(engine.run(server.systemUrl()).complete);

        // What an interrupted download leaves: whole chunks of a version carrying the ETag.
        QNetworkAccessManager network;
        QNetworkReply *head = network.get(
            QNetworkRequest(QUrl(server.object(file).value(QLatin1String("accessUrl")).toString())));
        QSignalSpy done(head, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QString etag = QString::fromLatin1(head->rawHeader("ETag"));
        QCOMPARE(head->readAll(), pdf);
        qint64 partial = 0;
        {
            DocumentWriter writer(cache->database(), file, QStringLiteral("application/pdf"), etag);
            writer.write(pdf.left(300 * 1024));
            partial = writer.versionId();
        }
        engine.setDownloadDocuments(true);
        const SyncSummary s = engine.run(server.systemUrl());
        QCOMPARE(s.downloaded, 1);
        DocumentStore docs(cache->database());
        QCOMPARE(docs.currentVersion(file)->id, partial);
        QCOMPARE(docs.readAll(partial), pdf);

        // Bytes that do not match the server's checksum are not kept.
        const QString other =
            server.add(QStringLiteral("File"), {{QStringLiteral("name"), QStringLiteral("Anlage")}});
        server.setFileBytes(other, "%PDF-1.7\n% Anlage\n%%EOF\n");
        server.change(server.object(file).value(QLatin1String("id")).toString(), {});
        server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
             {QStringLiteral("auxiliaryFile"), QJsonArray{other}}});
        engine.setDownloadDocuments(false);
        QVERIFY(engine.run(server.systemUrl()).complete);
        Statement(cache->database(), "UPDATE files SET sha512 = ? WHERE id = ?")
            .bind(1, QString(128, QLatin1Char('0')))
            .bind(2, other)
            .run();
        engine.setDownloadDocuments(true);
        const SyncSummary bad = engine.run(server.systemUrl());
        QCOMPARE(bad.downloaded, 0);
        QCOMPARE(bad.skipped.size(), 1);
        QVERIFY(bad.skipped.first().reason.contains(QLatin1String("checksum")));
        QVERIFY(!docs.currentVersion(other));
        Statement versions(cache->database(), "SELECT count(*) FROM file_versions WHERE file_id = ?");
        versions.bind(1, other);
        QVERIFY(versions.next());
        QCOMPARE(versions.integer(0), 0);
    }

    // An agenda item no longer embedded in its updated meeting (1.0 style) is gone.
    void vanishedEmbeddedChildren()
    {
        Demo::OParlServer server;
        server.setNow(QDateTime::currentDateTimeUtc().addDays(-1));
        auto item = [&](int n) {
            return QJsonObject{
                {QStringLiteral("id"), server.url(QStringLiteral("oparl/body/1/agendaitem/%1").arg(n))},
                {QStringLiteral("type"), QStringLiteral("https://schema.oparl.org/1.1/AgendaItem")},
                {QStringLiteral("number"), QString::number(n)},
                {QStringLiteral("order"), n}};
        };
        const QString meeting = server.add(QStringLiteral("Meeting"),
                                           {{QStringLiteral("name"), QStringLiteral("Ratssitzung")},
                                            {QStringLiteral("agendaItem"), QJsonArray{item(1), item(2)}}});
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        QVERIFY(engine.run(server.systemUrl()).complete);
        QCOMPARE(ObjectStore(cache->database()).count(ObjectKind::AgendaItem), 2);

        server.setNow({});
        server.change(meeting, {{QStringLiteral("agendaItem"), QJsonArray{item(1)}}});
        const SyncSummary s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(s.deleted, 1);
        ObjectStore objects(cache->database());
        QCOMPARE(objects.count(ObjectKind::AgendaItem), 1);
        QVERIFY(objects.get(ObjectKind::AgendaItem, item(2).value(QLatin1String("id")).toString())->deleted);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SyncServerTest)
#include "tst_sync_server.moc"
