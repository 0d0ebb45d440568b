// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetinglisting.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Ratsmappe {

namespace {

// One statement for the whole list (10,000 meetings read in one pass, not one query per row):
// the selected meetings; per meeting the live files it, its live items and the papers consulted
// there list (a file listed twice counts twice), its organizations and its location.
// A location is a Location object the meeting links (by URL or embedded with its id), else
// what the meeting embeds. Unit and record separators keep names apart in the aggregates.
constexpr const char *ListingSql = R"sql(
WITH sel AS (
    SELECT m.server_id, m.id, m.name, m.start, m."end", m.cancelled, m.non_public, m.data
    FROM meetings m
    WHERE m.deleted = 0
      AND (?1 IS NULL OR m.start >= ?1)
      AND (?2 IS NULL OR m.start < ?2)
      AND (?3 IS NULL OR EXISTS (SELECT 1 FROM meeting_organizations mo
                                 WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id
                                   AND mo.organization_id IN (SELECT value FROM json_each(?3))))
      AND (?5 IS NULL OR (m.id = ?5 AND ifnull(?6, '') IN ('', m.server_id)))
),
-- Live documents per owner, then per meeting: its own, its items', and those of the papers
-- consulted there (by the consultation's meeting or the item's consultation), each counted in
-- one pass over the tables rather than per meeting (a per-row count let the planner scan).
owner_files AS MATERIALIZED (
    SELECT l.server_id, l.owner_id, count(*) AS n FROM file_links l
    JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id AND f.deleted = 0
    GROUP BY l.server_id, l.owner_id
),
meeting_papers AS (
    SELECT c.server_id, c.meeting_id, c.paper_id FROM consultations c
    WHERE c.deleted = 0 AND c.meeting_id IS NOT NULL AND c.paper_id IS NOT NULL
    UNION
    SELECT a.server_id, a.meeting_id, c.paper_id FROM agenda_items a
    JOIN consultations c ON c.server_id = a.server_id AND c.id = a.consultation_id AND c.deleted = 0
    WHERE a.deleted = 0 AND c.paper_id IS NOT NULL
),
meeting_files AS MATERIALIZED (
    SELECT server_id, meeting_id, sum(n) AS n FROM (
        SELECT m.server_id, m.id AS meeting_id, o.n FROM meetings m
        JOIN owner_files o ON o.server_id = m.server_id AND o.owner_id = m.id WHERE m.deleted = 0
        UNION ALL
        SELECT a.server_id, a.meeting_id, o.n FROM agenda_items a
        JOIN owner_files o ON o.server_id = a.server_id AND o.owner_id = a.id WHERE a.deleted = 0
        UNION ALL
        SELECT p.server_id, p.meeting_id, o.n FROM meeting_papers p
        JOIN owner_files o ON o.server_id = p.server_id AND o.owner_id = p.paper_id)
    GROUP BY server_id, meeting_id
),
counted AS (
    SELECT sel.*, coalesce((SELECT n FROM meeting_files c WHERE c.server_id = sel.server_id
                            AND c.meeting_id = sel.id), 0) AS documents
    FROM sel
),
placed AS (
    SELECT counted.*,
        (SELECT l.data FROM locations l WHERE l.server_id = counted.server_id AND l.deleted = 0
            AND l.id = CASE json_type(counted.data, '$.location')
                WHEN 'text' THEN json_extract(counted.data, '$.location')
                WHEN 'object' THEN json_extract(counted.data, '$.location.id') END) AS location_data
    FROM counted
    WHERE ?4 = 0 OR documents > 0
),
located AS (
    SELECT placed.*, coalesce(location_data,
        CASE json_type(data, '$.location') WHEN 'object' THEN json_extract(data, '$.location') END) AS loc
    FROM placed
)
SELECT server_id, id, name, start, "end", cancelled, non_public, documents,
    (SELECT group_concat(mo.organization_id || char(31) || coalesce(o.name, ''), char(30)
                         ORDER BY coalesce(o.name, mo.organization_id))
     FROM meeting_organizations mo
     LEFT JOIN organizations o ON o.server_id = mo.server_id AND o.id = mo.organization_id AND o.deleted = 0
     WHERE mo.server_id = located.server_id AND mo.meeting_id = located.id),
    json_extract(loc, '$.description'), json_extract(loc, '$.room'), json_extract(loc, '$.streetAddress'),
    json_extract(loc, '$.postalCode'), json_extract(loc, '$.locality'), json_extract(data, '$.web')
FROM located
)sql";

