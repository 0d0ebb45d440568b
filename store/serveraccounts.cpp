// SPDX-License-Identifier: GPL-2.0-or-later
#include "serveraccounts.h"

#include "database.h"
#include "objectsearchindex.h"
#include "searchwords.h"
#include "settingsstore.h"

namespace Ratsmappe {

namespace {

// The non-public part of a server, by the rule wipeNonPublic() applies: non-public meetings,
// agenda items on them or marked so, non-public papers, and files that are non-public or
// belong to any of these.
constexpr const char *NonPublicTargets = R"sql(
WITH gone(id) AS (
    SELECT id FROM meetings WHERE server_id = ?1 AND non_public = 1
    UNION SELECT id FROM agenda_items WHERE server_id = ?1 AND (public = 0 OR meeting_id IN
        (SELECT id FROM meetings WHERE server_id = ?1 AND non_public = 1))
    UNION SELECT id FROM papers WHERE server_id = ?1 AND non_public = 1),
gone_files(id) AS (
    SELECT id FROM files WHERE server_id = ?1 AND (non_public = 1 OR id IN
        (SELECT file_id FROM file_links WHERE server_id = ?1 AND owner_id IN (SELECT id FROM gone))))
SELECT (SELECT count(*) FROM annotations WHERE server_id = ?1 AND file_id IN (SELECT id FROM gone_files)),
       (SELECT count(*) FROM notes WHERE server_id = ?1 AND (target_id IN (SELECT id FROM gone)
            OR target_id IN (SELECT id FROM gone_files)))
)sql";

// Tables keyed by server (schema step 6) that removeServer() empties of the server's rows, in
// an order that no foreign key objects to.
constexpr const char *ServerTables[] = {
    "annotations",
    "notes",
    "file_links",
    "withdrawn_links",
    "meeting_organizations",
    "memberships",
    "consultations",
    "agenda_items",
    "meetings",
    "papers",
    "organizations",
    "persons",
    "locations",
    "legislative_terms",
    "bodies",
    "sync_cursors",
    "accounts",
    "packets",
    "issued_packets", // a layout names the server's non-public documents
    "download_failures",
    "restore_pending", // annotations from a backup waiting for the server's documents
    "seen", // what the member looked at
};

} // namespace

QList<ServerAccountRow> ServerAccounts::list()
{
    Statement st(m_db,
                 "SELECT s.id, s.name, s.last_sync, a.kind, a.user_name, a.secret IS NOT NULL, a.revoked "
                 "FROM servers s LEFT JOIN accounts a ON a.server_id = s.id ORDER BY s.added");
    QList<ServerAccountRow> rows;
    const SettingsStore settings(m_db);
    while (st.next()) {
        ServerAccountRow row;
        row.id = st.text(0);
        row.name = st.text(1);
        row.lastSync = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
        if (!st.isNull(3)) {
            row.basic = st.text(3) == QLatin1String("basic");
            row.user = st.text(4);
            if (!st.isNull(6)) {
                row.account = ServerAccountRow::Account::Revoked;
                row.revocationMessage = settings.text(Settings::RevocationMessagePrefix + row.id);
            } else if (st.integer(5) != 0) {
                row.account = settings.flag(Settings::AccountRefusedPrefix + row.id, false)
                    ? ServerAccountRow::Account::Refused
                    : ServerAccountRow::Account::SignedIn;
            }
        }
        rows.append(row);
    }
    return rows;
}

void ServerAccounts::forgetAccount(const QString &serverId)
{
    Statement(m_db, "DELETE FROM accounts WHERE server_id = ?1").bind(1, serverId).run();
    SettingsStore settings(m_db);
    settings.remove(Settings::RevocationMessagePrefix + serverId);
    settings.remove(Settings::AccountRefusedPrefix + serverId);
}

MemberWork ServerAccounts::nonPublicWork(const QString &serverId)
{
    Statement st(m_db, NonPublicTargets);
    st.bind(1, serverId);
    if (!st.next()) {
        return {};
    }
    return {int(st.integer(0)), int(st.integer(1))};
}

MemberWork ServerAccounts::serverWork(const QString &serverId)
{
    Statement st(m_db,
                 "SELECT (SELECT count(*) FROM annotations WHERE server_id = ?1), "
                 "(SELECT count(*) FROM notes WHERE server_id = ?1)");
    st.bind(1, serverId);
    if (!st.next()) {
        return {};
    }
    return {int(st.integer(0)), int(st.integer(1))};
}

void ServerAccounts::removeServer(const QString &serverId)
{
    Transaction tx(m_db);
    const auto run = [this, &serverId](const QByteArray &sql) {
        Statement(m_db, sql.constData()).bind(1, serverId).run();
    };
    // Read state is kept by id alone: only ids no other server has go with it.
    run("DELETE FROM read_state WHERE target_id IN (SELECT id FROM files WHERE server_id = ?1 UNION "
        "SELECT id FROM meetings WHERE server_id = ?1 UNION SELECT id FROM agenda_items WHERE server_id = "
        "?1 UNION SELECT id FROM papers WHERE server_id = ?1) AND target_id NOT IN (SELECT id FROM files "
        "WHERE server_id <> ?1 UNION SELECT id FROM meetings WHERE server_id <> ?1 UNION SELECT id FROM "
        "agenda_items WHERE server_id <> ?1 UNION SELECT id FROM papers WHERE server_id <> ?1)");
    for (const char *table : ServerTables) {
        run(QByteArray("DELETE FROM ") + table + " WHERE server_id = ?1");
    }
    run("DELETE FROM search_index WHERE version_id IN (SELECT id FROM file_versions WHERE server_id = ?1)");
    run("DELETE FROM file_versions WHERE server_id = ?1"); // chunks and page words cascade
    run("DELETE FROM files WHERE server_id = ?1");
    ObjectSearchIndex(m_db).forgetServer(serverId);
    run("DELETE FROM servers WHERE id = ?1");
    SettingsStore settings(m_db);
    settings.remove(Settings::RevocationMessagePrefix + serverId);
    settings.remove(Settings::AccountRefusedPrefix + serverId);
    SearchWords::rebuild(m_db);
    tx.commit();
}

void ServerAccounts::forgetCursors(const QString &serverId)
{
    Statement(m_db, "DELETE FROM sync_cursors WHERE server_id = ?1").bind(1, serverId).run();
}

} // namespace Ratsmappe
