// SPDX-License-Identifier: GPL-2.0-or-later
#include "keyenvelope.h"

#include "atomicfile.h"
#include "storeerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstring>

#include <sodium.h>

namespace Ratsmappe {

namespace {

// Format 2 added the checksums and MACs; format 1 files are read and repaired on unlock.
constexpr int FormatVersion = 2;
constexpr int FirstFormatVersion = 1;
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// Binds a wrapped key to its cache and purpose, so two wrappings cannot be swapped.
QByteArray associatedData(const QString &cacheId, const char *purpose)
{
    return "ratsmappe-key-v1:" + cacheId.toUtf8() + ':' + purpose;
}

void seal(const SecretKey &wrappingKey,
          const SecretKey &dataKey,
          const QByteArray &ad,
          QByteArray *nonce,
          QByteArray *cipher)
{
    *nonce = PassphraseBox::newNonce();
    *cipher = PassphraseBox::seal(wrappingKey,
                                  *nonce,
                                  QByteArrayView(reinterpret_cast<const char *>(dataKey.data()),
                                                 static_cast<qsizetype>(SecretKey::Size)),
                                  ad);
}

// Returns a null key when authentication fails.
SecretKey
unseal(const SecretKey &wrappingKey, const QByteArray &ad, const QByteArray &nonce, const QByteArray &cipher)
{
    if (cipher.size() != static_cast<qsizetype>(SecretKey::Size) + PassphraseBox::TagSize) {
        return {};
    }
    QByteArray plain;
    SecretKey key = PassphraseBox::open(wrappingKey, nonce, cipher, ad, plain) ? SecretKey::fromBytes(plain)
                                                                               : SecretKey();
    wipe(plain);
    return key;
}

SecretKey derive(const SecretBytes &passphrase, const QByteArray &salt, const KeyEnvelope::KdfParams &kdf)
{
    return PassphraseBox::derive(passphrase, salt, kdf);
}

SecretKey keyCheckOf(const SecretKey &key)
{
    static const QByteArray label = QByteArrayLiteral("ratsmappe key check v1");
    SecretKey check = SecretKey::random();
    crypto_generichash(check.data(),
                       SecretKey::Size,
                       uc(label),
                       static_cast<unsigned long long>(label.size()),
                       key.data(),
                       SecretKey::Size);
    return check;
}

// Fields one after another, each with its length, so no two different contents read alike.
void appendField(QByteArray &out, const QByteArray &field)
{
    const quint32 size = static_cast<quint32>(field.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out += static_cast<char>((size >> shift) & 0xff);
    }
    out += field;
}

QByteArray checksumOf(const QByteArray &content)
{
    QByteArray sum(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(sum.data()),
                       crypto_generichash_BYTES,
                       uc(content),
                       static_cast<unsigned long long>(content.size()),
                       nullptr,
                       0);
    return sum;
}

// A MAC under the data key: only someone who holds the key could have written it.
QByteArray macOf(const SecretKey &dataKey, const QByteArray &content)
{
    const QByteArray message = "ratsmappe wrap mac v1" + content;
    QByteArray mac(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()),
                       crypto_generichash_BYTES,
                       uc(message),
                       static_cast<unsigned long long>(message.size()),
                       dataKey.data(),
                       SecretKey::Size);
    return mac;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
        sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

KeyEnvelope::KdfParams KeyEnvelope::kdfParams()
{
    return {};
}

KeyEnvelope KeyEnvelope::create(const SecretKey &dataKey, const SecretBytes &passphrase, QString *recoveryKey)
{
    KeyEnvelope env;
    env.m_cacheId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    env.rewrap(dataKey, passphrase);

    env.m_keyCheck = keyCheckOf(dataKey).toByteArray();
    const QString printed = env.renewRecoveryKey(dataKey);
    if (recoveryKey) {
        *recoveryKey = printed;
    }
    return env;
}

void KeyEnvelope::rewrap(const SecretKey &dataKey, const SecretBytes &newPassphrase)
{
    m_kdf = kdfParams();
    m_salt = PassphraseBox::newSalt();
    const SecretKey wrapping = derive(newPassphrase, m_salt, m_kdf);
    seal(wrapping, dataKey, associatedData(m_cacheId, "passphrase"), &m_passNonce, &m_passCipher);
    m_passMac = macOf(dataKey, wrapContent("passphrase"));
    m_passMacAdded = false;
    m_passIntact = true;
}

QString KeyEnvelope::renewRecoveryKey(const SecretKey &dataKey)
{
    const SecretKey recovery = SecretKey::random();
    seal(recovery, dataKey, associatedData(m_cacheId, "recovery"), &m_recoveryNonce, &m_recoveryCipher);
    m_recoveryMac = macOf(dataKey, wrapContent("recovery"));
    m_recoveryMacAdded = false;
    m_recoveryIntact = true;
    QByteArray raw = recovery.toByteArray();
    const QString printed = formatRecoveryKey(raw);
    wipe(raw);
    return printed;
}

QByteArray KeyEnvelope::wrapContent(const char *purpose) const
{
    QByteArray content;
    appendField(content, purpose);
    appendField(content, m_cacheId.toUtf8());
    if (qstrcmp(purpose, "passphrase") == 0) {
        appendField(content, QByteArray::number(m_kdf.opsLimit));
        appendField(content, QByteArray::number(static_cast<qulonglong>(m_kdf.memLimit)));
        appendField(content, m_salt);
        appendField(content, m_passNonce);
        appendField(content, m_passCipher);
    } else {
        appendField(content, m_recoveryNonce);
        appendField(content, m_recoveryCipher);
    }
    return content;
}

QByteArray KeyEnvelope::headerContent() const
{
    QByteArray content;
    appendField(content, "header");
    appendField(content, m_cacheId.toUtf8());
    appendField(content, m_keyCheck);
    appendField(content, m_keychain ? "1" : "0");
    return content;
}

WrapState KeyEnvelope::passphraseWrapState(const SecretKey &dataKey) const
{
    if (m_passMac.isEmpty() || m_passMacAdded) {
        return WrapState::Unchecked;
    }
    return sameBytes(m_passMac, macOf(dataKey, wrapContent("passphrase"))) ? WrapState::Intact
                                                                           : WrapState::Damaged;
}

WrapState KeyEnvelope::recoveryWrapState(const SecretKey &dataKey) const
{
    if (m_recoveryMac.isEmpty() || m_recoveryMacAdded) {
        return WrapState::Unchecked;
    }
    return sameBytes(m_recoveryMac, macOf(dataKey, wrapContent("recovery"))) ? WrapState::Intact
                                                                             : WrapState::Damaged;
}

bool KeyEnvelope::needsRepair() const
{
    return m_passMac.isEmpty() || m_recoveryMac.isEmpty() || !m_headerIntact;
}

void KeyEnvelope::repair(const SecretKey &dataKey)
{
    m_keyCheck = keyCheckOf(dataKey).toByteArray();
    m_headerIntact = true;
    // A MAC added now vouches for the wrap as it is, which nobody has checked: until the file
    // is read again, the wrap stays unchecked.
    if (m_passMac.isEmpty()) {
        m_passMac = macOf(dataKey, wrapContent("passphrase"));
        m_passMacAdded = true;
    }
    if (m_recoveryMac.isEmpty()) {
        m_recoveryMac = macOf(dataKey, wrapContent("recovery"));
        m_recoveryMacAdded = true;
    }
}

SecretKey KeyEnvelope::unwrapWithPassphrase(const SecretBytes &passphrase) const
{
    const SecretKey wrapping = derive(passphrase, m_salt, m_kdf);
    SecretKey key = unseal(wrapping, associatedData(m_cacheId, "passphrase"), m_passNonce, m_passCipher);
    if (key.isNull() && !m_passIntact) {
        throw StoreError(StoreError::Corrupt,
                         tr("The key file is damaged where it keeps the passphrase, so no passphrase can "
                            "unlock the cache. Unlock it with the recovery key and set a new passphrase."));
    }
    if (key.isNull()) {
        throw StoreError(StoreError::WrongKey, tr("The passphrase is wrong."));
    }
    return key;
}

SecretKey KeyEnvelope::unwrapWithRecoveryKey(const QString &recoveryKey) const
{
    QByteArray raw = parseRecoveryKey(recoveryKey);
    const SecretKey wrapping = SecretKey::fromBytes(raw);
    wipe(raw);
    SecretKey key;
    if (!wrapping.isNull()) {
        key = unseal(wrapping, associatedData(m_cacheId, "recovery"), m_recoveryNonce, m_recoveryCipher);
    }
    if (key.isNull() && !wrapping.isNull() && !m_recoveryIntact) {
        throw StoreError(StoreError::Corrupt,
                         tr("The key file is damaged where it keeps the recovery key, so the recovery key "
                            "no longer unlocks the cache. Unlock it with the passphrase and create a new "
                            "recovery key."));
    }
    if (key.isNull()) {
        throw StoreError(StoreError::WrongKey, tr("The recovery key is wrong."));
    }
    return key;
}

bool KeyEnvelope::checkKey(const SecretKey &key) const
{
    if (key.isNull() || m_keyCheck.size() != static_cast<qsizetype>(SecretKey::Size)) {
        return false;
    }
    const SecretKey check = keyCheckOf(key);
    return sodium_memcmp(check.data(), m_keyCheck.constData(), SecretKey::Size) == 0;
}

KeyEnvelope KeyEnvelope::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(file.exists() ? StoreError::Io : StoreError::NoCache,
                         tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024), &parseError).object();
    const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
    const QJsonObject pass = o.value(QLatin1String("passphrase")).toObject();
    const QJsonObject rec = o.value(QLatin1String("recovery")).toObject();
    KeyEnvelope env;
    env.m_cacheId = o.value(QLatin1String("cacheId")).toString();
    env.m_kdf.opsLimit = static_cast<unsigned long long>(kdf.value(QLatin1String("ops")).toInteger());
    env.m_kdf.memLimit = static_cast<size_t>(kdf.value(QLatin1String("mem")).toInteger());
    env.m_salt = unb64(kdf.value(QLatin1String("salt")));
    env.m_passNonce = unb64(pass.value(QLatin1String("nonce")));
    env.m_passCipher = unb64(pass.value(QLatin1String("ciphertext")));
    env.m_recoveryNonce = unb64(rec.value(QLatin1String("nonce")));
    env.m_recoveryCipher = unb64(rec.value(QLatin1String("ciphertext")));
    env.m_keyCheck = unb64(o.value(QLatin1String("keyCheck")));
    env.m_keychain = o.value(QLatin1String("keychain")).toBool();
    env.m_passMac = unb64(pass.value(QLatin1String("mac")));
    env.m_recoveryMac = unb64(rec.value(QLatin1String("mac")));

