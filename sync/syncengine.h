// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"
#include "nonpublic.h"
#include "objectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace Ratsmappe {

class Cache;
class FileLinks;
class OParlClient;

struct SyncSkip
{
    QString id; ///< the URL or object id that was skipped
    QString reason;
};

/// What one run did, for the command line's summary and the UI.
struct SyncSummary
{
    qint64 created = 0;
    qint64 changed = 0;
    qint64 deleted = 0;
    qint64 downloaded = 0;
    QList<SyncSkip> skipped;
    int requests = 0;
    double seconds = 0;
    bool complete = false; ///< every list was walked to its end
    bool reachable = false; ///< the server's entry point answered
    bool stopped = false; ///< ended early on request (setStopFlag)
    bool credentialsRejected = false; ///< the server answered 401 to the member's credentials
    bool revoked = false; ///< the server revoked the member's access; the non-public part is gone
    QString revocationMessage; ///< the server's reason, if it gave one
    NonPublicWipe wiped; ///< what the revocation removed from the cache
};

/// Walks an OParl server (1.0 or 1.1) into the cache: System → Body → every list, embedded
/// objects (1.0) and external lists (1.1) alike, each object stored by its id. One list page
/// is one transaction, so an interrupted run leaves whole pages. Defects of real servers are
/// survived and reported as skips.
///
/// Incremental the way mature clients do it: each list's cursor is the time taken before the
/// run, stored only after that list was walked to its end; the next run asks for
/// modified_since = cursor - overlap. Every 7 days, and on demand, a full reconciliation walk
/// also finds what changed without a new `modified` and what vanished without a deletion
/// marker. Then the document bytes of the meetings in scope are downloaded (FileDownloader).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(Cache &cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// \a serverUrl is the System URL (a Body URL works too). Blocks until the run ends.
    SyncSummary run(const QUrl &serverUrl);
    void setRetryDelayForTests(int firstDelayMs) { m_firstRetryDelayMs = firstDelayMs; }
    /// How far back of the last run an incremental run asks (servers bump `modified` late).
    void setOverlapSeconds(int seconds) { m_overlapSeconds = seconds; }
    /// Forces the full reconciliation walk for the next runs.
    void setFull(bool full) { m_forceFull = full; }
    /// Document bytes of the meetings in scope (SyncScope) are fetched after the metadata.
    void setDownloadDocuments(bool download) { m_downloadDocuments = download; }
    /// A member's account for the next run; stored in the cache for later runs once the server
    /// answered. Without it, the account stored for the server is used, if any.
    void setCredentials(const ServerCredentials &credentials) { m_credentials = credentials; }
    /// When \a flag turns true (from any thread), the run ends after the page or the downloads
    /// in flight: cursors of unfinished lists stay, partial downloads resume next time.
    void setStopFlag(const std::atomic_bool *flag) { m_stopFlag = flag; }

    static constexpr int DefaultOverlapSeconds = 3600;
    static constexpr int ReconcileDays = 7;

Q_SIGNALS:
    /// \a step names the list or phase; \a count is the objects read so far, or for
    /// documents the bytes received.
    void progress(const QString &step, qint64 count);

private:
    void walkBody(const QJsonObject &body, const QString &serverId);
    /// Follows `next` links, handing each page's entries over; stops on loops and on pages
    /// that go on without new objects. Returns whether the list was walked to its end.
    bool
    walkPages(const QUrl &first, bool incremental, const std::function<void(const QJsonArray &)> &handlePage);
    /// Returns whether the list was walked to its end.
    bool walkList(const QUrl &url, ObjectKind kind, const QString &bodyId, bool incremental);
    void markVanished(ObjectKind kind, const QString &parentId, const QSet<QString> &keep);
    void store(ObjectKind kind, const QString &parentId, const QJsonObject &object);
    void storeFile(const QJsonValue &value, const QString &ownerId, const QString &role);
    void fetchMissingReferences();
    void skip(const QString &id, const QString &reason);
    void handleRevocation(const QString &serverId);

    Cache &m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OParlClient> m_client;
    std::unique_ptr<ObjectStore> m_objects; ///< for one run: it keeps prepared statements
    std::unique_ptr<FileLinks> m_links; ///< likewise
    SyncSummary m_summary;
    QSet<QString> m_seen;
    QSet<QString> m_referencedLocations;
    QDateTime m_started;
    int m_firstRetryDelayMs = 500;
    bool m_forceFull = false;
    bool m_fullThisRun = false; ///< m_forceFull, or new credentials in this run
    int m_overlapSeconds = DefaultOverlapSeconds;
    bool m_downloadDocuments = true;
    int m_downloadRequests = 0;
    QString m_serverId;
    QStringList m_bodies;
    QUrl m_entryUrl;
    ServerCredentials m_credentials;
    const std::atomic_bool *m_stopFlag = nullptr;
    bool stopping() const { return m_stopFlag && m_stopFlag->load(); }
};

} // namespace Ratsmappe
