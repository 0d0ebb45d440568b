// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QThread;

namespace Ratsmappe {

/// The council servers and the member's account on each, for the settings page: lists them,
/// signs in (the credentials are tried on the server's System object first and stored in the
/// encrypted cache only when it accepts them), signs out and removes a server.
class AccountController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    /// One map per server: id, name, lastSync, account (an Account), user, basic,
    /// revocationMessage.
    Q_PROPERTY(QVariantList servers READ servers NOTIFY serversChanged)
    /// A sign-in is being tried, or a sign-out or removal runs.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// The outcome of the last sign-in, sign-out or removal, in the member's words.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)

public:
    enum Account { NoAccount, SignedIn, Refused, Revoked };
    Q_ENUM(Account)

    /// What the server answered to the credentials; handed from the worker thread.
    struct Check
    {
        enum class Answer { Accepted, Refused, Revoked, Unreachable };
        Answer answer = Answer::Unreachable;
        QString reason;
    };

    explicit AccountController(QObject *parent = nullptr);
    ~AccountController() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QVariantList servers() const { return m_servers; }
    bool isBusy() const { return m_thread != nullptr; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    /// Signs in to \a server with a token (\a user empty) or with \a user and \a secret as its
    /// password. Returns why it cannot be tried, or an empty string when it is under way.
    Q_INVOKABLE QString signIn(const QString &server, const QString &user, const QString &secret);
    /// Removes the non-public part of \a server and forgets the account, on a worker thread
    /// (rewriting the search index takes seconds); signedOut() when done.
    Q_INVOKABLE void signOut(const QString &server);
    /// Removes \a server and everything the cache holds of it, on a worker thread; removed()
    /// when done.
    Q_INVOKABLE void removeServer(const QString &server);
    /// {annotations, notes}: the member's work that signOut(\a server) removes.
    Q_INVOKABLE QVariantMap nonPublicWork(const QString &server) const;
    /// {annotations, notes}: the member's work that removeServer(\a server) removes.
    Q_INVOKABLE QVariantMap serverWork(const QString &server) const;
    /// The bundled demo server's address when the window was started with it, else "".
    Q_INVOKABLE QString demoServer() const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void cacheControllerChanged();
    void serversChanged();
    void busyChanged();
    void messageChanged();
    /// The server accepted the credentials; they are stored and a sync has started.
    void signedIn(const QString &server);
    void signedOut(const QString &server);
    void removed(const QString &server);

private:
    void checkFinished();
    // Runs \a work on a connection of its own on a worker thread, then \a after on this one.
    void runInBackground(std::function<void(Cache &)> work, std::function<void()> after);
    void setMessage(const QString &message, bool failed);

    QPointer<CacheController> m_controller;
    QVariantList m_servers;
    QString m_message;
    bool m_failed = false;
    std::unique_ptr<QThread> m_thread;
    QString m_pendingServer;
    ServerCredentials m_pending;
    Check m_check;
    QString m_jobError; ///< written by the worker, read after it ended
};

} // namespace Ratsmappe
