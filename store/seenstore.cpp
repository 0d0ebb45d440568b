// SPDX-License-Identifier: GPL-2.0-or-later
#include "seenstore.h"

#include "database.h"

#include <QDateTime>

namespace Ratsmappe {

namespace {

const QString BaselineKey = QStringLiteral("seen/baseline");

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Each kind's table; the version a document is seen in is its current stored version, another
// object's its last change.
const char *tableOf(const QString &kind)
{
    if (kind == QLatin1String("meeting")) {
        return "meetings";
    }
    if (kind == QLatin1String("agendaItem")) {
        return "agenda_items";
    }
    if (kind == QLatin1String("paper")) {
        return "papers";
    }
    if (kind == QLatin1String("file")) {
        return "files";
    }
    return nullptr;
}

QByteArray versionColumn(const QString &kind)
{
    return kind == QLatin1String("file") ? QByteArrayLiteral("coalesce(CAST(current_version AS TEXT), '')")
                                         : QByteArrayLiteral("last_changed");
}

} // namespace

void SeenStore::setBaselineOnce(const QString &at)
{
    Statement(m_db, "INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)")
        .bind(1, BaselineKey)
        .bind(2, at)
        .run();
}

std::optional<QString> SeenStore::baseline() const
{
    Statement st(m_db, "SELECT value FROM settings WHERE key = ?");
    st.bind(1, BaselineKey);
    if (!st.next() || st.isNull(0)) {
        return std::nullopt;
    }
    return st.text(0);
}

void SeenStore::markSeen(const QString &serverId, const QString &kind, const QString &id)
{
    const char *table = tableOf(kind);
    if (!table) {
        return;
    }
    const QByteArray sql = "INSERT INTO seen(server_id, target_id, version, at) SELECT server_id, id, " +
        versionColumn(kind) + ", ?3 FROM " + table + " WHERE server_id = ?1 AND id = ?2 AND " +
        versionColumn(kind) +
        " IS NOT NULL "
        "ON CONFLICT(server_id, target_id) DO UPDATE SET version = excluded.version, at = excluded.at";
    Statement(m_db, sql.constData()).bind(1, serverId).bind(2, id).bind(3, nowStamp()).run();
}

void SeenStore::markMeetingSeen(const QString &serverId, const QString &meetingId)
{
    Transaction tx(m_db);
    // The meeting, its agenda items and the papers they consult, then every document of them.
    Statement(m_db,
              "CREATE TEMP TABLE IF NOT EXISTS seen_owners(id TEXT PRIMARY KEY, kind TEXT) WITHOUT ROWID")
        .run();
    Statement(m_db, "DELETE FROM seen_owners").run();
    Statement(m_db,
              "INSERT OR IGNORE INTO seen_owners SELECT id, 'meeting' FROM meetings WHERE server_id = ?1 AND "
              "id = ?2 "
              "UNION ALL SELECT id, 'agendaItem' FROM agenda_items WHERE server_id = ?1 AND meeting_id = ?2 "
              "AND deleted = 0 "
              "UNION ALL SELECT c.paper_id, 'paper' FROM consultations c WHERE c.server_id = ?1 "
              "AND c.meeting_id = ?2 AND c.deleted = 0 AND c.paper_id IS NOT NULL "
              "UNION ALL SELECT c.paper_id, 'paper' FROM agenda_items a JOIN consultations c "
              "ON c.server_id = a.server_id AND c.id = a.consultation_id AND c.deleted = 0 "
              "WHERE a.server_id = ?1 AND a.meeting_id = ?2 AND a.deleted = 0 AND c.paper_id IS NOT NULL")
        .bind(1, serverId)
        .bind(2, meetingId)
        .run();
    const QString now = nowStamp();
    const char *upsert =
        " ON CONFLICT(server_id, target_id) DO UPDATE SET version = excluded.version, at = excluded.at";
    const QByteArray objects =
        QByteArray("INSERT INTO seen(server_id, target_id, version, at) "
                   "SELECT m.server_id, m.id, m.last_changed, ?2 FROM meetings m "
                   "JOIN seen_owners o ON o.id = m.id AND o.kind = 'meeting' WHERE m.server_id = ?1 "
                   "UNION ALL SELECT a.server_id, a.id, a.last_changed, ?2 FROM agenda_items a "
                   "JOIN seen_owners o ON o.id = a.id AND o.kind = 'agendaItem' WHERE a.server_id = ?1 "
                   "UNION ALL SELECT p.server_id, p.id, p.last_changed, ?2 FROM papers p "
                   "JOIN seen_owners o ON o.id = p.id AND o.kind = 'paper' WHERE p.server_id = ?1 "
                   "AND true") +
        upsert;
    Statement(m_db, objects.constData()).bind(1, serverId).bind(2, now).run();
    const QByteArray files = QByteArray("INSERT INTO seen(server_id, target_id, version, at) "
                                        "SELECT DISTINCT f.server_id, f.id, coalesce(CAST(f.current_version "
                                        "AS TEXT), ''), ?2 FROM files f "
                                        "JOIN file_links l ON l.server_id = f.server_id AND l.file_id = f.id "
                                        "JOIN seen_owners o ON o.id = l.owner_id "
                                        "WHERE f.server_id = ?1 AND true") +
        upsert;
    Statement(m_db, files.constData()).bind(1, serverId).bind(2, now).run();
    Statement(m_db, "DELETE FROM seen_owners").run();
    tx.commit();
}

void SeenStore::markAllSeen()
{
    Transaction tx(m_db);
    const QString now = nowStamp();
    const char *upsert =
        " ON CONFLICT(server_id, target_id) DO UPDATE SET version = excluded.version, at = excluded.at";
    for (const char *table : {"meetings", "agenda_items", "papers"}) {
        const QByteArray sql = QByteArray("INSERT INTO seen(server_id, target_id, version, at) "
                                          "SELECT server_id, id, last_changed, ?1 FROM ") +
            table + " WHERE deleted = 0 AND true" + upsert;
        Statement(m_db, sql.constData()).bind(1, now).run();
    }
    const QByteArray files =
        QByteArray("INSERT INTO seen(server_id, target_id, version, at) "
                   "SELECT server_id, id, coalesce(CAST(current_version AS TEXT), ''), ?1 "
                   "FROM files WHERE deleted = 0 AND true") +
        upsert;
    Statement(m_db, files.constData()).bind(1, now).run();
    tx.commit();
}

SeenState SeenStore::state(const QString &serverId, const QString &kind, const QString &id) const
{
    const char *table = tableOf(kind);
    if (!table) {
        return SeenState::Seen;
    }
    const QByteArray expression =
        kind == QLatin1String("file") ? seenFileStateSql("t") : seenObjectStateSql("t");
    const QByteArray sql =
        "SELECT " + expression + " FROM " + table + " t WHERE t.server_id = ?1 AND t.id = ?2";
    Statement st(m_db, sql.constData());
    st.bind(1, serverId).bind(2, id);
    if (!st.next()) {
        return SeenState::Seen;
    }
    return static_cast<SeenState>(st.integer(0));
}

// A document: seen in another version than the current one → changed; never seen → new when it
// arrived after the baseline, changed when a later version did (one known before it), else seen.
// Before the first sync has ended (no baseline) nothing is new.
QByteArray seenFileStateSql(const char *files)
{
    const QByteArray f(files);
    const QByteArray seenRow = "(SELECT s.version FROM seen s WHERE s.server_id = " + f +
        ".server_id AND s.target_id = " + f + ".id)";
    const QByteArray baseline = "(SELECT value FROM settings WHERE key = 'seen/baseline')";
    // Seen before any version was stored (version ''): the first version that arrives is the
    // one the member was told of, only a later one is a change.
    const QByteArray otherVersion = "EXISTS (SELECT 1 FROM file_versions e WHERE e.server_id = " + f +
        ".server_id AND e.file_id = " + f + ".id AND e.complete = 1 AND e.id <> " + f + ".current_version)";
    return "(CASE WHEN " + seenRow + " IS NOT NULL THEN (CASE WHEN " + f + ".current_version IS NULL OR " +
        seenRow + " = CAST(" + f + ".current_version AS TEXT) OR (" + seenRow + " = '' AND NOT " +
        otherVersion + ") THEN 0 ELSE 2 END) WHEN " + baseline + " IS NULL THEN 0 WHEN " + f +
        ".first_seen > " + baseline +
        " THEN 1 WHEN (SELECT v.completed FROM file_versions v WHERE v.id = " + f + ".current_version) > " +
        baseline + " AND EXISTS (SELECT 1 FROM file_versions e WHERE e.server_id = " + f +
        ".server_id AND e.file_id = " + f + ".id AND e.complete = 1 AND e.id <> " + f +
        ".current_version) THEN 2 ELSE 0 END)";
}

QByteArray seenObjectStateSql(const char *object)
{
    const QByteArray o(object);
    const QByteArray seenRow = "(SELECT s.version FROM seen s WHERE s.server_id = " + o +
        ".server_id AND s.target_id = " + o + ".id)";
    const QByteArray baseline = "(SELECT value FROM settings WHERE key = 'seen/baseline')";
    return "(CASE WHEN " + seenRow + " IS NOT NULL THEN (CASE WHEN " + seenRow + " = " + o +
        ".last_changed THEN 0 ELSE 2 END) WHEN " + baseline + " IS NULL THEN 0 WHEN " + o + ".first_seen > " +
        baseline + " THEN 1 WHEN " + o + ".last_changed > " + baseline + " THEN 2 ELSE 0 END)";
}

} // namespace Ratsmappe
