// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentarrivals.h"

#include "database.h"
#include "syncscope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ratsmappe {

QList<ArrivedDocument> DocumentArrivals::since(const QString &since, const SyncScope &scope) const
{
    // Dates compare as ISO strings, as SyncScope does: "upcoming" means from today on.
    Statement st(m_db, R"sql(
        WITH upcoming AS (
            SELECT m.server_id, m.id, m.name, m.start FROM meetings m
            WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start >= ?2 AND (?3 IS NULL OR m.start < ?3)
              AND m.first_seen < ?1
              AND (json_array_length(?4) = 0
                   OR EXISTS (SELECT 1 FROM meeting_organizations mo JOIN json_each(?4) c
                              ON c.value = mo.organization_id
                              WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id))
        ),
        owners AS (
            SELECT server_id, id AS owner, id AS meeting_id FROM upcoming
            UNION ALL SELECT a.server_id, a.id, a.meeting_id FROM agenda_items a
                      JOIN upcoming u ON a.server_id = u.server_id AND a.meeting_id = u.id WHERE a.deleted = 0
            UNION ALL SELECT c.server_id, c.paper_id, c.meeting_id FROM consultations c
                      JOIN upcoming u ON c.server_id = u.server_id AND c.meeting_id = u.id WHERE c.deleted = 0
        ),
        arrived AS (
            SELECT f.server_id, f.id, coalesce(nullif(f.name, ''), f.file_name, f.id) AS name, f.non_public,
                   EXISTS (SELECT 1 FROM file_versions o WHERE o.server_id = f.server_id AND o.file_id = f.id
                           AND o.complete = 1 AND o.id != v.id) AS newer,
                   f.late, u.id AS meeting_id, u.name AS meeting_name, u.start,
                   row_number() OVER (PARTITION BY f.server_id, f.id ORDER BY u.start) AS n
            FROM owners o
            JOIN upcoming u ON u.server_id = o.server_id AND u.id = o.meeting_id
            JOIN file_links l ON l.server_id = o.server_id AND l.owner_id = o.owner
            JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id AND f.deleted = 0
            JOIN file_versions v ON v.id = f.current_version AND v.complete = 1 AND v.completed >= ?1
        )
        SELECT server_id, id, name, non_public, newer, meeting_id, meeting_name, start FROM arrived
        WHERE n = 1 AND (late OR newer)
        ORDER BY start, name
    )sql");
    st.bind(1, since)
        .bind(2, QDate::currentDate().toString(Qt::ISODate))
        .bind(3, scope.until.isValid() ? scope.until.addDays(1).toString(Qt::ISODate) : QString())
        .bind(
            4,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(scope.committees)).toJson(QJsonDocument::Compact)));
    QList<ArrivedDocument> documents;
    while (st.next()) {
        documents.append({st.text(0),
                          st.text(1),
                          st.text(2),
                          st.integer(3) != 0,
                          st.integer(4) != 0,
                          st.text(5),
                          st.text(6),
                          QDateTime::fromString(st.text(7), Qt::ISODate)});
    }
    return documents;
}

} // namespace Ratsmappe
