// SPDX-License-Identifier: GPL-2.0-or-later
#include "readingposition.h"

#include "readerlog.h"
#include "readstatestore.h"
#include "storeerror.h"

#include <algorithm>

namespace Ratsmappe {

ReadingPosition::ReadingPosition(QObject *parent)
    : QObject(parent)
{ }

void ReadingPosition::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        // Read as a document opens, before it is ready.
        connect(m_document, &DocumentSession::fileIdChanged, this, &ReadingPosition::load);
        connect(m_document, &DocumentSession::layoutChanged, this, &ReadingPosition::changed);
    }
    load();
    Q_EMIT documentChanged();
}

void ReadingPosition::load()
{
    m_page = 0;
    m_zoom = 0;
    Cache *cache = m_document ? m_document->cache() : nullptr;
    if (cache && !m_document->fileId().isEmpty()) {
        try {
            if (const auto position = ReadStateStore(cache->database()).load(m_document->fileId())) {
                m_page = position->page;
                m_zoom = position->zoom;
            }
        } catch (const StoreError &e) {
            qCWarning(lcReader, "Reading position not read: %s", qPrintable(e.message()));
        }
    }
    Q_EMIT changed();
}

int ReadingPosition::page() const
{
    const int pages = m_document ? m_document->pageCount() : 0;
    return pages > 0 ? std::clamp(m_page, 0, pages - 1) : m_page;
}

void ReadingPosition::save(int page, qreal zoom)
{
    Cache *cache = m_document ? m_document->cache() : nullptr;
    if (!cache || m_document->versionId() == 0 || m_document->status() != DocumentSession::Ready) {
        return;
    }
    try {
        ReadStateStore(cache->database()).save(m_document->fileId(), {page, zoom});
    } catch (const StoreError &e) {
        qCWarning(lcReader, "Reading position not saved: %s", qPrintable(e.message()));
    }
}

} // namespace Ratsmappe
