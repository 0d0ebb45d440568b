// SPDX-License-Identifier: GPL-2.0-or-later
#include "paperlisting.h"

#include "database.h"
#include "seenstore.h"

namespace Ratsmappe {

PaperDetail PaperListing::paper(const QString &paperId, const QString &serverId) const
{
    PaperDetail paper;
    {
        const QByteArray sql =
            "SELECT p.server_id, p.name, p.reference, p.paper_type, p.date, p.non_public, " +
            seenObjectStateSql("p") +
            " FROM papers p LEFT JOIN servers s ON s.id = p.server_id WHERE p.id = ? AND p.deleted = 0 "
            "AND ifnull(?, '') IN ('', p.server_id) ORDER BY s.added LIMIT 1";
        Statement st(m_db, sql.constData());
        st.bind(1, paperId).bind(2, serverId);
        if (!st.next()) {
            return paper;
        }
        paper.serverId = st.text(0);
        paper.id = paperId;
        paper.name = st.text(1);
        paper.reference = st.text(2);
        paper.paperType = st.text(3);
        paper.date = st.text(4);
        paper.nonPublic = st.integer(5) != 0;
        paper.seen = int(st.integer(6));
    }
    paper.underDirectionOf = names(paper.serverId, paperId, "$.underDirectionOf", "organizations");
    paper.originators = names(paper.serverId, paperId, "$.originatorOrganization", "organizations") +
        names(paper.serverId, paperId, "$.originatorPerson", "persons");
    OwnerDocuments(m_db).appendTo(paper.documents, paper.serverId, paperId);

    // The agenda item of a consultation: the one it names, else one naming it.
    Statement st(
        m_db,
        "SELECT c.id, m.id, m.name, m.start, m.cancelled, a.id, a.number, a.name, coalesce(a.public, 1), "
        "c.role, c.authoritative, json_extract(a.data, '$.result'), "
        "json_extract(a.data, '$.resolutionText'), "
        "coalesce((SELECT group_concat(coalesce(nullif(o.name, ''), o.id), ', ') FROM meeting_organizations "
        "mo "
        "  JOIN organizations o ON o.server_id = mo.server_id AND o.id = mo.organization_id "
        "  WHERE mo.server_id = c.server_id AND mo.meeting_id = m.id AND o.deleted = 0), "
        " (SELECT group_concat(coalesce(nullif(o.name, ''), o.id), ', ') FROM json_each(c.data, "
        "  '$.organization') j JOIN organizations o ON o.server_id = c.server_id AND o.id = j.value "
        "  WHERE o.deleted = 0)) "
        "FROM consultations c "
        "LEFT JOIN agenda_items a ON a.server_id = c.server_id AND a.deleted = 0 AND a.id = "
        "  coalesce(c.agenda_item_id, (SELECT i.id FROM agenda_items i WHERE i.server_id = c.server_id "
        "  AND i.consultation_id = c.id AND i.deleted = 0 LIMIT 1)) "
        "LEFT JOIN meetings m ON m.server_id = c.server_id AND m.deleted = 0 "
        "  AND m.id = coalesce(c.meeting_id, a.meeting_id) "
        "WHERE c.server_id = ? AND c.paper_id = ? AND c.deleted = 0 "
        "ORDER BY m.start IS NULL, m.start, a.sort_order, c.id");
    st.bind(1, paper.serverId).bind(2, paperId);
    while (st.next()) {
        PaperConsultation c;
        c.id = st.text(0);
        c.meetingId = st.text(1);
        c.meetingName = st.text(2);
        c.meetingStart = st.text(3);
        c.meetingCancelled = st.integer(4) != 0;
        c.agendaItemId = st.text(5);
        c.agendaNumber = st.text(6);
        c.agendaName = st.text(7);
        c.agendaNonPublic = !c.agendaItemId.isEmpty() && st.integer(8) == 0;
        c.role = st.text(9).trimmed();
        c.authoritative = st.integer(10) != 0;
        c.result = st.text(11).trimmed();
        c.resolutionText = st.text(12).trimmed();
        c.committee = st.text(13);
        paper.consultations.append(std::move(c));
    }
    return paper;
}

// The names of the objects a paper's field lists (one id or an array of them).
QStringList PaperListing::names(const QString &serverId,
                                const QString &paperId,
                                const char *field,
                                const char *table) const
{
    const QByteArray sql =
        QByteArray("SELECT coalesce(nullif(o.name, ''), o.id) FROM papers p, json_each(p.data, '") + field +
        "') j JOIN " + table +
        " o ON o.server_id = p.server_id AND o.id = j.value AND o.deleted = 0 "
        "WHERE p.server_id = ? AND p.id = ? ORDER BY j.key";
    Statement st(m_db, sql.constData());
    st.bind(1, serverId).bind(2, paperId);
    QStringList out;
    while (st.next()) {
        out << st.text(0);
    }
    return out;
}

} // namespace Ratsmappe
