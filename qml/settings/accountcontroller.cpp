// SPDX-License-Identifier: GPL-2.0-or-later
#include "accountcontroller.h"

#include "nonpublic.h"
#include "oparlclient.h"
#include "serveraccounts.h"
#include "serverstore.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "syncnetwork.h"

#include <QThread>
#include <QUrl>

namespace Ratsmappe {

namespace {

// On the worker thread: asks the server for its System object with the credentials, as the
// sync's first request does, and says how it answered. Nothing is stored here.
AccountController::Check
check(const QUrl &url, const QByteArray &authorization, const QString &proxy, const QString &certificates)
{
    // The sync's own network access: the member's proxy and certificates apply to this request.
    SyncNetwork network;
    network.configure(proxy, certificates);
    OParlClient client(network, url);
    client.setRetryPolicy({1, 0, OParlClient::RetryPolicy().timeoutMs});
    client.setAuthorization(authorization);
    const OParlClient::Reply reply = client.get(url);
    using Answer = AccountController::Check::Answer;
    if (client.isRevoked()) {
        return {Answer::Revoked, client.revocationMessage()};
    }
    if (client.credentialsRejected()) {
        return {Answer::Refused, {}};
    }
    if (!reply.ok()) {
        return {Answer::Unreachable, reply.error};
    }
    return {Answer::Accepted, {}};
}

QVariantMap workMap(const MemberWork &work)
{
    return {{QStringLiteral("annotations"), work.annotations}, {QStringLiteral("notes"), work.notes}};
}

} // namespace

AccountController::AccountController(QObject *parent)
    : QObject(parent)
{ }

AccountController::~AccountController()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void AccountController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, &AccountController::reload);
        connect(controller, &CacheController::contentChanged, this, &AccountController::reload);
        connect(controller->sync(), &SyncController::finished, this, [this] {
            // "Being fetched" is over; the sync's own result says how it went.
            if (!m_failed && !m_message.isEmpty()) {
                setMessage({}, false);
            }
            reload();
        });
    }
    Q_EMIT cacheControllerChanged();
    reload();
}

void AccountController::reload()
{
    QVariantList servers;
    if (Cache *cache = CacheController::usableCache(m_controller)) {
        try {
            for (const ServerAccountRow &row : ServerAccounts(cache->database()).list()) {
                servers.append(QVariantMap{
                    {QStringLiteral("id"), row.id},
                    {QStringLiteral("name"), row.name.isEmpty() ? row.id : row.name},
                    {QStringLiteral("lastSync"), row.lastSync.toLocalTime()},
                    {QStringLiteral("account"), int(row.account)},
                    {QStringLiteral("user"), row.user},
                    {QStringLiteral("basic"), row.basic},
                    {QStringLiteral("revocationMessage"), row.revocationMessage},
                });
            }
        } catch (const StoreError &e) {
            setMessage(e.message(), true);
        }
    }
    if (servers != m_servers) {
        m_servers = servers;
        Q_EMIT serversChanged();
    }
}

QString AccountController::signIn(const QString &server, const QString &user, const QString &secret)
{
    if (m_thread || !CacheController::usableCache(m_controller)) {
        return tr("Ratsmappe is busy; try again in a moment.");
    }
    const QUrl url = QUrl::fromUserInput(server.trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return tr("“%1” is not an http or https address.").arg(server.trimmed());
    }
    if (!ServerCredentials::mayCarryCredentials(url)) {
        return tr("Sign-in data is sent only over an encrypted connection (https).");
    }
    if (secret.isEmpty()) {
        return user.isEmpty() ? tr("Enter the access token.") : tr("Enter the password.");
    }
    // The server is named as the member gave it the first time: its account is stored there.
    m_pendingServer = server.trimmed();
    m_pending = {};
    m_pending.kind = user.isEmpty() ? ServerCredentials::Kind::Token : ServerCredentials::Kind::Basic;
    m_pending.user = user.trimmed();
    m_pending.secret = secret.toUtf8();
    QString proxy;
    QString certificates;
    try {
        const SettingsStore settings(CacheController::usableCache(m_controller)->database());
        proxy = settings.text(Settings::ProxyUrl);
        certificates = settings.text(Settings::ExtraCaCertificates);
    } catch (const StoreError &e) {
        return e.message();
    }
    m_thread.reset(
        QThread::create([this, url, authorization = m_pending.authorization(), proxy, certificates] {
            m_check = check(url, authorization, proxy, certificates);
        }));
    m_thread->setObjectName(QStringLiteral("sign-in"));
    connect(m_thread.get(), &QThread::finished, this, &AccountController::checkFinished);
    m_thread->start();
    setMessage({}, false);
    Q_EMIT busyChanged();
    return {};
}

