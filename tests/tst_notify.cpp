// SPDX-License-Identifier: GPL-2.0-or-later
// Background sync and notifications (issue 15): SyncController syncs as the member's settings
// say (on start, every N minutes, catching up after a lock), and DocumentNotifier tells the
// desktop about late documents of upcoming meetings. The desktop is a fake
// org.freedesktop.Notifications service in this process, on the private session bus the test
// runs under (dbus-run-session, see tests/CMakeLists.txt); KNotifications' popup backend calls it.
// The council server is the demo server in process, on a loopback port of its own.

#include "cache.h"
#include "documentnotifier.h"
#include "oparlserver.h"
#include "pdfsamples.h"
#include "settingsstore.h"
#include "synccontroller.h"
#include "testmain.h"
#include "testutil.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

/// The desktop's notification server, as the freedesktop specification has it: what it was asked
/// to show, and a way to click an action.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString app;
        QString summary;
        QString body;
        QStringList actions; ///< key, label, key, label, …
    };
    QList<Shown> shown;
    QList<uint> closed;

public Q_SLOTS:
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    uint Notify(const QString &app,
                uint replacesId,
                const QString &icon,
                const QString &summary,
                const QString &body,
                const QStringList &actions,
                const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        const uint id = uint(shown.size()) + 1;
        shown.append({id, app, summary, body, actions});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Ratsmappe tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);
};

class NotifyTest : public QObject
{
    Q_OBJECT

private:
    FakeNotifications m_desktop;

