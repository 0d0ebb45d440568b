// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pagekey.h"

#include <QHash>
#include <QImage>

#include <list>

namespace Ratsmappe {

/// Rendered pages in memory only (never on disk: they show decrypted content), least recently
/// used dropped first once the images together exceed a byte budget. Used from one thread.
class PageImageCache
{
public:
    static constexpr qint64 DefaultBudget = 256LL * 1024 * 1024;

    explicit PageImageCache(qint64 budgetBytes = DefaultBudget);

    void insert(const PageKey &key, const QImage &image);
    /// The image for exactly \a key (and marks it recently used), or a null image.
    QImage image(const PageKey &key);
    bool contains(const PageKey &key) const { return m_index.contains(key); }
    /// Any image of the page at the rotation, the widest first: shown scaled while the exact
    /// size renders.
    QImage anyImage(qint64 versionId, int page, int rotation) const;
    void clear();

    qint64 bytes() const { return m_bytes; }
    qint64 budget() const { return m_budget; }
    int count() const { return static_cast<int>(m_index.size()); }

private:
    struct Entry
    {
        PageKey key;
        QImage image;
    };
    void evict();

    qint64 m_budget;
    qint64 m_bytes = 0;
    std::list<Entry> m_lru; // most recently used first
    QHash<PageKey, std::list<Entry>::iterator> m_index;
};

} // namespace Ratsmappe
