// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pagekey.h"

#include <QHash>
#include <QImage>

#include <list>

namespace Ratsmappe {

/// Rendered pages in memory only (never on disk: they show decrypted content), least recently
/// used dropped first once the images together exceed a byte budget, but never the \a keep
/// most recent ones (the pages on screen and next to it, even at a zoom where a few pages
/// exceed the budget: otherwise they would render again and again). Used from one thread.
///
/// The budget is 128 MB: with 256 MB the whole window peaked at 586 MB scrolling through 1,032
/// pages (ratsmappe-probe --probe-scroll, Xvfb, llvmpipe), 420 MB with 128 MB; pages scrolled past
/// are rarely looked at again.
class PageImageCache
{
public:
    static constexpr qint64 DefaultBudget = 128LL * 1024 * 1024;

    explicit PageImageCache(qint64 budgetBytes = DefaultBudget, int keep = 1);

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
    int m_keep;
    qint64 m_bytes = 0;
    std::list<Entry> m_lru; // most recently used first
    QHash<PageKey, std::list<Entry>::iterator> m_index;
};

} // namespace Ratsmappe
