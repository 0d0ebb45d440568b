// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccursors.h"

#include "database.h"

#include <algorithm>

namespace Ratsmappe {

ListCursor SyncCursors::get(const QString &serverId, const QString &listUrl)
{
    Statement st(m_db,
                 "SELECT cursor, settled, last_full FROM sync_cursors WHERE server_id = ? AND list_url = ?");
    st.bind(1, serverId).bind(2, listUrl);
    if (!st.next()) {
        return {};
    }
    return {QDateTime::fromString(st.text(0), Qt::ISODateWithMs),
            static_cast<ListCursor::Window>(std::clamp<qint64>(st.integer(1), 0, 2)),
            QDateTime::fromString(st.text(2), Qt::ISODate)};
}

void SyncCursors::set(const QString &serverId, const QString &listUrl, const ListCursor &cursor)
{
    Statement(
        m_db,
        "INSERT INTO sync_cursors(server_id, list_url, cursor, settled, last_full) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(server_id, list_url) DO UPDATE SET cursor = excluded.cursor, "
        "settled = excluded.settled, last_full = coalesce(excluded.last_full, sync_cursors.last_full)")
        .bind(1, serverId)
        .bind(2, listUrl)
        .bind(3, cursor.mark.isValid() ? cursor.mark.toUTC().toString(Qt::ISODateWithMs) : QString())
        .bind(4, static_cast<int>(cursor.window))
        .bind(5, cursor.lastFull.isValid() ? cursor.lastFull.toString(Qt::ISODate) : QString())
        .run();
}

} // namespace Ratsmappe
