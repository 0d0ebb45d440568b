// SPDX-License-Identifier: GPL-2.0-or-later
#include "filelinks.h"

namespace Ratsmappe {

FileLinks::FileLinks(Database &db)
    : m_db(db)
    , m_add(db, "INSERT OR IGNORE INTO file_links(owner_id, file_id, role) VALUES (?, ?, ?)")
{ }

QList<FileLinks::Link> FileLinks::clear(const QString &ownerId)
{
    const QList<Link> listed = links(ownerId);
    Statement(m_db, "DELETE FROM file_links WHERE owner_id = ?").bind(1, ownerId).run();
    return listed;
}

void FileLinks::keepWithdrawn(const Link &link)
{
    Statement(m_db, "INSERT OR REPLACE INTO withdrawn_links(owner_id, file_id, role) VALUES (?, ?, ?)")
        .bind(1, link.ownerId)
        .bind(2, link.fileId)
        .bind(3, link.role)
        .run();
}

QList<FileLinks::Link> FileLinks::links(const QString &ownerId)
{
    Statement st(m_db, "SELECT file_id, role FROM file_links WHERE owner_id = ?");
    st.bind(1, ownerId);
    QList<Link> listed;
    while (st.next()) {
        listed.append({ownerId, st.text(0), st.text(1)});
    }
    return listed;
}

bool FileLinks::hasLiveOwner(const QString &fileId)
{
    Statement st(m_db,
                 "SELECT 1 FROM file_links l WHERE l.file_id = ?1 AND ("
                 "EXISTS (SELECT 1 FROM meetings m WHERE m.id = l.owner_id AND m.deleted = 0) OR "
                 "EXISTS (SELECT 1 FROM agenda_items a WHERE a.id = l.owner_id AND a.deleted = 0) OR "
                 "EXISTS (SELECT 1 FROM papers p WHERE p.id = l.owner_id AND p.deleted = 0)) LIMIT 1");
    st.bind(1, fileId);
    return st.next();
}

void FileLinks::add(const QString &ownerId, const QString &fileId, const QString &role)
{
    m_add.bind(1, ownerId).bind(2, fileId).bind(3, role).run();
}

void FileLinks::markLateDocuments()
{
    m_db.exec(R"sql(
        WITH invited AS (
            SELECT m.id AS meeting_id, substr(m.start, 1, 10) AS day,
                   coalesce((SELECT substr(f.date, 1, 10) FROM file_links l JOIN files f ON f.id = l.file_id
                             WHERE l.owner_id = m.id AND l.role = 'invitation' AND f.date IS NOT NULL LIMIT 1),
                            date(substr(m.start, 1, 10), '-7 days')) AS invitation
            FROM meetings m WHERE m.deleted = 0 AND m.start IS NOT NULL
        ),
        owners AS (
            SELECT id AS owner, id AS meeting_id FROM meetings
            UNION ALL SELECT id, meeting_id FROM agenda_items WHERE meeting_id IS NOT NULL
            UNION ALL SELECT paper_id, meeting_id FROM consultations WHERE meeting_id IS NOT NULL
        ),
        late AS (
            SELECT DISTINCT l.file_id FROM owners o
            JOIN invited i ON i.meeting_id = o.meeting_id
            JOIN file_links l ON l.owner_id = o.owner AND l.role IN ('auxiliaryFile', 'mainFile')
            JOIN files f ON f.id = l.file_id
            WHERE substr(coalesce(json_extract(f.data, '$.created'), f.date, f.first_seen), 1, 10) > i.invitation
              AND substr(coalesce(json_extract(f.data, '$.created'), f.date, f.first_seen), 1, 10) <= i.day
        )
        UPDATE files SET late = (id IN (SELECT file_id FROM late))
        WHERE late != (id IN (SELECT file_id FROM late));
    )sql");
}

} // namespace Ratsmappe
