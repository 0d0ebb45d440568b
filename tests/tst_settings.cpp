// SPDX-License-Identifier: GPL-2.0-or-later
// The settings pages' controllers (qml/settings/): settings round trip through the encrypted
// cache and leave nothing readable beside it; signing in from the window against the demo town
// with a token and with a user name and password, a refused password, sign-out and removal.

#include "accountcontroller.h"
#include "cachecontroller.h"
#include "credentials.h"
#include "demosync.h"
#include "securitycontroller.h"
#include "settingscontroller.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "syncnetwork.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"

#include <QDirIterator>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Ratsmappe;
using Test::countRows;
using Test::nonPublicRows;

namespace {

constexpr const char *User = "anna.schmidt";
constexpr const char *Password = "Rathaus-Passwort-2026";

// A cache window-side: created, then opened by a CacheController as the window does.
std::unique_ptr<CacheController> openController(const QString &dir)
{
    qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
    auto controller = std::make_unique<CacheController>();
    controller->start(dir);
    qunsetenv("RATSMAPPE_PASSWORD");
    return controller;
}

// Files under \a root that hold \a marker as plain bytes.
QStringList filesHolding(const QString &root, const QByteArray &marker)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker)) {
            found << file.fileName();
        }
    }
    return found;
}

int accountState(const AccountController &accounts, const QString &server)
{
    for (const QVariant &row : accounts.servers()) {
        const QVariantMap map = row.toMap();
        if (map.value(QStringLiteral("id")).toString() == server) {
            return map.value(QStringLiteral("account")).toInt();
        }
    }
    return -1;
}

} // namespace

class SettingsTest : public QObject, private Test::DemoSyncFixture
{
    Q_OBJECT

