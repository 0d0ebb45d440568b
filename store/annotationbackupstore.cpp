// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationbackupstore.h"

#include "database.h"

#include <QJsonDocument>

namespace Ratsmappe {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readStamp(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant optionalOffset(int offset)
{
    return offset < 0 ? QVariant() : QVariant(offset);
}

// Binds ?1 … ?22 in the order of the annotations table's columns below.
Statement &bindAll(Statement &st, const StoredAnnotation &a)
{
    return st.bind(1, a.id)
        .bind(2, a.serverId)
        .bind(3, a.fileId)
        .bind(4, a.versionId)
        .bind(5, a.type)
        .bind(6, a.page)
        .bindUtf8(7, QJsonDocument(a.geometry).toJson(QJsonDocument::Compact))
        .bind(8, a.color)
        .bind(9, optionalText(a.text))
        .bind(10, optionalText(a.quote))
        .bind(11, optionalText(a.prefix))
        .bind(12, optionalText(a.suffix))
        .bind(13, optionalOffset(a.start))
        .bind(14, optionalOffset(a.end))
        .bind(15, a.needsAttention ? 1 : 0)
        .bind(16, optionalText(a.attentionReason))
        .bind(17, stamp(a.created))
        .bind(18, stamp(a.modified))
        .bind(19, optionalText(a.originId))
        .bind(20, a.carriedTo > 0 ? QVariant(a.carriedTo) : QVariant())
        .bind(21, optionalText(a.placement))
        .bind(22, a.confidence < 0 ? QVariant() : QVariant(a.confidence));
}

// The non-public part of every server (serveraccounts.cpp's NonPublicTargets, for all servers).
constexpr const char *NonPublicSql = R"sql(
WITH gone(server_id, id) AS (
    SELECT server_id, id FROM meetings WHERE non_public = 1
    UNION SELECT a.server_id, a.id FROM agenda_items a WHERE a.public = 0 OR EXISTS (SELECT 1
        FROM meetings m WHERE m.server_id = a.server_id AND m.id = a.meeting_id AND m.non_public = 1)
    UNION SELECT server_id, id FROM papers WHERE non_public = 1)
SELECT server_id, id FROM gone
UNION SELECT f.server_id, f.id FROM files f WHERE f.non_public = 1 OR EXISTS (SELECT 1 FROM file_links l
    JOIN gone g ON g.server_id = l.server_id AND g.id = l.owner_id
    WHERE l.server_id = f.server_id AND l.file_id = f.id)
)sql";

AnnotationBackupStore::Waiting readWaiting(const Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), readStamp(st.text(3)), st.integer(4) != 0, st.blob(5)};
}

} // namespace

QList<AnnotationBackupStore::Version> AnnotationBackupStore::annotatedVersions() const
{
    Statement st(m_db,
                 "SELECT v.id, v.server_id, v.file_id, v.blake2b FROM file_versions v WHERE v.id IN "
                 "(SELECT version_id FROM annotations UNION SELECT carried_to FROM annotations "
                 "WHERE carried_to IS NOT NULL) ORDER BY v.id");
    QList<Version> versions;
    while (st.next()) {
        versions.append({st.integer(0), st.text(1), st.text(2), st.text(3)});
    }
    return versions;
}

QSet<QString> AnnotationBackupStore::nonPublicTargets() const
{
    Statement st(m_db, NonPublicSql);
    QSet<QString> targets;
    while (st.next()) {
        targets.insert(targetKey(st.text(0), st.text(1)));
    }
    return targets;
}

bool AnnotationBackupStore::hasFile(const QString &serverId, const QString &fileId) const
{
    Statement st(m_db, "SELECT 1 FROM files WHERE server_id = ?1 AND id = ?2");
    return st.bind(1, serverId).bind(2, fileId).next();
}

qint64 AnnotationBackupStore::versionByHash(const QString &serverId,
                                            const QString &fileId,
                                            const QString &hash) const
{
    if (hash.isEmpty()) {
        return 0;
    }
    Statement st(m_db,
                 "SELECT id FROM file_versions WHERE server_id = ?1 AND file_id = ?2 AND blake2b = ?3 AND "
                 "complete = 1 ORDER BY id DESC LIMIT 1");
    return st.bind(1, serverId).bind(2, fileId).bind(3, hash.toLower()).next() ? st.integer(0) : 0;
}

