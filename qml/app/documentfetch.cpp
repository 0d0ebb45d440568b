// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentfetch.h"

#include "cache.h"
#include "credentials.h"
#include "documentstore.h"
#include "filedownloader.h"
#include "storeerror.h"
#include "syncengine.h"
#include "syncnetwork.h"

#include <QLocale>
#include <QThread>
#include <QUrl>

namespace Ratsmappe {

namespace {

struct Outcome
{
    bool ok = false;
    QString reason; ///< FileDownloader's or the store's; empty when cancelled
};

// Runs on the fetch's thread: the network access manager and the connection belong to it.
Outcome download(Cache &cache,
                 const QString &fileId,
                 const QString &serverId,
                 const std::atomic_bool &stop,
                 const std::function<void(qint64, qint64)> &onBytes)
{
    try {
        SyncNetwork network;
        network.configure(cache.database());
        FileDownloader downloader(cache, network);
        downloader.setServer(serverId);
        // As SyncEngine does: the account goes to the server's own origin, over TLS or locally.
        const QUrl origin(serverId);
        const ServerCredentials credentials = ServerCredentials::load(cache.database(), serverId);
        if (credentials.isSet() && ServerCredentials::mayCarryCredentials(origin)) {
            downloader.setAuthorization(origin, credentials.authorization());
        }
        downloader.shouldStop = [&stop] {
            return stop.load();
        };
        downloader.onBytes = [&onBytes](const QString &, qint64 received, qint64 total) {
            onBytes(received, total);
        };
        const FileDownloader::Result result = downloader.download({fileId});
        if (stop) {
            return {};
        }
        for (const SyncSkip &skip : result.skipped) {
            if (skip.id == fileId) {
                return {false, skip.reason};
            }
        }
        if (DocumentStore(cache.database()).currentVersion(fileId, serverId)) {
            return {true, {}};
        }
        return {false, DocumentFetch::tr("the server sent nothing")};
    } catch (const StoreError &e) {
        return {false, e.message()};
    }
}

} // namespace

DocumentFetch::DocumentFetch(QObject *parent)
    : QObject(parent)
{ }

DocumentFetch::~DocumentFetch()
{
    stop();
}

void DocumentFetch::stop()
{
    m_queue.clear();
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void DocumentFetch::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        // A lock ends the download: its connection holds the key.
        connect(controller, &CacheController::stateChanged, this, [this] {
            if (m_controller && m_controller->state() != CacheController::Unlocked) {
                cancel();
            }
        });
    }
    Q_EMIT cacheControllerChanged();
}

QStringList DocumentFetch::queued() const
{
    QStringList ids;
    for (const Request &r : m_queue) {
        ids << r.fileId;
    }
    return ids;
}

void DocumentFetch::fetch(const QString &fileId, const QString &serverId)
{
    if (fileId.isEmpty() || fileId == m_fileId || queued().contains(fileId)) {
        return;
    }
    if (m_errors.remove(fileId) > 0) {
        Q_EMIT errorsChanged();
    }
    m_queue.append({fileId, serverId});
    if (!m_thread) {
        startNext();
    } else {
        Q_EMIT runningChanged();
    }
}

void DocumentFetch::cancel(const QString &fileId)
{
    const qsizetype before = m_queue.size();
    m_queue.removeIf([&](const Request &r) { return fileId.isEmpty() || r.fileId == fileId; });
    if (m_thread && (fileId.isEmpty() || fileId == m_fileId)) {
        m_stop = true; // the thread ends within a moment; finished() takes the next
    }
    if (m_queue.size() != before) {
        Q_EMIT runningChanged();
    }
}

void DocumentFetch::startNext()
{
    Cache *windowCache = CacheController::usableCache(m_controller);
    if (m_queue.isEmpty() || !windowCache) {
        m_queue.clear();
        return;
    }
    const Request next = m_queue.takeFirst();
    std::shared_ptr<Cache> cache;
    try {
        // A connection of its own, opened here: the window's cache may close (a lock) while the
        // download runs, and the thread must never reach for it.
        cache = windowCache->reopen();
    } catch (const StoreError &e) {
        finished(next.fileId, next.serverId, false, e.message());
        return;
    }
    m_stop = false;
    m_fileId = next.fileId;
    m_received = 0;
    m_total = -1;
    m_thread.reset(QThread::create([this, cache, next] {
        const auto onBytes = [this, fileId = next.fileId](qint64 received, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, fileId, received, total] { setProgress(fileId, received, total); },
                Qt::QueuedConnection);
        };
        const Outcome outcome = download(*cache, next.fileId, next.serverId, m_stop, onBytes);
        QMetaObject::invokeMethod(
            this,
            [this, next, outcome] { finished(next.fileId, next.serverId, outcome.ok, outcome.reason); },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("documentfetch"));
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
}

void DocumentFetch::setProgress(const QString &fileId, qint64 received, qint64 total)
{
    if (fileId != m_fileId) {
        return;
    }
    m_received = received;
    m_total = total > 0 ? total : -1;
    Q_EMIT progressChanged();
}

void DocumentFetch::finished(const QString &fileId, const QString &serverId, bool ok, const QString &reason)
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    const bool cancelled = m_stop.exchange(false) && !ok;
    m_fileId.clear();
    m_received = 0;
    m_total = -1;
    Q_EMIT progressChanged();
    if (ok) {
        if (m_controller) {
            m_controller->refresh(); // every list shows it downloaded
        }
        Q_EMIT fetched(fileId, serverId);
    } else if (!cancelled) {
        const QString message = tr("The document could not be downloaded: %1").arg(reason);
        m_errors.insert(fileId, message);
        Q_EMIT errorsChanged();
        Q_EMIT failed(fileId, message);
    }
    if (!m_queue.isEmpty()) {
        startNext();
    }
    Q_EMIT runningChanged();
}

double DocumentFetch::fraction() const
{
    return m_total > 0 ? std::min(1.0, double(m_received) / double(m_total)) : -1.0;
}

QString DocumentFetch::progressText() const
{
    if (m_fileId.isEmpty()) {
        return {};
    }
    const QLocale locale;
    if (m_total <= 0) {
        return m_received > 0 ? tr("%1 received").arg(locale.formattedDataSize(m_received))
                              : tr("Connecting…");
    }
    return tr("%1 of %2 (%3 %)")
        .arg(locale.formattedDataSize(m_received),
             locale.formattedDataSize(m_total),
             locale.toString(qRound(fraction() * 100)));
}

} // namespace Ratsmappe
