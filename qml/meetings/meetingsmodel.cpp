// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingsmodel.h"

#include "datetext.h"

#include <QVariantMap>

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

void MeetingsModel::sort(QList<MeetingSummary> &meetings, const QDateTime &now)
{
    // Start strings carry offsets; order by the instant, not by the text.
    std::sort(meetings.begin(), meetings.end(), [&now](const MeetingSummary &a, const MeetingSummary &b) {
        const bool aUpcoming = a.start >= now;
        const bool bUpcoming = b.start >= now;
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

void MeetingsModel::apply(QList<MeetingSummary> meetings, const QDateTime &now)
{
    replaceRows(
        m_meetings, std::move(meetings), [](const MeetingSummary &m) { return std::tie(m.serverId, m.id); });
    m_now = now;
}

void MeetingsModel::load(Database *db, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QList<MeetingSummary> meetings;
    if (db) {
        meetings = MeetingListing(*db).meetings(filter());
        sort(meetings, at);
    }
    apply(std::move(meetings), at);
}

CacheReader::Job MeetingsModel::backgroundRead()
{
    const MeetingFilter f = filter();
    const QDateTime now = m_pinnedNow.isValid() ? m_pinnedNow : QDateTime::currentDateTimeUtc();
    return [this, f, now](Database &db) -> CacheReader::Apply {
        auto meetings = std::make_shared<QList<MeetingSummary>>(MeetingListing(db).meetings(f));
        sort(*meetings, now);
        // Runs on the GUI thread while the model is alive (CacheListModel::reload).
        return [this, meetings, now] {
            apply(std::move(*meetings), now);
        };
    };
}

int MeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

QVariantMap MeetingsModel::meetingAt(int row) const
{
    if (row < 0 || row >= m_meetings.size()) {
        return {};
    }
    const QModelIndex at = index(row);
    return {{QStringLiteral("meetingId"), data(at, IdRole)},
            {QStringLiteral("serverId"), data(at, ServerIdRole)},
            {QStringLiteral("name"), data(at, NameRole)},
            {QStringLiteral("when"), data(at, WhenRole)}};
}

int MeetingsModel::rowOf(const QString &serverId, const QString &meetingId) const
{
    for (qsizetype row = 0; row < m_meetings.size(); ++row) {
        const MeetingSummary &m = m_meetings.at(row);
        if (m.id == meetingId && (serverId.isEmpty() || m.serverId == serverId)) {
            return int(row);
        }
    }
    return -1;
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
    case WhenRole:
        return m.start.isValid() ? DateText::dateTime(m.start) : QString();
    case EndRole:
        return m.end.toLocalTime();
    case CommitteeRole:
        return m.committees.join(QLatin1String(", "));
    case CommitteeIdsRole:
        return m.committeeIds;
    case LocationRole:
        return m.location;
    case NonPublicRole:
        return m.nonPublic;
    case DocumentsRole:
        return m.documents;
    case TitleRole:
        return m.name.isEmpty() ? tr("Meeting without a name") : m.name;
    case SubtitleRole:
        return joined({m.start.isValid() ? DateText::dateTime(m.start) : QString(),
                       m.committees.join(QLatin1String(", "))});
    case DetailsRole:
        return joined({m.location, m.documents > 0 ? tr("%n document(s)", nullptr, m.documents) : QString()});
    case AccessibleNameRole: {
        QStringList parts{data(index, TitleRole).toString()};
        if (m.start.isValid()) {
            parts << DateText::dateTime(m.start);
        }
        if (m.cancelled) {
            parts << tr("cancelled");
        }
        parts << m.committees.join(QLatin1String(", ")) << m.location;
        parts.removeAll(QString());
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QString MeetingsModel::joined(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QHash<int, QByteArray> MeetingsModel::roleNames() const
{
    return {{IdRole, "meetingId"},
            {NameRole, "name"},
            {StartRole, "start"},
            {CancelledRole, "cancelled"},
            {UpcomingRole, "upcoming"},
            {ServerIdRole, "serverId"},
            {WhenRole, "when"},
            {EndRole, "end"},
            {CommitteeRole, "committee"},
            {CommitteeIdsRole, "committeeIds"},
            {LocationRole, "location"},
            {NonPublicRole, "nonPublic"},
            {DocumentsRole, "documents"},
            {TitleRole, "title"},
            {SubtitleRole, "subtitle"},
            {DetailsRole, "details"},
            {AccessibleNameRole, "accessibleName"}};
}

} // namespace Ratsmappe
