// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccursors.h"

#include "database.h"

namespace Ratsmappe {

ListCursor SyncCursors::get(const QString &serverId, const QString &listUrl)
{
    Statement st(m_db, "SELECT cursor, last_full FROM sync_cursors WHERE server_id = ? AND list_url = ?");
    st.bind(1, serverId).bind(2, listUrl);
    if (!st.next()) {
        return {};
    }
    return {QDateTime::fromString(st.text(0), Qt::ISODate), QDateTime::fromString(st.text(1), Qt::ISODate)};
}

void SyncCursors::set(const QString &serverId,
                      const QString &listUrl,
                      const QDateTime &cursor,
                      const QDateTime &lastFull)
{
    Statement(m_db,
              "INSERT INTO sync_cursors(server_id, list_url, cursor, last_full) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(server_id, list_url) DO UPDATE SET cursor = excluded.cursor, "
              "last_full = coalesce(excluded.last_full, sync_cursors.last_full)")
        .bind(1, serverId)
        .bind(2, listUrl)
        .bind(3, cursor.toString(Qt::ISODate))
        .bind(4, lastFull.isValid() ? lastFull.toString(Qt::ISODate) : QString())
        .run();
}

} // namespace Ratsmappe
