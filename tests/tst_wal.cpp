// SPDX-License-Identifier: GPL-2.0-or-later
// Readers do not wait for writers: a read started while a long write transaction is open
// completes before that transaction commits, and sees the last committed state.

#include "cache.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Ratsmappe;

class WalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void readerDoesNotWaitForWriter()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Statement(cache->database(),
                  "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES ('', 'a', 'old', "
                  "'c', 'm')")
            .run();

        QMutex mutex;
        QStringList events;
        auto record = [&](const QString &e) {
            QMutexLocker lock(&mutex);
            events << e;
        };
        QSemaphore writerOpen;
        QSemaphore readerDone;
        qint64 readerSaw = -1;

        std::thread writer([&] {
            auto db = cache->openConnection();
            Transaction tx(*db);
            Statement insert(*db,
                             "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES (?1, "
                             "'b', ?1, 'c', 'm')");
            for (int i = 0; i < 5000; ++i) {
                insert.bind(1, QStringLiteral("new %1").arg(i)).run();
            }
            record(QStringLiteral("write open"));
            writerOpen.release();
            // Holds the transaction until the reader is through, or gives up so a blocked
            // reader fails the test instead of hanging it.
            const bool readerFinished = readerDone.tryAcquire(1, 60000);
            tx.commit();
            record(readerFinished ? QStringLiteral("write committed")
                                  : QStringLiteral("write committed (reader blocked)"));
        });
        std::thread reader([&] {
            writerOpen.acquire();
            try {
                auto db = cache->openConnection();
                record(QStringLiteral("read started"));
                readerSaw = db->queryInt("SELECT count(*) FROM notes").value_or(-1);
                record(QStringLiteral("read done"));
            } catch (const StoreError &e) {
                record(QStringLiteral("read failed: ") + e.message());
            }
            readerDone.release();
        });
        reader.join();
        writer.join();

        QCOMPARE(events,
                 QStringList({QStringLiteral("write open"),
                              QStringLiteral("read started"),
                              QStringLiteral("read done"),
                              QStringLiteral("write committed")}));
        QCOMPARE(readerSaw, 1); // the committed state, not the open transaction's rows
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM notes"), 5001);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(WalTest)
#include "tst_wal.moc"
