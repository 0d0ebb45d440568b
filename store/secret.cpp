// SPDX-License-Identifier: GPL-2.0-or-later
#include "secret.h"

#include <sodium.h>

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

SecretKey::SecretKey() = default;

SecretKey::~SecretKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey::SecretKey(const SecretKey &other) = default;
SecretKey &SecretKey::operator=(const SecretKey &other) = default;

SecretKey SecretKey::random()
{
    SecretKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    key.m_null = false;
    return key;
}

SecretKey SecretKey::fromBytes(const QByteArray &bytes)
{
    SecretKey key;
    if (bytes.size() == static_cast<qsizetype>(Size)) {
        std::copy(bytes.cbegin(), bytes.cend(), key.m_bytes.begin());
        key.m_null = false;
    }
    return key;
}

QByteArray SecretKey::toHex() const
{
    QByteArray hex(static_cast<qsizetype>(Size * 2 + 1), '\0');
    sodium_bin2hex(hex.data(), static_cast<size_t>(hex.size()), m_bytes.data(), m_bytes.size());
    hex.chop(1);
    return hex;
}

QByteArray SecretKey::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), static_cast<qsizetype>(Size));
}

bool SecretKey::operator==(const SecretKey &other) const
{
    return m_null == other.m_null && sodium_memcmp(m_bytes.data(), other.m_bytes.data(), Size) == 0;
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
