// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetcontroller.h"

#include "savelocation.h"

#include "cache.h"
#include "database.h"
#include "storeerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Ratsmappe {

using namespace Packets;

namespace {

// A sync stores list pages every few seconds: the report is checked again once it paused.
constexpr int RecheckDelayMs = 2000;

QString localPath(const QUrl &url)
{
    // A dialog gives a file URL; a path typed elsewhere may come without a scheme.
    return url.isLocalFile() ? url.toLocalFile() : url.scheme().isEmpty() ? url.path() : QString();
}

} // namespace

PacketController::PacketController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("packets"));
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(RecheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        if (m_state == Idle && m_report.isChecked()) {
            check();
        }
    });
}

PacketController::~PacketController()
{
    stopWorker();
}

void PacketController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, &PacketController::cacheStateChanged);
        // A sync may have brought what was missing (or changed what a packet holds).
        connect(controller, &CacheController::contentChanged, this, [this] {
            if (m_report.isChecked()) {
                m_recheck.start();
            }
        });
    }
    cacheStateChanged();
    Q_EMIT cacheControllerChanged();
}

void PacketController::cacheStateChanged()
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (cache == m_cache) {
        return;
    }
    stopWorker();
    m_cache = cache;
    if (cache) {
        startWorker(cache);
    } else {
        // Locked or gone: nothing read from it stays on the page.
        m_report.clear();
        setPacketState({});
    }
}

void PacketController::startWorker(Cache *cache)
{
    try {
        m_worker = new PacketWorker(cache->openConnection());
    } catch (const StoreError &e) {
        setErrorMessage(tr("The cache cannot be read: %1").arg(e.message()));
        return;
    }
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

void PacketController::stopWorker()
{
    if (!m_worker) {
        return;
    }
    // A build stops at its next step (its helper process is ended); the GUI waits that long,
    // as the cache must not close under the worker's connection.
    m_stop->store(true);
    ++m_generation;
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
    setState(Idle);
    setProgress(0, {});
}

void PacketController::setMeetingId(const QString &id)
{
    if (id != m_meetingId) {
        m_meetingId = id;
        Q_EMIT meetingIdChanged();
        subjectChanged();
    }
}

void PacketController::setServerId(const QString &id)
{
    if (id != m_serverId) {
        m_serverId = id;
        Q_EMIT serverIdChanged();
        subjectChanged();
    }
}

void PacketController::subjectChanged()
{
    // What runs is about the other meeting: its result is dropped, a build is stopped.
    if (m_state != Idle) {
        m_stop->store(true);
        ++m_generation;
        setState(Idle);
        setProgress(0, {});
    }
    m_report.clear();
    setPacketState({});
    setErrorMessage({});
    setNote({});
}

void PacketController::setEdition(const QString &edition)
{
    if (edition != m_edition && editionFromName(edition)) {
        m_edition = edition;
        Q_EMIT editionChanged();
        Q_EMIT packetChanged();
    }
}

template<typename Job, typename Done>
void PacketController::run(State state, Job job, Done done)
{
    setState(state);
    setErrorMessage({});
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, generation, job, done] {
        auto result = job(*worker);
        // Back on the GUI thread; dropped with the controller, or when it moved on meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, generation, done, result = std::move(result)] {
                if (generation == m_generation) {
                    setState(Idle);
                    done(result);
                }
            },
            Qt::QueuedConnection);
    });
}

bool PacketController::check()
{
    if (!m_worker || m_state != Idle || m_meetingId.isEmpty()) {
        return false;
    }
    m_recheck.stop();
    run(
        Checking,
        [meetingId = m_meetingId, serverId = m_serverId](PacketWorker &worker) {
            return worker.check(meetingId, serverId);
        },
        [this](const PacketWorker::CheckOutcome &outcome) {
            setPacketState(outcome.state);
            if (outcome.error.isEmpty()) {
                m_report.setReport(outcome.report);
            } else {
                m_report.clear();
                setErrorMessage(outcome.error);
            }
            Q_EMIT checked();
        });
    return true;
}

void PacketController::setWithAnnotations(bool with)
{
    if (with != m_withAnnotations) {
        m_withAnnotations = with;
        Q_EMIT withAnnotationsChanged();
    }
}

