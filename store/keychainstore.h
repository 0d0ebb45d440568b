// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// The cache's data key in the system keychain (Secret Service, KWallet, …) via QtKeychain.
/// QtKeychain's insecure plaintext fallback is never enabled. The calls wait for the
/// keychain with a local event loop, so they work from the command line too.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::KeychainStore)
public:
    /// Throws StoreError::KeychainMissing when there is no entry for the cache, and
    /// KeychainUnavailable when no keychain answers or it refuses.
    static SecretKey readKey(const QString &cacheId);
    static void writeKey(const QString &cacheId, const SecretKey &key);
    /// Removing an entry that is not there is not an error.
    static void removeKey(const QString &cacheId);

    /// Whether a keychain answers here at all (a secret service or KWallet on the session bus);
    /// the window offers keeping the key there only then.
    static bool isAvailable();

    static QString serviceName();
};

} // namespace Ratsmappe
