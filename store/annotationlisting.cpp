// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationlisting.h"

#include "agendalisting.h"
#include "database.h"

#include <QSet>

namespace Ratsmappe {

namespace {

// ?1 server ('' any), ?2 file ('' any: the whole listing), ?3 colour, ?4 type, ?5 attention only.
constexpr const char *ListSql =
    "SELECT a.id, a.server_id, a.file_id, coalesce(nullif(f.name, ''), nullif(f.file_name, ''), f.id), "
    "a.page, a.type, a.color, coalesce(a.quote, ''), coalesce(a.text, ''), a.needs_attention, "
    "coalesce(a.attention_reason, ''), a.modified, "
    "CASE a.type WHEN 'foreign' THEN coalesce(json_extract(a.geometry, '$.subtype'), '') ELSE '' END "
    "FROM annotations a JOIN files f ON f.server_id = a.server_id AND f.id = a.file_id "
    "WHERE a.version_id = f.current_version AND ?1 IN ('', a.server_id) AND ?2 IN ('', a.file_id) "
    "AND ?3 IN ('', a.color) AND ?4 IN ('', a.type) AND (?5 = 0 OR a.needs_attention = 1) "
    "ORDER BY 4, a.file_id, a.page, a.created, a.id";

} // namespace

QList<AnnotationListEntry> AnnotationListing::forFile(const QString &fileId,
                                                      const QString &serverId,
                                                      const AnnotationFilter &filter) const
{
    if (fileId.isEmpty()) {
        return {};
    }
    return select({fileId}, serverId, false, filter);
}

// The meeting page's documents: the meeting's own and those of its agenda items' papers.
QList<AnnotationListEntry> AnnotationListing::forMeeting(const QString &meetingId,
                                                         const QString &serverId,
                                                         const AnnotationFilter &filter) const
{
    const MeetingAgenda agenda = AgendaListing(m_db).agenda(meetingId, serverId);
    if (agenda.serverId.isEmpty()) {
        return {};
    }
    QStringList files;
    QSet<QString> seen;
    const auto addAll = [&](const QList<AgendaDocument> &documents) {
        for (const AgendaDocument &document : documents) {
            if (!seen.contains(document.fileId)) {
                seen.insert(document.fileId);
                files.append(document.fileId);
            }
        }
    };
    addAll(agenda.documents);
    for (const AgendaEntry &item : agenda.items) {
        addAll(item.documents);
    }
    return select(files, agenda.serverId, false, filter);
}

QList<AnnotationListEntry> AnnotationListing::all(const AnnotationFilter &filter) const
{
    return select({}, {}, true, filter);
}

QList<AnnotationListEntry> AnnotationListing::select(const QStringList &fileIds,
                                                     const QString &serverId,
                                                     bool anyFile,
                                                     const AnnotationFilter &filter) const
{
    QList<AnnotationListEntry> entries;
    Statement query(m_db, ListSql);
    const QStringList files = anyFile ? QStringList{QString()} : fileIds;
    for (const QString &file : files) {
        query.reset();
        query.bind(1, serverId.isNull() ? QStringLiteral("") : serverId)
            .bind(2, file.isNull() ? QStringLiteral("") : file)
            .bind(3, filter.color.isNull() ? QStringLiteral("") : filter.color.toLower())
            .bind(4, filter.type.isNull() ? QStringLiteral("") : filter.type)
            .bind(5, filter.needsAttentionOnly ? 1 : 0);
        while (query.next()) {
            AnnotationListEntry entry;
            entry.id = query.text(0);
            entry.serverId = query.text(1);
            entry.fileId = query.text(2);
            entry.title = query.text(3);
            entry.page = int(query.integer(4));
            entry.type = query.text(5);
            entry.color = query.text(6);
            entry.quote = query.text(7);
            entry.text = query.text(8);
            entry.needsAttention = query.integer(9) != 0;
            entry.attentionReason = query.text(10);
            entry.modified = QDateTime::fromString(query.text(11), Qt::ISODateWithMs);
            entry.subtype = query.text(12);
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace Ratsmappe
