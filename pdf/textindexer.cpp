// SPDX-License-Identifier: GPL-2.0-or-later
#include "textindexer.h"

#include "cache.h"
#include "documentstore.h"
#include "isolatedpdf.h"
#include "searchindexstore.h"

namespace Ratsmappe {

TextIndexer::TextIndexer(Cache &cache)
    : m_cache(cache)
{ }

TextIndexer::Result TextIndexer::indexPending()
{
    Database &db = m_cache.database();
    SearchIndexStore index(db);
    const QList<PendingText> pending = index.pending();
    Result result;
    DocumentStore docs(db);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const PendingText &p = pending.at(i);
        // Decrypted in memory only, handed to the helper through a pipe.
        const IsolatedPdf::Result text = IsolatedPdf::text(docs.readAll(p.versionId));
        if (text.ok()) {
            index.savePages(p, text.pages);
            ++result.documents;
            result.pages += int(text.pages.size());
        } else {
            index.markFailed(p.versionId, text.error);
            result.failed.append({p.fileId, text.error});
        }
        if (onProgress) {
            onProgress(int(i + 1), int(pending.size()));
        }
    }
    return result;
}

} // namespace Ratsmappe
