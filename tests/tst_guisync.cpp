// SPDX-License-Identifier: GPL-2.0-or-later
// The window's background sync: SyncController against a fake OParl server on loopback, and the
// real window (offscreen, `ratsmappe-probe`: the shipped program with the test probes) from an empty folder
// to the list of meetings.

#include "cache.h"
#include "meetingsmodel.h"
#include "oparlserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace Ratsmappe;

namespace {

const QStringList MeetingNames = {
    QStringLiteral("4. Sitzung des Rates"),
    QStringLiteral("12. Sitzung des Bauausschusses"),
    QStringLiteral("11. Sitzung des Bauausschusses"),
};

// Two upcoming meetings and a past one; the page lists the soonest first, then the past.
void addMeetings(Demo::OParlServer &server)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString committee = server.add(QStringLiteral("Organization"),
                                         {{QStringLiteral("name"), QStringLiteral("Bauausschuss")}});
    const qint64 days[] = {3, 10, -20};
    for (int i = 0; i < 3; ++i) {
        server.add(QStringLiteral("Meeting"),
                   {{QStringLiteral("name"), MeetingNames.at(i)},
                    {QStringLiteral("start"), now.addDays(days[i]).toString(Qt::ISODate)},
                    {QStringLiteral("organization"), QJsonArray{committee}}});
    }
}

QStringList modelNames(Cache &cache)
{
    MeetingsModel model;
    model.load(&cache.database());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.data(model.index(row, 0), MeetingsModel::NameRole).toString();
    }
    return names;
}

// The window with --probe-meetings, which only the test program has.
Test::Run runProbe(const QStringList &args, const QProcessEnvironment &env)
{
    return Test::runProgram(QStringLiteral("ratsmappe-probe"), args, env);
}

QProcessEnvironment windowEnvironment(const QString &cacheDir, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RATSMAPPE_CACHE"), cacheDir);
    env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), password);
    return env;
}

QStringList outputLines(const Test::Run &run)
{
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Accepts connections on a loopback port and closes each at once, on its own thread.
class DroppingServer
{
public:
    DroppingServer()
        : m_fd(Test::bindLoopback(&m_port, true))
    {
        m_thread = std::thread([this] {
            while (!m_stop) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 50) > 0) {
                    const int client = ::accept(m_fd, nullptr, nullptr);
                    if (client >= 0) {
                        ++m_connections;
                        ::close(client);
                    }
                }
            }
        });
    }
    ~DroppingServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }
    int connections() const { return m_connections; }

private:
    quint16 m_port = 0; // before m_fd: bindLoopback() sets it while m_fd is initialised
    int m_fd;
    std::atomic_bool m_stop = false;
    std::atomic_int m_connections = 0;
    std::thread m_thread;
};

} // namespace

class GuiSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void controllerSyncsInTheBackground()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        addMeetings(server);
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));

        SyncController sync;
        sync.setCache(cache.get());
        QSignalSpy progress(&sync, &SyncController::progress);
        QSignalSpy finished(&sync, &SyncController::finished);
        QSignalSpy running(&sync, &SyncController::runningChanged);

        QVERIFY(!sync.addServer(QStringLiteral("ftp://ris.example.de/oparl")).isEmpty());
        QCOMPARE(sync.addServer(server.systemUrl().toString()), QString());
        QVERIFY(sync.isRunning());
        // Only one sync at a time: a second request waits for the first.
        sync.syncNow();
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        QVERIFY2(!sync.failed(), qPrintable(sync.resultMessage()));
        QVERIFY2(sync.resultMessage().contains(QLatin1String(" new, 0 changed")) &&
                     !sync.resultMessage().startsWith(QLatin1String("0 new")),
                 qPrintable(sync.resultMessage()));
        QCOMPARE(modelNames(*cache), MeetingNames);
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM servers"), 1);

        // The queued run syncs every server of the cache, and finds nothing new.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(!sync.isRunning());
        QVERIFY2(sync.resultMessage() == QLatin1String("Nothing new."), qPrintable(sync.resultMessage()));
        QCOMPARE(running.size(), 4);
    }

    // The result in words (issue 18): per meeting for the first ones, then how many more.
    void resultInWords()
    {
        SyncController::Outcome outcome;
        outcome.servers = 1;
        QCOMPARE(SyncController::describe(outcome), QStringLiteral("Nothing new."));
        outcome.created = 7;
        outcome.changed = 1;
        QCOMPARE(SyncController::describe(outcome), QStringLiteral("7 new, 1 changed"));
        const QDateTime start(QDate(2026, 12, 2), QTime(16, 0));
        outcome.news = {{QStringLiteral("Bauausschuss"), start, 3, 0},
                        {QStringLiteral("Rat"), start.addDays(1), 0, 1},
                        {QString(), start.addDays(2), 1, 1}};
        QString text = SyncController::describe(outcome);
        QVERIFY2(text.startsWith(QLatin1String("3 new document(s) for Bauausschuss on ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("; 1 new version(s) of documents for Rat on ")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QLatin1String("; 1 new document(s) and 1 new version(s) of documents for a meeting")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("more")), qPrintable(text));
        outcome.news.append({QStringLiteral("Ortschaftsrat"), start.addDays(3), 2, 0});
        text = SyncController::describe(outcome);
        QVERIFY2(text.contains(QLatin1String("for Rat on ")) &&
                     !text.contains(QLatin1String("a meeting on")) &&
                     text.contains(QLatin1String(", and 2 more meeting(s) with new documents")),
                 qPrintable(text));
    }

    void unreachableServerIsAnError()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncController sync;
        sync.setCache(cache.get());
        QSignalSpy finished(&sync, &SyncController::finished);
        // Nobody listens: the connection is refused at once (and retried).
        const Test::RefusingPort refusing;
        QCOMPARE(sync.addServer(refusing.systemUrl()), QString());
        QVERIFY(finished.wait(60000));
        QVERIFY(sync.failed());
        QVERIFY2(sync.resultMessage().contains(QLatin1String("could not be reached")),
                 qPrintable(sync.resultMessage()));
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM servers"), 0);
    }

    // Closing the window during a sync: the controller waits for the run, which ends.
    void destroyedWhileSyncing()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        // A server on a thread of its own that takes each connection and drops it: the engine
        // retries, so the run is still going when the window closes, and the server goes on
        // answering while this thread waits for the sync thread.
        DroppingServer dropping;
        {
            SyncController sync;
            sync.setCache(cache.get());
            sync.addServer(QStringLiteral("http://127.0.0.1:%1/oparl/system").arg(dropping.port()));
            QVERIFY(sync.isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(dropping.connections() > 0, 60000); // inside the run: a request came
            QVERIFY(sync.isRunning());
        }
        QCOMPARE(cache->database().queryInt("SELECT count(*) FROM servers"), 0);
    }

    void windowFromNothingToMeetings()
    {
        Demo::OParlServer server;
        addMeetings(server);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        const QString password = QStringLiteral("correct horse battery");

        // First start: no cache. RATSMAPPE_PASSWORD creates it, --server adds the server.
        Test::Run run = runProbe(
            {QStringLiteral("--server"), server.systemUrl().toString(), QStringLiteral("--probe-meetings")},
            windowEnvironment(dir, password));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(outputLines(run), MeetingNames);
        QVERIFY(Cache::exists(dir));

        // A returning member: the server is in the cache and synced on unlock, with what is new.
        server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("5. Sitzung des Rates")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}});
        run = runProbe({QStringLiteral("--probe-meetings")}, windowEnvironment(dir, password));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(outputLines(run),
                 QStringList({MeetingNames.at(0),
                              MeetingNames.at(1),
                              QStringLiteral("5. Sitzung des Rates"),
                              MeetingNames.at(2)}));

        // A wrong passphrase: the cache cannot be opened.
        run = runProbe({QStringLiteral("--probe-meetings")},
                       windowEnvironment(dir, QStringLiteral("wrong horse battery")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }
};

RATSMAPPE_TEST_MAIN(GuiSyncTest)
#include "tst_guisync.moc"
