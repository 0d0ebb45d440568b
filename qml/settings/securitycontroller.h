// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The security settings' actions on the open cache: a new passphrase, a new recovery key, the
/// keychain. Each needs the current passphrase where a thief at an unlocked desk must not get
/// one (the passphrase, the recovery key). Argon2 runs on the GUI thread: about a second.
class SecurityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    /// Whether the cache's key is kept in the system keychain.
    Q_PROPERTY(bool keychain READ keychain NOTIFY changed)
    /// Whether a system keychain answers on this computer (asked once per page).
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable CONSTANT)
    /// The new recovery key, until forgetRecoveryKey().
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)

public:
    explicit SecurityController(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    bool keychain() const;
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString recoveryKey() const { return m_recoveryKey; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    /// Sets \a newPassphrase after checking \a current; true when done.
    Q_INVOKABLE bool changePassphrase(const QString &current, const QString &newPassphrase);
    /// A new recovery key after checking \a passphrase (the old key stops working).
    Q_INVOKABLE bool renewRecoveryKey(const QString &passphrase);
    Q_INVOKABLE void forgetRecoveryKey();
    /// Keeps the key in the keychain or removes it from there; says why when the keychain fails.
    Q_INVOKABLE bool setKeychain(bool enabled);
    /// Deletes the whole cache (every document, annotation and note) and its keychain entry, as
    /// `ratsmappe wipe` does, once the page has had the member type the confirmation. The window
    /// must close then: wiped() asks it to.
    Q_INVOKABLE bool wipeCache();
    /// Why \a passphrase is not good enough as a new one, or "".
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase) const;

Q_SIGNALS:
    void cacheControllerChanged();
    void changed();
    /// The cache is gone: the window quits (the next start sets up a new one).
    void wiped();

private:
    bool checkPassphrase(Cache &cache, const QString &passphrase);
    void setMessage(const QString &message, bool failed);

    QPointer<CacheController> m_controller;
    QString m_recoveryKey;
    QString m_message;
    bool m_failed = false;
    bool m_keychainAvailable;
};

} // namespace Ratsmappe
