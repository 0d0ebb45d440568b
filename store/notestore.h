// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// The member's personal note on one object (an agenda item, a paper, a meeting, a file) of one
/// server: plain text with Markdown emphasis and lists.
struct StoredNote
{
    QString serverId;
    QString targetId; ///< the OParl id
    QString text;
    QDateTime created; ///< UTC, to the millisecond
    QDateTime modified;

    bool operator==(const StoredNote &other) const = default;
};

/// The queries on notes: one note per target. Writes are committed durably at once.
class NoteStore
{
public:
    explicit NoteStore(Database &db)
        : m_db(db)
    { }

    std::optional<StoredNote> get(const QString &serverId, const QString &targetId) const;
    /// Inserts the note, or replaces its text (created stays).
    StoredNote set(const QString &serverId, const QString &targetId, const QString &text);
    bool remove(const QString &serverId, const QString &targetId);
    /// Every note, by server and target.
    QList<StoredNote> list() const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
