// SPDX-License-Identifier: GPL-2.0-or-later
// A real SD.NET server's OParl 1.0 responses (../shared/fixtures/oparl-huertgenwald), replayed
// over HTTP on loopback: every count in the fixture's README comes out right, the deletion
// markers are applied, and the unfetchable links are reported without stopping the run.

#include "cache.h"
#include "oparlfixtureserver.h"
#include "syncengine.h"
#include "testmain.h"
#include "testutil.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ratsmappe;

using Test::Run;

namespace {

Run ratsmappe(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
    return Test::runRatsmappe(args, env);
}

// The capture served on loopback, or nullptr when ../shared is not beside the checkout.
std::unique_ptr<Test::OParlFixtureServer> replayHuertgenwald()
{
    const QString folder = Test::sharedFixture(QStringLiteral("oparl-huertgenwald"));
    if (folder.isEmpty()) {
        return nullptr;
    }
    return std::make_unique<Test::OParlFixtureServer>(
        folder, QStringLiteral("https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/"));
}

} // namespace

class SyncFixtureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void huertgenwald()
    {
        const auto fixture = replayHuertgenwald();
        RATSMAPPE_REQUIRE(fixture, "the fixture ../shared/fixtures/oparl-huertgenwald");
        Test::OParlFixtureServer &server = *fixture;
        QVERIFY(server.isListening());
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setRetryDelayForTests(1);
        const SyncSummary summary = engine.run(server.url(QStringLiteral("system")));

        ObjectStore objects(cache->database());
        // The fixture README's table, verbatim.
        QCOMPARE(objects.count(ObjectKind::Paper), 2097);
        QCOMPARE(objects.count(ObjectKind::Meeting), 346);
        QCOMPARE(objects.count(ObjectKind::AgendaItem), 5106);
        QCOMPARE(objects.count(ObjectKind::File), 6947);
        QCOMPARE(objects.count(ObjectKind::Consultation), 2228);
        QCOMPARE(objects.count(ObjectKind::Membership), 533);
        QCOMPARE(objects.count(ObjectKind::Person), 49);
        QCOMPARE(objects.count(ObjectKind::Organization), 22);
        // The README counts the 4 Locations embedded in body/1's lists; the Body object itself
        // (body.json) embeds a fifth, location/0-1, which the sync keeps too.
        QCOMPARE(
            cache->database().queryInt("SELECT count(*) FROM locations WHERE id NOT LIKE '%/location/0-1'"),
            4);
        QCOMPARE(objects.count(ObjectKind::Location), 5);
        QCOMPARE(objects.count(ObjectKind::Body), 1);

        // 21 meetings and 18 papers without type: deletion markers, kept but not counted.
        QCOMPARE(summary.deleted, 39);
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM meetings WHERE deleted = 1"), 21);
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM papers WHERE deleted = 1"), 18);

        // The 35 person locations no list serves are reported, and the run still completed.
        int locationSkips = 0;
        for (const SyncSkip &s : summary.skipped) {
            QVERIFY2(s.id.contains(QLatin1String("/location/")),
                     qPrintable(s.id + QLatin1String(": ") + s.reason));
            QVERIFY(s.reason.contains(QLatin1String("404")));
            ++locationSkips;
        }
        QCOMPARE(locationSkips, 35);
        QVERIFY(summary.complete);
        QCOMPARE(summary.requests, server.requestCount());
        // System, body list, list pages (organization 1, person 2, meeting 15, paper 85), and one
        // attempt per missing location: nothing fetched twice.
        QCOMPARE(summary.requests, 1 + 1 + 1 + 2 + 15 + 85 + 35);
        QVERIFY(cache->status().lastSync.isValid());

        // Again, incrementally: the replay has no file for a modified_since query and answers
        // 404, as SD.NET does for an empty window. One request per list, nothing changes.
        const int before = server.requestCount();
        const SyncSummary again = engine.run(server.url(QStringLiteral("system")));
        QVERIFY(again.complete);
        QCOMPARE(again.created + again.changed + again.deleted, 0);
        QCOMPARE(server.requestCount() - before, 1 + 1 + 4);
        QCOMPARE(objects.count(ObjectKind::Paper), 2097);

        // A forced full walk sees everything again and finds nothing vanished.
        engine.setFull(true);
        const SyncSummary full = engine.run(server.url(QStringLiteral("system")));
        QVERIFY(full.complete);
        QCOMPARE(full.created + full.changed + full.deleted, 0);
        QCOMPARE(objects.count(ObjectKind::Meeting), 346);
    }

    void commandLine()
    {
        const auto fixture = replayHuertgenwald();
        RATSMAPPE_REQUIRE(fixture, "the fixture ../shared/fixtures/oparl-huertgenwald");
        Test::OParlFixtureServer &server = *fixture;
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        QCOMPARE(ratsmappe({QStringLiteral("init"), QStringLiteral("--cache"), dir}).exitCode, 0);

        Run r = ratsmappe({QStringLiteral("sync"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--server"),
                           server.url(QStringLiteral("system")).toString(),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5); // finished, with the unfetchable locations skipped
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("deleted")).toInt(), 39);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toArray().size(), 35);
        QVERIFY(summary.value(QStringLiteral("skipped"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QStringLiteral("reason")));
        QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 140);
        QVERIFY(summary.value(QStringLiteral("new")).toInt() > 17000);

        r = ratsmappe({QStringLiteral("ls"),
                       QStringLiteral("meetings"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray meetings = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(meetings.size(), 346);
        const QJsonObject meeting = meetings.first().toObject();
        QVERIFY(meeting.value(QStringLiteral("id")).toString().startsWith(server.url().toString()));
        QVERIFY(meeting.contains(QStringLiteral("start")));
        QVERIFY(
            QDateTime::fromString(meeting.value(QStringLiteral("firstSeen")).toString(), Qt::ISODateWithMs)
                .isValid());

        r = ratsmappe({QStringLiteral("ls"),
                       QStringLiteral("files"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--json")});
        const QJsonArray files = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(files.size(), 6947);
        QCOMPARE(files.first().toObject().value(QStringLiteral("downloaded")).toBool(true), false);

        r = ratsmappe({QStringLiteral("cat"),
                       files.first().toObject().value(QStringLiteral("id")).toString(),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ratsmappe({QStringLiteral("ls"), QStringLiteral("nonsense"), QStringLiteral("--cache"), dir})
                     .exitCode,
                 2);

        // Again without --server: the cache remembers the server; an unchanged one costs a request per list.
        r = ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(QStringLiteral("servers"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(again.value(QStringLiteral("requests")).toInt(), 6);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SyncFixtureTest)
#include "tst_sync_fixture.moc"
