// SPDX-License-Identifier: GPL-2.0-or-later
// Sync against a stateful OParl 1.1 server on loopback whose state the test changes: after
// each change one incremental run (or the full walk, where only it can see the change) makes
// the cache equal the server's state, with the number of requests asserted.

#include "cache.h"
#include "documentstore.h"
#include "fakeoparlserver.h"
#include "syncengine.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

ObjectKind kindOfType(const QString &type)
{
    static const QHash<QString, ObjectKind> kinds = {
        {QStringLiteral("Body"), ObjectKind::Body},
        {QStringLiteral("Organization"), ObjectKind::Organization},
        {QStringLiteral("Person"), ObjectKind::Person},
        {QStringLiteral("Membership"), ObjectKind::Membership},
        {QStringLiteral("Meeting"), ObjectKind::Meeting},
        {QStringLiteral("AgendaItem"), ObjectKind::AgendaItem},
        {QStringLiteral("Paper"), ObjectKind::Paper},
        {QStringLiteral("Consultation"), ObjectKind::Consultation},
        {QStringLiteral("File"), ObjectKind::File},
        {QStringLiteral("Location"), ObjectKind::Location},
        {QStringLiteral("LegislativeTerm"), ObjectKind::LegislativeTerm},
    };
    return kinds.value(type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), ObjectKind::Body);
}

// Live objects in the server's dump and in the cache (all kinds but Body): equal, object by object.
void compareWithServer(Cache &cache, const Test::FakeOParlServer &server)
{
    ObjectStore objects(cache.database());
    const QJsonObject dump = server.stateDump();
    qint64 serverLive = 0;
    for (auto it = dump.begin(); it != dump.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const ObjectKind kind = kindOfType(o.value(QLatin1String("type")).toString());
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
        Test::FakeOParlServer server;
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
        QVERIFY(server.requestLog().filter(QStringLiteral("modified_since")).size() == 10);

        // 3. A change, a deletion and new bytes: one incremental run follows.
        server.setNow({});
        server.change(paper, {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Nr. 12 (geändert)")}});
        server.remove(old);
        const QByteArray v2 = "%PDF-1.7\n% Einladung, zweite Fassung mit Tischvorlage\n%%EOF\n";
        server.setFileBytes(invitation, v2);
        QTest::qWait(1100);
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
        server.change(paper, {{QStringLiteral("reference"), QStringLiteral("V/2026/101a")}}, false);
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
};

QTEST_GUILESS_MAIN(SyncServerTest)
#include "tst_sync_server.moc"
