// SPDX-License-Identifier: GPL-2.0-or-later
#include "organizationmeetingsmodel.h"

#include "datetext.h"

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

QList<OrganizationMeeting> OrganizationMeetingsModel::fetch(Database &db,
                                                            const QString &serverId,
                                                            const QString &organizationId,
                                                            const QDateTime &now)
{
    if (organizationId.isEmpty()) {
        return {};
    }
    QList<OrganizationMeeting> rows =
        CouncilListing(db, now.toLocalTime().date()).meetings(serverId, organizationId);
    // By the instant (start strings carry offsets); meetings without a start count as past and
    // go last.
    std::sort(rows.begin(), rows.end(), [&now](const OrganizationMeeting &a, const OrganizationMeeting &b) {
        const bool aUpcoming = a.start.isValid() && a.start >= now;
        const bool bUpcoming = b.start.isValid() && b.start >= now;
        if (aUpcoming != bUpcoming) {
            return aUpcoming;
        }
        if (a.start.isValid() != b.start.isValid()) {
            return a.start.isValid();
        }
        if (a.start != b.start) {
            return aUpcoming ? a.start < b.start : a.start > b.start;
        }
        return std::tie(a.name, a.serverId, a.id) < std::tie(b.name, b.serverId, b.id);
    });
    return rows;
}

void OrganizationMeetingsModel::load(Database *db, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    setRows(
        db ? fetch(*db, m_serverId, m_organizationId, at) : QList<OrganizationMeeting>(), at, db != nullptr);
}

CacheReader::Job OrganizationMeetingsModel::backgroundRead()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return [this, now, serverId = m_serverId, organizationId = m_organizationId](
               Database &db) -> CacheReader::Apply {
        QList<OrganizationMeeting> rows = fetch(db, serverId, organizationId, now);
        return [this, now, rows = std::move(rows)]() mutable {
            setRows(std::move(rows), now, true);
        };
    };
}

void OrganizationMeetingsModel::setRows(QList<OrganizationMeeting> rows, const QDateTime &now, bool ready)
{
    beginResetModel();
    m_meetings = std::move(rows);
    m_now = now;
    m_ready = ready;
    endResetModel();
    Q_EMIT countChanged();
}

void OrganizationMeetingsModel::setOrganizationId(const QString &id)
{
    if (id != m_organizationId) {
        m_organizationId = id;
        reload();
        Q_EMIT organizationIdChanged();
    }
}

void OrganizationMeetingsModel::setServerId(const QString &id)
{
    if (id != m_serverId) {
        m_serverId = id;
        reload();
        Q_EMIT serverIdChanged();
    }
}

int OrganizationMeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

QVariant OrganizationMeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrganizationMeeting &m = m_meetings.at(index.row());
    const bool upcoming = m.start.isValid() && m.start >= m_now;
    switch (role) {
    case IdRole:
        return m.id;
    case ServerIdRole:
        return m.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case StartRole:
        return m.start.isValid() ? QVariant(m.start.toLocalTime()) : QVariant();
    case WhenRole:
        return DateText::dateTime(m.start);
    case CancelledRole:
        return m.cancelled;
    case NonPublicRole:
        return m.nonPublic;
    case UpcomingRole:
        return upcoming;
    case SectionRole:
        return upcoming ? QStringLiteral("upcoming") : QStringLiteral("past");
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganizationMeetingsModel::roleNames() const
{
    return {{IdRole, "meetingId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {StartRole, "start"},
            {WhenRole, "when"},
            {CancelledRole, "cancelled"},
            {NonPublicRole, "nonPublic"},
            {UpcomingRole, "upcoming"},
            {SectionRole, "section"}};
}

} // namespace Ratsmappe
