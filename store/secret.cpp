// SPDX-License-Identifier: GPL-2.0-or-later
#include "secret.h"
#include "secretkeys.h"

#include <sodium.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>

namespace Ratsmappe {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared data belongs to someone else too; only our reference goes away.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

std::optional<SecretBytes> takeFromEnvironment(const char *name)
{
    if (!qEnvironmentVariableIsSet(name)) {
        return std::nullopt;
    }
    SecretBytes value(qgetenv(name));
    if (char *raw = std::getenv(name)) {
        sodium_memzero(raw, std::strlen(raw));
    }
    qunsetenv(name);
    return value;
}

void wipeShared(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    }
    bytes = QByteArray();
}

namespace {

std::atomic_int liveKeys = 0;

unsigned char *allocateKeyBytes()
{
    // sodium_malloc needs the library's page size, which sodium_init sets (idempotent).
    if (sodium_init() < 0) {
        throw std::bad_alloc();
    }
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(SecretKey::Size));
    if (!bytes) {
        throw std::bad_alloc();
    }
    sodium_memzero(bytes, SecretKey::Size);
    ++liveKeys;
    return bytes;
}

} // namespace

SecretKey::SecretKey()
    : m_bytes(allocateKeyBytes())
{ }

SecretKey::~SecretKey()
{
    sodium_free(m_bytes); // wipes before it unmaps
    --liveKeys;
}

int liveSecretKeys()
{
    return liveKeys.load();
}

SecretKey::SecretKey(const SecretKey &other)
    : m_bytes(allocateKeyBytes())
    , m_null(other.m_null)
{
    std::memcpy(m_bytes, other.m_bytes, Size);
}

SecretKey &SecretKey::operator=(const SecretKey &other)
{
    if (this != &other) {
        std::memcpy(m_bytes, other.m_bytes, Size);
        m_null = other.m_null;
    }
    return *this;
}

SecretKey SecretKey::random()
{
    SecretKey key;
    randombytes_buf(key.m_bytes, Size);
    key.m_null = false;
    return key;
}

SecretKey SecretKey::fromBytes(const QByteArray &bytes)
{
    SecretKey key;
    if (bytes.size() == static_cast<qsizetype>(Size)) {
        std::memcpy(key.m_bytes, bytes.constData(), Size);
        key.m_null = false;
    }
    return key;
}

QByteArray SecretKey::toHex() const
{
    QByteArray hex(static_cast<qsizetype>(Size * 2 + 1), '\0');
    sodium_bin2hex(hex.data(), static_cast<size_t>(hex.size()), m_bytes, Size);
    hex.chop(1);
    return hex;
}

QByteArray SecretKey::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes), static_cast<qsizetype>(Size));
}

bool SecretKey::operator==(const SecretKey &other) const
{
    return m_null == other.m_null && sodium_memcmp(m_bytes, other.m_bytes, Size) == 0;
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

} // namespace Ratsmappe
