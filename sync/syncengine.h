// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "objectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Ratsmappe {

class Cache;
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
};

/// Walks an OParl server (1.0 or 1.1) into the cache: System → Body → every list, embedded
/// objects (1.0) and external lists (1.1) alike, each object stored by its id. One list page
/// is one transaction, so an interrupted run leaves whole pages. Defects of real servers are
/// survived and reported as skips.
///
/// This first version walks metadata in full; incremental runs, document bytes and scope come
/// next (see the sync issue).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(Cache &cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// \a serverUrl is the System URL (a Body URL works too). Blocks until the run ends.
    SyncSummary run(const QUrl &serverUrl);
    void setRetryDelayForTests(int firstDelayMs) { m_firstRetryDelayMs = firstDelayMs; }

Q_SIGNALS:
    void progress(const QString &step, qint64 objects);

private:
    void walkBody(const QJsonObject &body, const QString &serverId);
    void walkList(const QUrl &url, ObjectKind kind, const QString &bodyId);
    void store(ObjectKind kind, const QString &parentId, const QJsonObject &object);
    void storeFile(const QJsonValue &value, const QString &ownerId, const QString &role);
    void fetchMissingReferences();
    void skip(const QString &id, const QString &reason);

    Cache &m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OParlClient> m_client;
    SyncSummary m_summary;
    QSet<QString> m_seen;
    QSet<QString> m_referencedLocations;
    QDateTime m_started;
    int m_firstRetryDelayMs = 500;
};

} // namespace Ratsmappe