bool PacketController::build(const QString &edition, const QString &watermark, bool renumber)
{
    const auto chosen = editionFromName(edition);
    if (!m_worker || m_state != Idle || m_meetingId.isEmpty() || !chosen) {
        return false;
    }
    m_recheck.stop();
    setEdition(edition);
    setNote({});
    BuildOptions options;
    options.edition = *chosen;
    options.watermark = *chosen == Edition::Member ? watermark.trimmed() : QString();
    options.withAnnotations = *chosen == Edition::Member && m_withAnnotations;
    options.numbering = renumber ? Numbering::Fresh : Numbering::Auto;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    setProgress(0, tr("Reading the documents…"));
    const quint64 generation = m_generation + 1; // the one run() gives this build
    run(
        Building,
        [this, generation, meetingId = m_meetingId, serverId = m_serverId, options, stop = m_stop](
            PacketWorker &worker) {
            return worker.build(meetingId, serverId, options, *stop, [this, generation](int done, int total) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, done, total] {
                        if (generation == m_generation && m_state == Building && total > 0) {
                            // The builder counts in steps of its own (percent): said as a share.
                            const double share = double(done) / total;
                            setProgress(share, tr("Building the packet… %1 %").arg(qRound(100 * share)));
                        }
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](const PacketWorker::BuildOutcome &outcome) {
            const BuildResult &result = outcome.result;
            setProgress(0, {});
            if (outcome.state.found) {
                setPacketState(outcome.state);
            }
            m_report.setReport(outcome.report);
            if (result.cancelled) {
                setNote(tr("The build was cancelled; nothing was stored."));
            } else if (!result.ok()) {
                setErrorMessage(result.error);
            } else {
                setNote(result.note);
            }
            Q_EMIT buildFinished(result.ok());
        });
    return true;
}

void PacketController::cancel()
{
    if (m_state == Building) {
        m_stop->store(true);
        setProgress(m_progress, tr("Stopping…"));
    }
}

bool PacketController::saveAs(const QUrl &url)
{
    if (!m_worker || m_state != Idle || m_meetingId.isEmpty()) {
        return false;
    }
    const QString path = localPath(url);
    if (path.isEmpty()) {
        setErrorMessage(tr("Only files on this computer can be written: %1").arg(url.toDisplayString()));
        Q_EMIT saveFinished(false, m_errorMessage);
        return false;
    }
    setNote({});
    run(
        Saving,
        [meetingId = m_meetingId, serverId = m_serverId, edition = m_edition, path](PacketWorker &worker) {
            return worker.save(meetingId, serverId, edition, path);
        },
        [this, path](const PacketWorker::SaveOutcome &outcome) {
            if (outcome.state.found) {
                setPacketState(outcome.state);
            }
            setErrorMessage(outcome.error);
            Q_EMIT saveFinished(outcome.error.isEmpty(),
                                outcome.error.isEmpty() ? QDir::toNativeSeparators(path) : outcome.error);
        });
    return true;
}

// Qt's widget file dialog (or the desktop's, through the platform theme), as the reader's
// DocumentSaver does: Qt Quick's own dialog leaves the name field empty for a file that does
// not exist yet.
void PacketController::saveAsDialog()
{
    const QString path = QFileDialog::getSaveFileName(nullptr,
                                                      tr("Save Session Packet"),
                                                      QDir(saveFolder()).filePath(suggestedFileName()),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        saveAs(QUrl::fromLocalFile(path));
    }
}

QString PacketController::suggestedFileName() const
{
    const QString date = m_packetState.meetingStart.isValid()
        ? m_packetState.meetingStart.toLocalTime().date().toString(Qt::ISODate)
        : QString();
    QString name = m_edition == QLatin1String("public")
        ? tr("Session packet %1 %2 (public)").arg(m_packetState.meetingName, date)
        : tr("Session packet %1 %2").arg(m_packetState.meetingName, date);
    // A packet with Nachträge is another file than the one handed out first.
    if (const int supplements = m_packetState.packets.value(m_edition).supplements; supplements > 0) {
        name += QLatin1Char(' ') + tr("with supplement %1").arg(supplements);
    }
    // A meeting's name from the server is a name, never a path, and is kept to what every file
    // system takes (a packet goes onto shares and sticks).
    name = name.simplified();
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    return name + QLatin1String(".pdf");
}

void PacketController::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
}

void PacketController::setProgress(double progress, const QString &text)
{
    if (progress != m_progress || text != m_progressText) {
        m_progress = progress;
        m_progressText = text;
        Q_EMIT progressChanged();
    }
}

void PacketController::setErrorMessage(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void PacketController::setNote(const QString &note)
{
    if (note != m_note) {
        m_note = note;
        Q_EMIT noteChanged();
    }
}

void PacketController::setPacketState(const PacketState &state)
{
    m_packetState = state;
    Q_EMIT packetChanged();
}

} // namespace Ratsmappe
