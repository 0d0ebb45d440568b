// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"
#include "meetinglisting.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Ratsmappe {

class Database;

/// Meetings leaving the window as an iCalendar file (.ics): the visible (filtered) meetings, or
/// one. First prepare() counts what is non-public (on a thread of its own), so the page can ask
/// before anything non-public goes out; then save() asks where with the system's file dialog
/// and writes there on a thread, readable by the member alone.
class CalendarExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit CalendarExport(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_cacheController; }
    void setCacheController(CacheController *controller);
    bool busy() const { return m_busy; }

    /// Chooses the meetings of the list's filter, then says what they hold in `prepared`.
    Q_INVOKABLE void
    prepare(const QString &committeeId, const QString &from, const QString &until, bool withDocuments);
    /// Chooses one meeting, then says what it holds in `prepared`.
    Q_INVOKABLE void prepareMeeting(const QString &meetingId, const QString &serverId, const QString &name);
    /// Asks where, then writes the chosen meetings there.
    Q_INVOKABLE void save(bool includeNonPublic);
    /// Writes the chosen meetings to \a url (a local file) without asking.
    Q_INVOKABLE void writeTo(const QUrl &url, bool includeNonPublic);

Q_SIGNALS:
    void cacheControllerChanged();
    void busyChanged();
    /// The chosen meetings: how many, and how many of them (and of their agenda items) are
    /// non-public; with any of those the page asks before save().
    void prepared(int meetings, int nonPublicMeetings, int nonPublicItems);
    /// \a message: where the file went and what it holds, or why not.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        int meetings = 0;
        int nonPublicMeetings = 0;
        int nonPublicItems = 0;
    };
    using Work = std::function<Outcome(Database &)>;
    /// Keeps \a filter for save() and counts what it holds.
    void choose(const MeetingFilter &filter, const QString &name);
    void start(Work work, std::function<void(const Outcome &)> done);
    void setBusy(bool busy);

    QPointer<CacheController> m_cacheController;
    MeetingFilter m_filter;
    QString m_suggestedName;
    bool m_busy = false;
};

} // namespace Ratsmappe
