// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncsession.h"

#include "cache.h"
#include "serverstore.h"
#include "storeerror.h"
#include "synclog.h"

#include <QUrl>

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
    AnnotationCarrier carrier(m_cache);
    // A carry that fails leaves the annotations where they are, to be carried next time.
    const auto carrying = [&result](const std::function<AnnotationCarrier::Result()> &carry) {
        try {
            result.carried.append(carry());
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "carrying annotations over failed:" << e.what();
        }
    };
    indexer.onIndexed = [&carrier, &carrying](const PendingText &version, const QList<PageLayout> &pages) {
        carrying([&] { return carrier.carry(version.versionId, pages); });
    };
    result.indexed = indexer.indexPending();
    // New versions whose text was indexed before (or that arrived while carrying failed).
    carrying([&carrier] { return carrier.carryPending(); });
    return result;
}

} // namespace Ratsmappe