// Real servers repeat themselves ("Rathaus, Ratssaal" as description and "Ratssaal" as room):
// a part already said is not said again.
QString locationText(const QStringList &parts)
{
    QStringList kept;
    for (const QString &raw : parts) {
        const QString part = raw.simplified();
        if (part.isEmpty()) {
            continue;
        }
        const bool said = std::any_of(kept.cbegin(), kept.cend(), [&part](const QString &k) {
            return k.contains(part, Qt::CaseInsensitive);
        });
        if (!said) {
            kept << part;
        }
    }
    return kept.join(QLatin1String(", "));
}

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

QList<MeetingSummary> MeetingListing::meetings(const MeetingFilter &filter) const
{
    Statement st(m_db, ListingSql);
    st.bind(1, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    // Starts are ISO text with an offset: "before the next day" holds the whole day as the
    // server wrote it.
    st.bind(2, filter.until.isValid() ? filter.until.addDays(1).toString(Qt::ISODate) : QString());
    if (filter.committeeIds.isEmpty()) {
        st.bindNull(3);
    } else {
        st.bindUtf8(
            3, QJsonDocument(QJsonArray::fromStringList(filter.committeeIds)).toJson(QJsonDocument::Compact));
    }
    st.bind(4, filter.withDocumentsOnly ? 1 : 0);
    st.bind(5, filter.meetingId.isEmpty() ? QString() : filter.meetingId);
    st.bind(6, filter.serverId.isEmpty() ? QString() : filter.serverId);
    QList<MeetingSummary> meetings;
    while (st.next()) {
        MeetingSummary m;
        m.serverId = st.text(0);
        m.id = st.text(1);
        m.name = st.text(2);
        m.start = timeOf(st.text(3));
        m.end = timeOf(st.text(4));
        m.cancelled = st.integer(5) != 0;
        m.nonPublic = st.integer(6) != 0;
        m.documents = static_cast<int>(st.integer(7));
        const QString organizations = st.text(8);
        for (const QString &entry : organizations.split(QChar(30), Qt::SkipEmptyParts)) {
            const qsizetype separator = entry.indexOf(QChar(31));
            m.committeeIds << entry.left(separator);
            const QString name = entry.mid(separator + 1).trimmed();
            if (!name.isEmpty()) {
                m.committees << name;
            }
        }
        m.location = locationText(
            {st.text(9), st.text(10), st.text(11), st.text(12) + QLatin1Char(' ') + st.text(13)});
        const QString web = st.text(14).trimmed();
        if (web.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
            m.web = web;
        }
        meetings.append(std::move(m));
    }
    return meetings;
}

QList<MeetingSummary> MeetingListing::startingFrom(const QDateTime &from, int limit) const
{
    // Starts are ISO text with the server's offset: the day before, as text, takes in every
    // offset; the caller compares the instants.
    Statement st(
        m_db,
        "SELECT server_id, id, name, start, cancelled FROM meetings WHERE deleted = 0 AND start >= ?1 "
        "ORDER BY start LIMIT ?2");
    st.bind(1, from.toUTC().date().addDays(-1).toString(Qt::ISODate)).bind(2, limit);
    QList<MeetingSummary> meetings;
    while (st.next()) {
        MeetingSummary m;
        m.serverId = st.text(0);
        m.id = st.text(1);
        m.name = st.text(2);
        m.start = timeOf(st.text(3));
        m.cancelled = st.integer(4) != 0;
        meetings.append(std::move(m));
    }
    return meetings;
}

QList<MeetingCommittee> MeetingCommitteeListing::committees() const
{
    Statement st(
        m_db,
        "SELECT mo.organization_id, mo.server_id, coalesce(nullif(trim(o.name), ''), mo.organization_id), "
        "count(*) FROM meeting_organizations mo "
        "JOIN meetings m ON m.server_id = mo.server_id AND m.id = mo.meeting_id AND m.deleted = 0 "
        "LEFT JOIN organizations o ON o.server_id = mo.server_id AND o.id = mo.organization_id "
        "AND o.deleted = 0 GROUP BY mo.server_id, mo.organization_id ORDER BY 3 COLLATE NOCASE, 1");
    QList<MeetingCommittee> committees;
    while (st.next()) {
        committees.append({st.text(0), st.text(1), st.text(2), static_cast<int>(st.integer(3))});
    }
    return committees;
}

} // namespace Ratsmappe
