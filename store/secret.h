// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <optional>

namespace Ratsmappe {

/// A 256-bit key that wipes itself. Fixed size, so no reallocation leaves copies behind; its
/// bytes live in libsodium's guarded memory (sodium_malloc): locked (never swapped out), left
/// out of core dumps, fenced by inaccessible pages and wiped when freed.
class SecretKey
{
public:
    static constexpr std::size_t Size = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);

    static SecretKey random();
    /// Takes exactly Size bytes; anything else gives an empty (isNull) key.
    static SecretKey fromBytes(const QByteArray &bytes);

    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }
    bool isNull() const { return m_null; }
    /// Lowercase hex, for SQLCipher's raw key pragma. Wipe the result after use.
    QByteArray toHex() const;
    QByteArray toByteArray() const;
    bool operator==(const SecretKey &other) const;

private:
    unsigned char *m_bytes; // Size bytes from sodium_malloc, zeroed until set
    bool m_null = true;
};

/// A passphrase or other secret byte string that is wiped when it goes away.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    ~SecretBytes();
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

/// Takes the secret in the environment variable \a name out of the environment: returns its
/// value, overwrites the variable's bytes where the process keeps them (the block it started
/// with is what /proc/PID/environ shows) and unsets it, so that no program started later
/// inherits it. Nothing when the variable is not set.
std::optional<SecretBytes> takeFromEnvironment(const char *name);

/// Overwrites a byte array's storage (when not shared) before it is released.
void wipe(QByteArray &bytes);

/// Overwrites the storage in place even when it is shared, then drops this reference: for a
/// buffer whose other owners no longer read it (a finished keychain job's copy of a key).
void wipeShared(QByteArray &bytes);

} // namespace Ratsmappe
