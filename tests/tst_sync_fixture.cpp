// SPDX-License-Identifier: GPL-2.0-or-later
// A real SD.NET server's OParl 1.0 responses (../shared/fixtures/oparl-huertgenwald), replayed
// over HTTP on loopback: every count in the fixture's README comes out right, the deletion
// markers are applied, and the unfetchable links are reported without stopping the run.

#include "cache.h"
#include "oparlfixtureserver.h"
#include "syncengine.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class SyncFixtureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void huertgenwald()
    {
        const QString folder = Test::sharedFixture(QStringLiteral("oparl-huertgenwald"));
        if (folder.isEmpty()) {
            QSKIP("../shared/fixtures/oparl-huertgenwald is absent");
        }
        Test::OParlFixtureServer server(
            folder, QStringLiteral("https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/"));
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
    }
};

QTEST_GUILESS_MAIN(SyncFixtureTest)
#include "tst_sync_fixture.moc"
