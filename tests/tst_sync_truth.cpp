// SPDX-License-Identifier: GPL-2.0-or-later
// Sync that tells the truth (issue 11), against the small demo town: cursors in the server's
// time base whatever its clock says, and a full walk (forced, or the weekly one) that makes the
// cache equal the server after objects vanished without a deletion marker — a withdrawn
// document keeping what the member made of it.

#include "agendalisting.h"
#include "cache.h"
#include "database.h"
#include "demosync.h"
#include "documentstore.h"
#include "objectlisting.h"
#include "objectstore.h"
#include "oparlserver.h"
#include "servercompare.h"
#include "syncengine.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

constexpr int Lists = 10; // the demo body's lists

QStringList listedIds(Database &db, const QString &kind)
{
    QStringList ids;
    for (const ListedObject &o : ObjectListing::list(db, kind).value_or(QList<ListedObject>())) {
        ids << o.id;
    }
    return ids;
}

// A public paper of the server's, for changes a client without an account sees.
QString publicPaper(const Demo::OParlServer &server, int skip)
{
    for (const QString &id : server.ids(QStringLiteral("Paper"))) {
        if (!server.object(id).contains(Demo::OParlServer::nonPublicProperty()) && skip-- == 0) {
            return id;
        }
    }
    return {};
}

} // namespace

class SyncTruthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    // The server's clock far behind or ahead of this computer's: an incremental run still
    // picks up additions, changes and deletions, and an unchanged server costs one request per
    // list. (With the cursor taken from this computer's clock, the run 30 days behind saw
    // nothing.)
    void serverClockOffset_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("server 30 days behind") << qint64(-30 * 86400);
        QTest::newRow("server 2 hours ahead") << qint64(2 * 3600);
    }

    void serverClockOffset()
    {
        QFETCH(qint64, offset);
        const auto town = Test::smallTown();
        Demo::OParlServer &server = *town;
        server.setClockOffset(offset);

        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        SyncSummary s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        Test::compareWithServer(*cache, server.stateDump(), false);

        // The server moves on: a new meeting, a changed paper, a deleted one (a tombstone).
        const QString organization = server.ids(QStringLiteral("Organization")).first();
        const QString added = server.add(QStringLiteral("Meeting"),
                                         {{QStringLiteral("name"), QStringLiteral("Sondersitzung")},
                                          {QStringLiteral("start"), QStringLiteral("2030-01-05T18:00:00Z")},
                                          {QStringLiteral("organization"), QJsonArray{organization}}});
        const QString changed = publicPaper(server, 0);
        const QString deleted = publicPaper(server, 1);
        server.change(changed, {{QStringLiteral("name"), QStringLiteral("Geänderter Titel")}});
        server.remove(deleted);

        server.resetLog();
        s = engine.run(server.systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(server.requestLog().filter(QStringLiteral("modified_since")).size(), Lists); // incremental
        QVERIFY(s.created >= 1);
        QVERIFY(s.changed >= 1);
        QVERIFY(s.deleted >= 1);
        Test::compareWithServer(*cache, server.stateDump(), false);
        ObjectStore objects(cache->database());
        QVERIFY(objects.get(ObjectKind::Meeting, added));
        QCOMPARE(objects.get(ObjectKind::Paper, changed)->data.value(QLatin1String("name")).toString(),
                 QStringLiteral("Geänderter Titel"));
        // The tombstone keeps the last live record.
        const auto tombstone = objects.get(ObjectKind::Paper, deleted);
        QVERIFY(tombstone->deleted);
        QVERIFY(!tombstone->data.value(QLatin1String("name")).toString().isEmpty());

        // Nothing new: one request per list, and the System and body list.
        for (int round = 0; round < 2; ++round) {
            server.resetLog();
            s = engine.run(server.systemUrl());
            QVERIFY(s.complete);
            QCOMPARE(s.created + s.changed + s.deleted, 0);
            QVERIFY2(s.requests == Lists + 2, qPrintable(server.requestLog().join(QLatin1Char('\n'))));
        }
    }

    // Objects removed without a marker — a document, an agenda item, a consultation — leave
    // the cache with the next full walk, forced or the weekly one; the document a member
    // annotated keeps its name, bytes and annotation and shows as withdrawn.
    void vanishedObjects_data()
    {
        QTest::addColumn<bool>("weekly");
        QTest::newRow("sync --full") << false;
        QTest::newRow("the weekly full walk") << true;
    }

    void vanishedObjects()
    {
        QFETCH(bool, weekly);
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
        Database &db = cache->database();
        // A meeting's own document with its bytes in the cache.
        const QString meeting = db.queryText(
            "SELECT m.id FROM meetings m JOIN file_links l ON l.owner_id = m.id WHERE m.deleted = 0 "
            "AND m.start < '2025-03-05' ORDER BY m.start DESC LIMIT 1");
        QVERIFY(!meeting.isEmpty());
        Statement start(db, "SELECT start FROM meetings WHERE id = ?");
        start.bind(1, meeting);
        QVERIFY(start.next());
        QVERIFY(town.downloadDay(*cache, QDateTime::fromString(start.text(0), Qt::ISODate).date()));
        Statement pick(
            db,
            "SELECT f.id, f.name, f.current_version FROM file_links l JOIN files f ON f.id = l.file_id "
            "JOIN file_versions v ON v.id = f.current_version AND v.complete = 1 "
            "WHERE l.owner_id = ? LIMIT 1");
        pick.bind(1, meeting);
        QVERIFY(pick.next());
        const QString file = pick.text(0);
        const QString fileName = pick.text(1);
        const qint64 version = pick.integer(2);
        pick.reset();
        DocumentStore documents(db);
        const QByteArray bytes = documents.readAll(version);
        QVERIFY(bytes.startsWith("%PDF-"));
        Statement(db,
                  "INSERT INTO annotations(id, server_id, file_id, version_id, type, page, geometry, color, "
                  "text, created, modified) SELECT lower(hex(randomblob(16))), server_id, file_id, id, "
                  "'highlight', 1, '{\"rects\":[[0.1,0.1,0.5,0.12]]}', '#ffff00', 'Nachfragen', "
                  "'2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z' FROM file_versions WHERE id = ?")
            .bind(1, version)
            .run();
        // An agenda item and a consultation of other meetings and papers.
        Statement items(
            db, "SELECT id FROM agenda_items WHERE deleted = 0 AND meeting_id != ? ORDER BY id LIMIT 1");
        items.bind(1, meeting);
        QVERIFY(items.next());
        const QString item = items.text(0);
        items.reset();
        const QString consultation =
            db.queryText("SELECT id FROM consultations WHERE deleted = 0 ORDER BY id LIMIT 1");
        QVERIFY(!item.isEmpty() && !consultation.isEmpty());

        for (const QString &id : {file, item, consultation}) {
            QVERIFY(town.server->removeSilently(id));
        }
        // No parent's modified changed: an incremental run cannot see it.
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        SyncSummary s = engine.run(town.server->systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(s.deleted, 0);
        QVERIFY(listedIds(db, QStringLiteral("files")).contains(file));

        if (weekly) {
            Statement(db, "UPDATE sync_cursors SET last_full = ?")
                .bind(1,
                      QDateTime::currentDateTimeUtc()
                          .addDays(-SyncEngine::ReconcileDays - 1)
                          .toString(Qt::ISODate))
                .run();
        } else {
            engine.setFull(true);
        }
        town.server->resetLog();
        s = engine.run(town.server->systemUrl());
        QVERIFY(s.complete);
        QCOMPARE(town.server->requestLog().filter(QStringLiteral("modified_since")).size(), 0); // a full walk
        QVERIFY(s.deleted >= 3);
        Test::compareWithServer(*cache, town.server->stateDump(), true);

        ObjectStore objects(db);
        for (const auto &[kind, id] : {std::pair{ObjectKind::File, file},
                                       std::pair{ObjectKind::AgendaItem, item},
                                       std::pair{ObjectKind::Consultation, consultation}}) {
            const auto stored = objects.get(kind, id);
            QVERIFY2(stored && stored->deleted, qPrintable(id));
        }
        QVERIFY(!listedIds(db, QStringLiteral("files")).contains(file));
        QVERIFY(!listedIds(db, QStringLiteral("agendaItems")).contains(item));
        // The withdrawn document: its name, bytes and annotation stay; its meeting shows it
        // withdrawn.
        QCOMPARE(objects.get(ObjectKind::File, file)->data.value(QLatin1String("name")).toString(), fileName);
        QCOMPARE(documents.readAll(version), bytes);
        Statement annotations(db, "SELECT count(*) FROM annotations WHERE version_id = ?");
        annotations.bind(1, version);
        QVERIFY(annotations.next());
        QCOMPARE(annotations.integer(0), 1);
        bool shown = false;
        for (const AgendaDocument &d : AgendaListing(db).agenda(meeting).documents) {
            if (d.fileId == file) {
                shown = d.withdrawn;
            }
        }
        QVERIFY(shown);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SyncTruthTest)
#include "tst_sync_truth.moc"
