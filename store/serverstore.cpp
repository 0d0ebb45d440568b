// SPDX-License-Identifier: GPL-2.0-or-later
#include "serverstore.h"

#include "database.h"

#include <QVariant>

namespace Ratsmappe {

QStringList ServerStore::ids()
{
    Statement st(m_db, "SELECT id FROM servers ORDER BY added");
    QStringList ids;
    while (st.next()) {
        ids << st.text(0);
    }
    return ids;
}

int ServerStore::count() const
{
    return static_cast<int>(m_db.queryInt("SELECT count(*) FROM servers").value_or(0));
}

void ServerStore::addIfMissing(const QString &id, const QDateTime &added, const QString &systemId)
{
    Statement(m_db, "INSERT OR IGNORE INTO servers(id, system_id, added) VALUES (?, ?, ?)")
        .bind(1, id)
        .bind(2, systemId)
        .bind(3, added.toString(Qt::ISODateWithMs))
        .run();
}

void ServerStore::saveSystem(const QString &id,
                             const QString &systemId,
                             const QString &name,
                             const QString &oparlVersion,
                             const QDateTime &added,
                             const QByteArray &json)
{
    Statement(
        m_db,
        "INSERT INTO servers(id, system_id, name, oparl_version, added, data) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET system_id = excluded.system_id, name = excluded.name, "
        "oparl_version = excluded.oparl_version, data = excluded.data")
        .bind(1, id)
        .bind(2, systemId)
        .bind(3, name)
        .bind(4, oparlVersion)
        .bind(5, added.toString(Qt::ISODateWithMs))
        .bind(6, QString::fromUtf8(json))
        .run();
}

void ServerStore::setLastSync(const QString &id, const QDateTime &when)
{
    Statement(m_db, "UPDATE servers SET last_sync = ? WHERE id = ?")
        .bind(1, when.toString(Qt::ISODateWithMs))
        .bind(2, id)
        .run();
}

std::optional<StoredAccount> ServerStore::account(const QString &serverId)
{
    Statement st(m_db,
                 "SELECT kind, user_name, secret FROM accounts WHERE server_id = ? AND revoked IS NULL");
    st.bind(1, serverId);
    if (!st.next() || st.isNull(2)) {
        return std::nullopt;
    }
    return StoredAccount{st.text(0) == QLatin1String("basic") ? StoredAccount::Kind::Basic
                                                              : StoredAccount::Kind::Token,
                         st.text(1),
                         st.blob(2)};
}

void ServerStore::saveAccount(const QString &serverId, const StoredAccount &account)
{
    const bool basic = account.kind == StoredAccount::Kind::Basic;
    Statement(m_db,
              "INSERT INTO accounts(server_id, kind, user_name, secret, in_keychain, revoked) "
              "VALUES (?, ?, ?, ?, 0, NULL) ON CONFLICT(server_id) DO UPDATE SET kind = excluded.kind, "
              "user_name = excluded.user_name, secret = excluded.secret, revoked = NULL")
        .bind(1, serverId)
        .bind(2, basic ? QStringLiteral("basic") : QStringLiteral("token"))
        .bind(3, basic ? QVariant(account.user) : QVariant())
        .bind(4, account.secret)
        .run();
}

void ServerStore::revokeAccount(const QString &serverId, const QString &when)
{
    Statement(m_db, "UPDATE accounts SET secret = NULL, revoked = ? WHERE server_id = ?")
        .bind(1, when)
        .bind(2, serverId)
        .run();
}

} // namespace Ratsmappe