    // A cache of the test's own with the demo town synced anonymously, open in a controller.
    std::unique_ptr<CacheController> syncedTown(Demo::OParlServer &server, QString *dir)
    {
        newCache(dir);
        auto controller = openController(*dir);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        }();
        QSignalSpy synced(controller->sync(), &SyncController::finished);
        controller->sync()->addServer(server.systemUrl().toString());
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 120000);
        }();
        return controller;
    }

    // Signs in from the window's controller and waits for the sync it starts.
    void signIn(CacheController &controller,
                AccountController &accounts,
                const QString &server,
                const QString &user,
                const QString &secret)
    {
        QSignalSpy signedIn(&accounts, &AccountController::signedIn);
        QSignalSpy synced(controller.sync(), &SyncController::finished);
        QCOMPARE(accounts.signIn(server, user, secret), QString());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 60000);
        QVERIFY2(!accounts.failed(), qPrintable(accounts.message()));
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 120000);
        QVERIFY2(!controller.sync()->failed(), qPrintable(controller.sync()->resultMessage()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void settingsRoundTripThroughTheCache()
    {
        // The cache lives in the test's home, so that the scan below covers it with the config.
        const QString dir = QDir::home().filePath(QStringLiteral("cache-roundtrip"));
        Test::createCache(dir);
        const QByteArray proxyMarker = "proxy-marker-5e1d9a.example";
        const QByteArray caMarker = "MARKER-CA-3c77b2";
        {
            auto controller = openController(dir);
            QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
            SettingsController settings;
            settings.setCacheController(controller.get());
            QCOMPARE(settings.autoLockMinutes(), int(Settings::AutoLockMinutesDefault));
            QCOMPARE(settings.syncOnStart(), Settings::SyncOnStartDefault);
            QCOMPARE(settings.syncIntervalMinutes(), int(Settings::SyncIntervalMinutesDefault));
            QCOMPARE(settings.scopeDaysBack(), SyncScope::DefaultDaysBack);
            QSignalSpy changed(&settings, &SettingsController::changed);
            settings.setAutoLockMinutes(3);
            settings.setSyncOnStart(false);
            settings.setSyncIntervalMinutes(0);
            settings.setNotifyDocuments(false);
            settings.setProxyUrl(QStringLiteral("http://") + QString::fromLatin1(proxyMarker) +
                                 QStringLiteral(":3128"));
            settings.setExtraCaCertificates(QString::fromLatin1(caMarker));
            settings.setScopeDaysBack(14);
            settings.setScopeCommittees({QStringLiteral("https://ris.example/org/1")});
            QCOMPARE(changed.count(), 8);
            QCOMPARE(settings.problem(), QString());
            QCOMPARE(settings.proxyProblem(QStringLiteral("nonsense")).isEmpty(), false);
            QCOMPARE(settings.proxyProblem(settings.proxyUrl()), QString());
            QVERIFY(!settings.certificateProblem(QString::fromLatin1(caMarker)).isEmpty());
        }
        {
            // Another window on the same cache reads them back.
            auto controller = openController(dir);
            QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
            SettingsController settings;
            settings.setCacheController(controller.get());
            QCOMPARE(settings.autoLockMinutes(), 3);
            QCOMPARE(settings.syncOnStart(), false);
            QCOMPARE(settings.syncIntervalMinutes(), 0);
            QCOMPARE(settings.notifyDocuments(), false);
            QCOMPARE(settings.proxyUrl().toLatin1(), "http://" + proxyMarker + ":3128");
            QCOMPARE(settings.extraCaCertificates().toLatin1(), caMarker);
            QCOMPARE(settings.scopeDaysBack(), 14);
            QCOMPARE(settings.scopeCommittees(), QStringList{QStringLiteral("https://ris.example/org/1")});
            // What the lock and the background sync read: the same store, the same keys.
            SettingsStore store(controller->cache()->database());
            QCOMPARE(store.integer(Settings::AutoLockMinutes, -1), 3);
            QCOMPARE(store.integer(Settings::SyncIntervalMinutes, -1), 0);
        }
        // Nothing readable outside the encrypted database: no plain settings file names them.
        for (const QByteArray &marker : {proxyMarker, caMarker}) {
            QCOMPARE(filesHolding(QDir::homePath(), marker), QStringList());
            QCOMPARE(filesHolding(dir, marker), QStringList());
        }
    }

    void passphraseAndRecoveryKey()
    {
        QString dir;
        newCache(&dir);
        auto controller = openController(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        SecurityController security;
        security.setCacheController(controller.get());
        const QString current = QString::fromUtf8(Test::passphrase().bytes());
        QVERIFY(
            !security.changePassphrase(QStringLiteral("falsch-falsch"), QStringLiteral("neue-passphrase-1")));
        QVERIFY(security.failed());
        QVERIFY(!security.changePassphrase(current, QStringLiteral("kurz")));
        QVERIFY(!security.renewRecoveryKey(QStringLiteral("falsch-falsch")));
        QCOMPARE(security.recoveryKey(), QString());
        QVERIFY(security.renewRecoveryKey(current));
        const QString recoveryKey = security.recoveryKey();
        QCOMPARE(recoveryKey.size(), 13 * 4 + 12);
        security.forgetRecoveryKey();
        QCOMPARE(security.recoveryKey(), QString());
        QVERIFY(security.changePassphrase(current, QStringLiteral("neue-passphrase-1")));
        controller.reset();
        // The new passphrase and the new recovery key open the cache; the old passphrase does not.
        const KeyEnvelope envelope = Cache::envelope(dir);
        QVERIFY(Cache::open(dir, envelope.unwrapWithPassphrase(SecretBytes("neue-passphrase-1"))));
        QVERIFY(Cache::open(dir, envelope.unwrapWithRecoveryKey(recoveryKey)));
        QVERIFY_THROWS_EXCEPTION(StoreError, envelope.unwrapWithPassphrase(Test::passphrase()));
    }

    void proxyAppliesToTheSyncsRequests()
    {
        auto server = makeTown();
        // A proxy where nothing listens: a request that went through it fails as the proxy's.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SyncNetwork network;
        network.configure(QStringLiteral("http://127.0.0.1:%1").arg(port), {});
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(server->systemUrl())));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::ProxyConnectionRefusedError);
        // Without one, the same request reaches the server.
        network.configure(QString(), QString());
        reply.reset(network.get(QNetworkRequest(server->systemUrl())));
        QSignalSpy direct(reply.get(), &QNetworkReply::finished);
        QVERIFY(direct.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    void wipeDeletesTheCache()
    {
        QString dir;
        newCache(&dir);
        auto controller = openController(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        SecurityController security;
        security.setCacheController(controller.get());
        QSignalSpy wiped(&security, &SecurityController::wiped);
        QVERIFY(security.wipeCache());
        QCOMPARE(wiped.count(), 1);
        QVERIFY(!Cache::exists(dir));
    }

    void signInWithTokenAndSignOut()
    {
        auto server = makeTown();
        const QString url = server->systemUrl().toString();
        QString dir;
        auto controller = syncedTown(*server, &dir);
        Cache &cache = *controller->cache();
        QCOMPARE(nonPublicRows(cache), 0);
        AccountController accounts;
        accounts.setCacheController(controller.get());
        QCOMPARE(accountState(accounts, url), int(AccountController::NoAccount));

        signIn(*controller, accounts, url, {}, QLatin1String(Token));
        QVERIFY(ServerCredentials::load(cache.database(), url).isSet());
        QCOMPARE(accountState(accounts, url), int(AccountController::SignedIn));
        QVERIFY(nonPublicRows(cache) > 0);

        // The member's work on the non-public part, which the confirmation counts.
        Statement(cache.database(),
                  "INSERT INTO notes(server_id, target_id, text, created, modified) SELECT server_id, id, "
                  "'Rückfrage', 'c', 'm' FROM agenda_items WHERE public = 0 LIMIT 2")
            .run();
        Statement(cache.database(),
                  "INSERT INTO notes(server_id, target_id, text, created, modified) SELECT server_id, id, "
                  "'öffentlich', 'c', 'm' FROM agenda_items WHERE public <> 0 LIMIT 1")
            .run();
        const QVariantMap work = accounts.nonPublicWork(url);
        QCOMPARE(work.value(QStringLiteral("notes")).toInt(), 2);
        QCOMPARE(work.value(QStringLiteral("annotations")).toInt(), 0);

        QSignalSpy signedOut(&accounts, &AccountController::signedOut);
        accounts.signOut(url);
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count() + int(accounts.failed()), 1, 60000);
        QVERIFY2(!accounts.failed(), qPrintable(accounts.message()));
        QCOMPARE(nonPublicRows(cache), 0);
        QCOMPARE(countRows(cache, "SELECT count(*) FROM accounts"), 0);
        QCOMPARE(countRows(cache, "SELECT count(*) FROM notes"), 1); // the public one stays
        QCOMPARE(accountState(accounts, url), int(AccountController::NoAccount));
        QVERIFY(countRows(cache, "SELECT count(*) FROM meetings") > 0);

        // Removing the server takes everything of it, a packet's issued layout (it names the
        // server's documents) and its download failures included.
        Statement(
            cache.database(),
            "INSERT INTO issued_packets(server_id, meeting_id, issued, manifest) SELECT server_id, id, 'i', "
            "'{}' FROM meetings LIMIT 1")
            .run();
        Statement(
            cache.database(),
            "INSERT INTO download_failures(server_id, file_id, reason, at) SELECT server_id, id, 'r', 'a' "
            "FROM files LIMIT 1")
            .run();
        QCOMPARE(countRows(cache, "SELECT count(*) FROM issued_packets"), 1);
        QCOMPARE(accounts.serverWork(url).value(QStringLiteral("notes")).toInt(), 1);
        QSignalSpy removed(&accounts, &AccountController::removed);
        accounts.removeServer(url);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count() + int(accounts.failed()), 1, 60000);
        QVERIFY2(!accounts.failed(), qPrintable(accounts.message()));
        QCOMPARE(accounts.servers().size(), 0);
        QCOMPARE(controller->serverCount(), 0); // the window's count too, without waiting for a sync
        for (const char *sql : {"SELECT count(*) FROM servers",
                                "SELECT count(*) FROM meetings",
                                "SELECT count(*) FROM files",
                                "SELECT count(*) FROM file_versions",
                                "SELECT count(*) FROM notes",
                                "SELECT count(*) FROM search_index",
                                "SELECT count(*) FROM search_object_rows",
                                "SELECT count(*) FROM issued_packets",
                                "SELECT count(*) FROM download_failures",
                                "SELECT count(*) FROM bodies"}) {
            QVERIFY2(countRows(cache, sql) == 0, sql);
        }
    }

    void signInWithPasswordAndRevocation()
    {
        auto server = makeTown();
        server->addUser(QLatin1String(User), QLatin1String(Password));
        const QString url = server->systemUrl().toString();
        QString dir;
        auto controller = syncedTown(*server, &dir);
        Cache &cache = *controller->cache();
        AccountController accounts;
        accounts.setCacheController(controller.get());

        // A wrong password says so and stores nothing.
        QSignalSpy busy(&accounts, &AccountController::busyChanged);
        QCOMPARE(accounts.signIn(url, QLatin1String(User), QStringLiteral("falsch")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 2, 60000);
        QVERIFY(accounts.failed());
        QVERIFY(accounts.message().contains(QLatin1String("did not accept")));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM accounts"), 0);
        QCOMPARE(nonPublicRows(cache), 0);
        QVERIFY(!controller->sync()->isRunning());
        // Nor over plain http to another computer.
        QVERIFY(!accounts
                     .signIn(QStringLiteral("http://ris.example.de/oparl/system"),
                             QLatin1String(User),
                             QLatin1String(Password))
                     .isEmpty());

        signIn(*controller, accounts, url, QLatin1String(User), QLatin1String(Password));
        const ServerCredentials stored = ServerCredentials::load(cache.database(), url);
        QCOMPARE(stored.kind, ServerCredentials::Kind::Basic);
        QCOMPARE(stored.user, QLatin1String(User));
        QVERIFY(nonPublicRows(cache) > 0);
        QCOMPARE(accountState(accounts, url), int(AccountController::SignedIn));

        // The server revokes the account: the page says so, with the server's reason.
        QVERIFY(server->revoke(QLatin1String(User), QStringLiteral("Mandat beendet")));
        QSignalSpy synced(controller->sync(), &SyncController::finished);
        controller->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 120000);
        QCOMPARE(nonPublicRows(cache), 0);
        QTRY_COMPARE(accountState(accounts, url), int(AccountController::Revoked));
        const QVariantMap row = accounts.servers().first().toMap();
        QCOMPARE(row.value(QStringLiteral("revocationMessage")).toString(), QStringLiteral("Mandat beendet"));
    }
};

RATSMAPPE_TEST_MAIN(SettingsTest)
#include "tst_settings.moc"
