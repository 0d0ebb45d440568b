// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "carryover.h"
#include "credentials.h"
#include "syncengine.h"
#include "textindexer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Ratsmappe {

class Cache;

/// One sync as a member asks for it, the same from the command line and the window: every
/// server of the cache (or the ones named) one after another, then, as a phase of its own once
/// the lists and documents are stored, the text of the new documents into the search index, and
/// the member's annotations carried over to each new version as soon as its text is read.
/// Blocking: run it off the GUI thread.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    struct ServerResult
    {
        QString server;
        SyncSummary summary;
    };
    struct Result
    {
        QList<ServerResult> servers;
        TextIndexer::Result indexed;
        /// Annotations carried over to the new versions, per document.
        AnnotationCarrier::Result carried;
        /// Annotations from a backup that waited for their document and are now attached.
        int restored = 0;
    };

    explicit SyncSession(Cache &cache, QObject *parent = nullptr);

    /// The servers to sync (System URLs); none: every server of the cache.
    void setServers(const QStringList &servers) { m_servers = servers; }
    /// Sign-in for the servers named (new credentials make the run a full walk).
    void setCredentials(const ServerCredentials &credentials) { m_credentials = credentials; }
    void setFull(bool full) { m_full = full; }
    /// Checked between servers and inside each run: true ends the session early, without
    /// reading text.
    void setStopFlag(const std::atomic_bool *flag) { m_stop = flag; }

    Result run();

Q_SIGNALS:
    /// The engine's progress, then the reading of text.
    void progress(const Ratsmappe::SyncProgress &progress);
    /// A list page or a document was committed to the cache.
    void stored();
    void serverDone(const ServerResult &result);

private:
    bool stopping() const { return m_stop && m_stop->load(); }

    Cache &m_cache;
    QStringList m_servers;
    ServerCredentials m_credentials;
    bool m_full = false;
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace Ratsmappe
