// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendarexport.h"

#include "atomicfile.h"
#include "cache.h"
#include "cachecontroller.h"
#include "calendarlisting.h"
#include "icswriter.h"
#include "meetingevents.h"
#include "savelocation.h"
#include "storeerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Ratsmappe {

namespace {

/// A name from the server is a name, never a path.
QString fileNameFor(QString name)
{
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('-'));
    name = name.simplified();
    if (name.isEmpty()) {
        name = CalendarExport::tr("meetings");
    }
    return name + QStringLiteral(".ics");
}

} // namespace

CalendarExport::CalendarExport(QObject *parent)
    : QObject(parent)
{ }

void CalendarExport::setCacheController(CacheController *controller)
{
    if (controller != m_cacheController) {
        m_cacheController = controller;
        Q_EMIT cacheControllerChanged();
    }
}

void CalendarExport::prepare(const QString &committeeId,
                             const QString &from,
                             const QString &until,
                             bool withDocuments)
{
    MeetingFilter filter;
    if (!committeeId.isEmpty()) {
        filter.committeeIds << committeeId;
    }
    filter.from = QDate::fromString(from.trimmed(), Qt::ISODate);
    filter.until = QDate::fromString(until.trimmed(), Qt::ISODate);
    filter.withDocumentsOnly = withDocuments;
    choose(filter, tr("Meetings"));
}

void CalendarExport::choose(const MeetingFilter &filter, const QString &name)
{
    m_filter = filter;
    m_suggestedName = name;
    start(
        [filter](Database &db) -> Outcome {
            const CalendarSelection all = CalendarListing(db).select(filter, true);
            const CalendarSelection shared = CalendarListing(db).select(filter, false);
            return {
                true, {}, static_cast<int>(all.meetings.size()), shared.leftOutMeetings, shared.leftOutItems};
        },
        [this](const Outcome &o) {
            if (o.ok) {
                Q_EMIT prepared(o.meetings, o.nonPublicMeetings, o.nonPublicItems);
            } else {
                Q_EMIT finished(false, o.message);
            }
        });
}

void CalendarExport::prepareMeeting(const QString &meetingId, const QString &serverId, const QString &name)
{
    MeetingFilter filter;
    filter.meetingId = meetingId;
    filter.serverId = serverId;
    choose(filter, name);
}

void CalendarExport::save(bool includeNonPublic)
{
    if (m_busy) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(nullptr,
                                     tr("Export as iCalendar"),
                                     QDir(saveFolder()).filePath(fileNameFor(m_suggestedName)),
                                     tr("iCalendar files (*.ics)"));
    if (!path.isEmpty()) {
        writeTo(QUrl::fromLocalFile(path), includeNonPublic);
    }
}

void CalendarExport::writeTo(const QUrl &url, bool includeNonPublic)
{
    const QString path = url.toLocalFile();
    const MeetingFilter filter = m_filter;
    start(
        [filter, path, includeNonPublic](Database &db) -> Outcome {
            const CalendarSelection selection = CalendarListing(db).select(filter, includeNonPublic);
            // It may hold non-public meetings: readable by the member alone, whole or not at all.
            writeFileAtomically(path, Ics::write(Ics::eventsOf(selection.meetings)));
            const int written = static_cast<int>(selection.meetings.size());
            QString message =
                tr("Saved %n meeting(s) to %1.", "", written).arg(QDir::toNativeSeparators(path));
            if (selection.leftOutMeetings + selection.leftOutItems > 0) {
                message += QLatin1Char(' ') +
                    tr("Left out as non-public: %1, %2.")
                        .arg(tr("%n meeting(s)", "", selection.leftOutMeetings),
                             tr("%n agenda item(s)", "", selection.leftOutItems));
            }
            return {true, message, written, selection.leftOutMeetings, selection.leftOutItems};
        },
        [this](const Outcome &o) { Q_EMIT finished(o.ok, o.message); });
}

void CalendarExport::start(Work work, std::function<void(const Outcome &)> done)
{
    Cache *cache = m_cacheController ? m_cacheController->cache() : nullptr;
    if (!cache) {
        Q_EMIT finished(false, tr("The cache is locked."));
        return;
    }
    std::shared_ptr<Database> db;
    try {
        db = cache->openConnection();
    } catch (const StoreError &e) {
        Q_EMIT finished(false, e.message());
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, done = std::move(done)] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        done(outcome);
    });
    watcher->setFuture(QtConcurrent::run([db, work = std::move(work)]() -> Outcome {
        try {
            return work(*db);
        } catch (const StoreError &e) {
            return {false, e.message()};
        }
    }));
}

void CalendarExport::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace Ratsmappe
