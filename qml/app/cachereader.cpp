// SPDX-License-Identifier: GPL-2.0-or-later
#include "cachereader.h"

#include "cache.h"
#include "database.h"
#include "storeerror.h"
#include "windowlog.h"

#include <QElapsedTimer>

#include <QPointer>

#include <atomic>

namespace Ratsmappe {

/// Lives on the reader's thread and owns its connection.
class CacheReaderWorker : public QObject
{
public:
    std::unique_ptr<Database> db;
    // Bumped by close(): jobs queued before it find another number and do nothing.
    std::atomic<quint64> generation = 0;
};

CacheReader::CacheReader(const QString &lane, QObject *parent)
    : QObject(parent)
    , m_worker(new CacheReaderWorker)
{
    m_thread.setObjectName(lane);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CacheReader::~CacheReader()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

void CacheReader::open(const Cache &cache)
{
    close();
    // Opened here (the key stays on this thread) and handed over; used only on the reader's.
    auto db = std::make_shared<std::unique_ptr<Database>>(cache.openConnection());
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, db] { worker->db = std::move(*db); }, Qt::BlockingQueuedConnection);
    m_open = true;
}

void CacheReader::close()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    ++m_worker->generation;
    // Waits for the job in flight; the connection closes on the thread that used it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->db.reset(); }, Qt::BlockingQueuedConnection);
}

void CacheReader::post(QObject *context, Job job, OnError onError)
{
    if (!m_open || !context) {
        return;
    }
    const quint64 generation = m_worker->generation;
    QElapsedTimer queued;
    queued.start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker,
         reader = this,
         generation,
         queued,
         what = context->metaObject()->className(),
         context = QPointer<QObject>(context),
         job = std::move(job),
         onError = std::move(onError)] {
            if (!worker->db || worker->generation != generation) {
                return;
            }
            const qint64 waited = queued.nsecsElapsed();
            Apply apply;
            QString error;
            try {
                apply = job(*worker->db);
            } catch (const StoreError &e) {
                error = e.message();
            }
            qCDebug(lcWindow,
                    "%s: read in %.1f ms on %s, after %.1f ms in its queue",
                    what,
                    double(queued.nsecsElapsed() - waited) / 1e6,
                    qPrintable(QThread::currentThread()->objectName()),
                    double(waited) / 1e6);
            // Handed to the reader itself (it lives on the GUI thread as long as the controller):
            // whether the context is still there can only be asked on its own thread.
            QMetaObject::invokeMethod(
                reader,
                [context, what, apply = std::move(apply), error, onError] {
                    if (!context) {
                        return;
                    }
                    if (!error.isEmpty()) {
                        if (onError) {
                            onError(error);
                        }
                    } else if (apply) {
                        QElapsedTimer applying;
                        applying.start();
                        apply();
                        qCDebug(lcWindow,
                                "%s: rows put in place in %.1f ms on the GUI thread",
                                what,
                                double(applying.nsecsElapsed()) / 1e6);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Ratsmappe
