// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncsession.h"

#include "cache.h"
#include "serverstore.h"

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
    indexer.onProgress = [this](int done, int total) {
        Q_EMIT textProgress(done, total);
    };
    result.indexed = indexer.indexPending();
    return result;
}

} // namespace Ratsmappe