    const int format = o.value(QLatin1String("format")).toInt();
    const qint64 ops = kdf.value(QLatin1String("ops")).toInteger(-1);
    const qint64 mem = kdf.value(QLatin1String("mem")).toInteger(-1);
    // Bounded before anything runs: a file that asks for more is damaged or hostile.
    const bool valid = parseError.error == QJsonParseError::NoError &&
        (format == FormatVersion || format == FirstFormatVersion) && !env.m_cacheId.isEmpty() &&
        env.m_salt.size() == PassphraseBox::SaltSize && PassphraseBox::acceptable(ops, mem);
    if (!valid) {
        throw StoreError(StoreError::Corrupt, tr("The key file %1 is damaged.").arg(path));
    }
    if (format == FormatVersion) {
        env.m_headerIntact =
            sameBytes(unb64(o.value(QLatin1String("checksum"))), checksumOf(env.headerContent()));
        env.m_passIntact = sameBytes(unb64(pass.value(QLatin1String("checksum"))),
                                     checksumOf(env.wrapContent("passphrase")));
        env.m_recoveryIntact =
            sameBytes(unb64(rec.value(QLatin1String("checksum"))), checksumOf(env.wrapContent("recovery")));
    } else {
        // Written before the MACs: a format-1 file has to be trusted until repaired.
        env.m_passMac.clear();
        env.m_recoveryMac.clear();
    }
    return env;
}

