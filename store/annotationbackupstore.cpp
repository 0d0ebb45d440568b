// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationbackupstore.h"

#include "annotationstore.h"

#include "database.h"

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
    AnnotationStore(m_db).insertAsIs(a);
}

void AnnotationBackupStore::replace(const StoredAnnotation &a)
{
    AnnotationStore(m_db).replaceAsIs(a);
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