void AccountController::checkFinished()
{
    m_thread->wait();
    m_thread.reset();
    const QString server = m_pendingServer;
    ServerCredentials credentials = std::exchange(m_pending, {});
    Q_EMIT busyChanged();
    switch (m_check.answer) {
    case Check::Answer::Refused:
        setMessage(tr("The server did not accept this sign-in. Check the user name and password, or the "
                      "token; nothing was stored."),
                   true);
        return;
    case Check::Answer::Revoked:
        setMessage(
            m_check.reason.isEmpty()
                ? tr("The server has revoked this access; nothing was stored.")
                : tr("The server has revoked this access (%1); nothing was stored.").arg(m_check.reason),
            true);
        return;
    case Check::Answer::Unreachable:
        setMessage(tr("The server did not answer (%1); nothing was stored.").arg(m_check.reason), true);
        return;
    case Check::Answer::Accepted:
        break;
    }
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache) {
        return;
    }
    try {
        Database &db = cache->database();
        Transaction tx(db);
        ServerStore(db).addIfMissing(server, QDateTime::currentDateTimeUtc());
        ServerAccounts accounts(db);
        accounts.forgetAccount(server);
        credentials.save(db, server);
        // A full walk next: the non-public part that anonymous runs never saw.
        accounts.forgetCursors(server);
        tx.commit();
    } catch (const StoreError &e) {
        setMessage(e.message(), true);
        return;
    }
    setMessage(tr("Signed in. The non-public part is being fetched."), false);
    reload();
    m_controller->sync()->addServer(server);
    Q_EMIT signedIn(server);
}

void AccountController::runInBackground(std::function<void(Cache &)> work, std::function<void()> after)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_thread) {
        return;
    }
    std::shared_ptr<Cache> own;
    try {
        own = cache->reopen();
    } catch (const StoreError &e) {
        setMessage(e.message(), true);
        return;
    }
    m_thread.reset(QThread::create([this, own, work] {
        try {
            work(*own);
        } catch (const StoreError &e) {
            m_jobError = e.message();
        }
    }));
    m_thread->setObjectName(QStringLiteral("accounts"));
    connect(m_thread.get(), &QThread::finished, this, [this, after] {
        m_thread->wait();
        m_thread.reset();
        Q_EMIT busyChanged();
        if (!m_jobError.isEmpty()) {
            setMessage(std::exchange(m_jobError, {}), true);
        } else {
            after();
        }
        reload();
        if (m_controller) {
            m_controller->refresh(); // the server count too: removing a server changes it
        }
    });
    setMessage({}, false);
    m_thread->start();
    Q_EMIT busyChanged();
}

void AccountController::signOut(const QString &server)
{
    auto wiped = std::make_shared<NonPublicWipe>();
    runInBackground(
        [server, wiped](Cache &cache) {
            *wiped = wipeNonPublic(cache.database(), server);
            ServerAccounts(cache.database()).forgetAccount(server);
        },
        [this, server, wiped] {
            QString message = tr("Signed out: %n non-public document(s) were removed from this computer.",
                                 nullptr,
                                 wiped->files);
            if (!wiped->checkpointed) {
                message +=
                    QLatin1Char(' ') + tr("Close Ratsmappe to finish removing them from the cache's files.");
            }
            setMessage(message, false);
            Q_EMIT signedOut(server);
        });
}

void AccountController::removeServer(const QString &server)
{
    runInBackground([server](Cache &cache) { ServerAccounts(cache.database()).removeServer(server); },
                    [this, server] {
                        setMessage(tr("The server and everything from it were removed from this computer."),
                                   false);
                        Q_EMIT removed(server);
                    });
}

QVariantMap AccountController::nonPublicWork(const QString &server) const
{
    Cache *cache = CacheController::usableCache(m_controller);
    return cache ? workMap(ServerAccounts(cache->database()).nonPublicWork(server)) : QVariantMap();
}

QVariantMap AccountController::serverWork(const QString &server) const
{
    Cache *cache = CacheController::usableCache(m_controller);
    return cache ? workMap(ServerAccounts(cache->database()).serverWork(server)) : QVariantMap();
}

QString AccountController::demoServer() const
{
    return qEnvironmentVariable("RATSMAPPE_DEMO_SERVER");
}

void AccountController::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

} // namespace Ratsmappe
