// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Ratsmappe {

class Cache;

/// Extracts the text of every downloaded PDF once per version, in the crash-isolated helper
/// process, and feeds it page by page into the cache's full-text index (search_index). A
/// document that cannot be read is marked with the reason and not tried again.
class TextIndexer
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::TextIndexer)
public:
    struct Failure
    {
        QString fileId;
        QString reason;
    };
    struct Result
    {
        int documents = 0;
        int pages = 0;
        QList<Failure> failed;
    };

    explicit TextIndexer(Cache &cache);
    /// After each document: done so far and the total.
    std::function<void(int done, int total)> onProgress;
    /// Indexes every current PDF version not indexed yet. Blocking; off the GUI thread.
    Result indexPending();

private:
    Cache &m_cache;
};

} // namespace Ratsmappe
