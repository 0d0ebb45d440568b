// SPDX-License-Identifier: GPL-2.0-or-later
#include "agendalisting.h"

#include "database.h"

namespace Ratsmappe {

namespace {

// The live files \a ownerId lists, in agenda order; owner and files of the server ?2.
class DocumentQuery
{
public:
    explicit DocumentQuery(Database &db)
        : m_st(db,
               "SELECT f.id, coalesce(nullif(f.name, ''), f.file_name, f.id), l.role, f.late, v.kind, "
               "f.non_public, f.deleted FROM ("
               "  SELECT file_id, role FROM file_links WHERE server_id = ?2 AND owner_id = ?1"
               "  UNION SELECT file_id, role FROM withdrawn_links WHERE server_id = ?2 AND owner_id = ?1) l "
               "JOIN files f ON f.server_id = ?2 AND f.id = l.file_id "
               "LEFT JOIN file_versions v ON v.id = f.current_version AND v.complete = 1 "
               "WHERE f.deleted = 0 OR (f.id IN (SELECT file_id FROM withdrawn_links WHERE server_id = ?2 "
               "AND owner_id = ?1) AND ("
               "  EXISTS (SELECT 1 FROM read_state r WHERE r.target_id = f.id) OR "
               "  EXISTS (SELECT 1 FROM notes n WHERE n.server_id = ?2 AND n.target_id = f.id) OR "
               "  EXISTS (SELECT 1 FROM annotations a WHERE a.server_id = ?2 AND a.file_id = f.id))) "
               "ORDER BY CASE l.role WHEN 'invitation' THEN 0 WHEN 'mainFile' THEN 1 "
               "WHEN 'resultsProtocol' THEN 2 ELSE 3 END, f.name")
    { }

    void appendTo(QList<AgendaDocument> &documents, const QString &serverId, const QString &ownerId)
    {
        m_st.bind(1, ownerId).bind(2, serverId);
        while (m_st.next()) {
            const bool downloaded = !m_st.isNull(4);
            documents.append({m_st.text(0),
                              m_st.text(1),
                              m_st.text(2),
                              m_st.integer(3) != 0,
                              downloaded,
                              downloaded ? m_st.text(4) : QString(),
                              m_st.integer(5) != 0,
                              m_st.integer(6) != 0});
        }
        m_st.reset();
    }

private:
    Statement m_st;
};

} // namespace

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
    DocumentQuery documents(m_db);
    documents.appendTo(agenda.documents, agenda.serverId, meetingId);
    Statement items(m_db,
                    "SELECT id, number, name, coalesce(public, 1), consultation_id FROM agenda_items "
                    "WHERE server_id = ? AND meeting_id = ? AND deleted = 0 ORDER BY sort_order, number");
    items.bind(1, agenda.serverId).bind(2, meetingId);
    Statement papers(m_db,
                     "SELECT DISTINCT c.paper_id, p.name, p.reference, p.deleted FROM consultations c "
                     "LEFT JOIN papers p ON p.server_id = c.server_id AND p.id = c.paper_id "
                     "WHERE c.server_id = ?3 AND c.deleted = 0 "
                     "AND c.paper_id IS NOT NULL AND (c.id = ?1 OR c.agenda_item_id = ?2)");
    while (items.next()) {
        AgendaEntry item{items.text(0), items.text(1), items.text(2), items.integer(3) == 0, {}, {}};
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
