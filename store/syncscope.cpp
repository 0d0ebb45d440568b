// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncscope.h"

#include "database.h"

namespace Ratsmappe {

SyncScope SyncScope::load(Database &db)
{
    SyncScope scope;
    Statement st(db, "SELECT key, value FROM scope");
    while (st.next()) {
        const QString key = st.text(0);
        if (key == QLatin1String("from")) {
            scope.from = QDate::fromString(st.text(1), Qt::ISODate);
        } else if (key == QLatin1String("until")) {
            scope.until = QDate::fromString(st.text(1), Qt::ISODate);
        } else if (key.startsWith(QLatin1String("committee:"))) {
            scope.committees << key.mid(10);
        } else if (key.startsWith(QLatin1String("body:"))) {
            scope.bodies << key.mid(5);
        }
    }
    return scope;
}

void SyncScope::save(Database &db) const
{
    Transaction tx(db);
    db.exec("DELETE FROM scope");
    Statement insert(db, "INSERT INTO scope(key, value) VALUES (?, ?)");
    if (from.isValid()) {
        insert.bind(1, QStringLiteral("from")).bind(2, from.toString(Qt::ISODate)).run();
    }
    if (until.isValid()) {
        insert.bind(1, QStringLiteral("until")).bind(2, until.toString(Qt::ISODate)).run();
    }
    for (const QString &committee : committees) {
        insert.bind(1, QLatin1String("committee:") + committee).bind(2, QString()).run();
    }
    for (const QString &body : bodies) {
        insert.bind(1, QLatin1String("body:") + body).bind(2, QString()).run();
    }
    tx.commit();
}

QDate SyncScope::effectiveFrom() const
{
    return from.isValid() ? from : QDate::currentDate().addDays(-DefaultDaysBack);
}

QStringList
SyncScope::files(Database &db, bool onlyMissing, const QString &changedSince, const QString &serverId) const
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS scope_committees(id TEXT PRIMARY KEY); DELETE FROM "
            "scope_committees;");
    Statement add(db, "INSERT OR IGNORE INTO temp.scope_committees(id) VALUES (?)");
    for (const QString &committee : committees) {
        add.bind(1, committee).run();
    }
    // Dates compare as ISO strings; a day's precision is what the window needs.
    Statement st(db, R"sql(
        WITH scoped AS (
            SELECT m.server_id, m.id, m.start FROM meetings m
            WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start >= ?1 AND (?2 IS NULL OR m.start < ?2)
              AND ifnull(?6, '') IN ('', m.server_id)
              AND (NOT EXISTS (SELECT 1 FROM temp.scope_committees)
                   OR EXISTS (SELECT 1 FROM meeting_organizations mo JOIN temp.scope_committees c
                              ON c.id = mo.organization_id WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id))
        ),
        owners AS (
            SELECT server_id, id AS owner, start FROM scoped
            UNION ALL SELECT a.server_id, a.id, s.start FROM agenda_items a
                      JOIN scoped s ON a.server_id = s.server_id AND a.meeting_id = s.id WHERE a.deleted = 0
            UNION ALL SELECT c.server_id, c.paper_id, s.start FROM consultations c
                      JOIN scoped s ON c.server_id = s.server_id AND c.meeting_id = s.id WHERE c.deleted = 0
        )
        SELECT l.file_id, min(CASE WHEN o.start >= ?3 THEN o.start END) AS upcoming, max(o.start) AS recent
        FROM owners o
        JOIN file_links l ON l.server_id = o.server_id AND l.owner_id = o.owner
        JOIN files f ON f.server_id = l.server_id AND f.id = l.file_id AND f.deleted = 0
        WHERE NOT ?4 OR f.current_version IS NULL OR f.last_changed >= ?5
        GROUP BY l.server_id, l.file_id
        ORDER BY upcoming IS NULL, upcoming, recent DESC
    )sql");
    st.bind(1, effectiveFrom().toString(Qt::ISODate))
        .bind(2, until.isValid() ? until.addDays(1).toString(Qt::ISODate) : QString())
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(4, onlyMissing ? 1 : 0)
        .bind(5, changedSince)
        .bind(6, serverId);
    QStringList ids;
    while (st.next()) {
        ids << st.text(0);
    }
    return ids;
}

} // namespace Ratsmappe
