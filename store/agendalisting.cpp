// SPDX-License-Identifier: GPL-2.0-or-later
#include "agendalisting.h"

#include "database.h"
#include "seenstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Ratsmappe {

OwnerDocuments::OwnerDocuments(Database &db)
    : m_st(std::make_unique<Statement>(db, documentSql().constData()))
{ }

QByteArray OwnerDocuments::documentSql()
{
    return QByteArray("SELECT f.id, coalesce(nullif(f.name, ''), f.file_name, f.id), l.role, f.late, v.kind, "
                      "f.non_public, f.deleted, ") +
        seenFileStateSql("f") +
        ", df.reason FROM ("
        "  SELECT file_id, role FROM file_links WHERE server_id = ?2 AND owner_id = ?1"
        "  UNION SELECT file_id, role FROM withdrawn_links WHERE server_id = ?2 AND owner_id = ?1) l "
        "JOIN files f ON f.server_id = ?2 AND f.id = l.file_id "
        "LEFT JOIN file_versions v ON v.id = f.current_version AND v.complete = 1 "
        "LEFT JOIN download_failures df ON df.server_id = f.server_id AND df.file_id = f.id "
        "WHERE f.deleted = 0 OR (f.id IN (SELECT file_id FROM withdrawn_links WHERE server_id = ?2 "
        "AND owner_id = ?1) AND ("
        "  EXISTS (SELECT 1 FROM read_state r WHERE r.target_id = f.id) OR "
        "  EXISTS (SELECT 1 FROM notes n WHERE n.server_id = ?2 AND n.target_id = f.id) OR "
        "  EXISTS (SELECT 1 FROM annotations a WHERE a.server_id = ?2 AND a.file_id = f.id))) "
        "ORDER BY CASE l.role WHEN 'invitation' THEN 0 WHEN 'mainFile' THEN 1 "
        "WHEN 'resultsProtocol' THEN 2 ELSE 3 END, f.name";
}

OwnerDocuments::~OwnerDocuments() = default;

void OwnerDocuments::appendTo(QList<AgendaDocument> &documents,
                              const QString &serverId,
                              const QString &ownerId)
{
    Statement &st = *m_st;
    st.bind(1, ownerId).bind(2, serverId);
    while (st.next()) {
        const bool downloaded = !st.isNull(4);
        documents.append({st.text(0),
                          st.text(1),
                          st.text(2),
                          st.integer(3) != 0,
                          downloaded,
                          downloaded ? st.text(4) : QString(),
                          st.integer(5) != 0,
                          st.integer(6) != 0,
                          int(st.integer(7)),
                          downloaded ? QString() : st.text(8)});
    }
    st.reset();
}

QString placeOfLocation(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QStringList parts;
    for (const char *key : {"description", "room", "streetAddress"}) {
        const QString part = o.value(QLatin1String(key)).toString().trimmed();
        // "Rathaus, Ratssaal" with room "Ratssaal": said once.
        if (!part.isEmpty() && !parts.join(QLatin1String(", ")).contains(part)) {
            parts << part;
        }
    }
    const QString town = QStringList{o.value(QLatin1String("postalCode")).toString().trimmed(),
                                     o.value(QLatin1String("locality")).toString().trimmed()}
                             .join(QLatin1Char(' '))
                             .trimmed();
    if (!town.isEmpty() && !parts.join(QLatin1String(", ")).contains(town)) {
        parts << town;
    }
    return parts.join(QLatin1String(", "));
}

