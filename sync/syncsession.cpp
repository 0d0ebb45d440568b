// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncsession.h"

#include "annotationbackup.h"
#include "cache.h"
#include "objectsearchindex.h"
#include "searchwords.h"
#include "seenstore.h"
#include "serverstore.h"
#include "storeerror.h"
#include "synclog.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace Ratsmappe {

SyncSession::SyncSession(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{ }

SyncSession::Result SyncSession::run()
{
    Result result;
    const QStringList servers = m_servers.isEmpty() ? ServerStore(m_cache.database()).ids() : m_servers;
    SyncEngine engine(m_cache);
    engine.setFull(m_full);
    engine.setStopFlag(m_stop);
    connect(&engine, &SyncEngine::progress, this, &SyncSession::progress);
    connect(&engine, &SyncEngine::stored, this, &SyncSession::stored);
    for (const QString &server : servers) {
        if (stopping()) {
            return result;
        }
        engine.setCredentials(m_credentials);
        result.servers.append({server, engine.run(QUrl(server))});
        Q_EMIT serverDone(result.servers.last());
    }
    if (stopping()) {
        return result;
    }
    // The first complete sync draws the line before which everything counts as seen.
    if (std::any_of(result.servers.cbegin(), result.servers.cend(), [](const ServerResult &r) {
            return r.summary.complete;
        })) {
        try {
            SeenStore(m_cache.database())
                .setBaselineOnce(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "recording the seen baseline failed:" << e.what();
        }
    }
    try {
        // Meetings, agenda items, papers, persons and organizations as the servers sent them.
        ObjectSearchIndex(m_cache.database()).refresh();
        SearchWords::completeIfNeeded(m_cache.database());
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "updating the search index failed:" << e.what();
    }
    TextIndexer indexer(m_cache);
    SyncProgress text;
    text.phase = SyncProgress::Phase::Text;
    const PaceEstimate pace;
    indexer.onProgress = [this, &text, &pace](int done, int total) {
        text.done = done;
        text.total = total;
        text.secondsLeft = pace.secondsLeft(done, total);
        Q_EMIT progress(text);
    };
    // Annotations are carried along as each new version is indexed (read and re-anchored beside
    // the indexer's own work, committed after it); what fails there waits for carryPending().
    CarryAlong along(m_cache);
    indexer.setCompanion(&along);
    result.indexed = indexer.indexPending();
    result.carried = along.result();
    if (!along.error().isEmpty()) {
        qCWarning(lcSync) << "carrying annotations over failed:" << along.error();
    }
    try {
        SearchWords::completeIfNeeded(m_cache.database()); // withdrawn documents' words go
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "updating the search index failed:" << e.what();
    }
    // Annotations restored from a backup that waited for these documents; before carrying, which
    // takes those that went onto an older version on to the current one.
    try {
        result.restored = AnnotationBackup::applyWaiting(m_cache.database()).added;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "attaching restored annotations failed:" << e.what();
    }
    // New versions whose text was indexed before (or whose carry failed above).
    try {
        result.carried.append(AnnotationCarrier(m_cache).carryPending());
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "carrying annotations over failed:" << e.what();
    }
    return result;
}

} // namespace Ratsmappe
