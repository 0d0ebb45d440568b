// SPDX-License-Identifier: GPL-2.0-or-later
#include "pageimagecache.h"

#include <algorithm>

namespace Ratsmappe {

PageImageCache::PageImageCache(qint64 budgetBytes, int keep)
    : m_budget(budgetBytes)
    , m_keep(std::max(1, keep))
{ }

void PageImageCache::insert(const PageKey &key, const QImage &image)
{
    if (const auto it = m_index.constFind(key); it != m_index.cend()) {
        m_bytes -= (*it)->image.sizeInBytes();
        m_lru.erase(*it);
        m_index.erase(it);
    }
    m_lru.push_front({key, image});
    m_index.insert(key, m_lru.begin());
    m_bytes += image.sizeInBytes();
    evict();
}

QImage PageImageCache::image(const PageKey &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        return {};
    }
    m_lru.splice(m_lru.begin(), m_lru, *it);
    return m_lru.front().image;
}

QImage PageImageCache::anyImage(qint64 versionId, int page, int rotation) const
{
    const Entry *best = nullptr;
    for (const Entry &entry : m_lru) {
        if (entry.key.versionId == versionId && entry.key.page == page && entry.key.rotation == rotation &&
            (!best || entry.key.width > best->key.width)) {
            best = &entry;
        }
    }
    return best ? best->image : QImage();
}

void PageImageCache::clear()
{
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

// The newest image always stays, even when it alone exceeds the budget: it is on screen.
void PageImageCache::evict()
{
    while (m_bytes > m_budget && m_lru.size() > static_cast<size_t>(m_keep)) {
        const Entry &last = m_lru.back();
        m_bytes -= last.image.sizeInBytes();
        m_index.remove(last.key);
        m_lru.pop_back();
    }
}

} // namespace Ratsmappe
