// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "credentials.h"
#include "filelinks.h"
#include "nonpublic.h"
#include "objectstore.h"
#include "synccursors.h"
#include "syncprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <span>

class QNetworkAccessManager;

namespace Ratsmappe {

class Cache;
class SyncNetwork;
class OParlClient;

struct SyncSkip
{
    QString id; ///< the URL or object id that was skipped
    QString reason;
};

/// Why a server's entry point gave nothing to sync, in the terms a member can act on.
enum class SyncFailure {
    None,
    NoConnection, ///< no connection: refused, host not found, timed out, network down
    Certificate, ///< the TLS handshake failed: the server's certificate is not trusted
    CredentialsRejected, ///< the server refused the member's sign-in (401)
    ServerError, ///< the server answered, but with an error status or no OParl
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
    SyncFailure failure = SyncFailure::None; ///< why the entry point failed, if it did
    bool revoked = false; ///< the server revoked the member's access; the non-public part is gone
    QString revocationMessage; ///< the server's reason, if it gave one
    NonPublicWipe wiped; ///< what the revocation removed from the cache
};

/// Walks an OParl server (1.0 or 1.1) into the cache: System → Body → every list, embedded
/// objects (1.0) and external lists (1.1) alike, each object stored by its id. One list page
/// is one transaction, so an interrupted run leaves whole pages. Defects of real servers are
/// survived and reported as skips.
///
/// Incremental in the server's own time base (docs/sync.md): each list's cursor is the newest
/// `modified` it served (never later than its Date header), stored only after the list was
/// walked to its end; the next run asks for modified_since = mark - overlap, or just after the
/// mark once that window brought nothing new. Every 7 days, and on demand, a full walk also
/// finds what changed without a new `modified` and reconciles every kind: what vanished without
/// a deletion marker is marked deleted, its last record kept. Then the document bytes of the
/// meetings in scope are downloaded (FileDownloader).
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
    void progress(const Ratsmappe::SyncProgress &progress);
    /// A list page or a document was committed to the cache: what shows it may reload.
    void stored();

private:
    /// What one walk of a list saw: the newest stamp (capped at the server's clock) and the
    /// server's clock when the walk began (this computer's, for servers without a Date header).
    struct ListWalk
    {
        QDateTime mark;
        QDateTime serverStart;
    };
    /// Which of a body's lists it has, and which were walked in full and to their end this run.
    struct BodyWalk
    {
        QSet<QString> lists;
        QSet<QString> walkedFull;
        bool reconciles(ObjectKind kind) const;
    };

    QDateTime modifiedSince(const ListCursor &cursor) const;
    ListCursor nextCursor(const ListCursor &before, const ListWalk &walk, bool quiet) const;
    void walkBody(const QJsonObject &body, const QString &serverId);
    /// Follows `next` links, handing each page's entries over; stops on loops and on pages
    /// that go on without new objects. Returns whether the list was walked to its end.
    bool walkPages(const QUrl &first,
                   bool incremental,
                   const std::function<void(const QJsonArray &, const QDateTime &)> &handlePage);
    /// Returns whether the list was walked to its end.
    bool walkList(const QUrl &url, ObjectKind kind, const QString &bodyId, bool incremental, ListWalk &walk);
    QString parentOf(ObjectKind kind, const QJsonObject &object, const QString &bodyId);
    void markVanished(ObjectKind kind, const QString &parentId, const QSet<QString> &keep);
    void markGone(ObjectKind kind, const QString &id);
    void forgetFilesOf(ObjectKind kind, const QString &id);
    void reconcile();
    void store(ObjectKind kind, const QString &parentId, const QJsonObject &object);
    void notePresent(ObjectKind kind, const QJsonObject &object);
    void storeFile(const QJsonValue &value, const QString &ownerId, const QString &role);
    void fetchMissingReferences();
    void skip(const QString &id, const QString &reason);
    void handleRevocation(const QString &serverId);

    Cache &m_cache;
    std::unique_ptr<SyncNetwork> m_network; ///< with the member's proxy and extra certificates
    std::unique_ptr<OParlClient> m_client;
    std::unique_ptr<ObjectStore> m_objects; ///< for one run: it keeps prepared statements
    std::unique_ptr<FileLinks> m_links; ///< likewise
    SyncSummary m_summary;
    QSet<QString> m_seen; ///< stored (or found unchanged) in this run
    QSet<QString> m_present; ///< embedded in an unchanged object in this run
    QSet<QString> m_unlinkedFiles; ///< files an owner stopped listing, or whose owner went, in this run
    QMultiHash<QString, FileLinks::Link> m_formerLinks; ///< by file: the links owners dropped in this run
    QHash<QString, BodyWalk> m_bodyWalks;
    int m_listsDone = 0; ///< of the body being walked, for the progress
    int m_listCount = 0;
    QSet<QString> m_referencedLocations;
    QDateTime m_started;
    int m_firstRetryDelayMs = 500;
    bool m_forceFull = false;
    bool m_fullThisRun = false; ///< m_forceFull, or new credentials in this run
    int m_overlapSeconds = DefaultOverlapSeconds;
    bool m_downloadDocuments = true;
    int m_downloadRequests = 0;
    QString m_serverId; ///< the entry URL of this run: the server's key in the cache
    QStringList m_bodies;
    QUrl m_entryUrl;
    ServerCredentials m_credentials;
    const std::atomic_bool *m_stopFlag = nullptr;
    bool stopping() const { return m_stopFlag && m_stopFlag->load(); }
};

} // namespace Ratsmappe
