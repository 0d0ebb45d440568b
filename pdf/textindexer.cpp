// SPDX-License-Identifier: GPL-2.0-or-later
#include "textindexer.h"

#include "cache.h"
#include "documentstore.h"
#include "quotelocator.h"

namespace Ratsmappe {

TextIndexer::TextIndexer(Cache &cache)
    : m_cache(cache)
{ }

QList<PageLayout> TextIndexer::layouts(const IsolatedPdf::Result &words)
{
    QList<PageLayout> pages;
    pages.reserve(words.pageWords.size());
    for (qsizetype p = 0; p < words.pageWords.size(); ++p) {
        const QSizeF size = words.pageSizes.value(p);
        const QuoteLocator locator(words.pageWords.at(p), size);
        PageLayout page;
        page.text = locator.text();
        page.starts = locator.wordStarts();
        page.boxes.reserve(locator.words().size());
        const double w = size.width() > 0 ? size.width() : 1;
        const double h = size.height() > 0 ? size.height() : 1;
        for (const PdfWord &word : locator.words()) {
            page.boxes.append(
                QRectF(word.box.x() / w, word.box.y() / h, word.box.width() / w, word.box.height() / h));
        }
        pages.append(page);
    }
    return pages;
}

std::optional<QList<PageLayout>> TextIndexer::layoutsOf(Cache &cache, qint64 versionId, QString *error)
{
    Database &db = cache.database();
    if (auto stored = SearchIndexStore(db).layouts(versionId)) {
        return stored;
    }
    const IsolatedPdf::Result words = IsolatedPdf::allWords(DocumentStore(db).readAll(versionId));
    if (!words.ok()) {
        if (error) {
            *error = words.error;
        }
        return std::nullopt;
    }
    return layouts(words);
}

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
        const IsolatedPdf::Result words = IsolatedPdf::allWords(docs.readAll(p.versionId));
        if (words.ok()) {
            const QList<PageLayout> pages = layouts(words);
            index.savePages(p, pages);
            ++result.documents;
            result.pages += int(pages.size());
            if (onIndexed) {
                onIndexed(p, pages);
            }
        } else {
            index.markFailed(p.versionId, words.error);
            result.failed.append({p.fileId, words.error});
        }
        if (onProgress) {
            onProgress(int(i + 1), int(pending.size()));
        }
    }
    return result;
}

} // namespace Ratsmappe
