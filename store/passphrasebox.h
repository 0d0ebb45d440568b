// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>

namespace Ratsmappe {

/// Sealing under a passphrase, the one copy of it: Argon2id (libsodium's crypto_pwhash,
/// argon2id13) turns the passphrase and a salt into a 256-bit key, XChaCha20-Poly1305 (IETF)
/// seals with it. The cache's key file (KeyEnvelope) and the annotation backup
/// (AnnotationBackup) both use it.
class PassphraseBox
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PassphraseBox)
public:
    /// Argon2id work factors. The defaults cost about a quarter second on a laptop.
    struct KdfParams
    {
        unsigned long long opsLimit = 3;
        size_t memLimit = 64 * 1024 * 1024;
    };
    /// What a file may ask for. Beyond it the file is damaged or hostile: Argon2 would run for
    /// hours or take all the memory before anyone could say "wrong passphrase".
    static constexpr unsigned long long MaxOpsLimit = 16;
    static constexpr size_t MaxMemLimit = size_t(1) << 30;
    static const qsizetype SaltSize;
    static const qsizetype NonceSize;
    /// What sealing adds to the plaintext (the Poly1305 tag).
    static const qsizetype TagSize;

    /// Whether \a opsLimit and \a memLimit, read from a file, are within what may be asked for.
    static bool acceptable(qint64 opsLimit, qint64 memLimit);
    static QByteArray randomBytes(qsizetype n);
    static QByteArray newSalt() { return randomBytes(SaltSize); }
    static QByteArray newNonce() { return randomBytes(NonceSize); }

    /// The key for \a passphrase and \a salt. Throws StoreError::Io when there is not enough
    /// memory for \a kdf.
    static SecretKey derive(const SecretBytes &passphrase, const QByteArray &salt, const KdfParams &kdf);
    /// \a plain sealed under \a key with \a nonce; \a associated is authenticated, not sealed.
    static QByteArray
    seal(const SecretKey &key, const QByteArray &nonce, QByteArrayView plain, QByteArrayView associated);
    /// Opens what seal() made into \a plain (wipe it after use); false when the key, the nonce,
    /// the associated data or the ciphertext is not what was sealed.
    static bool open(const SecretKey &key,
                     const QByteArray &nonce,
                     QByteArrayView cipher,
                     QByteArrayView associated,
                     QByteArray &plain);
};

} // namespace Ratsmappe