void KeyEnvelope::save(const QString &path) const
{
    const QJsonObject o{
        {QLatin1String("format"), FormatVersion},
        {QLatin1String("cacheId"), m_cacheId},
        {QLatin1String("kdf"),
         QJsonObject{{QLatin1String("algorithm"), QLatin1String("argon2id13")},
                     {QLatin1String("ops"), static_cast<qint64>(m_kdf.opsLimit)},
                     {QLatin1String("mem"), static_cast<qint64>(m_kdf.memLimit)},
                     {QLatin1String("salt"), b64(m_salt)}}},
        {QLatin1String("passphrase"),
         QJsonObject{{QLatin1String("nonce"), b64(m_passNonce)},
                     {QLatin1String("ciphertext"), b64(m_passCipher)},
                     {QLatin1String("mac"), b64(m_passMac)},
                     {QLatin1String("checksum"), b64(checksumOf(wrapContent("passphrase")))}}},
        {QLatin1String("recovery"),
         QJsonObject{{QLatin1String("nonce"), b64(m_recoveryNonce)},
                     {QLatin1String("ciphertext"), b64(m_recoveryCipher)},
                     {QLatin1String("mac"), b64(m_recoveryMac)},
                     {QLatin1String("checksum"), b64(checksumOf(wrapContent("recovery")))}}},
        {QLatin1String("keyCheck"), b64(m_keyCheck)},
        {QLatin1String("keychain"), m_keychain},
        {QLatin1String("checksum"), b64(checksumOf(headerContent()))},
    };
    writeFileAtomically(path, QJsonDocument(o).toJson());
}

QString formatRecoveryKey(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int chars = 0;
    auto put = [&](int index) {
        if (chars > 0 && chars % 4 == 0) {
            out += QLatin1Char('-');
        }
        out += QLatin1Char(Base32Alphabet[index]);
        ++chars;
    };
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            put(static_cast<int>((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
    }
    if (bits > 0) {
        put(static_cast<int>((buffer << (5 - bits)) & 31));
    }
    return out;
}

QByteArray parseRecoveryKey(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('-') || ch.isSpace()) {
            continue;
        }
        const char *pos = std::strchr(Base32Alphabet, ch.toUpper().toLatin1());
        if (!pos || ch.toLatin1() == 0) {
            return {};
        }
        buffer = (buffer << 5) | static_cast<quint32>(pos - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

} // namespace Ratsmappe
