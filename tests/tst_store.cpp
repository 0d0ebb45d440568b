// SPDX-License-Identifier: GPL-2.0-or-later
// Round trips of every record kind through a real SQLCipher file, and schema migration.

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "objectstore.h"
#include "schema.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ratsmappe;

class StoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_recoveryKey;
    SecretKey m_key;

    std::unique_ptr<Cache> reopen() { return Cache::open(m_dir, m_key); }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                               QString::fromLatin1(QTest::currentDataTag()));
        Test::createCache(m_dir, &m_recoveryKey);
        m_key = Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase());
        // Bodies belong to a server known to the cache (a foreign key); the other kinds'
        // parents are OParl ids without one.
        Statement(reopen()->database(),
                  "INSERT INTO servers(id, added) VALUES ('https://ris.example/parent/1', 'now')")
            .run();
    }

    void objectsRoundTrip_data()
    {
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("parent");
        for (const ObjectKind kind : AllObjectKinds) {
            QTest::newRow(qPrintable(objectKindName(kind)))
                << kind << QStringLiteral("https://ris.example/parent/1");
        }
    }

    void objectsRoundTrip()
    {
        QFETCH(ObjectKind, kind);
        QFETCH(QString, parent);
        const QString id = QStringLiteral("https://ris.example/oparl/%1/42").arg(objectKindName(kind));
        const QJsonObject data{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("Haushaltssatzung 2027 – Änderung")},
            {QStringLiteral("modified"), QStringLiteral("2026-11-01T10:00:00+01:00")},
            {QStringLiteral("organization"), QJsonArray{QStringLiteral("https://ris.example/org/7")}},
            {QStringLiteral("order"), 3},
            {QStringLiteral("public"), false}};
        const QDateTime t1 = QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);
        const QDateTime t2 = t1.addDays(1);
        {
            auto cache = reopen();
            ObjectStore store(cache->database());
            QCOMPARE(store.upsert(kind, parent, data, t1), ObjectStore::Outcome::New);
            QCOMPARE(store.upsert(kind, parent, data, t2), ObjectStore::Outcome::Unchanged);
            QCOMPARE(store.count(kind), 1);
        }
        auto cache = reopen();
        ObjectStore store(cache->database());
        auto stored = store.get(kind, id);
        QVERIFY(stored);
        QCOMPARE(stored->data, data);
        QCOMPARE(stored->firstSeen, t1);
        QCOMPARE(stored->lastChanged, t1); // the unchanged second write did not count
        if (kind != ObjectKind::File) {
            QCOMPARE(stored->parentId, parent);
        }

        QJsonObject changed = data;
        changed[QStringLiteral("name")] = QStringLiteral("Haushaltssatzung 2027 (neu)");
        QCOMPARE(store.upsert(kind, parent, changed, t2), ObjectStore::Outcome::Changed);
        stored = store.get(kind, id);
        QCOMPARE(stored->firstSeen, t1);
        QCOMPARE(stored->lastChanged, t2);

        const QJsonObject deleted{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}};
        QCOMPARE(store.upsert(kind, parent, deleted, t2.addDays(1)), ObjectStore::Outcome::Changed);
        QCOMPARE(store.count(kind), 0);
        QVERIFY(store.get(kind, id)->deleted);
    }

    void meetingOrganizationsFollowTheObject()
    {
        auto cache = reopen();
        ObjectStore store(cache->database());
        const QString id = QStringLiteral("https://ris.example/meeting/1");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        store.upsert(ObjectKind::Meeting,
                     {},
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("organization"),
                       QJsonArray{QStringLiteral("https://ris.example/org/1"),
                                  QStringLiteral("https://ris.example/org/2")}}},
                     now);
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM meeting_organizations"), 2);
        // A single string where an array belongs (a real-server defect) still links.
        store.upsert(ObjectKind::Meeting,
                     {},
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("organization"), QStringLiteral("https://ris.example/org/3")}},
                     now);
        QCOMPARE(
            cache->database().queryText("SELECT group_concat(organization_id) FROM meeting_organizations"),
            QStringLiteral("https://ris.example/org/3"));
    }

    void documentVersionsRoundTrip()
    {
        const QString fileId = QStringLiteral("https://ris.example/file/9");
        QByteArray v1(700 * 1024 + 13, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(v1.data()), v1.size() / 4);
        const QByteArray v2 = QByteArray("%PDF-1.7\nsecond version\n%%EOF\n");
        qint64 firstVersion = 0;
        {
            auto cache = reopen();
            ObjectStore(cache->database())
                .upsert(
                    ObjectKind::File, {}, {{QStringLiteral("id"), fileId}}, QDateTime::currentDateTimeUtc());
            Transaction tx(cache->database());
            DocumentWriter writer(
                cache->database(), fileId, QStringLiteral("application/pdf"), QStringLiteral("\"e1\""));
            for (qsizetype at = 0; at < v1.size(); at += 100000) {
                writer.write(v1.mid(at, 100000));
            }
            const FileVersion done = writer.finish(DocumentKind::Pdf);
            tx.commit();
            firstVersion = done.id;
            QCOMPARE(done.size, v1.size());
            QVERIFY(done.complete);
            QCOMPARE(cache->database().queryInt("SELECT count(*) FROM file_chunks"), 3); // 256 KiB chunks
        }
        auto cache = reopen();
        DocumentStore docs(cache->database());
        QCOMPARE(docs.currentVersion(fileId)->id, firstVersion);
        QCOMPARE(docs.readAll(firstVersion), v1);

        // Random access through the device, across chunk borders.
        auto device = docs.open(firstVersion);
        QVERIFY(device);
        QCOMPARE(device->size(), v1.size());
        for (const qint64 pos : {qint64(0), qint64(262143), qint64(262144), qint64(600000), v1.size() - 5}) {
            QVERIFY(device->seek(pos));
            QCOMPARE(device->read(300), v1.mid(pos, 300));
        }
        QVERIFY(device->seek(0));
        QCOMPARE(device->readAll(), v1);

        // A new version becomes current; the old one stays for its annotations.
        {
            Transaction tx(cache->database());
            DocumentWriter writer(cache->database(), fileId);
            writer.write(v2);
            writer.finish(DocumentKind::Pdf);
            tx.commit();
        }
        QCOMPARE(docs.readAll(docs.currentVersion(fileId)->id), v2);
        QCOMPARE(docs.readAll(firstVersion), v1);
        QVERIFY(docs.version(firstVersion)->blake2b.size() == 64);
    }

    void interruptedDownloadIsNotCurrent()
    {
        const QString fileId = QStringLiteral("https://ris.example/file/10");
        const QByteArray bytes(600 * 1024, 'x');
        auto cache = reopen();
        ObjectStore(cache->database())
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), fileId}}, QDateTime::currentDateTimeUtc());
        qint64 versionId = 0;
        {
            DocumentWriter writer(cache->database(), fileId);
            writer.write(bytes.left(300 * 1024)); // one whole chunk stored, the rest pending
            versionId = writer.versionId();
        } // interrupted: never finished
        DocumentStore docs(cache->database());
        QVERIFY(!docs.currentVersion(fileId));
        QVERIFY(!docs.open(versionId)); // an incomplete version is never shown
        DocumentWriter resumed(cache->database(), versionId);
        QCOMPARE(resumed.size(), 256 * 1024);
        resumed.write(bytes.mid(256 * 1024));
        const FileVersion done = resumed.finish(DocumentKind::Other);
        QCOMPARE(docs.readAll(done.id), bytes);
        QCOMPARE(docs.currentVersion(fileId)->id, versionId);
    }

    void localRecordsRoundTrip()
    {
        const QString server = QStringLiteral("https://ris.example/oparl/v1.1");
        const QString fileId = QStringLiteral("https://ris.example/file/1");
        {
            auto cache = reopen();
            Database &db = cache->database();
            Statement(db, "INSERT INTO servers(id, name, added, last_sync) VALUES (?, ?, ?, ?)")
                .bind(1, server)
                .bind(2, QStringLiteral("Stadt Beispiel"))
                .bind(3, QStringLiteral("2026-11-01T00:00:00Z"))
                .bind(4, QStringLiteral("2026-11-24T12:00:00.000Z"))
                .run();
            Statement(db,
                      "INSERT INTO accounts(server_id, kind, user_name, secret) VALUES (?, 'token', ?, ?)")
                .bind(1, server)
                .bind(2, QStringLiteral("ratsfrau"))
                .bind(3, QByteArray("tok\0en", 6))
                .run();
            Statement(db, "INSERT INTO sync_cursors(server_id, list_url, cursor) VALUES (?, ?, ?)")
                .bind(1, server)
                .bind(2, server + QLatin1String("/body/1/paper"))
                .bind(3, QStringLiteral("2026-11-24T11:00:00+00:00"))
                .run();
            Statement(db, "INSERT INTO scope(key, value) VALUES ('from', '-P90D')").run();
            Statement(db, "INSERT INTO settings(key, value) VALUES ('reader/theme', 'dark')").run();
            ObjectStore(db).upsert(
                ObjectKind::File, {}, {{QStringLiteral("id"), fileId}}, QDateTime::currentDateTimeUtc());
            Transaction tx(db);
            DocumentWriter writer(db, fileId);
            writer.write("%PDF-1.4\n");
            const qint64 version = writer.finish(DocumentKind::Pdf).id;
            tx.commit();
            db.setDurability(Database::Durability::Full);
            Statement(db,
                      "INSERT INTO annotations(id, server_id, file_id, version_id, type, page, geometry, "
                      "color, text, "
                      "created, modified) SELECT 'a1', server_id, file_id, id, 'highlight', 3, "
                      "'{\"rects\":[[0.1,0.2,0.5,0.25]]}', '#ffd000', ?2, 'c', 'm' FROM file_versions WHERE "
                      "id = ?1")
                .bind(1, version)
                .bind(2, QStringLiteral("Zahl prüfen"))
                .run();
            db.setDurability(Database::Durability::Normal);
            Statement(db,
                      "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES ('', ?, ?, "
                      "'c', 'm')")
                .bind(1, fileId)
                .bind(2, QStringLiteral("Im Ausschuss nachfragen"))
                .run();
            Statement(db, "INSERT INTO read_state(target_id, seen, page, zoom) VALUES (?, 's', 12, 1.25)")
                .bind(1, fileId)
                .run();
            Statement(db,
                      "INSERT INTO search_index(target_id, kind, version_id, page, title, body) VALUES (?, "
                      "'file', ?, 1, ?, ?)")
                .bind(1, fileId)
                .bind(2, version)
                .bind(3, QStringLiteral("Bebauungsplan Nr. 12"))
                .bind(4, QStringLiteral("Die Straßenbeleuchtung wird erneuert."))
                .run();
        }
        auto cache = reopen();
        Database &db = cache->database();
        QCOMPARE(db.queryText("SELECT name FROM servers WHERE name IS NOT NULL"),
                 QStringLiteral("Stadt Beispiel"));
        Statement account(db, "SELECT user_name, secret FROM accounts");
        QVERIFY(account.next());
        QCOMPARE(account.blob(1), QByteArray("tok\0en", 6));
        QCOMPARE(db.queryText("SELECT cursor FROM sync_cursors"),
                 QStringLiteral("2026-11-24T11:00:00+00:00"));
        QCOMPARE(db.queryText("SELECT value FROM scope WHERE key = 'from'"), QStringLiteral("-P90D"));
        QCOMPARE(db.queryText("SELECT value FROM settings"), QStringLiteral("dark"));
        QCOMPARE(db.queryText("SELECT text FROM annotations WHERE page = 3"), QStringLiteral("Zahl prüfen"));
        QCOMPARE(db.queryText("SELECT text FROM notes"), QStringLiteral("Im Ausschuss nachfragen"));
        QCOMPARE(db.queryInt("SELECT page FROM read_state"), 12);
        // The index folds case and diacritics: a lowercase query finds capitalised German text.
        QCOMPARE(
            db.queryText("SELECT target_id FROM search_index WHERE search_index MATCH 'straßenbeleuchtung'"),
            fileId);
        QCOMPARE(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'bebauungsplan'"),
                 1);

        const CacheStatus s = cache->status();
        QCOMPARE(s.counts.value(QStringLiteral("servers")), 2); // with the one every test starts with
        QCOMPARE(s.counts.value(QStringLiteral("annotations")), 1);
        QCOMPARE(s.completeDocuments, 1);
        QCOMPARE(s.lastSync, QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::UTC));

        // Annotations keep their document version: deleting it is refused, not cascaded.
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM file_versions"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM annotations"), 1);
    }

    void settingsRoundTrip()
    {
        // Typed settings in the encrypted cache, read back after the cache is opened again.
        {
            auto cache = reopen();
            SettingsStore settings(cache->database());
            QCOMPARE(settings.integer(Settings::AutoLockMinutes, Settings::AutoLockMinutesDefault), 10);
            QVERIFY(settings.flag(Settings::SyncOnStart, true));
            settings.setInteger(Settings::AutoLockMinutes, 3);
            settings.setFlag(Settings::SyncOnStart, false);
            settings.setText(Settings::ProxyUrl, QStringLiteral("http://proxy.example:3128"));
            settings.setText(Settings::MeetingModePrefix + QStringLiteral("https://ris.example/meeting/1"),
                             QStringLiteral("{\"item\": 3}"));
            settings.setText(QStringLiteral("meetingMode%"), QStringLiteral("not a prefix match"));
            settings.setText(QStringLiteral("broken/number"), QStringLiteral("zehn"));
        }
        auto cache = reopen();
        SettingsStore settings(cache->database());
        QCOMPARE(settings.integer(Settings::AutoLockMinutes, 10), 3);
        QVERIFY(!settings.flag(Settings::SyncOnStart, true));
        QCOMPARE(settings.text(Settings::ProxyUrl), QStringLiteral("http://proxy.example:3128"));
        QCOMPARE(settings.keys(Settings::MeetingModePrefix),
                 QStringList{Settings::MeetingModePrefix + QStringLiteral("https://ris.example/meeting/1")});
        QCOMPARE(settings.integer(QStringLiteral("broken/number"), 7), 7);
        QVERIFY(!settings.value(QStringLiteral("missing")).has_value());
        settings.remove(Settings::ProxyUrl);
        QCOMPARE(settings.text(Settings::ProxyUrl, QStringLiteral("system")), QStringLiteral("system"));
    }

    void migratesFromTheFirstVersion()
    {
        const QString path = m_tmp.filePath(QStringLiteral("migration.db"));
        {
            Database db(path, m_key, true);
            QCOMPARE(Schema::version(db), 0);
            Schema::migrate(db, 1);
            QCOMPARE(Schema::version(db), 1);
            Statement(db,
                      "INSERT INTO notes(target_id, text, created, modified) VALUES ('t', 'kept', 'c', 'm')")
                .run();
            // Two notes on one target: step 7 keeps one per target, with both texts.
            Statement(db,
                      "INSERT INTO notes(target_id, text, created, modified) VALUES ('u', 'eins', 'c', 'm'), "
                      "('u', 'zwei', 'c', 'n')")
                .run();
        }
        Database db(path, m_key);
        Schema::migrate(db);
        QCOMPARE(Schema::version(db), Schema::latestVersion());
        QCOMPARE(db.queryText("SELECT text FROM notes WHERE target_id = 't'"), QStringLiteral("kept"));
        QCOMPARE(db.queryText("SELECT text || '|' || modified FROM notes WHERE target_id = 'u'"),
                 QStringLiteral("eins\n\nzwei|n"));
        QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void cacheFilesAreTheOwnersOnly()
    {
        // A common umask: without care, files come out 0644, readable by every local user.
        const Test::ScopedUmask umask(022);
        const QString dir = m_tmp.filePath(QStringLiteral("owner-only"));
        const QString db = Cache::databasePath(dir);
        // A write makes the -wal and -shm files; each of the three must be the owner's alone.
        const auto writeAndCheck = [&db](Cache &cache) {
            Statement(cache.database(),
                      "INSERT OR REPLACE INTO notes(server_id, target_id, text, created, modified) "
                      "VALUES ('', 't', 'n', 'c', 'm')")
                .run();
            for (const QString &path :
                 QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
                QVERIFY2(QFile::exists(path), qPrintable(path));
                QCOMPARE(Test::fileMode(path), 0600);
            }
        };
        writeAndCheck(*Test::createCache(dir));
        if (QTest::currentTestFailed()) {
            return;
        }
        // A cache made before, with the umask's mode: narrowed when it is opened.
        QVERIFY(QFile::setPermissions(
            db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(Test::fileMode(db), 0644);
        writeAndCheck(*Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase())));
    }

    // Step 6 (issue 12): servers keyed by the URL they were synced with, their System id kept
    // beside; every object, link and document version goes to its server, found through its body
    // or its owner; nothing is lost, and objects of two servers may then share an id.
    void migratesObjectsToTheirServer()
    {
        const QString path = m_tmp.filePath(QStringLiteral("servers.db"));
        const QString a = QStringLiteral("https://a.example/oparl/system");
        const QString b = QStringLiteral("https://b.example/oparl/system");
        {
            Database db(path, m_key, true);
            Schema::migrate(db, 4);
            db.exec(R"sql(
                INSERT INTO servers(id, added) VALUES ('https://a.example/oparl/system', '2026-01-01'),
                                                      ('https://b.example/oparl/system', '2026-01-02');
                INSERT INTO accounts(server_id, kind, secret) VALUES ('https://b.example/oparl/system', 'token', x'01');
                INSERT INTO bodies(id, server_id, first_seen, last_changed, data) VALUES
                    ('a/body', 'https://a.example/oparl/system', 't', 't', '{}'),
                    ('b/body', 'https://b.example/oparl/system', 't', 't', '{}');
                INSERT INTO meetings(id, body_id, first_seen, last_changed, data) VALUES
                    ('a/m', 'a/body', 't', 't', '{}'), ('b/m', 'b/body', 't', 't', '{}');
                INSERT INTO meeting_organizations(meeting_id, organization_id) VALUES ('b/m', 'b/org');
                INSERT INTO agenda_items(id, meeting_id, first_seen, last_changed, data) VALUES ('b/i', 'b/m', 't', 't', '{}');
                INSERT INTO papers(id, body_id, first_seen, last_changed, data) VALUES ('a/p', 'a/body', 't', 't', '{}');
                INSERT INTO consultations(id, paper_id, first_seen, last_changed, data) VALUES ('a/c', 'a/p', 't', 't', '{}');
                INSERT INTO files(id, first_seen, last_changed, data) VALUES ('a/f', 't', 't', '{}'), ('b/f', 't', 't', '{}');
                INSERT INTO file_links(owner_id, file_id, role) VALUES ('a/m', 'a/f', 'invitation'), ('b/i', 'b/f', 'mainFile');
                INSERT INTO file_versions(id, file_id, chunk_size, created, complete) VALUES (7, 'b/f', 4, 'c', 1);
                INSERT INTO file_chunks(version_id, seq, bytes) VALUES (7, 0, x'25504446');
                INSERT INTO annotations(version_id, page, kind, geometry, created, modified) VALUES (7, 1, 'note', '[]', 'c', 'm');
                UPDATE files SET current_version = 7 WHERE id = 'b/f';
            )sql");
        }
        Database db(path, m_key);
        Schema::migrate(db);
        QCOMPARE(Schema::version(db), Schema::latestVersion());
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(db.queryText("PRAGMA foreign_key_check"), QString());
        QCOMPARE(db.queryInt("SELECT count(*) FROM servers WHERE system_id = id"), 2);
        QCOMPARE(db.queryText("SELECT server_id FROM accounts"), b);
        const auto serverOf = [&db](const char *table, const char *id) {
            const QByteArray sql = QByteArray("SELECT server_id FROM ") + table + " WHERE id = ?";
            Statement st(db, sql.constData());
            st.bind(1, QString::fromLatin1(id));
            return st.next() ? st.text(0) : QStringLiteral("(none)");
        };
        QCOMPARE(serverOf("bodies", "b/body"), b);
        QCOMPARE(serverOf("meetings", "a/m"), a);
        QCOMPARE(serverOf("meetings", "b/m"), b);
        QCOMPARE(serverOf("agenda_items", "b/i"), b);
        QCOMPARE(serverOf("papers", "a/p"), a);
        QCOMPARE(serverOf("consultations", "a/c"), a);
        QCOMPARE(serverOf("files", "a/f"), a);
        QCOMPARE(serverOf("files", "b/f"), b);
        QCOMPARE(db.queryText("SELECT server_id FROM file_links WHERE file_id = 'b/f'"), b);
        QCOMPARE(db.queryText("SELECT server_id FROM meeting_organizations"), b);
        QCOMPARE(db.queryText("SELECT server_id FROM file_versions WHERE id = 7"), b);
        QCOMPARE(db.queryInt("SELECT count(*) FROM file_chunks"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM annotations"), 1);
        // Step 7: the annotation has a UUID, its file's server and id, and its kind as type.
        QVERIFY(!QUuid::fromString(db.queryText("SELECT id FROM annotations")).isNull());
        QCOMPARE(
            db.queryText(
                "SELECT server_id || ' ' || file_id || ' ' || type || ' ' || version_id FROM annotations"),
            b + QStringLiteral(" b/f note 7"));
        QCOMPARE(DocumentStore(db).currentVersion(QStringLiteral("b/f"))->id, 7);

        // Now another server may serve an object with the same id, and each keeps its own.
        QCOMPARE(ObjectStore(db, a).upsert(ObjectKind::File,
                                           {},
                                           QJsonObject{{QStringLiteral("id"), QStringLiteral("b/f")},
                                                       {QStringLiteral("name"), QStringLiteral("A's")}},
                                           QDateTime::currentDateTimeUtc()),
                 ObjectStore::Outcome::New);
        QCOMPARE(db.queryInt("SELECT count(*) FROM files WHERE id = 'b/f'"), 2);
        QCOMPARE(ObjectStore(db, b).get(ObjectKind::File, QStringLiteral("b/f"))->data, QJsonObject());
        QCOMPARE(ObjectStore(db).servers(ObjectKind::File, QStringLiteral("b/f")), QStringList({a, b}));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM file_versions"));
    }

    void refusesANewerSchema()
    {
        {
            auto cache = reopen();
            cache->database().exec(
                QByteArray("PRAGMA user_version = " + QByteArray::number(Schema::latestVersion() + 1))
                    .constData());
        }
        try {
            reopen();
            QFAIL("a cache from a newer version was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::TooNew);
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
