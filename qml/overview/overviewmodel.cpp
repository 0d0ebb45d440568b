// SPDX-License-Identifier: GPL-2.0-or-later
#include "overviewmodel.h"

#include "cache.h"
#include "datetext.h"
#include "seenstore.h"
#include "syncscope.h"

#include <QPointer>
#include <QVariantMap>

#include <tuple>

namespace Ratsmappe {

OverviewModel::Overview OverviewModel::readOverview(Database &db, const QDateTime &now)
{
    const OverviewListing listing(db);
    return {listing.nextMeetings(SyncScope::load(db), now.isValid() ? now : QDateTime::currentDateTime()),
            listing.lastSync()};
}

void OverviewModel::load(Database *db, const QDateTime &now)
{
    setOverview(db ? readOverview(*db, now.isValid() ? now : m_now) : Overview{});
}

CacheReader::Job OverviewModel::backgroundRead()
{
    return [this, now = m_now](Database &db) -> CacheReader::Apply {
        // Only the result crosses back; the model is touched on the GUI thread alone.
        auto overview = std::make_shared<Overview>(readOverview(db, now));
        return [this, overview] {
            setOverview(std::move(*overview));
        };
    };
}

void OverviewModel::setOverview(Overview overview)
{
    m_lastSync = overview.lastSync;
    replaceRows(m_meetings, std::move(overview.meetings), [](const OverviewMeeting &m) {
        return std::tie(m.serverId, m.id);
    });
    Q_EMIT summaryChanged();
}

QString OverviewModel::lastSync() const
{
    return DateText::dateTime(m_lastSync);
}

int OverviewModel::unseenCount() const
{
    int count = 0;
    for (const OverviewMeeting &m : m_meetings) {
        count += m.documents.size();
    }
    return count;
}

void OverviewModel::write(std::function<void(Database &db)> write)
{
    if (CacheController *controller = cacheController()) {
        controller->writeInBackground(std::move(write));
    }
}

void OverviewModel::markSeen(const QString &serverId, const QString &fileId)
{
    write([serverId, fileId](Database &db) {
        SeenStore(db).markSeen(serverId, QStringLiteral("file"), fileId);
    });
}

void OverviewModel::markMeetingSeen(const QString &serverId, const QString &meetingId)
{
    write([serverId, meetingId](Database &db) { SeenStore(db).markMeetingSeen(serverId, meetingId); });
}

void OverviewModel::markAllSeen()
{
    write([](Database &db) { SeenStore(db).markAllSeen(); });
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QString OverviewModel::summary(const OverviewMeeting &meeting)
{
    QStringList parts;
    if (meeting.newDocuments > 0) {
        parts << tr("%n new", nullptr, meeting.newDocuments);
    }
    if (meeting.changedDocuments > 0) {
        parts << tr("%n changed", nullptr, meeting.changedDocuments);
    }
    if (meeting.lateDocuments > 0) {
        parts << tr("%n late", "documents handed out late (Tischvorlagen)", meeting.lateDocuments);
    }
    return parts.join(tr(", ", "between the parts of a meeting's summary"));
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OverviewMeeting &m = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (!m.committees.isEmpty()) {
            return m.committees;
        }
        return m.name.isEmpty() ? tr("Meeting") : m.name;
    case MeetingIdRole:
        return m.id;
    case ServerIdRole:
        return m.serverId;
    case NameRole:
        return m.name;
    case LocationRole:
        return m.location;
    case StartRole:
        return m.start;
    case WhenRole:
        return DateText::dateTime(m.start);
    case CancelledRole:
        return m.cancelled;
    case TotalDocumentsRole:
        return m.totalDocuments;
    case DownloadedDocumentsRole:
        return m.downloadedDocuments;
    case NewCountRole:
        return m.newDocuments;
    case ChangedCountRole:
        return m.changedDocuments;
    case LateCountRole:
        return m.lateDocuments;
    case SummaryRole:
        return summary(m);
    case DocumentsRole: {
        QVariantList documents;
        documents.reserve(m.documents.size());
        for (const OverviewDocument &d : m.documents) {
            documents.append(QVariantMap{{QStringLiteral("fileId"), d.fileId},
                                         {QStringLiteral("name"), d.name},
                                         {QStringLiteral("state"), d.state},
                                         {QStringLiteral("late"), d.late},
                                         {QStringLiteral("downloaded"), d.downloaded},
                                         {QStringLiteral("nonPublic"), d.nonPublic}});
        }
        return documents;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    return {{MeetingIdRole, "meetingId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {TitleRole, "title"},
            {LocationRole, "location"},
            {StartRole, "start"},
            {WhenRole, "when"},
            {CancelledRole, "cancelled"},
            {TotalDocumentsRole, "totalDocuments"},
            {DownloadedDocumentsRole, "downloadedDocuments"},
            {NewCountRole, "newCount"},
            {ChangedCountRole, "changedCount"},
            {LateCountRole, "lateCount"},
            {SummaryRole, "summary"},
            {DocumentsRole, "documents"}};
}

} // namespace Ratsmappe
