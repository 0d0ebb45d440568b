// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "searcher.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Ratsmappe {

class Database;

/// Runs a SearchModel's searches on its own thread and connection, one at a time. Before the
/// first, it brings the object index up to date. A search that is no longer the newest when its
/// turn comes is skipped; one that is interrupted reports nothing.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(std::unique_ptr<Database> db);
    ~SearchWorker() override;

    /// Called on the worker's thread (queued): searches unless \a generation is stale by then.
    void run(quint64 generation, const Ratsmappe::Search::Request &request);
    /// From the GUI thread: a newer search is wanted; the running one (if any) is interrupted.
    void supersede(quint64 generation);

Q_SIGNALS:
    /// \a message is set when the search failed (the cache, not the query).
    void finished(quint64 generation, const Ratsmappe::Search::Result &result, const QString &error);

private:
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_newest{0};
    std::atomic<bool> m_searching{false};
    bool m_prepared = false;
};

} // namespace Ratsmappe
