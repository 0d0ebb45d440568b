// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"
#include "packetfindingmodel.h"
#include "packetworker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace Ratsmappe {

/// The packet page's logic for one meeting: the completeness check, building the session
/// packet into the encrypted cache (with progress and cancel), and saving it where the member
/// says, which records its page numbers as issued. Every step runs on a thread and a database
/// connection of the controller's own (PacketWorker): the GUI never waits for the cache or the
/// helper process. One step at a time.
class PacketController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    /// Empty: the one meeting with that id.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    /// Of a build: 0..1, and what it is doing in words.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// The last check's findings and summary.
    Q_PROPERTY(Ratsmappe::PacketFindingModel *report READ report CONSTANT)
    /// The edition the packet properties below are of ("member" or "public").
    Q_PROPERTY(QString edition READ edition WRITE setEdition NOTIFY editionChanged)
    /// The next member edition built carries the member's annotations (BuildOptions).
    Q_PROPERTY(
        bool withAnnotations READ withAnnotations WRITE setWithAnnotations NOTIFY withAnnotationsChanged)
    /// The packet of that edition kept in the cache: opens in the reader like any document.
    /// Empty when none was built.
    Q_PROPERTY(QString packetFileId READ packetFileId NOTIFY packetChanged)
    Q_PROPERTY(QDateTime packetBuilt READ packetBuilt NOTIFY packetChanged)
    /// The server the packet file belongs to (the meeting's).
    Q_PROPERTY(QString packetServerId READ packetServerId NOTIFY packetChanged)
    /// A layout was issued (a packet saved): the next build keeps its page numbers unless told.
    Q_PROPERTY(bool issued READ isIssued NOTIFY packetChanged)
    Q_PROPERTY(QDateTime issuedBuilt READ issuedBuilt NOTIFY packetChanged)
    Q_PROPERTY(QString meetingName READ meetingName NOTIFY packetChanged)
    Q_PROPERTY(QDateTime meetingStart READ meetingStart NOTIFY packetChanged)
    /// Pages and bytes of the packet built last in this window; 0 before.
    Q_PROPERTY(int builtPages READ builtPages NOTIFY packetChanged)
    /// The packet kept in the cache no longer matches the documents (see also the report's
    /// outdated, which compares with the last packet built or issued anywhere).
    Q_PROPERTY(bool packetOutdated READ isPacketOutdated NOTIFY packetChanged)
    Q_PROPERTY(qint64 builtBytes READ builtBytes NOTIFY packetChanged)
    /// Why the last step failed, in the member's words; "" when it did not.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// A remark on the last build (why a supplement was numbered afresh, that it was cancelled).
    Q_PROPERTY(QString note READ note NOTIFY noteChanged)

public:
    enum State { Idle, Checking, Building, Saving };
    Q_ENUM(State)

    explicit PacketController(QObject *parent = nullptr);
    ~PacketController() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &id);
    State state() const { return m_state; }
    bool isBusy() const { return m_state != Idle; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    PacketFindingModel *report() { return &m_report; }
    QString edition() const { return m_edition; }
    void setEdition(const QString &edition);
    bool withAnnotations() const { return m_withAnnotations; }
    void setWithAnnotations(bool with);
    QString packetFileId() const { return m_packetState.packets.value(m_edition).fileId; }
    QDateTime packetBuilt() const { return m_packetState.packets.value(m_edition).built.toLocalTime(); }
    QString packetServerId() const { return m_packetState.serverId; }
    bool isIssued() const { return m_packetState.issued; }
    QDateTime issuedBuilt() const { return m_packetState.issuedBuilt.toLocalTime(); }
    QString meetingName() const { return m_packetState.meetingName; }
    QDateTime meetingStart() const { return m_packetState.meetingStart; }
    int builtPages() const { return m_packetState.packets.value(m_edition).pages; }
    qint64 builtBytes() const { return m_packetState.packets.value(m_edition).bytes; }
    bool isPacketOutdated() const { return m_packetState.packets.value(m_edition).outdated; }
    QString errorMessage() const { return m_errorMessage; }
    QString note() const { return m_note; }

    /// Checks the meeting's documents (the report); false when busy or without a cache.
    Q_INVOKABLE bool check();
    /// Builds \a edition ("member", "public") into the cache. \a watermark: a name across every
    /// page of the member edition. \a renumber: number every page afresh even though a packet
    /// was issued (else an issued packet's numbers stay and new documents go into a Nachtrag).
    Q_INVOKABLE bool build(const QString &edition, const QString &watermark, bool renumber);
    /// Asks a running build to stop; it ends cancelled, with nothing stored.
    Q_INVOKABLE void cancel();
    /// Writes the packet of `edition` kept in the cache to \a url (a local file), then records
    /// its page numbers as issued. The only way a packet leaves the cache.
    Q_INVOKABLE bool saveAs(const QUrl &url);
    /// Asks where with the system's file dialog (starting in the member's Documents folder with
    /// suggestedFileName() filled in), then saveAs(). Nothing happens when the member cancels.
    Q_INVOKABLE void saveAsDialog();
    /// "Sitzungsmappe Rat 2025-03-05.pdf" (the public edition says so).
    Q_INVOKABLE QString suggestedFileName() const;

Q_SIGNALS:
    void withAnnotationsChanged();
    void cacheControllerChanged();
    void meetingIdChanged();
    void serverIdChanged();
    void stateChanged();
    void progressChanged();
    void editionChanged();
    void packetChanged();
    void errorMessageChanged();
    void noteChanged();
    void checked();
    /// A build ended: \a ok when a packet was stored (not when it failed or was cancelled).
    void buildFinished(bool ok);
    /// A save ended: \a message is where the file went, or why it was not written.
    void saveFinished(bool ok, const QString &message);

private:
    void cacheStateChanged();
    void startWorker(Cache *cache);
    void stopWorker();
    void subjectChanged();
    void setState(State state);
    void setProgress(double progress, const QString &text);
    void setErrorMessage(const QString &message);
    void setNote(const QString &note);
    void setPacketState(const PacketState &state);
    /// Runs \a job on the worker's thread (with the worker), and \a done with its result here,
    /// unless the subject or the cache changed meanwhile.
    template<typename Job, typename Done>
    void run(State state, Job job, Done done);

    QPointer<CacheController> m_controller;
    Cache *m_cache = nullptr;
    QThread m_thread;
    PacketWorker *m_worker = nullptr; // lives on m_thread while it runs; deleted after it ended
    quint64 m_generation = 0; // a result of an older one is dropped
    // The current build's stop flag, read on the worker's thread. Each build has its own: a build
    // started after a cancel must not clear the flag the cancelled one has yet to read.
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QTimer m_recheck; // what a sync stored shows in the report once the sync calms down
    QString m_meetingId;
    QString m_serverId;
    State m_state = Idle;
    double m_progress = 0;
    QString m_progressText;
    PacketFindingModel m_report;
    QString m_edition = QStringLiteral("member");
    bool m_withAnnotations = false;
    PacketState m_packetState;
    QString m_errorMessage;
    QString m_note;
};

} // namespace Ratsmappe
