// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace Ratsmappe {

/// A failure of the encrypted cache, with the kind that callers (the command line's exit
/// codes, the UI's messages) need to tell apart. The message is translated and user-facing.
class StoreError : public std::runtime_error
{
public:
    enum Kind {
        NoCache, ///< no cache at the given place
        AlreadyExists, ///< init on a place that has a cache
        Locked, ///< no key source available
        WrongKey, ///< a passphrase, recovery key or keychain entry that does not fit
        KeychainMissing, ///< the keychain has no entry for this cache
        KeychainUnavailable, ///< no secret service, or it refused
        Corrupt, ///< the key fits but the database does not open or is damaged
        TooNew, ///< made by a newer Ratsmappe
        DiskFull,
        Io, ///< any other file or SQL error
        InvalidArgument,
        Interrupted, ///< Database::interrupt() stopped the statement
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    { }

    Kind kind() const { return m_kind; }
    /// A key source failed (keychain entry missing or unreachable, or a key that does not
    /// fit): the caller may try the next source. Anything else is the cache's own trouble.
    bool isKeySourceFailure() const
    {
        return m_kind == KeychainMissing || m_kind == KeychainUnavailable || m_kind == WrongKey;
    }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace Ratsmappe