    // An upcoming meeting of a committee on the server; returns its id.
    static QString addUpcomingMeeting(Demo::OParlServer &server)
    {
        const QString committee = server.add(QStringLiteral("Organization"),
                                             {{QStringLiteral("name"), QStringLiteral("Bauausschuss")}});
        return server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("12. Sitzung des Bauausschusses")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)},
             {QStringLiteral("organization"), QJsonArray{committee}}});
    }

    // A document that arrives now for \a meeting, beside \a earlier ones: a Tischvorlage.
    static QString
    addLateDocument(Demo::OParlServer &server, const QString &meeting, const QString &name, QJsonArray &files)
    {
        const QString file = server.add(QStringLiteral("File"),
                                        {{QStringLiteral("name"), name},
                                         {QStringLiteral("fileName"), QStringLiteral("tischvorlage.pdf")}});
        server.setFileBytes(file, Test::PdfSamples::vorlage(name, 1));
        files.append(file);
        server.change(meeting, {{QStringLiteral("auxiliaryFile"), files}});
        return file;
    }

    static void syncOnce(SyncController &sync)
    {
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY2(!sync.failed(), qPrintable(sync.resultMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QDBusConnection bus = QDBusConnection::sessionBus();
        // Never the developer's desktop: the test brings its own bus (dbus-run-session).
        QVERIFY2(bus.isConnected(),
                 "no D-Bus session bus: run the test under dbus-run-session, as ctest does");
        QVERIFY(bus.registerObject(
            Path, &m_desktop, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY2(bus.registerService(Service),
                 "another notification server owns org.freedesktop.Notifications: run the test under "
                 "dbus-run-session, as ctest does");
    }

    void lateDocumentNotifiesAndOpens()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        const QString meeting = addUpcomingMeeting(server);
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));

        SyncController sync;
        sync.setCache(cache.get());
        DocumentNotifier notifier;
        notifier.setSync(&sync);
        QSignalSpy arrived(&sync, &SyncController::documentsArrived);
        QSignalSpy finished(&sync, &SyncController::finished);
        QCOMPARE(sync.addServer(server.systemUrl().toString()), QString());
        QVERIFY(finished.wait(120000));
        // The first sync brings the meeting with everything it has: nothing arrived late.
        QCOMPARE(arrived.size(), 0);

        QJsonArray files;
        const QString late =
            addLateDocument(server, meeting, QStringLiteral("Tischvorlage Radweg Nordstraße"), files);
        syncOnce(sync);
        // The result says what came, for which committee's meeting (issue 18).
        QVERIFY2(sync.resultMessage().startsWith(QLatin1String("1 new document")) &&
                     sync.resultMessage().contains(QLatin1String(" for Bauausschuss on ")),
                 qPrintable(sync.resultMessage()));
        QCOMPARE(arrived.size(), 1);
        const auto documents = arrived.first().first().value<QList<ArrivedDocument>>();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().fileId, late);
        QVERIFY(!documents.first().newVersion);
        QCOMPARE(documents.first().meetingId, meeting);

        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.shown.size(), 1, 30000);
        const FakeNotifications::Shown shown = m_desktop.shown.last();
        QVERIFY2(shown.summary.contains(QStringLiteral("Tischvorlage Radweg Nordstraße")),
                 qPrintable(shown.summary));
        QVERIFY2(shown.body.contains(QLatin1String("12. Sitzung des Bauausschusses")),
                 qPrintable(shown.body));
        const qsizetype open = shown.actions.indexOf(QStringLiteral("Open"));
        QVERIFY2(open > 0, qPrintable(shown.actions.join(QLatin1Char(','))));

        // The member clicks "Open": the window is asked to open that document.
        QSignalSpy openRequested(&notifier, &DocumentNotifier::openRequested);
        QDBusConnection::sessionBus().send(
            QDBusMessage::createSignal(Path, Service, QStringLiteral("ActionInvoked"))
            << shown.id << shown.actions.at(open - 1));
        QVERIFY(openRequested.wait(30000));
        QCOMPARE(openRequested.first().first().toString(), late);

        // Locking takes the notification back: it names a document.
        const qsizetype closedBefore = m_desktop.closed.size();
        sync.setCache(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.closed.size() > closedBefore, 30000);
        QVERIFY(m_desktop.closed.contains(shown.id));
    }

    void nothingInMeetingMode()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        const QString meeting = addUpcomingMeeting(server);
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncController sync;
        sync.setCache(cache.get());
        DocumentNotifier notifier;
        notifier.setSync(&sync);
        QSignalSpy finished(&sync, &SyncController::finished);
        QCOMPARE(sync.addServer(server.systemUrl().toString()), QString());
        QVERIFY(finished.wait(120000));
        const qsizetype before = m_desktop.shown.size();

        // In the meeting: the document arrives, nothing pops up.
        notifier.setQuiet(true);
        QSignalSpy arrived(&sync, &SyncController::documentsArrived);
        QJsonArray files;
        addLateDocument(server, meeting, QStringLiteral("Tischvorlage während der Sitzung"), files);
        syncOnce(sync);
        QCOMPARE(arrived.size(), 1);

        // After the meeting, the next late document shows, and only it: had the first one been
        // sent, the desktop would have received it before this one.
        notifier.setQuiet(false);
        addLateDocument(server, meeting, QStringLiteral("Tischvorlage nach der Sitzung"), files);
        syncOnce(sync);
        QCOMPARE(arrived.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.shown.size(), before + 1, 30000);
        QVERIFY2(m_desktop.shown.last().summary.contains(QLatin1String("nach der Sitzung")),
                 qPrintable(m_desktop.shown.last().summary));

        // The member turned notifications off in the settings: the sync looks for nothing.
        SettingsStore(cache->database()).setFlag(Settings::NotifyDocuments, false);
        addLateDocument(server, meeting, QStringLiteral("Tischvorlage ohne Hinweis"), files);
        syncOnce(sync);
        QCOMPARE(arrived.size(), 2);
    }

    void syncFollowsTheSettings()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        addUpcomingMeeting(server);
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        {
            SyncController first;
            first.setCache(cache.get());
            QSignalSpy finished(&first, &SyncController::finished);
            QCOMPARE(first.addServer(server.systemUrl().toString()), QString());
            QVERIFY(finished.wait(120000));
        }
        SettingsStore settings(cache->database());

        // Sync on start off: opening the cache starts nothing.
        settings.setFlag(Settings::SyncOnStart, false);
        settings.setInteger(Settings::SyncIntervalMinutes, 0);
        {
            SyncController sync;
            sync.setCache(cache.get());
            QVERIFY(!sync.isRunning());
        }
        // On: it starts at once.
        settings.setFlag(Settings::SyncOnStart, true);
        SyncController sync;
        sync.setMinuteForTests(40ms); // a "minute" of the interval setting
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setCache(cache.get());
        QVERIFY(sync.isRunning());
        QVERIFY(finished.wait(120000));

        // Every "minute": the setting is read at each check, so turning it on applies at once.
        settings.setInteger(Settings::SyncIntervalMinutes, 1);
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.size(), 3);

        // Locked: nothing runs; unlocking catches up on the run that came due meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 120000);
        sync.setCache(nullptr);
        const qsizetype runs = finished.size();
        QElapsedTimer locked;
        locked.start();
        QTRY_VERIFY_WITH_TIMEOUT(locked.elapsed() > 200, 10000); // several checks would have come
        QCOMPARE(finished.size(), runs);
        QVERIFY(!sync.isRunning());
        sync.setCache(cache.get());
        QVERIFY(sync.isRunning());
        QVERIFY(finished.wait(120000));
        settings.setInteger(Settings::SyncIntervalMinutes, 0);
    }

    void failureSaysWhy()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncController sync;
        sync.setCache(cache.get());
        QSignalSpy finished(&sync, &SyncController::finished);
        const Test::RefusingPort refusing;
        QCOMPARE(sync.addServer(refusing.systemUrl()), QString());
        QVERIFY(finished.wait(60000));
        QVERIFY(sync.failed());
        QVERIFY(sync.isRetryable());
        QVERIFY2(sync.resultMessage().contains(QLatin1String("could not be reached")) &&
                     sync.resultMessage().contains(QLatin1String("internet connection")),
                 qPrintable(sync.resultMessage()));
    }
};

RATSMAPPE_TEST_MAIN(NotifyTest)

#include "tst_notify.moc"
