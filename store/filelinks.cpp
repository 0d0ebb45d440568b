// SPDX-License-Identifier: GPL-2.0-or-later
#include "filelinks.h"

namespace Ratsmappe {

FileLinks::FileLinks(Database &db, const QString &serverId)
    : m_db(db)
    , m_serverId(serverId)
    , m_add(db,
            "INSERT OR IGNORE INTO file_links(server_id, owner_id, file_id, role) VALUES (ifnull(?, ''), ?, "
            "?, ?)")
{ }

QList<FileLinks::Link> FileLinks::clear(const QString &ownerId)
{
    const QList<Link> listed = links(ownerId);
    Statement(m_db, "DELETE FROM file_links WHERE owner_id = ? AND ifnull(?, '') IN ('', server_id)")
        .bind(1, ownerId)
        .bind(2, m_serverId)
        .run();
    return listed;
}

void FileLinks::keepWithdrawn(const Link &link)
{
    Statement(m_db,
              "INSERT OR REPLACE INTO withdrawn_links(server_id, owner_id, file_id, role) "
              "VALUES (ifnull(?, ''), ?, ?, ?)")
        .bind(1, m_serverId)
        .bind(2, link.ownerId)
        .bind(3, link.fileId)
        .bind(4, link.role)
        .run();
}

QList<FileLinks::Link> FileLinks::links(const QString &ownerId)
{
    Statement st(
        m_db, "SELECT file_id, role FROM file_links WHERE owner_id = ? AND ifnull(?, '') IN ('', server_id)");
    st.bind(1, ownerId).bind(2, m_serverId);
    QList<Link> listed;
    while (st.next()) {
        listed.append({ownerId, st.text(0), st.text(1)});
    }
    return listed;
}

bool FileLinks::hasLiveOwner(const QString &fileId)
{
    Statement st(
        m_db,
        "SELECT 1 FROM file_links l WHERE l.file_id = ?1 AND ifnull(?2, '') IN ('', l.server_id) AND ("
        "EXISTS (SELECT 1 FROM meetings m WHERE m.server_id = l.server_id AND m.id = l.owner_id "
        "AND m.deleted = 0) OR "
        "EXISTS (SELECT 1 FROM agenda_items a WHERE a.server_id = l.server_id AND a.id = l.owner_id "
        "AND a.deleted = 0) OR "
        "EXISTS (SELECT 1 FROM papers p WHERE p.server_id = l.server_id AND p.id = l.owner_id "
        "AND p.deleted = 0)) LIMIT 1");
    st.bind(1, fileId).bind(2, m_serverId);
    return st.next();
}

void FileLinks::add(const QString &ownerId, const QString &fileId, const QString &role)
{
    m_add.bind(1, m_serverId).bind(2, ownerId).bind(3, fileId).bind(4, role).run();
}

void FileLinks::markLateDocuments()
{
    m_db.exec(R"sql(
        WITH invited AS (
            SELECT m.server_id, m.id AS meeting_id, substr(m.start, 1, 10) AS day,
                   coalesce((SELECT substr(f.date, 1, 10) FROM file_links l
                             JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id
                             WHERE l.server_id = m.server_id AND l.owner_id = m.id AND l.role = 'invitation'
                               AND f.date IS NOT NULL LIMIT 1),
                            date(substr(m.start, 1, 10), '-7 days')) AS invitation
            FROM meetings m WHERE m.deleted = 0 AND m.start IS NOT NULL
        ),
        owners AS (
            SELECT server_id, id AS owner, id AS meeting_id FROM meetings
            UNION ALL SELECT server_id, id, meeting_id FROM agenda_items WHERE meeting_id IS NOT NULL
            UNION ALL SELECT server_id, paper_id, meeting_id FROM consultations WHERE meeting_id IS NOT NULL
        ),
        late AS (
            SELECT DISTINCT l.server_id, l.file_id FROM owners o
            JOIN invited i ON i.server_id = o.server_id AND i.meeting_id = o.meeting_id
            JOIN file_links l ON l.server_id = o.server_id AND l.owner_id = o.owner
                             AND l.role IN ('auxiliaryFile', 'mainFile')
            JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id
            WHERE substr(coalesce(json_extract(f.data, '$.created'), f.date, f.first_seen), 1, 10) > i.invitation
              AND substr(coalesce(json_extract(f.data, '$.created'), f.date, f.first_seen), 1, 10) <= i.day
        )
        UPDATE files SET late = ((server_id, id) IN (SELECT server_id, file_id FROM late))
        WHERE late != ((server_id, id) IN (SELECT server_id, file_id FROM late));
    )sql");
}

} // namespace Ratsmappe
