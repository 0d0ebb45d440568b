// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccontroller.h"

#include "cache.h"
#include "storeerror.h"
#include "syncsession.h"

#include <QMutexLocker>
#include <QThread>
#include <QUrl>

namespace Ratsmappe {

namespace {

// Runs on the sync thread from start to end: the engine's network access manager and the
// cache's connection belong to it. \a stop ends the run after the page or downloads in flight.
SyncController::Outcome
runSync(const Cache &windowCache, QStringList servers, const std::atomic_bool &stop, SyncController *receiver)
{
    SyncController::Outcome outcome;
    try {
        const auto cache = windowCache.reopen();
        SyncSession session(*cache);
        session.setServers(servers);
        session.setStopFlag(&stop);
        // The receiver lives on the GUI thread, so the signals arrive there, queued.
        QObject::connect(&session, &SyncSession::progress, receiver, &SyncController::progress);
        QObject::connect(&session, &SyncSession::stored, receiver, &SyncController::stored);
        const SyncSession::Result result = session.run();
        for (const AnnotationCarrier::Document &d : result.carried.documents) {
            outcome.carried += d.carried;
            outcome.needsAttention += d.needsAttention;
            outcome.carriedDocuments += d.carried > 0 ? 1 : 0;
        }
        for (const SyncSession::ServerResult &done : result.servers) {
            const SyncSummary &s = done.summary;
            ++outcome.servers;
            outcome.created += s.created;
            outcome.changed += s.changed;
            outcome.deleted += s.deleted;
            outcome.skipped += s.skipped.size();
            if (s.revoked) {
                outcome.revoked << done.server;
                outcome.wipeUnfinished = outcome.wipeUnfinished || !s.wiped.checkpointed;
            }
            if (!s.reachable) {
                outcome.unreachable << (s.skipped.isEmpty() ? done.server : s.skipped.first().reason);
                outcome.skipped -= s.skipped.size();
            }
        }
    } catch (const StoreError &e) {
        outcome.error = e.message();
    }
    return outcome;
}

} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>(); // queued from the sync thread
    connect(this, &SyncController::progress, this, &SyncController::setProgress);
}

SyncController::~SyncController()
{
    m_stopRequested = true;
    if (m_thread) {
        m_thread->wait();
    }
}

void SyncController::setCache(Cache *cache)
{
    Q_ASSERT(!m_thread || cache == m_cache);
    m_cache = cache;
}

void SyncController::syncNow()
{
    if (m_thread) {
        m_queuedAll = true;
        return;
    }
    start({});
}

QString SyncController::addServer(const QString &url)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        return tr("“%1” is not an http or https address.").arg(url.trimmed());
    }
    if (m_thread) {
        m_queuedServers << parsed.toString();
        return {};
    }
    start({parsed.toString()});
    return {};
}

bool SyncController::stop(std::chrono::milliseconds timeout)
{
    m_stopRequested = true;
    m_queuedAll = false;
    m_queuedServers.clear();
    return !m_thread || m_thread->wait(QDeadlineTimer(timeout));
}

void SyncController::start(const QStringList &servers)
{
    if (!m_cache || m_stopRequested) {
        return;
    }
    m_thread.reset(QThread::create([this, servers, cache = m_cache] {
        Outcome outcome = runSync(*cache, servers, m_stopRequested, this);
        const QMutexLocker lock(&m_outcomeMutex);
        m_outcome = std::move(outcome);
    }));
    m_thread->setObjectName(QStringLiteral("sync"));
    connect(m_thread.get(), &QThread::finished, this, &SyncController::threadFinished);
    setProgress({});
    m_thread->start();
    Q_EMIT runningChanged();
}

void SyncController::setProgress(const SyncProgress &progress)
{
    m_progressText = progress.text();
    m_progressFraction = progress.fraction();
    Q_EMIT progressTextChanged();
}

void SyncController::threadFinished()
{
    m_thread->wait();
    m_thread.reset();
    Outcome outcome;
    {
        const QMutexLocker lock(&m_outcomeMutex);
        outcome = std::move(m_outcome);
        m_outcome = {};
    }
    m_resultMessage = describe(outcome);
    m_failed = !outcome.error.isEmpty() ||
        (!outcome.unreachable.isEmpty() && outcome.servers > 0 &&
         outcome.unreachable.size() == outcome.servers);
    m_progressText.clear();
    m_progressFraction = -1;
    Q_EMIT progressTextChanged();
    Q_EMIT resultChanged();
    Q_EMIT runningChanged();
    Q_EMIT finished();

    // What was asked for meanwhile: the queued servers first, then every server.
    if (!m_queuedServers.isEmpty()) {
        start(std::exchange(m_queuedServers, {}));
    } else if (m_queuedAll) {
        m_queuedAll = false;
        start({});
    }
}

QString SyncController::describe(const Outcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        return tr("The sync stopped: %1").arg(outcome.error);
    }
    if (outcome.servers == 0) {
        return tr("No council server to sync.");
    }
    QStringList parts;
    if (!outcome.revoked.isEmpty()) {
        parts << tr("%1 revoked your access: its non-public meetings, papers and documents were removed "
                    "from this computer.")
                     .arg(outcome.revoked.join(QLatin1String(", ")));
        if (outcome.wipeUnfinished) {
            parts << tr("Close Ratsmappe to finish removing them from the cache's files.");
        }
    }
    if (!outcome.unreachable.isEmpty()) {
        parts << tr("The council server did not answer (%1).")
                     .arg(outcome.unreachable.join(QLatin1String("; ")));
        if (outcome.unreachable.size() == outcome.servers) {
            return parts.join(QLatin1Char(' '));
        }
    }
    QString counts = tr("%1 new, %2 changed").arg(outcome.created).arg(outcome.changed);
    if (outcome.deleted > 0) {
        counts = tr("%1, %2 deleted").arg(counts).arg(outcome.deleted);
    }
    if (outcome.skipped > 0) {
        counts = tr("%1, %n item(s) skipped", nullptr, int(outcome.skipped)).arg(counts);
    }
    if (outcome.needsAttention > 0) {
        // The member must learn that some annotations were carried over without certainty.
        counts = tr("%1; %n annotation(s) on new document versions need attention",
                    nullptr,
                    outcome.needsAttention)
                     .arg(counts);
    } else if (outcome.carried > 0) {
        counts = tr("%1; %n annotation(s) carried over to new document versions", nullptr, outcome.carried)
                     .arg(counts);
    }
    parts << counts;
    return parts.join(QLatin1Char(' '));
}

} // namespace Ratsmappe
