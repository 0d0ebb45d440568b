// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingsmodel.h"

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

void MeetingsModel::load(Database *db, const QDateTime &now)
{
    beginResetModel();
    m_meetings.clear();
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    if (db) {
        m_meetings = MeetingListing(*db).meetings();
        // Start strings carry offsets; order by the instant, not by the text.
        std::sort(
            m_meetings.begin(), m_meetings.end(), [this](const MeetingSummary &a, const MeetingSummary &b) {
                const bool aUpcoming = a.start >= m_now;
                const bool bUpcoming = b.start >= m_now;
                if (aUpcoming != bUpcoming) {
                    return aUpcoming;
                }
                if (a.start != b.start) {
                    return aUpcoming ? a.start < b.start : a.start > b.start;
                }
                // Meetings at the same time in name order, not in the order the sync stored them.
                return std::tie(a.name, a.id) < std::tie(b.name, b.id);
            });
    }
    endResetModel();
    Q_EMIT countChanged();
}

int MeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

QVariant MeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MeetingSummary &m = m_meetings.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case StartRole:
        return m.start.toLocalTime();
    case CancelledRole:
        return m.cancelled;
    case UpcomingRole:
        return m.start >= m_now;
    case ServerIdRole:
        return m.serverId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingsModel::roleNames() const
{
    return {{IdRole, "meetingId"},
            {NameRole, "name"},
            {StartRole, "start"},
            {CancelledRole, "cancelled"},
            {UpcomingRole, "upcoming"},
            {ServerIdRole, "serverId"}};
}

} // namespace Ratsmappe
