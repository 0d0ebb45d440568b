// SPDX-License-Identifier: GPL-2.0-or-later
#include "synccontroller.h"

#include "cache.h"
#include "datetext.h"
#include "seenstore.h"
#include "serverstore.h"
#include "settingsstore.h"
#include "storeerror.h"
#include "syncscope.h"
#include "syncsession.h"

#include <QMutexLocker>
#include <QNetworkInformation>
#include <QThread>
#include <QUrl>

namespace Ratsmappe {

namespace {

// The server as a member knows it: its host name, else the address.
QString serverName(const QString &server)
{
    const QString host = QUrl(server).host();
    return host.isEmpty() ? server : host;
}

// The member's words for why \a server gave nothing: what they can do about it differs.
QString failureText(const QString &server, const SyncSummary &s)
{
    const QString name = serverName(server);
    switch (s.failure) {
    case SyncFailure::NoConnection:
        return SyncController::tr("%1 could not be reached: check the internet connection; the server may "
                                  "also be down for a while.")
            .arg(name);
    case SyncFailure::Certificate:
        return SyncController::tr("%1 could not prove who it is: its certificate is not trusted, so nothing "
                                  "was exchanged. If your town uses certificates of its own, add them in "
                                  "the settings.")
            .arg(name);
    case SyncFailure::CredentialsRejected:
        return SyncController::tr("%1 refused your sign-in: sign in again in the settings.").arg(name);
    case SyncFailure::ServerError:
    case SyncFailure::None:
        break;
    }
    return SyncController::tr("%1 did not answer as a council server should (%2): try again later.")
        .arg(name, s.skipped.isEmpty() ? server : s.skipped.first().reason);
}

// Runs on the sync thread from start to end: the engine's network access manager and the
// cache's connection belong to it. \a stop ends the run after the page or downloads in flight.
SyncController::Outcome
runSync(const Cache &windowCache, QStringList servers, const std::atomic_bool &stop, SyncController *receiver)
{
    SyncController::Outcome outcome;
    try {
        const auto cache = windowCache.reopen();
        // The store's clock: what this run completes is stamped at or after it.
        const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const bool notify = SettingsStore(cache->database())
                                .flag(Settings::NotifyDocuments, Settings::NotifyDocumentsDefault);
        // Before the first sync has ended everything is new: its result names no document.
        const bool firstSync = !SeenStore(cache->database()).baseline().has_value();
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
            if (s.failure != SyncFailure::None) {
                ++outcome.failedServers;
                outcome.failures << failureText(done.server, s);
                outcome.retryable = outcome.retryable || s.failure == SyncFailure::NoConnection ||
                    s.failure == SyncFailure::ServerError;
            }
        }
        int offlineServers = 0;
        for (const SyncSession::ServerResult &done : result.servers) {
            offlineServers += done.summary.failure == SyncFailure::NoConnection ? 1 : 0;
        }
        outcome.noConnection = offlineServers > 0 && offlineServers == outcome.servers;
        if (!firstSync && !stop) {
            outcome.news =
                OverviewListing(cache->database())
                    .arrivedSince(started, SyncScope::load(cache->database()), QDateTime::currentDateTime());
        }
        if (notify && !stop) {
            outcome.arrived =
                DocumentArrivals(cache->database()).since(started, SyncScope::load(cache->database()));
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
    m_intervalTimer.setInterval(m_minute);
    connect(&m_intervalTimer, &QTimer::timeout, this, &SyncController::checkInterval);
    watchNetwork();
}

// Where the platform has a backend that reports reachability (NetworkManager, glib), its word
// on "no network" counts at once; without one, only the last run's failures tell.
void SyncController::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto update = [this, info] {
        setOffline(m_lastRunOffline, info->reachability() == QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update();
}

void SyncController::setOffline(bool lastRun, bool network)
{
    const bool before = isOffline();
    m_lastRunOffline = lastRun;
    m_networkDown = network;
    if (before != isOffline()) {
        Q_EMIT offlineChanged();
    }
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
    if (cache == m_cache) {
        return;
    }
    m_cache = cache;
    Q_EMIT cacheChanged();
    if (!m_cache) {
        m_intervalTimer.stop();
        return;
    }
    // A lock stopped the last run for good; this cache may sync again.
    if (!m_thread) {
        m_stopRequested = false;
    }
    const bool unlocked = std::exchange(m_hadCache, true);
    if (!unlocked) {
        m_lastRun = std::chrono::steady_clock::now();
    }
    m_intervalTimer.start();
    try {
        if (ServerStore(m_cache->database()).count() == 0) {
            return; // the first server is added by the member, and synced then
        }
        const bool onStart =
            SettingsStore(m_cache->database()).flag(Settings::SyncOnStart, Settings::SyncOnStartDefault);
        if (unlocked ? intervalDue() : onStart) {
            syncNow();
        }
    } catch (const StoreError &) {
        // The window's models read the same cache and report what is wrong with it.
    }
}

void SyncController::setMinuteForTests(std::chrono::milliseconds minute)
{
    m_minute = minute;
    m_intervalTimer.setInterval(minute);
}

bool SyncController::intervalDue() const
{
    const qint64 minutes = SettingsStore(m_cache->database())
                               .integer(Settings::SyncIntervalMinutes, Settings::SyncIntervalMinutesDefault);
    return minutes > 0 && std::chrono::steady_clock::now() - m_lastRun >= minutes * m_minute;
}

void SyncController::checkInterval()
{
    if (!m_cache || m_thread) {
        return;
    }
    try {
        if (intervalDue() && ServerStore(m_cache->database()).count() > 0) {
            syncNow();
        }
    } catch (const StoreError &) {
        // As in setCache: the models report it.
    }
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
    m_lastRun = std::chrono::steady_clock::now();
    m_resultMessage = describe(outcome);
    m_failed = !outcome.error.isEmpty() ||
        (outcome.failedServers > 0 && outcome.failedServers >= outcome.servers) ||
        (!outcome.unreachable.isEmpty() && outcome.servers > 0 &&
         outcome.unreachable.size() == outcome.servers);
    m_retryable = outcome.retryable;
    setOffline(outcome.noConnection, m_networkDown);
    m_progressText.clear();
    m_progressFraction = -1;
    Q_EMIT progressTextChanged();
    Q_EMIT resultChanged();
    Q_EMIT runningChanged();
    // Never over a lock screen: a run that ended after the lock names no document.
    if (!outcome.arrived.isEmpty() && m_cache) {
        Q_EMIT documentsArrived(outcome.arrived);
    }
    Q_EMIT finished();

    // A lock stopped this run; unlocked again meanwhile, the catch-up that setCache queued may run.
    if (m_cache) {
        m_stopRequested = false;
    }
    // What was asked for meanwhile: the queued servers first, then every server.
    if (!m_queuedServers.isEmpty()) {
        start(std::exchange(m_queuedServers, {}));
    } else if (m_queuedAll) {
        m_queuedAll = false;
        start({});
    }
}

// "3 new documents for Bauausschuss on Wed, 12/2/2026", for the first meetings, then how many
// more: what a member wants to know after a sync, in the words of the store's rows.
QString SyncController::describeNews(const QList<MeetingArrivals> &news)
{
    // Two named and "1 more" says less than three named.
    const qsizetype named = news.size() <= 3 ? news.size() : 2;
    QStringList meetings;
    for (qsizetype i = 0; i < named; ++i) {
        const MeetingArrivals &m = news.at(i);
        QStringList what;
        if (m.newDocuments > 0) {
            what << tr("%n new document(s)", nullptr, m.newDocuments);
        }
        if (m.changedDocuments > 0) {
            what << tr("%n new version(s) of documents", nullptr, m.changedDocuments);
        }
        const QString name = m.meetingName.isEmpty() ? tr("a meeting") : m.meetingName;
        meetings << tr("%1 for %2 on %3", "3 new documents for Bauausschuss on Wed, 12/2/2026")
                        .arg(what.join(tr(" and ")), name, DateText::date(m.start.toLocalTime().date()));
    }
    QString text = meetings.join(tr("; ", "between meetings in a sync's result"));
    if (news.size() > named) {
        text =
            tr("%1, and %n more meeting(s) with new documents", nullptr, int(news.size() - named)).arg(text);
    }
    return text;
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
    if (!outcome.failures.isEmpty()) {
        parts << outcome.failures;
        if (outcome.failures.size() >= outcome.servers) {
            return parts.join(QLatin1Char(' '));
        }
    } else if (!outcome.unreachable.isEmpty()) {
        parts << tr("The council server did not answer (%1).")
                     .arg(outcome.unreachable.join(QLatin1String("; ")));
        if (outcome.unreachable.size() == outcome.servers) {
            return parts.join(QLatin1Char(' '));
        }
    }
    if (outcome.created == 0 && outcome.changed == 0 && outcome.deleted == 0 && outcome.skipped == 0) {
        parts << tr("Nothing new.");
        return parts.join(QLatin1Char(' '));
    }
    // What came for the meetings ahead says more than counts of objects.
    QString counts = outcome.news.isEmpty()
        ? tr("%1 new, %2 changed").arg(outcome.created).arg(outcome.changed)
        : describeNews(outcome.news);
    if (outcome.deleted > 0 && outcome.news.isEmpty()) {
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
