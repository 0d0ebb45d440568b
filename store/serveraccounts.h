// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

/// One council server as the window's settings show it, with the member's account on it.
struct ServerAccountRow
{
    enum class Account { None, SignedIn, Refused, Revoked };
    QString id; ///< the entry URL the member gave
    QString name; ///< as the System names itself; empty before the first answer
    QDateTime lastSync; ///< invalid: never synced completely
    Account account = Account::None;
    bool basic = false; ///< signed in with a user name and password (else a token)
    QString user;
    QString revocationMessage; ///< the server's reason, when revoked
};

/// How much of the member's own work a removal would take with it.
struct MemberWork
{
    int annotations = 0;
    int notes = 0;
};

/// The servers and accounts the window's settings page lists and changes; the sync engine keeps
/// its own queries (ServerStore, ServerCredentials).
class ServerAccounts
{
public:
    explicit ServerAccounts(Database &db)
        : m_db(db)
    { }

    QList<ServerAccountRow> list();
    /// Forgets the account on \a serverId (secret, user name, revocation); the data stays.
    void forgetAccount(const QString &serverId);
    /// The member's annotations and notes on \a serverId's non-public part, which a sign-out
    /// removes (the same rule as wipeNonPublic()).
    MemberWork nonPublicWork(const QString &serverId);
    /// The member's annotations and notes on everything of \a serverId.
    MemberWork serverWork(const QString &serverId);
    /// Removes the server and everything the cache holds of it: objects, documents, their text,
    /// the member's annotations, notes and read state on them, cursors, account. One
    /// transaction, with secure_delete on (every connection has it).
    void removeServer(const QString &serverId);
    /// Makes the next sync of \a serverId a full walk (new credentials: the non-public objects
    /// that anonymous runs never saw arrive whatever the cursors say).
    void forgetCursors(const QString &serverId);

private:
    Database &m_db;
};

} // namespace Ratsmappe
