// SPDX-License-Identifier: GPL-2.0-or-later
#include "overviewlisting.h"

#include "database.h"
#include "seenstore.h"
#include "syncscope.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Ratsmappe {

namespace {

// The meeting \a m's organizations by name, joined: a member knows a meeting by its committee.
#define COMMITTEES_OF(m)                                                                                     \
    "(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT o.name FROM meeting_organizations mo "           \
    "JOIN organizations o ON o.server_id = mo.server_id AND o.id = mo.organization_id "                      \
    "WHERE mo.server_id = " m ".server_id AND mo.meeting_id = " m ".id AND o.deleted = 0 "                   \
    "AND ifnull(o.name, '') <> '' ORDER BY o.name))"

// The member's committees as the JSON array the queries take (none: every meeting).
QString committeesJson(const SyncScope &scope)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(scope.committees)).toJson(QJsonDocument::Compact));
}

// Meetings are filtered by day in SQL (start carries the server's offset, so strings do not
// compare as instants) and by instant here: from the day before, to be safe across offsets.
QString dayBefore(const QDateTime &now)
{
    return now.toUTC().date().addDays(-1).toString(Qt::ISODate);
}

} // namespace

QList<OverviewMeeting>
OverviewListing::nextMeetings(const SyncScope &scope, const QDateTime &now, int days, int atLeast) const
{
    // The location is embedded in the meeting (an object) or named by its URL (a string).
    Statement st(
        m_db,
        "SELECT m.server_id, m.id, m.name, m.start, m.\"end\", m.cancelled, " COMMITTEES_OF(
            "m") ", coalesce(json_extract(m.data, '$.location.description'), "
                 "json_extract(m.data, '$.location.name'), "
                 "json_extract(m.data, '$.location.streetAddress'), "
                 "(SELECT coalesce(json_extract(l.data, '$.description'), l.name) FROM locations l "
                 "WHERE l.server_id = m.server_id AND l.id = json_extract(m.data, '$.location')), '') "
                 "FROM meetings m WHERE m.deleted = 0 AND m.start >= ?1 "
                 "AND (json_array_length(?2) = 0 OR EXISTS (SELECT 1 FROM meeting_organizations mo "
                 "JOIN json_each(?2) c ON c.value = mo.organization_id "
                 "WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id))");
    st.bind(1, dayBefore(now)).bind(2, committeesJson(scope));
    QList<OverviewMeeting> meetings;
    while (st.next()) {
        OverviewMeeting m;
        m.start = QDateTime::fromString(st.text(3), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(st.text(4), Qt::ISODate);
        // A meeting under way still counts as one of the next: the member may be sitting in it.
        if (!m.start.isValid() || (m.start < now && !(end.isValid() && end > now))) {
            continue;
        }
        m.serverId = st.text(0);
        m.id = st.text(1);
        m.name = st.text(2);
        m.cancelled = st.integer(5) != 0;
        m.committees = st.text(6);
        m.location = st.text(7);
        meetings.append(std::move(m));
    }
    std::stable_sort(
        meetings.begin(), meetings.end(), [](const OverviewMeeting &a, const OverviewMeeting &b) {
            return std::tie(a.start, a.name, a.id) < std::tie(b.start, b.name, b.id);
        });
    const QDateTime horizon = now.addDays(days);
    qsizetype keep = 0;
    while (keep < meetings.size() && (keep < atLeast || meetings.at(keep).start < horizon)) {
        ++keep;
    }
    meetings.resize(keep);
    for (OverviewMeeting &m : meetings) {
        readDocuments(m);
    }
    return meetings;
}

void OverviewListing::readDocuments(OverviewMeeting &meeting) const
{
    // A late document stays listed until it is marked seen as it is now (not by the baseline: a
    // Tischvorlage the member has not opened is the one thing they must not miss).
    const QByteArray sql =
        "WITH owners(owner) AS ("
        "  SELECT ?2"
        "  UNION SELECT id FROM agenda_items WHERE server_id = ?1 AND meeting_id = ?2 AND deleted = 0"
        "  UNION SELECT paper_id FROM consultations WHERE server_id = ?1 AND meeting_id = ?2 AND deleted = 0"
        "        AND paper_id IS NOT NULL"
        "  UNION SELECT c.paper_id FROM agenda_items a JOIN consultations c"
        "        ON c.server_id = a.server_id AND c.id = a.consultation_id AND c.deleted = 0"
        "        WHERE a.server_id = ?1 AND a.meeting_id = ?2 AND a.deleted = 0 AND c.paper_id IS NOT NULL) "
        "SELECT DISTINCT f.id, coalesce(nullif(f.name, ''), f.file_name, f.id), f.late, f.non_public, "
        "v.id IS NOT NULL, " +
        seenFileStateSql("f") +
        ", EXISTS (SELECT 1 FROM seen s WHERE s.server_id = f.server_id AND s.target_id = f.id "
        "AND s.version = CAST(f.current_version AS TEXT)) "
        "FROM owners o CROSS JOIN file_links l ON l.server_id = ?1 AND l.owner_id = o.owner "
        "CROSS JOIN files f ON f.server_id = ?1 AND f.id = l.file_id AND f.deleted = 0 "
        "LEFT JOIN file_versions v ON v.id = f.current_version AND v.complete = 1";
    Statement st(m_db, sql.constData());
    st.bind(1, meeting.serverId).bind(2, meeting.id);
    while (st.next()) {
        OverviewDocument d{st.text(0),
                           st.text(1),
                           int(st.integer(5)),
                           st.integer(2) != 0,
                           st.integer(4) != 0,
                           st.integer(3) != 0};
        ++meeting.totalDocuments;
        meeting.downloadedDocuments += d.downloaded ? 1 : 0;
        const bool lateUnseen = d.late && d.downloaded && st.integer(6) == 0;
        if (d.state == int(SeenState::Seen) && !lateUnseen) {
            continue;
        }
        meeting.newDocuments += d.state == int(SeenState::New) ? 1 : 0;
        meeting.changedDocuments += d.state == int(SeenState::Changed) ? 1 : 0;
        meeting.lateDocuments += d.late ? 1 : 0;
        meeting.documents.append(std::move(d));
    }
    // Late ones first, then new, then changed; by name within each.
    std::sort(meeting.documents.begin(),
              meeting.documents.end(),
              [](const OverviewDocument &a, const OverviewDocument &b) {
                  const int stateA = a.state == 0 ? 3 : a.state;
                  const int stateB = b.state == 0 ? 3 : b.state;
                  return std::make_tuple(!a.late, stateA, a.name.toLower(), a.fileId) <
                      std::make_tuple(!b.late, stateB, b.name.toLower(), b.fileId);
              });
}

QDateTime OverviewListing::lastSync() const
{
    Statement st(m_db, "SELECT max(last_sync) FROM servers");
    if (!st.next() || st.isNull(0)) {
        return {};
    }
    return QDateTime::fromString(st.text(0), Qt::ISODateWithMs);
}

QList<MeetingArrivals>
OverviewListing::arrivedSince(const QString &since, const SyncScope &scope, const QDateTime &now) const
{
    Statement st(
        m_db,
        "WITH upcoming AS ("
        "  SELECT m.server_id, m.id, m.start, coalesce(" COMMITTEES_OF(
            "m") ", m.name, '') AS label FROM meetings m "
                 "  WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start >= ?2"
                 "  AND (json_array_length(?3) = 0 OR EXISTS (SELECT 1 FROM meeting_organizations mo "
                 "       JOIN json_each(?3) c ON c.value = mo.organization_id "
                 "       WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id))), "
                 "owners AS ("
                 "  SELECT server_id, id AS owner, id AS meeting_id FROM upcoming"
                 "  UNION SELECT a.server_id, a.id, a.meeting_id FROM agenda_items a JOIN upcoming u"
                 "        ON a.server_id = u.server_id AND a.meeting_id = u.id WHERE a.deleted = 0"
                 "  UNION SELECT c.server_id, c.paper_id, c.meeting_id FROM consultations c JOIN upcoming u"
                 "        ON c.server_id = u.server_id AND c.meeting_id = u.id"
                 "        WHERE c.deleted = 0 AND c.paper_id IS NOT NULL"
                 "  UNION SELECT a.server_id, c.paper_id, a.meeting_id FROM agenda_items a JOIN upcoming u"
                 "        ON a.server_id = u.server_id AND a.meeting_id = u.id JOIN consultations c"
                 "        ON c.server_id = a.server_id AND c.id = a.consultation_id AND c.deleted = 0"
                 "        WHERE a.deleted = 0 AND c.paper_id IS NOT NULL), "
                 "arrived AS ("
                 "  SELECT DISTINCT f.server_id, f.id, u.id AS meeting_id, u.start, u.label,"
                 "         f.first_seen >= ?1 AS fresh,"
                 "         row_number() OVER (PARTITION BY f.server_id, f.id ORDER BY u.start) AS n"
                 "  FROM owners o JOIN upcoming u ON u.server_id = o.server_id AND u.id = o.meeting_id"
                 "  JOIN file_links l ON l.server_id = o.server_id AND l.owner_id = o.owner"
                 "  JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id AND f.deleted = 0"
                 "  LEFT JOIN file_versions v ON v.id = f.current_version AND v.complete = 1"
                 "  WHERE f.first_seen >= ?1 OR (v.completed >= ?1 AND EXISTS (SELECT 1 FROM file_versions e"
                 "        WHERE e.server_id = f.server_id AND e.file_id = f.id AND e.complete = 1"
                 "        AND e.id <> v.id))) "
                 "SELECT label, start, sum(fresh), sum(1 - fresh) FROM arrived WHERE n = 1 "
                 "GROUP BY server_id, meeting_id");
    st.bind(1, since).bind(2, dayBefore(now)).bind(3, committeesJson(scope));
    QList<MeetingArrivals> meetings;
    while (st.next()) {
        const QDateTime start = QDateTime::fromString(st.text(1), Qt::ISODate);
        if (!start.isValid() || start < now) {
            continue;
        }
        meetings.append({st.text(0), start, int(st.integer(2)), int(st.integer(3))});
    }
    std::stable_sort(meetings.begin(),
                     meetings.end(),
                     [](const MeetingArrivals &a, const MeetingArrivals &b) { return a.start < b.start; });
    return meetings;
}

} // namespace Ratsmappe
