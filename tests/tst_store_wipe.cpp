// SPDX-License-Identifier: GPL-2.0-or-later
// A remote wipe leaves nothing of the wiped documents in the cache's files: every page of the
// database and its WAL is decrypted with the data key (as whoever holds the passphrase could)
// and searched for a word only the wiped document had. Also text replaced by a later sync, and
// what an old cache's text index kept before schema step 5.

#include "cache.h"
#include "cachepages.h"
#include "database.h"
#include "nonpublic.h"
#include "schema.h"
#include "searchindexstore.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace Ratsmappe;

namespace {

// FTS5 keeps a term's prefix shared with the term before it only once, so the search looks for
// the tail of the word, which no other word of the test's text shares.
constexpr const char *Marker = "grundstueckxqzvertraulich";
constexpr const char *MarkerTail = "xqzvertraulich";

QString secretText()
{
    return QStringLiteral("Nichtöffentliche Vorlage: Ankauf %1 zum Preis von 1,2 Mio. Euro")
        .arg(QLatin1String(Marker));
}

// Public documents around it, so the index spans several pages and segments.
QStringList publicPages(int count)
{
    QStringList pages;
    for (int i = 0; i < count; ++i) {
        pages << QStringLiteral(
                     "Öffentliche Sitzung %1: Haushalt, Schulhof, Radweg, Feuerwehr, Bebauungsplan "
                     "Nummer %2, Beschlussvorlage der Verwaltung")
                     .arg(i)
                     .arg(i * 7);
    }
    return pages;
}

} // namespace

class StoreWipeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    struct Opened
    {
        std::unique_ptr<Cache> cache;
        SecretKey key;
        QString path;
    };

    Opened newCache()
    {
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        Opened o;
        o.cache = Test::createCache(dir);
        o.key = Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase());
        o.path = Cache::databasePath(dir);
        return o;
    }

    // A non-public file with its bytes and its text in the index, among public ones.
    static void fill(Cache &cache)
    {
        Database &db = cache.database();
        for (int i = 0; i < 20; ++i) {
            const QString id = QStringLiteral("https://ris.example/file/public-%1").arg(i);
            const qint64 version =
                Test::storeDocument(cache, id, "%PDF-1.4 public", QStringLiteral("Vorlage"));
            SearchIndexStore(db).savePages({version, id, QStringLiteral("Vorlage %1").arg(i)},
                                           publicPages(8));
        }
        const QString secret = QStringLiteral("https://ris.example/file/secret");
        const qint64 version =
            Test::storeDocument(cache, secret, QByteArray("%PDF-1.4 ") + Marker, QStringLiteral("Ankauf"));
        Statement(db, "UPDATE files SET non_public = 1 WHERE id = ?").bind(1, secret).run();
        SearchIndexStore(db).savePages({version, secret, QStringLiteral("Ankauf")},
                                       {secretText(), secretText()});
    }

    static QStringList found(const QString &path, const SecretKey &key, bool *ok)
    {
        QString error;
        const QList<Test::CachePage> pages = Test::decryptCachePages(path, key, &error);
        *ok = error.isEmpty() && !pages.isEmpty();
        if (!*ok) {
            qWarning() << error;
        }
        return Test::pagesContaining(pages, MarkerTail);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void wipeLeavesNoWordInAnyPage()
    {
        Opened o = newCache();
        fill(*o.cache);
        bool ok = false;
        // The positive control: before the wipe the word is there to be found.
        QVERIFY(!found(o.path, o.key, &ok).isEmpty());
        QVERIFY(ok);
        Database &db = o.cache->database();
        QVERIFY(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'Ankauf'").value() >
                0);

        const NonPublicWipe wiped = wipeNonPublic(db, QStringLiteral(""));
        QCOMPARE(wiped.files, 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'Ankauf'").value(),
                 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'Haushalt'").value(),
                 20 * 8);
        // With the connection still open, as the window keeps it: the wipe itself cleaned up.
        QStringList left = found(o.path, o.key, &ok);
        QVERIFY(ok);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
        QVERIFY(wiped.checkpointed);
        o.cache.reset();
        left = found(o.path, o.key, &ok);
        QVERIFY(ok);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }

    void wipeReportsABusyCheckpoint()
    {
        Opened o = newCache();
        fill(*o.cache);
        // Another connection in the middle of a read, as the window's may be.
        const auto reader = o.cache->openConnection();
        Statement reading(*reader, "SELECT id FROM files");
        QVERIFY(reading.next());
        sqlite3_busy_timeout(o.cache->database().handle(), 200); // the wipe's wait, shortened
        const NonPublicWipe wiped = wipeNonPublic(o.cache->database(), QStringLiteral(""));
        QCOMPARE(wiped.files, 1);
        QVERIFY(!wiped.checkpointed);
    }

    void replacedTextLeavesNoWordInAnyPage()
    {
        // A sync replaces a document's text (a new version): the old text must not stay behind
        // in free space or in the index's blocks, wipe or not.
        Opened o = newCache();
        fill(*o.cache);
        Database &db = o.cache->database();
        const qint64 version =
            db.queryInt("SELECT id FROM file_versions WHERE file_id = 'https://ris.example/file/secret'")
                .value();
        SearchIndexStore(db).savePages(
            {version, QStringLiteral("https://ris.example/file/secret"), QStringLiteral("Ankauf")},
            {QStringLiteral("Die Vorlage wurde zurückgezogen.")});
        Statement(db, "UPDATE file_chunks SET bytes = zeroblob(16) WHERE version_id = ?")
            .bind(1, version)
            .run();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        bool ok = false;
        const QStringList left = found(o.path, o.key, &ok);
        QVERIFY(ok);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }

    void schemaStepFiveCleansAnOldIndex()
    {
        // A cache of schema 4 whose text index kept a deleted document's terms (as a wipe by
        // an earlier Ratsmappe left them): step 5 rebuilds the index without them.
        const QString dir = m_tmp.filePath(QStringLiteral("schema4"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = Cache::databasePath(dir);
        const SecretKey key = SecretKey::random();
        {
            Database db(path, key, true);
            Schema::migrate(db, 4);
            db.exec("PRAGMA secure_delete = ON"); // so only the index can keep the word
            Statement insert(db,
                             "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                             "VALUES (?, 'page', ?, 1, 'Vorlage', ?)");
            const QStringList pages = publicPages(50);
            for (int i = 0; i < pages.size(); ++i) {
                insert.bind(1, QStringLiteral("public-%1").arg(i))
                    .bind(2, qint64(i + 1))
                    .bind(3, pages.at(i))
                    .run();
            }
            insert.bind(1, QStringLiteral("secret")).bind(2, qint64(100)).bind(3, secretText()).run();
            db.exec("DELETE FROM search_index WHERE target_id = 'secret'");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        bool ok = false;
        // The positive control: the deleted document's word is still in the index's blocks.
        QVERIFY(!found(path, key, &ok).isEmpty());
        QVERIFY(ok);
        {
            Database db(path, key);
            Schema::migrate(db);
            QVERIFY(Schema::version(db) >= 5);
            QCOMPARE(
                db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'Haushalt'").value(),
                50);
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QStringList left = found(path, key, &ok);
        QVERIFY(ok);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(StoreWipeTest)
#include "tst_store_wipe.moc"
