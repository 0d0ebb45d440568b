// SPDX-License-Identifier: GPL-2.0-or-later
// Sync of the demo town over real HTTP on loopback: full and incremental runs, admin changes,
// every defect of the demo server, a killed sync, and the authentication extension —
// members see the non-public part, revocation wipes exactly that part.

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "nonpublic.h"
#include "oparlserver.h"
#include "servercompare.h"
#include "syncengine.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"
#include "town.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

#include <atomic>

using namespace Ratsmappe;
using Demo::OParlServer;

namespace {

constexpr const char *Token = "tok-7f3a9c2e51d84b06";

struct Http
{
    int status = 0;
    QJsonObject json;
};

// The admin endpoints, as a script would call them.
Http call(const QByteArray &verb,
          const QString &url,
          const QByteArray &body = {},
          const QByteArray &type = "application/json")
{
    static QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An annotation on the document's version, a note and a read state on the file, as the
// window writes them.
void writeMemberWork(Cache &cache, const QString &fileId, qint64 versionId)
{
    Database &db = cache.database();
    Statement(db,
              "INSERT INTO annotations(version_id, page, kind, geometry, text, created, modified) "
              "VALUES (?, 1, 'note', '[]', 'Rückfrage', 'c', 'm')")
        .bind(1, versionId)
        .run();
    Statement(db, "INSERT INTO notes(target_id, text, created, modified) VALUES (?, 'Notiz', 'c', 'm')")
        .bind(1, fileId)
        .run();
    Statement(db, "INSERT INTO read_state(target_id, page, zoom) VALUES (?, 3, 1.5)").bind(1, fileId).run();
}

// How many of those the cache holds for the file (whichever of its versions).
qint64 memberWork(Cache &cache, const QString &fileId)
{
    Statement q(cache.database(),
                "SELECT (SELECT count(*) FROM annotations WHERE version_id IN "
                "(SELECT id FROM file_versions WHERE file_id = ?1)) + "
                "(SELECT count(*) FROM notes WHERE target_id = ?1) + "
                "(SELECT count(*) FROM read_state WHERE target_id = ?1)");
    q.bind(1, fileId);
    return q.next() ? q.integer(0) : -1;
}

qint64 count(Cache &cache, const char *sql)
{
    return cache.database().queryInt(sql).value_or(-1);
}

// Everything non-public the cache holds, row by row and inside embedded JSON.
qint64 nonPublicRows(Cache &cache)
{
    return count(cache,
                 "SELECT (SELECT count(*) FROM meetings WHERE non_public = 1) + "
                 "(SELECT count(*) FROM agenda_items WHERE public = 0) + "
                 "(SELECT count(*) FROM papers WHERE non_public = 1) + (SELECT count(*) FROM consultations "
                 "WHERE data LIKE '%ratsmappe:nonPublic%') + "
                 "(SELECT count(*) FROM files WHERE non_public = 1) + "
                 "(SELECT count(*) FROM meetings WHERE data LIKE '%\"public\":false%') + "
                 "(SELECT count(*) FROM papers WHERE data LIKE '%ratsmappe:nonPublic%')");
}

bool holdsNonPublic(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (isNonPublic(object)) {
            return true;
        }
        for (const QJsonValue &child : object) {
            if (holdsNonPublic(child)) {
                return true;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return holdsNonPublic(v); });
    }
    return false;
}

// The stored objects (of every kind) that are non-public or carry a non-public child in their
// JSON, decrypted and parsed: "table: id" each.
QStringList objectsHoldingNonPublic(Cache &cache)
{
    Database &db = cache.database();
    QStringList tables;
    Statement list(db,
                   "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%data TEXT NOT NULL%'");
    while (list.next()) {
        tables << list.text(0);
    }
    QStringList found;
    for (const QString &table : std::as_const(tables)) {
        Statement rows(db, (QStringLiteral("SELECT id, data FROM ") + table).toUtf8().constData());
        while (rows.next()) {
            if (holdsNonPublic(QJsonDocument::fromJson(rows.text(1).toUtf8()).object())) {
                found << table + QLatin1String(": ") + rows.text(0);
            }
        }
    }
    return found;
}

using Test::compareWithServer;

} // namespace

class DemoSyncTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cacheCounter = 0;

    std::unique_ptr<OParlServer> makeTown()
    {
        auto server = std::make_unique<OParlServer>(50);
        server->setEmbedChildren(true);
        server->addToken(QLatin1String(Token));
        Demo::TownOptions options;
        options.seed = 7;
        options.size = Demo::TownSize::Small;
        Demo::populateTown(*server, options);
        return server;
    }

    std::unique_ptr<Cache> newCache(QString *dir = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("cache-%1").arg(++m_cacheCounter));
        if (dir) {
            *dir = path;
        }
        return Test::createCache(path);
    }

    QProcessEnvironment env(const QString &cacheDir) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        e.insert(QStringLiteral("RATSMAPPE_CACHE"), cacheDir);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_dir.isValid());
    }

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
        const Http added =
            call("POST",
                 admin,
                 json({{QStringLiteral("kind"), QStringLiteral("Meeting")},
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
        QCOMPARE(
            call("PATCH",
                 admin + QStringLiteral("?id=") + QString::fromLatin1(QUrl::toPercentEncoding(publicPaper)),
                 json({{QStringLiteral("name"), QStringLiteral("Geänderter Titel")}}))
                .status,
            200);
        const QString gone = server->ids(QStringLiteral("Location")).last();
        QCOMPARE(call("DELETE",
                      admin + QStringLiteral("?id=") + QString::fromLatin1(QUrl::toPercentEncoding(gone)))
                     .status,
                 200);
        const QString file = server->object(publicPaper)
                                 .value(QLatin1String("mainFile"))
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
        QCOMPARE(call("PUT",
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
                          call("GET", server->url(QStringLiteral("admin/state")))
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

    void membersSeeNonPublicAndRevocationWipesIt()
    {
        auto server = makeTown();
        QString dir;
        newCache(&dir);

        // A meeting of the last weeks with a non-public agenda item and its paper's document.
        QString meetingStart;
        QString secretFile;
        QString publicFile;
        const QJsonObject dump = server->stateDump();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : server->ids(QStringLiteral("Meeting"))) {
            const QJsonObject meeting = dump.value(id).toObject();
            const QDateTime start =
                QDateTime::fromString(meeting.value(QLatin1String("start")).toString(), Qt::ISODate);
            if (start < now.addDays(-60) || start > now ||
                meeting.value(QLatin1String("cancelled")).toBool()) {
                continue;
            }
            QString filePublic;
            QString fileSecret;
            for (const QJsonValue &itemId : meeting.value(QLatin1String("agendaItem")).toArray()) {
                const QJsonObject item = dump.value(itemId.toString()).toObject();
                const QJsonObject paper =
                    dump.value(item.value(QLatin1String("consultation")).toString()).toObject();
                const QString file = paper.value(QLatin1String("mainFile")).toString();
                if (!file.isEmpty()) {
                    (item.value(QLatin1String("public")).toBool() ? filePublic : fileSecret) = file;
                }
            }
            if (!filePublic.isEmpty() && !fileSecret.isEmpty()) {
                meetingStart = meeting.value(QLatin1String("start")).toString();
                publicFile = filePublic;
                secretFile = fileSecret;
                break;
            }
        }
        QVERIFY2(!secretFile.isEmpty() && !publicFile.isEmpty(),
                 "the town has no recent meeting with both parts");
        const QByteArray secretMarker = "NICHTOEFFENTLICH-7c41e0";
        const QByteArray publicMarker = "OEFFENTLICH-2b99d3";
        server->setFileBytes(secretFile, "%PDF-1.4\n% " + secretMarker + "\n%%EOF\n");
        server->setFileBytes(publicFile, "%PDF-1.4\n% " + publicMarker + "\n%%EOF\n");
        const QDate day = QDateTime::fromString(meetingStart, Qt::ISODate).date();
        const QStringList scope = {QStringLiteral("--from"),
                                   day.toString(Qt::ISODate),
                                   QStringLiteral("--until"),
                                   day.addDays(1).toString(Qt::ISODate)};

        // The token reaches the program through a file only: never argv, never the environment.
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        {
            QFile f(tokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(Token) + '\n');
        }
        const Test::Run member = Test::runRatsmappe(QStringList{QStringLiteral("sync"),
                                                                QStringLiteral("--json"),
                                                                QStringLiteral("--server"),
                                                                server->systemUrl().toString(),
                                                                QStringLiteral("--token-file"),
                                                                tokenFile} +
                                                        scope,
                                                    env(dir));
        QVERIFY2(member.exitCode == 0, member.err.constData());
        QString secretItem;
        {
            auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            compareWithServer(*cache, server->stateDump(), true);
            QVERIFY(nonPublicRows(*cache) > 0);
            QVERIFY(!objectsHoldingNonPublic(*cache).isEmpty());
            DocumentStore docs(cache->database());
            QVERIFY(docs.readAll(docs.currentVersion(secretFile)->id).contains(secretMarker));
            QVERIFY(docs.readAll(docs.currentVersion(publicFile)->id).contains(publicMarker));
            // The member's own work, on both parts: annotations, notes and read state.
            secretItem = cache->database().queryText("SELECT id FROM agenda_items WHERE public = 0 LIMIT 1");
            QVERIFY(!secretItem.isEmpty());
            for (const QString &file : {secretFile, publicFile}) {
                writeMemberWork(*cache, file, docs.currentVersion(file)->id);
            }
            Statement(cache->database(),
                      "INSERT INTO notes(target_id, text, created, modified) VALUES (?, 'n', 'c', 'm')")
                .bind(1, secretItem)
                .run();
            QCOMPARE(memberWork(*cache, secretFile), 3);
            QCOMPARE(memberWork(*cache, publicFile), 3);
        }

        // Later runs use the stored token; then the server revokes the account.
        QVERIFY(server->revoke(QLatin1String(Token), QStringLiteral("Mandat beendet")));
        const Test::Run revoked =
            Test::runRatsmappe({QStringLiteral("sync"), QStringLiteral("--json")}, env(dir));
        QCOMPARE(revoked.exitCode, 4);
        QVERIFY(revoked.err.contains("Mandat beendet"));
        const QJsonObject result =
            revoked.json().value(QLatin1String("servers")).toArray().first().toObject();
        QVERIFY(result.value(QLatin1String("revoked")).toBool());
        QVERIFY(result.value(QLatin1String("wiped")).toObject().value(QLatin1String("files")).toInt() > 0);

        // What the wipe promises, checked decrypted: no non-public object and no non-public child
        // inside a public object's JSON, none of their bytes, none of the member's work on them;
        // the public part and the work on it stay.
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(nonPublicRows(*cache), 0);
        QCOMPARE(objectsHoldingNonPublic(*cache), QStringList());
        compareWithServer(*cache, server->stateDump(), false); // exactly the public part stays
        DocumentStore docs(cache->database());
        QVERIFY(!docs.currentVersion(secretFile));
        QVERIFY(docs.readAll(docs.currentVersion(publicFile)->id).contains(publicMarker));
        QCOMPARE(count(*cache,
                       "SELECT count(*) FROM file_versions fv JOIN files f ON f.id = fv.file_id WHERE "
                       "f.non_public = 1"),
                 0);
        QCOMPARE(memberWork(*cache, secretFile), 0);
        Statement itemNotes(cache->database(), "SELECT count(*) FROM notes WHERE target_id = ?");
        itemNotes.bind(1, secretItem);
        QVERIFY(itemNotes.next());
        QCOMPARE(itemNotes.integer(0), 0);
        QCOMPARE(memberWork(*cache, publicFile), 3);
        QCOMPARE(count(*cache, "SELECT count(*) FROM accounts WHERE secret IS NOT NULL"), 0);

        // The token never in the program's output.
        for (const Test::Run *run : {&member, &revoked}) {
            QVERIFY(!run->out.contains(Token) && !run->err.contains(Token));
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoSyncTest)
#include "tst_demo_sync.moc"
