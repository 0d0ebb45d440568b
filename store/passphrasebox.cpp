// SPDX-License-Identifier: GPL-2.0-or-later
#include "passphrasebox.h"

#include "storeerror.h"

#include <sodium.h>

namespace Ratsmappe {

namespace {

const unsigned char *uc(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

} // namespace

const qsizetype PassphraseBox::SaltSize = crypto_pwhash_SALTBYTES;
const qsizetype PassphraseBox::NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
const qsizetype PassphraseBox::TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

bool PassphraseBox::acceptable(qint64 opsLimit, qint64 memLimit)
{
    return opsLimit >= qint64(crypto_pwhash_OPSLIMIT_MIN) && opsLimit <= qint64(MaxOpsLimit) &&
        memLimit >= qint64(crypto_pwhash_MEMLIMIT_MIN) && memLimit <= qint64(MaxMemLimit);
}

QByteArray PassphraseBox::randomBytes(qsizetype n)
{
    QByteArray bytes(n, '\0');
    randombytes_buf(bytes.data(), static_cast<size_t>(n));
    return bytes;
}

SecretKey PassphraseBox::derive(const SecretBytes &passphrase, const QByteArray &salt, const KdfParams &kdf)
{
    SecretKey key = SecretKey::random(); // overwritten below; random() marks it non-null
    if (salt.size() != SaltSize ||
        crypto_pwhash(key.data(),
                      SecretKey::Size,
                      passphrase.bytes().constData(),
                      static_cast<unsigned long long>(passphrase.size()),
                      uc(salt),
                      kdf.opsLimit,
                      kdf.memLimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StoreError(StoreError::Io, tr("Not enough memory to derive the key from the passphrase."));
    }
    return key;
}

QByteArray PassphraseBox::seal(const SecretKey &key,
                               const QByteArray &nonce,
                               QByteArrayView plain,
                               QByteArrayView associated)
{
    Q_ASSERT(nonce.size() == NonceSize);
    QByteArray cipher(plain.size() + TagSize, '\0');
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(cipher.data()),
                                               &len,
                                               uc(plain),
                                               static_cast<unsigned long long>(plain.size()),
                                               uc(associated),
                                               static_cast<unsigned long long>(associated.size()),
                                               nullptr,
                                               uc(nonce),
                                               key.data());
    cipher.resize(static_cast<qsizetype>(len));
    return cipher;
}

bool PassphraseBox::open(const SecretKey &key,
                         const QByteArray &nonce,
                         QByteArrayView cipher,
                         QByteArrayView associated,
                         QByteArray &plain)
{
    wipe(plain);
    plain.clear();
    if (key.isNull() || nonce.size() != NonceSize || cipher.size() < TagSize) {
        return false;
    }
    plain = QByteArray(cipher.size() - TagSize, '\0');
    unsigned long long len = 0;
    const int rc =
        crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
                                                   &len,
                                                   nullptr,
                                                   uc(cipher),
                                                   static_cast<unsigned long long>(cipher.size()),
                                                   uc(associated),
                                                   static_cast<unsigned long long>(associated.size()),
                                                   uc(nonce),
                                                   key.data());
    if (rc != 0) {
        wipe(plain);
        plain.clear();
        return false;
    }
    plain.resize(static_cast<qsizetype>(len));
    return true;
}

} // namespace Ratsmappe