qint64 AnnotationBackupStore::currentIndexedVersion(const QString &serverId, const QString &fileId) const
{
    Statement st(
        m_db,
        "SELECT v.id FROM files f JOIN file_versions v ON v.id = f.current_version "
        "WHERE f.server_id = ?1 AND f.id = ?2 AND f.deleted = 0 AND v.complete = 1 AND v.kind = 'pdf' "
        "AND v.text_indexed = 1");
    return st.bind(1, serverId).bind(2, fileId).next() ? st.integer(0) : 0;
}

qint64 AnnotationBackupStore::copyVersion(const QString &id) const
{
    Statement st(m_db, "SELECT version_id FROM annotations WHERE origin_id = ?1 ORDER BY version_id LIMIT 1");
    return st.bind(1, id).next() ? st.integer(0) : 0;
}

void AnnotationBackupStore::insert(const StoredAnnotation &a)
{
    Statement st(
        m_db,
        "INSERT INTO annotations(id, server_id, file_id, version_id, type, page, geometry, color, text, "
        "quote, prefix, suffix, start_offset, end_offset, needs_attention, attention_reason, created, "
        "modified, origin_id, carried_to, placement, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)");
    bindAll(st, a).run();
}

void AnnotationBackupStore::replace(const StoredAnnotation &a)
{
    Statement st(
        m_db,
        "UPDATE annotations SET server_id = ?2, file_id = ?3, version_id = ?4, type = ?5, page = ?6, "
        "geometry = ?7, color = ?8, text = ?9, quote = ?10, prefix = ?11, suffix = ?12, "
        "start_offset = ?13, end_offset = ?14, needs_attention = ?15, attention_reason = ?16, "
        "created = ?17, modified = ?18, origin_id = ?19, carried_to = ?20, placement = ?21, "
        "confidence = ?22 WHERE id = ?1");
    bindAll(st, a).run();
}

void AnnotationBackupStore::putNote(const StoredNote &note)
{
    Statement(m_db,
              "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES (?1, ?2, ?3, ?4, ?5) "
              "ON CONFLICT(server_id, target_id) DO UPDATE SET text = ?3, created = ?4, modified = ?5")
        .bind(1, note.serverId)
        .bind(2, note.targetId)
        .bind(3, note.text)
        .bind(4, stamp(note.created))
        .bind(5, stamp(note.modified))
        .run();
}

void AnnotationBackupStore::putWaiting(const Waiting &w)
{
    Statement(m_db,
              "INSERT OR REPLACE INTO restore_pending(id, server_id, file_id, modified, non_public, entry) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, w.id)
        .bind(2, w.serverId)
        .bind(3, w.fileId)
        .bind(4, stamp(w.modified))
        .bind(5, w.nonPublic ? 1 : 0)
        .bind(6, w.entry)
        .run();
}

std::optional<AnnotationBackupStore::Waiting> AnnotationBackupStore::waiting(const QString &id) const
{
    Statement st(
        m_db,
        "SELECT id, server_id, file_id, modified, non_public, entry FROM restore_pending WHERE id = ?1");
    if (!st.bind(1, id).next()) {
        return std::nullopt;
    }
    return readWaiting(st);
}

QList<AnnotationBackupStore::Waiting> AnnotationBackupStore::allWaiting() const
{
    Statement st(
        m_db,
        "SELECT id, server_id, file_id, modified, non_public, entry FROM restore_pending ORDER BY server_id, "
        "file_id, id");
    QList<Waiting> all;
    while (st.next()) {
        all.append(readWaiting(st));
    }
    return all;
}

void AnnotationBackupStore::removeWaiting(const QString &id)
{
    Statement(m_db, "DELETE FROM restore_pending WHERE id = ?1").bind(1, id).run();
}

int AnnotationBackupStore::waitingCount() const
{
    return int(m_db.queryInt("SELECT count(*) FROM restore_pending").value_or(0));
}

} // namespace Ratsmappe
