// SPDX-License-Identifier: GPL-2.0-or-later
#include "textindexer.h"

#include "cache.h"
#include "documentstore.h"
#include "isolatedpdf.h"

namespace Ratsmappe {

TextIndexer::TextIndexer(Cache &cache)
    : m_cache(cache)
{ }

TextIndexer::Result TextIndexer::indexPending()
{
    Database &db = m_cache.database();
    struct Pending
    {
        qint64 version;
        QString fileId;
        QString title;
    };
    QList<Pending> pending;
    {
        Statement st(db,
                     "SELECT v.id, v.file_id, coalesce(f.name, f.file_name, '') FROM file_versions v "
                     "JOIN files f ON f.current_version = v.id "
                     "WHERE v.complete = 1 AND v.kind = 'pdf' AND v.text_indexed = 0 AND f.deleted = 0");
        while (st.next()) {
            pending.append({st.integer(0), st.text(1), st.text(2)});
        }
    }
    Result result;
    DocumentStore docs(db);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Pending &p = pending.at(i);
        // Decrypted in memory only, handed to the helper through a pipe.
        const IsolatedPdf::Result text = IsolatedPdf::text(docs.readAll(p.version));
        Transaction tx(db);
        if (text.ok()) {
            Statement(db, "DELETE FROM search_index WHERE version_id = ?").bind(1, p.version).run();
            Statement insert(db,
                             "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                             "VALUES (?, 'page', ?, ?, ?, ?)");
            for (qsizetype page = 0; page < text.pages.size(); ++page) {
                insert.bind(1, p.fileId)
                    .bind(2, p.version)
                    .bind(3, qint64(page + 1))
                    .bind(4, p.title)
                    .bind(5, text.pages.at(page))
                    .run();
            }
            Statement(db, "UPDATE file_versions SET text_indexed = 1, text_error = NULL WHERE id = ?")
                .bind(1, p.version)
                .run();
            ++result.documents;
            result.pages += int(text.pages.size());
        } else {
            Statement(db, "UPDATE file_versions SET text_indexed = 2, text_error = ? WHERE id = ?")
                .bind(1, text.error)
                .bind(2, p.version)
                .run();
            result.failed.append({p.fileId, text.error});
        }
        tx.commit();
        if (onProgress) {
            onProgress(int(i + 1), int(pending.size()));
        }
    }
    return result;
}

} // namespace Ratsmappe
