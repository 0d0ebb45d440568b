// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pagekey.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Ratsmappe {

class Database;
class PageImageCache;
class PdfDocument;

/// Renders pages on worker threads (two by default). Each worker opens its own database
/// connection and its own PdfDocument (Poppler is not thread-safe), reading through the cache's
/// decrypting device; the thread that owns the queue never touches Poppler.
///
/// The owner says what it wants, most urgent first (visible pages, then the next ones in
/// reading direction); whatever is no longer wanted is cancelled: still waiting, it is dropped,
/// already rendering, its result is thrown away. Finished pages go into the PageImageCache
/// and are announced with rendered().
class RenderQueue : public QObject
{
    Q_OBJECT
public:
    /// Makes a database connection; called on each worker thread once.
    using ConnectionFactory = std::function<std::unique_ptr<Database>()>;
    /// Runs on a worker thread with the version open; \a doc is null when it could not be
    /// opened, and \a error says why.
    using Task = std::function<void(const PdfDocument *doc, const QString &error)>;

    RenderQueue(ConnectionFactory connect, PageImageCache *cache, int threads = 2, QObject *parent = nullptr);
    /// Waits for renders in progress; nothing waiting runs any more.
    ~RenderQueue() override;

    /// Replaces what is wanted, most urgent first. Pages already in the cache are skipped.
    void setWanted(const QList<PageKey> &keys);
    /// Runs \a task before any waiting render. Tasks are never cancelled by setWanted(); a task
    /// checks for itself whether its result is still of use.
    void run(qint64 versionId, Task task);
    /// The member's annotations changed in a way that decides whether Poppler draws a version's
    /// own annotations (an import marked some as embedded, or they were deleted): every worker
    /// asks the cache again (AnnotationStore::hasEmbedded) before its next render. The caller
    /// clears the PageImageCache of what was rendered before.
    void annotationsChanged();
    /// Requests waiting or rendering that are still wanted.
    int outstanding() const;
    /// Renders and tasks a worker has taken whose results have not come back to this thread
    /// yet, wanted or not.
    int inFlight() const;
    /// Nothing waits and nothing is in flight: every render has been delivered or dropped, and
    /// every task has returned, with whatever it posted to objects of this thread before it
    /// returned already delivered (posted events arrive in order). The point to wait for before
    /// saying that something did not arrive.
    bool isIdle() const;

Q_SIGNALS:
    void rendered(const Ratsmappe::PageKey &key);
    void failed(const Ratsmappe::PageKey &key, const QString &error);
    /// The queue became idle (isIdle()) after a render or task came back.
    void drained();

private:
    struct Shared;
    class Worker;
    void deliver(const PageKey &key, const QImage &image, const QString &error);
    void taskDone();
    void emitIfIdle();

    ConnectionFactory m_connect;
    PageImageCache *m_cache;
    std::shared_ptr<Shared> m_shared;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace Ratsmappe
