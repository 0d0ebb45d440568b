// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchindexstore.h"

#include "database.h"

namespace Ratsmappe {

QList<PendingText> SearchIndexStore::pending() const
{
    Statement st(m_db,
                 "SELECT v.id, v.file_id, coalesce(f.name, f.file_name, '') FROM file_versions v "
                 "JOIN files f ON f.current_version = v.id "
                 "WHERE v.complete = 1 AND v.kind = 'pdf' AND v.text_indexed = 0 AND f.deleted = 0");
    QList<PendingText> pending;
    while (st.next()) {
        pending.append({st.integer(0), st.text(1), st.text(2)});
    }
    return pending;
}

void SearchIndexStore::savePages(const PendingText &version, const QStringList &pages)
{
    Transaction tx(m_db);
    Statement(m_db, "DELETE FROM search_index WHERE version_id = ?").bind(1, version.versionId).run();
    Statement insert(m_db,
                     "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                     "VALUES (?, 'page', ?, ?, ?, ?)");
    for (qsizetype page = 0; page < pages.size(); ++page) {
        insert.bind(1, version.fileId)
            .bind(2, version.versionId)
            .bind(3, qint64(page + 1))
            .bind(4, version.title)
            .bind(5, pages.at(page))
            .run();
    }
    Statement(m_db, "UPDATE file_versions SET text_indexed = 1, text_error = NULL WHERE id = ?")
        .bind(1, version.versionId)
        .run();
    tx.commit();
}

void SearchIndexStore::markFailed(qint64 versionId, const QString &reason)
{
    Statement(m_db, "UPDATE file_versions SET text_indexed = 2, text_error = ? WHERE id = ?")
        .bind(1, reason)
        .bind(2, versionId)
        .run();
}

} // namespace Ratsmappe
