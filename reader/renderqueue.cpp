// SPDX-License-Identifier: GPL-2.0-or-later
#include "renderqueue.h"

#include "annotationstore.h"
#include "database.h"
#include "documentstore.h"
#include "pageimagecache.h"
#include "pdfdocument.h"
#include "storeerror.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>

namespace Ratsmappe {

struct RenderQueue::Shared
{
    QMutex mutex;
    QWaitCondition wake;
    QList<PageKey> waiting; // most urgent first
    QSet<PageKey> wanted; // waiting or rendering, and still of use
    QSet<PageKey> rendering;
    std::deque<std::pair<qint64, Task>> tasks;
    // Taken by a worker, result not yet back on the queue's thread: only then is "nothing
    // arrived" a fact rather than "nothing arrived yet".
    int inFlight = 0;
    bool stopping = false;
    // Raised by annotationsChanged(): a worker whose document was opened under an older one
    // asks the cache again whether to hide the document's own annotations.
    std::atomic<int> annotationsGeneration = 0;
};

/// One render thread: its own connection, its own document (the last version it was asked for).
class RenderQueue::Worker : public QThread
{
public:
    Worker(RenderQueue *queue, std::shared_ptr<Shared> shared)
        : m_queue(queue)
        , m_shared(std::move(shared))
    { }

protected:
    void run() override
    {
        while (true) {
            std::optional<PageKey> key;
            std::pair<qint64, Task> task;
            {
                QMutexLocker lock(&m_shared->mutex);
                while (!m_shared->stopping && m_shared->tasks.empty() && m_shared->waiting.isEmpty()) {
                    m_shared->wake.wait(&m_shared->mutex);
                }
                if (m_shared->stopping) {
                    break;
                }
                ++m_shared->inFlight;
                if (!m_shared->tasks.empty()) {
                    task = std::move(m_shared->tasks.front());
                    m_shared->tasks.pop_front();
                } else {
                    key = m_shared->waiting.takeFirst();
                    m_shared->rendering.insert(*key);
                }
            }
            if (key) {
                render(*key);
            } else {
                QString error;
                const PdfDocument *doc = document(task.first, &error);
                task.second(doc, error);
                // Posted after whatever the task posted itself, so it is handled after that.
                QMetaObject::invokeMethod(
                    m_queue, [queue = m_queue] { queue->taskDone(); }, Qt::QueuedConnection);
            }
        }
        m_doc.reset();
        m_db.reset();
    }

private:
    void render(const PageKey &key)
    {
        QString error;
        QImage image;
        if (const PdfDocument *doc = document(key.versionId, &error)) {
            const QSizeF size = doc->pageSize(key.page);
            const double shownWidth =
                (key.rotation == 90 || key.rotation == 270) ? size.height() : size.width();
            if (shownWidth > 0) {
                image = doc->render(
                    key.page, key.width * 72.0 / shownWidth, key.rotation, key.devicePixelRatio());
            }
            if (image.isNull()) {
                error = RenderQueue::tr("Page %1 could not be rendered.").arg(key.page + 1);
            }
        }
        QMetaObject::invokeMethod(
            m_queue,
            [queue = m_queue, key, image, error] { queue->deliver(key, image, error); },
            Qt::QueuedConnection);
    }

    const PdfDocument *document(qint64 versionId, QString *error)
    {
        const int generation = m_shared->annotationsGeneration.load();
        if (m_doc && m_versionId == versionId) {
            if (generation != m_annotationsGeneration) {
                m_annotationsGeneration = generation;
                hideOwnAnnotations(error);
            }
            return m_doc.get();
        }
        m_doc.reset();
        m_versionId = versionId;
        try {
            if (!m_db) {
                m_db = m_queue->m_connect();
            }
            m_doc = PdfDocument::open(DocumentStore(*m_db).open(versionId), error);
        } catch (const StoreError &e) {
            *error = e.message();
        }
        m_annotationsGeneration = generation;
        hideOwnAnnotations(error);
        return m_doc.get();
    }

    // The overlay draws annotations of the PDF that the cache holds as embedded: Poppler must
    // not draw them a second time (forms it still draws).
    void hideOwnAnnotations(QString *error)
    {
        if (!m_doc) {
            return;
        }
        try {
            m_doc->setAnnotationsHidden(AnnotationStore(*m_db).hasEmbedded(m_versionId));
        } catch (const StoreError &e) {
            *error = e.message();
            m_doc.reset();
        }
    }

    RenderQueue *m_queue;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PdfDocument> m_doc;
    qint64 m_versionId = 0;
    int m_annotationsGeneration = 0;
};

RenderQueue::RenderQueue(ConnectionFactory connect, PageImageCache *cache, int threads, QObject *parent)
    : QObject(parent)
    , m_connect(std::move(connect))
    , m_cache(cache)
    , m_shared(std::make_shared<Shared>())
{
    for (int i = 0; i < threads; ++i) {
        m_workers.push_back(std::make_unique<Worker>(this, m_shared));
        m_workers.back()->setObjectName(QStringLiteral("render %1").arg(i));
        m_workers.back()->start(QThread::LowPriority);
    }
}

RenderQueue::~RenderQueue()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stopping = true;
        m_shared->waiting.clear();
        m_shared->tasks.clear();
        m_shared->wake.wakeAll();
    }
    for (const auto &worker : m_workers) {
        worker->wait();
    }
}

void RenderQueue::setWanted(const QList<PageKey> &keys)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->waiting.clear();
    m_shared->wanted.clear();
    for (const PageKey &key : keys) {
        if (m_cache->contains(key) || m_shared->wanted.contains(key)) {
            continue;
        }
        m_shared->wanted.insert(key);
        if (!m_shared->rendering.contains(key)) {
            m_shared->waiting.append(key);
        }
    }
    m_shared->wake.wakeAll();
}

void RenderQueue::run(qint64 versionId, Task task)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->tasks.emplace_back(versionId, std::move(task));
    m_shared->wake.wakeOne();
}

void RenderQueue::annotationsChanged()
{
    ++m_shared->annotationsGeneration;
}

int RenderQueue::outstanding() const
{
    QMutexLocker lock(&m_shared->mutex);
    return static_cast<int>(m_shared->wanted.size());
}

int RenderQueue::inFlight() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->inFlight;
}

bool RenderQueue::isIdle() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->inFlight == 0 && m_shared->waiting.isEmpty() && m_shared->tasks.empty();
}

void RenderQueue::deliver(const PageKey &key, const QImage &image, const QString &error)
{
    bool wanted = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        --m_shared->inFlight;
        m_shared->rendering.remove(key);
        wanted = m_shared->wanted.remove(key); // false: cancelled while it rendered
    }
    if (wanted && !error.isEmpty()) {
        Q_EMIT failed(key, error);
    } else if (wanted) {
        m_cache->insert(key, image);
        Q_EMIT rendered(key);
    }
    emitIfIdle();
}

void RenderQueue::taskDone()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        --m_shared->inFlight;
    }
    emitIfIdle();
}

void RenderQueue::emitIfIdle()
{
    if (isIdle()) {
        Q_EMIT drained();
    }
}

} // namespace Ratsmappe
