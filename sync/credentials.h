// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Ratsmappe {

class Database;

/// A member's account on one server (docs/server-protocol.md): a bearer token or a user name
/// with password for HTTP Basic. Kept only inside the encrypted cache (table accounts); never
/// in settings, logs or command lines.
struct ServerCredentials
{
    enum class Kind { None, Token, Basic };
    Kind kind = Kind::None;
    QString user;
    QByteArray secret; ///< the token, or the password (UTF-8)

    bool isSet() const { return kind != Kind::None; }
    /// The Authorization header's value.
    QByteArray authorization() const;
    /// Credentials travel only over TLS, or to this machine (the demo server, tests).
    static bool mayCarryCredentials(const QUrl &url);

    /// The stored account of \a serverId; Kind::None when there is none or it was revoked.
    static ServerCredentials load(Database &db, const QString &serverId);
    /// Stores (or replaces) the account; the server row must exist.
    void save(Database &db, const QString &serverId) const;
    /// Marks the account revoked and forgets its secret.
    static void markRevoked(Database &db, const QString &serverId, const QString &when);
};

/// True when both URLs have the same scheme, host and port (the web's "origin").
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace Ratsmappe
