// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "passphrasebox.h"
#include "secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// Whether a wrap of the data key is still the one this cache wrote, checked under the data
/// key once the cache is unlocked.
enum class WrapState {
    Unchecked, ///< a key file from before the wraps carried a MAC
    Intact,
    Damaged, ///< it no longer unwraps: that way of unlocking is lost until written anew
};

/// The cache's data key, wrapped: once under the member's passphrase (Argon2id, then
/// XChaCha20-Poly1305) and once under the recovery key. Kept in a small file beside the
/// database; it holds no plaintext key and nothing of the cache's content.
///
/// The key check value lets a caller tell a wrong key (from the keychain, say) apart from a
/// damaged database: a key that matches it and still does not open the database means damage.
///
/// Each part of the file carries a checksum, so a flipped byte reads as damage, never as a wrong
/// passphrase, and each wrap a MAC under the data key, so an unlocked cache can tell that the
/// other way in (the recovery key, say) was damaged before anyone needs it.
class KeyEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::KeyEnvelope)
public:
    /// Argon2id work factors (PassphraseBox's). The defaults cost about a quarter second.
    using KdfParams = PassphraseBox::KdfParams;
    /// What a key file may ask for. Beyond it the file is damaged or hostile: Argon2 would run
    /// for hours or take all the memory before anyone could say "wrong passphrase".
    static constexpr unsigned long long MaxOpsLimit = PassphraseBox::MaxOpsLimit;
    static constexpr size_t MaxMemLimit = PassphraseBox::MaxMemLimit;

    /// A new envelope for a new random data key; \a recoveryKey receives the printable
    /// recovery key, shown to the member once.
    static KeyEnvelope create(const SecretKey &dataKey, const SecretBytes &passphrase, QString *recoveryKey);

    static KeyEnvelope load(const QString &path);
    /// Atomic: the old file stays valid until the new one is complete and synced.
    void save(const QString &path) const;

    QString cacheId() const { return m_cacheId; }
    bool keychainEnabled() const { return m_keychain; }
    void setKeychainEnabled(bool enabled) { m_keychain = enabled; }

    /// Throws StoreError::WrongKey when the passphrase does not fit, Corrupt when the file's
    /// passphrase part is damaged.
    SecretKey unwrapWithPassphrase(const SecretBytes &passphrase) const;
    /// Accepts the printed form with or without dashes, in any case. WrongKey or Corrupt as
    /// above.
    SecretKey unwrapWithRecoveryKey(const QString &recoveryKey) const;
    /// Rewraps the same data key under a new passphrase (fresh salt and nonce).
    void rewrap(const SecretKey &dataKey, const SecretBytes &newPassphrase);
    /// Wraps the same data key under a new recovery key, returned in its printed form; the
    /// old recovery key stops working.
    QString renewRecoveryKey(const SecretKey &dataKey);
    bool checkKey(const SecretKey &key) const;
    /// True when the file's own part (id, key check, keychain flag) is damaged.
    bool headerDamaged() const { return !m_headerIntact; }

    WrapState passphraseWrapState(const SecretKey &dataKey) const;
    WrapState recoveryWrapState(const SecretKey &dataKey) const;
    /// True when the file should be written again: it predates the MACs, or its own part is
    /// damaged.
    bool needsRepair() const;
    /// For a \a dataKey the database has accepted: writes the key check anew and adds the MACs
    /// a format-1 file lacks, over the wraps as they are.
    void repair(const SecretKey &dataKey);

    static KdfParams kdfParams();

private:
    // What the checksums and MACs cover: everything a wrap needs to unwrap, or the file's own part.
    QByteArray wrapContent(const char *purpose) const;
    QByteArray headerContent() const;

    QString m_cacheId;
    KdfParams m_kdf;
    QByteArray m_salt;
    QByteArray m_passNonce;
    QByteArray m_passCipher;
    QByteArray m_recoveryNonce;
    QByteArray m_recoveryCipher;
    QByteArray m_keyCheck;
    QByteArray m_passMac;
    QByteArray m_recoveryMac;
    bool m_keychain = false;
    // What the checksums said when the file was loaded.
    bool m_headerIntact = true;
    bool m_passIntact = true;
    bool m_recoveryIntact = true;
    bool m_passMacAdded = false; // by repair(), over a wrap nobody checked
    bool m_recoveryMacAdded = false;
};

/// Base32 (RFC 4648) in groups of four, easy to write down and type back.
QString formatRecoveryKey(const QByteArray &bytes);
QByteArray parseRecoveryKey(const QString &text);

} // namespace Ratsmappe