MeetingHeader AgendaListing::header(const QString &serverId, const QString &meetingId) const
{
    MeetingHeader header;
    const QByteArray sql =
        "SELECT m.name, m.start, m.\"end\", m.cancelled, json_extract(m.data, '$.location'), "
        "json_type(m.data, '$.location'), " +
        seenObjectStateSql("m") + " FROM meetings m WHERE m.server_id = ? AND m.id = ?";
    Statement meeting(m_db, sql.constData());
    meeting.bind(1, serverId).bind(2, meetingId);
    if (!meeting.next()) {
        return header;
    }
    header.name = meeting.text(0);
    header.start = meeting.text(1);
    header.end = meeting.text(2);
    header.cancelled = meeting.integer(3) != 0;
    header.seen = int(meeting.integer(6));
    if (meeting.text(5) == QLatin1String("object")) {
        header.place = placeOfLocation(meeting.text(4).toUtf8());
    } else if (!meeting.isNull(4)) {
        Statement location(m_db,
                           "SELECT data, name FROM locations WHERE server_id = ? AND id = ? AND deleted = 0");
        location.bind(1, serverId).bind(2, meeting.text(4));
        if (location.next()) {
            header.place = placeOfLocation(location.text(0).toUtf8());
            if (header.place.isEmpty()) {
                header.place = location.text(1);
            }
        }
    }
    Statement organizations(
        m_db,
        "SELECT mo.organization_id, coalesce(nullif(o.name, ''), mo.organization_id) "
        "FROM meeting_organizations mo LEFT JOIN organizations o ON o.server_id = "
        "mo.server_id AND o.id = mo.organization_id WHERE mo.server_id = ? AND mo.meeting_id = ? "
        "AND ifnull(o.deleted, 0) = 0 ORDER BY 2");
    organizations.bind(1, serverId).bind(2, meetingId);
    while (organizations.next()) {
        header.organizations.append({organizations.text(0), organizations.text(1)});
    }
    return header;
}

MeetingAgenda AgendaListing::agenda(const QString &meetingId, const QString &serverId) const
{
    MeetingAgenda agenda;
    {
        Statement meeting(m_db,
                          "SELECT m.server_id FROM meetings m LEFT JOIN servers s ON s.id = m.server_id "
                          "WHERE m.id = ? AND ifnull(?, '') IN ('', m.server_id) ORDER BY s.added LIMIT 1");
        meeting.bind(1, meetingId).bind(2, serverId);
        if (!meeting.next()) {
            return agenda;
        }
        agenda.serverId = meeting.text(0);
    }
    agenda.header = header(agenda.serverId, meetingId);
    OwnerDocuments documents(m_db);
    documents.appendTo(agenda.documents, agenda.serverId, meetingId);
    const QByteArray itemSql =
        "SELECT a.id, a.number, a.name, coalesce(a.public, 1), a.consultation_id, "
        "json_extract(a.data, '$.result'), json_extract(a.data, '$.resolutionText'), " +
        seenObjectStateSql("a") +
        " FROM agenda_items a WHERE a.server_id = ? AND a.meeting_id = ? AND a.deleted = 0 "
        "ORDER BY a.sort_order, a.number";
    Statement items(m_db, itemSql.constData());
    items.bind(1, agenda.serverId).bind(2, meetingId);
    Statement papers(m_db,
                     "SELECT DISTINCT c.paper_id, p.name, p.reference, p.deleted FROM consultations c "
                     "LEFT JOIN papers p ON p.server_id = c.server_id AND p.id = c.paper_id "
                     "WHERE c.server_id = ?3 AND c.deleted = 0 "
                     "AND c.paper_id IS NOT NULL AND (c.id = ?1 OR c.agenda_item_id = ?2)");
    while (items.next()) {
        AgendaEntry item{items.text(0),
                         items.text(1),
                         items.text(2),
                         items.integer(3) == 0,
                         {},
                         {},
                         items.text(5).trimmed(),
                         items.text(6).trimmed(),
                         int(items.integer(7))};
        papers.bind(1, items.text(4)).bind(2, item.id).bind(3, agenda.serverId);
        while (papers.next()) {
            // A paper the list has not brought yet still has documents to show; a deleted one
            // has none.
            if (papers.integer(3) == 0) {
                item.papers.append({papers.text(0), papers.text(1), papers.text(2)});
            }
            documents.appendTo(item.documents, agenda.serverId, papers.text(0));
        }
        papers.reset();
        documents.appendTo(item.documents, agenda.serverId, item.id);
        agenda.items.append(std::move(item));
    }
    return agenda;
}

} // namespace Ratsmappe
