// SPDX-License-Identifier: GPL-2.0-or-later
// A writer killed with SIGKILL in the middle of large transactions, many times over: the cache
// opens each time and holds exactly the last committed state.

#include "cache.h"
#include "testmain.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace Ratsmappe;

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("cache"));
        Test::createCache(dir);
        const SecretKey key = Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));

        auto *rng = QRandomGenerator::global();
        constexpr int Rounds = 20;
        qint64 lastReported = 0;
        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(Test::binDir() + QLatin1String("/ratsmappe-test-storechild"),
                        {dir, QStringLiteral("churn")});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Let it commit a few transactions, then kill it at a random moment inside the next.
            const int commits = 1 + rng->bounded(3);
            int seen = 0;
            while (seen < commits) {
                QVERIFY2(child.waitForReadyRead(60000), "the child stopped committing");
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine().trimmed();
                    if (line.startsWith("committed ")) {
                        lastReported = line.mid(10).toLongLong();
                        ++seen;
                    }
                }
            }
            std::this_thread::sleep_for(std::chrono::microseconds(rng->bounded(40000)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            // Lines that arrived after the sleep are commits too.
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed ")) {
                    lastReported = line.mid(10).toLongLong();
                }
            }

            auto cache = Cache::open(dir, key);
            Database &db = cache->database();
            QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
            const qint64 counter =
                db.queryInt("SELECT value FROM settings WHERE key = 'counter'").value_or(0);
            // Everything reported committed is there; at most the one in flight also made it.
            QVERIFY2(counter >= lastReported && counter <= lastReported + 1,
                     qPrintable(QStringLiteral("counter %1, reported %2").arg(counter).arg(lastReported)));
            QCOMPARE(db.queryInt("SELECT count(*) FROM notes"), counter * 1500);
            QCOMPARE(db.queryInt("SELECT count(DISTINCT target_id) FROM notes"), counter);
            lastReported = counter;
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CrashTest)
#include "tst_crash.moc"
