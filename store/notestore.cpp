// SPDX-License-Identifier: GPL-2.0-or-later
#include "notestore.h"

#include "database.h"
#include "walcheckpoint.h"

namespace Ratsmappe {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

StoredNote readRow(const Statement &st)
{
    return StoredNote{st.text(0),
                      st.text(1),
                      st.text(2),
                      QDateTime::fromString(st.text(3), Qt::ISODateWithMs),
                      QDateTime::fromString(st.text(4), Qt::ISODateWithMs)};
}

} // namespace

std::optional<StoredNote> NoteStore::get(const QString &serverId, const QString &targetId) const
{
    Statement st(m_db,
                 "SELECT server_id, target_id, text, created, modified FROM notes WHERE server_id = ?1 AND "
                 "target_id = ?2");
    if (!st.bind(1, serverId).bind(2, targetId).next()) {
        return std::nullopt;
    }
    return readRow(st);
}

StoredNote NoteStore::set(const QString &serverId, const QString &targetId, const QString &text)
{
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    DurableTransaction tx(m_db);
    Statement(m_db,
              "INSERT INTO notes(server_id, target_id, text, created, modified) VALUES (?1, ?2, ?3, ?4, ?4) "
              "ON CONFLICT(server_id, target_id) DO UPDATE SET text = ?3, modified = ?4")
        .bind(1, serverId)
        .bind(2, targetId)
        .bind(3, text)
        .bind(4, now)
        .run();
    tx.commit();
    return *get(serverId, targetId);
}

bool NoteStore::remove(const QString &serverId, const QString &targetId)
{
    DurableTransaction tx(m_db);
    Statement(m_db, "DELETE FROM notes WHERE server_id = ?1 AND target_id = ?2")
        .bind(1, serverId)
        .bind(2, targetId)
        .run();
    const bool found = m_db.changes() > 0;
    tx.commit();
    // Its text must not stay readable in an old WAL frame (secure_delete zeroes the file's).
    truncateWalNow(m_db);
    return found;
}

QList<StoredNote> NoteStore::list() const
{
    Statement st(
        m_db,
        "SELECT server_id, target_id, text, created, modified FROM notes ORDER BY server_id, target_id");
    QList<StoredNote> notes;
    while (st.next()) {
        notes.append(readRow(st));
    }
    return notes;
}

} // namespace Ratsmappe
