// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// A member's stored sign-in on one server (docs/server-protocol.md), inside the encrypted cache.
struct StoredAccount
{
    enum class Kind { Token, Basic };
    Kind kind = Kind::Token;
    QString user; ///< Basic only
    QByteArray secret;
};

/// The council servers a cache syncs, and the member's account on each. A server is known by the
/// entry URL the member gave (`sync --server URL`): its account is stored and looked up under it,
/// never under an id the server's own JSON declares (its System's id is kept beside it).
class ServerStore
{
public:
    explicit ServerStore(Database &db)
        : m_db(db)
    { }

    /// Every server's key (the entry URL the member gave), in the order they were added.
    QStringList ids();
    /// How many servers the cache syncs.
    int count() const;
    /// Records a server reached through a Body URL (\a id) that names \a systemId as its System;
    /// nothing changes for a known one.
    void addIfMissing(const QString &id, const QDateTime &added, const QString &systemId = {});
    /// Records or updates the server \a id (the entry URL) from its System object: \a systemId as
    /// the System declares it, \a json as received.
    void saveSystem(const QString &id,
                    const QString &systemId,
                    const QString &name,
                    const QString &oparlVersion,
                    const QDateTime &added,
                    const QByteArray &json);
    void setLastSync(const QString &id, const QDateTime &when);

    /// The live account on \a serverId: none when there is none, or it was revoked.
    std::optional<StoredAccount> account(const QString &serverId);
    void saveAccount(const QString &serverId, const StoredAccount &account);
    /// Forgets the secret and marks the account revoked (\a when, ISO 8601).
    void revokeAccount(const QString &serverId, const QString &when);

private:
    Database &m_db;
};

} // namespace Ratsmappe
