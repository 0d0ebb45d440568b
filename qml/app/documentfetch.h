// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QThread;

namespace Ratsmappe {

/// Downloads one document the member clicked that is not in the cache (older than the sync
/// window, or not fetched yet), the way a sync does: FileDownloader over a SyncNetwork with the
/// member's proxy, certificates and account (ServerCredentials), into a connection of its own
/// on a thread of its own. One document at a time; a second click waits its turn. A version
/// counts as there only when FileDownloader made it current (complete and checked): a failed or
/// cancelled download shows nothing partial as complete.
class DocumentFetch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    /// The document being downloaded; empty when none is.
    Q_PROPERTY(QString fileId READ fileId NOTIFY runningChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// The documents waiting for their turn.
    Q_PROPERTY(QStringList queued READ queued NOTIFY runningChanged)
    Q_PROPERTY(qint64 received READ received NOTIFY progressChanged)
    /// -1 while the server has not said how large it is.
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    /// 0 to 1; -1 while unknown.
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    /// "1,2 MB of 3,4 MB (35 %)" in the member's locale.
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// Why a document's last download in this window failed, by file id.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)

public:
    explicit DocumentFetch(QObject *parent = nullptr);
    /// Cancels a download in flight and waits for its thread (it ends within a moment).
    ~DocumentFetch() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);

    /// Downloads \a fileId of \a serverId (the server's entry URL, ServerStore's key).
    Q_INVOKABLE void fetch(const QString &fileId, const QString &serverId);
    /// Ends the download of \a fileId (or takes it out of the queue); empty: all.
    Q_INVOKABLE void cancel(const QString &fileId = {});

    QString fileId() const { return m_fileId; }
    bool isRunning() const { return m_thread != nullptr; }
    QStringList queued() const;
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    double fraction() const;
    QString progressText() const;
    QVariantMap errors() const { return m_errors; }

Q_SIGNALS:
    void cacheControllerChanged();
    void runningChanged();
    void progressChanged();
    void errorsChanged();
    /// \a fileId is in the cache now; the window's lists read again.
    void fetched(const QString &fileId, const QString &serverId);
    /// \a fileId could not be downloaded: \a message says why, in the member's words.
    void failed(const QString &fileId, const QString &message);

private:
    struct Request
    {
        QString fileId;
        QString serverId;
    };
    void startNext();
    void finished(const QString &fileId, const QString &serverId, bool ok, const QString &reason);
    void setProgress(const QString &fileId, qint64 received, qint64 total);
    void stop();

    QPointer<CacheController> m_controller;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop = false;
    QList<Request> m_queue;
    QString m_fileId;
    qint64 m_received = 0;
    qint64 m_total = -1;
    QVariantMap m_errors;
};

} // namespace Ratsmappe
