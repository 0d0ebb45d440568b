// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentarrivals.h"
#include "overviewlisting.h"
#include "syncprogress.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;

namespace Ratsmappe {

class Cache;

/// Syncs the cache's council servers in the background, one run at a time: when a cache is
/// set (on start, if the member wants it, Settings::SyncOnStart) and every few minutes while one
/// is set (Settings::SyncIntervalMinutes, read again at every check so that a change applies at
/// once). Without a cache (locked) nothing runs; setting one again catches up on a run that
/// became due meanwhile.
///
/// A run lives on its own thread for its whole length (SyncEngine makes its network access
/// manager there), with its own Cache on the same files (Cache::reopen): under WAL the window's
/// connection keeps reading while the run writes. The GUI thread only starts runs and receives
/// queued progress and the outcome; it never waits for the network or a write.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CacheController")
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressTextChanged)
    /// 0 to 1 across the current phase (lists, documents, reading text); -1 while unknown.
    Q_PROPERTY(double progressFraction READ progressFraction NOTIFY progressTextChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY resultChanged)
    /// Whether trying again may help (no connection, the server failed): the window offers it.
    Q_PROPERTY(bool retryable READ isRetryable NOTIFY resultChanged)
    /// No network: the system says so (QNetworkInformation, where a backend reports
    /// reachability), or the last run could not reach any server for want of a connection.
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)

public:
    /// What a run did, over all its servers; handed from the worker to the GUI thread.
    struct Outcome
    {
        qint64 created = 0;
        qint64 changed = 0;
        qint64 deleted = 0;
        qint64 skipped = 0;
        int servers = 0;
        QStringList unreachable; ///< "server: reason", one per server whose entry point failed
        /// The member's words for why each failed server failed, one per failed server.
        QStringList failures;
        bool retryable = false; ///< a server failed for a reason that may pass (connection, server error)
        int failedServers = 0; ///< servers whose entry point failed (unreachable or sign-in refused)
        QString error; ///< the cache failed; the run stopped
        QStringList revoked; ///< servers that revoked the member's access: their non-public part is gone
        bool wipeUnfinished = false; ///< a wipe's old pages stay in the WAL until the cache is closed
        int carried = 0; ///< annotations carried over to new versions of their documents
        int carriedDocuments = 0; ///< documents whose annotations were carried
        int needsAttention = 0; ///< of the carried ones, those placed without confidence
        /// Late documents and new versions of upcoming meetings in scope, when the member wants
        /// to hear of them (Settings::NotifyDocuments).
        QList<ArrivedDocument> arrived;
        /// Per upcoming meeting in scope, the documents this run brought (none on the first
        /// sync: everything is new then); the result says them in words.
        QList<MeetingArrivals> news;
        /// Every server that failed, failed for want of a connection.
        bool noConnection = false;
    };

    explicit SyncController(QObject *parent = nullptr);
    /// Waits for a running sync: the worker uses the cache it was given.
    ~SyncController() override;

    /// The window's open cache (or nullptr: locked). It must stay open while a sync runs. The
    /// first cache set starts a run when Settings::SyncOnStart says so; a cache set again after
    /// a lock starts one when a periodic run became due meanwhile.
    void setCache(Cache *cache);
    /// How long a "minute" of Settings::SyncIntervalMinutes is, and how often it is checked: a
    /// minute, shorter in tests.
    void setMinuteForTests(std::chrono::milliseconds minute);

    /// Syncs every server of the cache. While a sync runs, one more run is queued.
    Q_INVOKABLE void syncNow();
    /// Syncs \a url, which the engine adds to the cache's servers once it answers. Returns
    /// why \a url cannot be used, or an empty string when the sync was started or queued.
    Q_INVOKABLE QString addServer(const QString &url);
    /// Asks a running sync to end after its current server and waits up to \a timeout.
    /// Returns true when no sync runs any more.
    bool stop(std::chrono::milliseconds timeout);

    bool isRunning() const { return m_thread != nullptr; }
    bool hasCache() const { return m_cache != nullptr; }
    QString progressText() const { return m_progressText; }
    double progressFraction() const { return m_progressFraction; }
    QString resultMessage() const { return m_resultMessage; }
    bool failed() const { return m_failed; }
    bool isRetryable() const { return m_retryable; }
    bool isOffline() const { return m_lastRunOffline || m_networkDown; }

    /// The text of an outcome, as resultMessage shows it.
    static QString describe(const Outcome &outcome);
    /// What arrived for the meetings ahead, in words.
    static QString describeNews(const QList<MeetingArrivals> &news);

Q_SIGNALS:
    void runningChanged();
    void progressTextChanged();
    /// From the engine, on the GUI thread.
    void progress(const Ratsmappe::SyncProgress &progress);
    /// A list page or a document was committed to the cache, on the GUI thread.
    void stored();
    void resultChanged();
    /// After every run, when resultMessage is set and the cache holds the new data.
    void finished();
    /// After a run that brought late documents or new versions for upcoming meetings, before
    /// finished(); the member has asked to hear of them.
    void documentsArrived(const QList<Ratsmappe::ArrivedDocument> &documents);
    /// The cache was set or taken away (locked).
    void cacheChanged();
    void offlineChanged();

private:
    void start(const QStringList &servers);
    void setProgress(const SyncProgress &progress);
    void threadFinished();
    /// Starts a run when the interval has passed since the last one.
    void checkInterval();
    bool intervalDue() const;
    void watchNetwork();
    void setOffline(bool lastRun, bool network);

    Cache *m_cache = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stopRequested = false;
    QMutex m_outcomeMutex;
    Outcome m_outcome; ///< written by the worker, read after it ended
    bool m_queuedAll = false;
    QStringList m_queuedServers;
    QString m_progressText;
    double m_progressFraction = -1;
    QString m_resultMessage;
    bool m_failed = false;
    bool m_retryable = false;
    bool m_lastRunOffline = false;
    bool m_networkDown = false;
    bool m_hadCache = false; ///< a cache was set before: the next one is an unlock, not the start
    QTimer m_intervalTimer;
    std::chrono::milliseconds m_minute = std::chrono::minutes(1);
    /// When the last run ended (or the first cache was set): the interval counts from here.
    std::chrono::steady_clock::time_point m_lastRun;
};

} // namespace Ratsmappe
