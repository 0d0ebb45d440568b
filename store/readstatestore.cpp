// SPDX-License-Identifier: GPL-2.0-or-later
#include "readstatestore.h"

#include "database.h"

#include <QDateTime>

namespace Ratsmappe {

std::optional<ReadPosition> ReadStateStore::load(const QString &targetId) const
{
    Statement st(m_db, "SELECT page, zoom FROM read_state WHERE target_id = ? AND page IS NOT NULL");
    st.bind(1, targetId);
    if (!st.next()) {
        return std::nullopt;
    }
    return ReadPosition{static_cast<int>(st.integer(0)), st.isNull(1) ? 0.0 : st.real(1)};
}

void ReadStateStore::save(const QString &targetId, const ReadPosition &position)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statement(m_db,
              "INSERT INTO read_state(target_id, seen, read, page, zoom) VALUES (?1, ?2, ?2, ?3, ?4) "
              "ON CONFLICT(target_id) DO UPDATE SET seen = coalesce(seen, ?2), read = coalesce(read, ?2), "
              "page = ?3, zoom = ?4")
        .bind(1, targetId)
        .bind(2, now)
        .bind(3, position.page)
        .bind(4, position.zoom)
        .run();
}

} // namespace Ratsmappe
