// SPDX-License-Identifier: GPL-2.0-or-later
// No plaintext on disk: distinctive markers written as metadata, annotations, notes, search
// text, credentials and document bytes never appear in any file under the cache folder or
// the temp folder — closed, with WAL files present, and after a crash.

#include "annotationstore.h"
#include "cache.h"
#include "documentstore.h"
#include "notestore.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Ratsmappe;

namespace {

QByteArrayList makeMarkers()
{
    // Random per run, so no earlier run or fixture can contain them by accident.
    const QByteArray run = QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    QByteArrayList list;
    for (const char *what :
         {"metadata", "annotation", "note", "document", "fulltext", "credential", "server", "quote"}) {
        list << "RM-MARKER-" + QByteArray(what) + '-' + run;
    }
    return list;
}

// Made once per run: every caller must see the same markers, whatever the clock does between calls.
const QByteArrayList &markers()
{
    static const QByteArrayList list = makeMarkers();
    return list;
}

void writeEverything(Database &db, const QByteArrayList &m)
{
    const QString fileId = QStringLiteral("https://ris.example/file/1");
    Statement(db, "INSERT INTO servers(id, name, added) VALUES ('https://ris.example', ?, 'now')")
        .bind(1, QString::fromUtf8(m[6]))
        .run();
    Statement(db, "INSERT INTO accounts(server_id, kind, secret) VALUES ('https://ris.example', 'token', ?)")
        .bind(1, m[5])
        .run();
    ObjectStore(db).upsert(
        ObjectKind::File,
        {},
        {{QStringLiteral("id"), fileId}, {QStringLiteral("name"), QString::fromUtf8(m[0])}},
        QDateTime::currentDateTimeUtc());
    Transaction tx(db);
    DocumentWriter writer(db, fileId);
    writer.write("%PDF-1.7\n" + QByteArray(300000, ' ') + m[3] + "\n%%EOF\n");
    const FileVersion version = writer.finish(DocumentKind::Pdf);
    tx.commit();
    // The member's own records as the window and `ratsmappe annotations` write them: a highlight
    // with its note and its quote (and the quote's context), a personal note.
    StoredAnnotation a;
    a.serverId = version.serverId;
    a.fileId = fileId;
    a.versionId = version.id;
    a.type = QStringLiteral("highlight");
    a.page = 1;
    a.geometry = {{QStringLiteral("rects"), QJsonArray{QJsonArray{0.1, 0.2, 0.6, 0.23}}}};
    a.color = QStringLiteral("#ffeb3b");
    a.text = QString::fromUtf8(m[1]);
    a.quote = QString::fromUtf8(m[7]);
    a.prefix = QStringLiteral("vor dem Zitat ");
    a.suffix = QStringLiteral(" nach dem Zitat");
    a.start = 14;
    a.end = 14 + int(a.quote.size());
    AnnotationStore(db).add(a);
    NoteStore(db).set(version.serverId, fileId, QString::fromUtf8(m[2]));
    Statement(db, "INSERT INTO search_index(target_id, kind, title, body) VALUES (?, 'file', 't', ?)")
        .bind(1, fileId)
        .bind(2, QString::fromUtf8(m[4]))
        .run();
}

} // namespace

class ScanTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_sqliteTmp;

    QStringList scan(const QString &dir, const QByteArrayList &m)
    {
        return Test::findMarkers(dir, m) + Test::findMarkers(m_sqliteTmp, m);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        // Any temp file SQLite might write lands where this test reads.
        m_sqliteTmp = m_tmp.filePath(QStringLiteral("sqlite-tmp"));
        QDir().mkpath(m_sqliteTmp);
        qputenv("SQLITE_TMPDIR", m_sqliteTmp.toLocal8Bit());
        qputenv("TMPDIR", m_sqliteTmp.toLocal8Bit());
    }

    void scannerFindsPlaintext()
    {
        // The scan itself must be able to fail.
        const QString dir = m_tmp.filePath(QStringLiteral("control"));
        QDir().mkpath(dir);
        QFile f(dir + QLatin1String("/plain"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("xx" + markers().at(3) + "yy");
        f.close();
        QCOMPARE(Test::findMarkers(dir, markers()).size(), 1);
    }

    void closedCacheHasNoPlaintext()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("closed"));
        const QByteArrayList m = markers();
        {
            auto cache = Test::createCache(dir);
            writeEverything(cache->database(), m);
        }
        QCOMPARE(scan(dir, m), QStringList());
        // …and the markers really are stored: decrypted, they are there.
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(cache->database().queryText("SELECT text FROM notes"), QString::fromUtf8(m[2]));
        QCOMPARE(cache->database().queryText("SELECT text FROM annotations"), QString::fromUtf8(m[1]));
        QCOMPARE(cache->database().queryText("SELECT quote FROM annotations"), QString::fromUtf8(m[7]));
        const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : files) {
            QVERIFY2(QStringList({QStringLiteral("cache.db"),
                                  QStringLiteral("cache.db-wal"),
                                  QStringLiteral("cache.db-shm"),
                                  QStringLiteral("keys.json")})
                         .contains(name),
                     qPrintable(QStringLiteral("unexpected file %1").arg(name)));
        }
    }

    void openCacheWithWalHasNoPlaintext()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("wal"));
        const QByteArrayList m = markers();
        auto cache = Test::createCache(dir);
        cache->database().exec("PRAGMA wal_autocheckpoint = 0;");
        writeEverything(cache->database(), m);
        QVERIFY(QFileInfo(Cache::databasePath(dir) + QLatin1String("-wal")).size() > 300000);
        QCOMPARE(scan(dir, m), QStringList());
    }

    void crashedWriterLeavesNoPlaintext()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("crash"));
        const QByteArrayList m = markers();
        Test::createCache(dir);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        child.setProcessEnvironment(env);
        child.start(Test::binDir() + QLatin1String("/ratsmappe-test-storechild"),
                    {dir, QStringLiteral("markers")});
        QVERIFY(child.waitForStarted());
        child.write(m.join('\n') + '\n');
        child.closeWriteChannel();
        QVERIFY(child.waitForReadyRead(60000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("holding"));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));

        QCOMPARE(scan(dir, m), QStringList());
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM notes WHERE text LIKE '%-committed'"),
                 m.size());
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM notes WHERE text LIKE '%-uncommitted'"), 0);
        QCOMPARE(scan(dir, m), QStringList());
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(ScanTest)
#include "tst_scan.moc"
