// SPDX-License-Identifier: GPL-2.0-or-later
// The window's background reads (CacheReader, issue 18) over a real SQLCipher cache: a job runs
// on the reader's thread with its own connection and its Apply on the GUI thread; close() drops
// the jobs still queued; a context object deleted meanwhile gets nothing; a StoreError reaches
// onError with its message.

#include "cache.h"
#include "cachereader.h"
#include "database.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Ratsmappe;

class CacheReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
    }

    void cleanupTestCase() { m_cache.reset(); }

    void applyRunsOnTheGuiThread()
    {
        CacheReader reader;
        reader.open(*m_cache);
        QVERIFY(reader.isOpen());
        QObject context;
        std::atomic<QThread *> jobThread = nullptr;
        QThread *applyThread = nullptr;
        qint64 answer = 0;
        bool failed = false;
        reader.post(
            &context,
            [&jobThread, &applyThread, &answer](Database &db) -> CacheReader::Apply {
                jobThread = QThread::currentThread();
                Statement st(db, "SELECT count(*) FROM sqlite_master");
                const qint64 tables = st.next() ? st.integer(0) : -1;
                return [&applyThread, &answer, tables] {
                    applyThread = QThread::currentThread();
                    answer = tables;
                };
            },
            [&failed](const QString &) { failed = true; });
        QTRY_VERIFY(applyThread != nullptr);
        QCOMPARE(applyThread, QThread::currentThread());
        QVERIFY(jobThread.load() != nullptr);
        QVERIFY(jobThread.load() != QThread::currentThread());
        QVERIFY(answer > 10); // the cache's schema, read through the reader's own connection
        QVERIFY(!failed);
    }

    void closeDropsQueuedJobs()
    {
        CacheReader reader;
        reader.open(*m_cache);
        QObject context;
        QSemaphore blocked;
        QSemaphore started;
        std::atomic_bool secondRan = false;
        bool firstApplied = false;
        bool secondApplied = false;
        reader.post(&context,
                    [&](Database &) -> CacheReader::Apply {
                        started.release();
                        blocked.acquire(); // until close() has begun
                        return [&firstApplied] {
                            firstApplied = true;
                        };
                    },
                    {});
        reader.post(&context,
                    [&](Database &) -> CacheReader::Apply {
                        secondRan = true;
                        return [&secondApplied] {
                            secondApplied = true;
                        };
                    },
                    {});
        started.acquire();
        // close() waits for the job in flight, so it is called from a thread of its own; the
        // first job goes on once close() has said the reader is closed.
        std::thread closer([&reader] { reader.close(); });
        QTRY_VERIFY(!reader.isOpen());
        blocked.release();
        closer.join();
        QVERIFY(!secondRan);
        QCoreApplication::processEvents();
        QVERIFY(!secondApplied);
        // A closed reader takes no job.
        bool ran = false;
        reader.post(&context,
                    [&ran](Database &) -> CacheReader::Apply {
                        ran = true;
                        return {};
                    },
                    {});
        reader.open(*m_cache);
        bool reopened = false;
        reader.post(&context, [](Database &) -> CacheReader::Apply { return {}; }, {});
        reader.post(&context,
                    [&reopened](Database &) -> CacheReader::Apply {
                        return [&reopened] {
                            reopened = true;
                        };
                    },
                    {});
        QTRY_VERIFY(reopened);
        QVERIFY(!ran);
        QVERIFY(!secondApplied);
        Q_UNUSED(firstApplied); // ran before the close: whether it applies is not promised
    }

    void deletedContextGetsNothing()
    {
        CacheReader reader;
        reader.open(*m_cache);
        auto *context = new QObject;
        QSemaphore blocked;
        bool applied = false;
        bool errored = false;
        reader.post(context,
                    [&blocked](Database &) -> CacheReader::Apply {
                        blocked.acquire();
                        return {};
                    },
                    {});
        reader.post(context, [](Database &) -> CacheReader::Apply { return {}; }, {});
        reader.post(
            context,
            [](Database &) -> CacheReader::Apply {
                throw StoreError(StoreError::Io, QStringLiteral("late"));
            },
            [&errored](const QString &) { errored = true; });
        QObject alive;
        bool done = false;
        delete context;
        reader.post(&alive,
                    [&applied](Database &) -> CacheReader::Apply {
                        return [&applied] {
                            applied = true;
                        };
                    },
                    {});
        reader.post(&alive, [](Database &) -> CacheReader::Apply { return {}; }, {});
        blocked.release();
        QObject last;
        reader.post(&last,
                    [&done](Database &) -> CacheReader::Apply {
                        return [&done] {
                            done = true;
                        };
                    },
                    {});
        QTRY_VERIFY(done); // every job before it has run, in order
        QVERIFY(applied);
        QVERIFY(!errored);
    }

    void storeErrorReachesOnError()
    {
        CacheReader reader;
        reader.open(*m_cache);
        QObject context;
        QString message;
        QThread *errorThread = nullptr;
        bool applied = false;
        reader.post(
            &context,
            [](Database &db) -> CacheReader::Apply {
                Statement st(db, "SELECT nothing FROM no_such_table");
                st.next();
                return {};
            },
            [&](const QString &m) {
                message = m;
                errorThread = QThread::currentThread();
            });
        reader.post(
            &context,
            [](Database &) -> CacheReader::Apply {
                throw StoreError(StoreError::Corrupt, QStringLiteral("the cache is broken"));
            },
            [&](const QString &m) { message += QLatin1Char('|') + m; });
        reader.post(&context, [](Database &) -> CacheReader::Apply { return {}; }, {});
        QObject last;
        reader.post(&last,
                    [&applied](Database &) -> CacheReader::Apply {
                        return [&applied] {
                            applied = true;
                        };
                    },
                    {});
        QTRY_VERIFY(applied);
        QVERIFY2(message.contains(QLatin1String("no_such_table")), qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1String("|the cache is broken")), qPrintable(message));
        QCOMPARE(errorThread, QThread::currentThread());
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CacheReaderTest)
#include "tst_cachereader.moc"
