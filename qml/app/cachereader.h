// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Ratsmappe {

class Cache;
class Database;
class CacheReaderWorker;

/// Reads of the open cache for the window's lists, on one thread with a connection of its own
/// (issue 18: the window never waits for the cache). A sync's writes do not block it (WAL), and
/// a list of ten thousand meetings costs the GUI thread only the handing over.
///
/// A read is a Job: it runs on the reader's thread with its connection and returns an Apply,
/// which runs on the GUI thread (unless its context object has gone meanwhile). A Job must not
/// touch its model: it gets copies of what it needs and returns the rows inside its Apply.
class CacheReader : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void()>;
    using Job = std::function<Apply(Database &db)>;
    using OnError = std::function<void(const QString &message)>;

    /// \a lane names the reader's thread (for debuggers and the log).
    explicit CacheReader(const QString &lane = QStringLiteral("cache reader"), QObject *parent = nullptr);
    ~CacheReader() override;

    /// Opens a connection to \a cache for the reads that follow.
    void open(const Cache &cache);
    /// Waits for the read in flight, drops the queued ones and closes the connection (before the
    /// cache itself closes: a lock).
    void close();
    bool isOpen() const { return m_open; }

    /// Queues \a job. Its Apply (or \a onError with the store's message) is called on the GUI
    /// thread (the reader's own, which \a context must share), and not at all when \a context is
    /// gone by then or the reader was closed before the job ran.
    void post(QObject *context, Job job, OnError onError);

private:
    QThread m_thread;
    CacheReaderWorker *m_worker = nullptr;
    bool m_open = false;
};

} // namespace Ratsmappe
