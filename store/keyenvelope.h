// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// The cache's data key, wrapped: once under the member's passphrase (Argon2id, then
/// XChaCha20-Poly1305) and once under the recovery key. Kept in a small file beside the
/// database; it holds no plaintext key and nothing of the cache's content.
///
/// The key check value lets a caller tell a wrong key (from the keychain, say) apart from a
/// damaged database: a key that matches it and still does not open the database means damage.
class KeyEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::KeyEnvelope)
public:
    /// Argon2id work factors. The defaults cost about a quarter second on a laptop.
    struct KdfParams
    {
        unsigned long long opsLimit = 3;
        size_t memLimit = 64 * 1024 * 1024;
    };

    /// A new envelope for a new random data key; \a recoveryKey receives the printable
    /// recovery key, shown to the member once.
    static KeyEnvelope create(const SecretKey &dataKey, const SecretBytes &passphrase, QString *recoveryKey);

    static KeyEnvelope load(const QString &path);
    /// Atomic: the old file stays valid until the new one is complete and synced.
    void save(const QString &path) const;

    QString cacheId() const { return m_cacheId; }
    bool keychainEnabled() const { return m_keychain; }
    void setKeychainEnabled(bool enabled) { m_keychain = enabled; }

    /// Throws StoreError::WrongKey when the passphrase does not fit.
    SecretKey unwrapWithPassphrase(const SecretBytes &passphrase) const;
    /// Accepts the printed form with or without dashes, in any case.
    SecretKey unwrapWithRecoveryKey(const QString &recoveryKey) const;
    /// Rewraps the same data key under a new passphrase (fresh salt and nonce).
    void rewrap(const SecretKey &dataKey, const SecretBytes &newPassphrase);
    bool checkKey(const SecretKey &key) const;

    static KdfParams kdfParams();

private:
    QString m_cacheId;
    KdfParams m_kdf;
    QByteArray m_salt;
    QByteArray m_passNonce;
    QByteArray m_passCipher;
    QByteArray m_recoveryNonce;
    QByteArray m_recoveryCipher;
    QByteArray m_keyCheck;
    bool m_keychain = false;
};

/// Base32 (RFC 4648) in groups of four, easy to write down and type back.
QString formatRecoveryKey(const QByteArray &bytes);
QByteArray parseRecoveryKey(const QString &text);

} // namespace Ratsmappe
