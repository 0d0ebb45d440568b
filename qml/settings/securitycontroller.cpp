// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitycontroller.h"

#include "keychainstore.h"
#include "passphrasepolicy.h"
#include "secret.h"
#include "storeerror.h"

namespace Ratsmappe {

SecurityController::SecurityController(QObject *parent)
    : QObject(parent)
    , m_keychainAvailable(KeychainStore::isAvailable())
{ }

void SecurityController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        // Locked: a recovery key on show must not outlive the member's presence.
        connect(controller, &CacheController::stateChanged, this, [this] {
            if (!CacheController::usableCache(m_controller)) {
                forgetRecoveryKey();
            }
            Q_EMIT changed();
        });
    }
    Q_EMIT cacheControllerChanged();
    Q_EMIT changed();
}

bool SecurityController::keychain() const
{
    Cache *cache = CacheController::usableCache(m_controller);
    return cache && cache->keyEnvelope().keychainEnabled();
}

bool SecurityController::checkPassphrase(Cache &cache, const QString &passphrase)
{
    try {
        // Only whether it unwraps: the key itself is the one the cache already holds.
        (void)cache.keyEnvelope().unwrapWithPassphrase(SecretBytes(passphrase.toUtf8()));
        return true;
    } catch (const StoreError &e) {
        setMessage(e.kind() == StoreError::WrongKey ? tr("The current passphrase is not right.")
                                                    : e.message(),
                   true);
        return false;
    }
}

bool SecurityController::changePassphrase(const QString &current, const QString &newPassphrase)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || !checkPassphrase(*cache, current)) {
        return false;
    }
    if (const QString problem = passphraseProblem(newPassphrase); !problem.isEmpty()) {
        setMessage(problem, true);
        return false;
    }
    try {
        cache->changePassphrase(SecretBytes(newPassphrase.toUtf8()));
    } catch (const StoreError &e) {
        setMessage(e.message(), true);
        return false;
    }
    setMessage(tr("The passphrase was changed. The recovery key stays valid."), false);
    return true;
}

bool SecurityController::renewRecoveryKey(const QString &passphrase)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || !checkPassphrase(*cache, passphrase)) {
        return false;
    }
    try {
        m_recoveryKey = cache->renewRecoveryKey();
    } catch (const StoreError &e) {
        setMessage(e.message(), true);
        return false;
    }
    setMessage(tr("A new recovery key was made; the old one no longer works."), false);
    return true;
}

void SecurityController::forgetRecoveryKey()
{
    if (!m_recoveryKey.isEmpty()) {
        m_recoveryKey.fill(QLatin1Char(' '));
        m_recoveryKey.clear();
        Q_EMIT changed();
    }
}

bool SecurityController::setKeychain(bool enabled)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache) {
        return false;
    }
    try {
        cache->setKeychainEnabled(enabled);
    } catch (const StoreError &e) {
        // The member reads what happened, not the keychain's own error text.
        setMessage(e.kind() == StoreError::KeychainUnavailable || e.kind() == StoreError::KeychainMissing
                       ? tr("The system keychain did not answer or refused the key (is a keychain such as "
                            "KWallet or GNOME Keyring set up and unlocked?). Ratsmappe keeps asking for the "
                            "passphrase.")
                       : e.message(),
                   true);
        return false;
    }
    setMessage(enabled ? tr("The key is kept in the system keychain: Ratsmappe opens without the "
                            "passphrase when you log in.")
                       : tr("The key was removed from the system keychain."),
               false);
    return true;
}

bool SecurityController::wipeCache()
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache) {
        return false;
    }
    // A running sync writes to the files that go: it ends first.
    if (!m_controller->sync()->stop(std::chrono::seconds(30))) {
        setMessage(tr("The sync did not stop; nothing was deleted. Try again in a moment."), true);
        return false;
    }
    try {
        Cache::wipe(cache->directory());
    } catch (const StoreError &e) {
        setMessage(e.message(), true);
        return false;
    }
    Q_EMIT wiped();
    return true;
}

QString SecurityController::passphraseProblem(const QString &passphrase) const
{
    return PassphrasePolicy::check(SecretBytes(passphrase.toUtf8()));
}

void SecurityController::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT changed();
}

} // namespace Ratsmappe
