// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// Whether the member has looked at an object (meeting, agenda item, paper) or a document as it
/// is now.
enum class SeenState {
    Seen, ///< looked at in its current version, or in the cache since before the first sync ended
    New, ///< arrived after the first sync and not looked at yet
    Changed, ///< looked at (or known) in an earlier version; this one is new
};

/// What the member has looked at (issue 18), per object and per version, kept in the cache
/// (table `seen`). A document's version is its current stored version (files.current_version),
/// another object's is its last change (last_changed). Everything the first complete sync
/// brought counts as seen: the line is the end of that sync (the baseline), so a member's first
/// overview is not a wall of "new".
///
/// Listings that show the state compute it in SQL with seenFileStateSql() and
/// seenObjectStateSql(), so a list of thousands needs no query per row.
class SeenStore
{
public:
    explicit SeenStore(Database &db)
        : m_db(db)
    { }

    /// Sets the baseline to \a at (UTC, ISO 8601 with milliseconds) unless it is set already.
    void setBaselineOnce(const QString &at);
    std::optional<QString> baseline() const;

    /// The object or document \a id of \a serverId as it is now has been seen. \a kind is
    /// "meeting", "agendaItem", "paper" or "file". Unknown ids are ignored.
    void markSeen(const QString &serverId, const QString &kind, const QString &id);
    /// The meeting, its agenda items, their papers and every document of the three, as they are
    /// now, in one transaction.
    void markMeetingSeen(const QString &serverId, const QString &meetingId);
    /// Every object and document in the cache, as it is now (the overview's "all seen").
    void markAllSeen();

    SeenState state(const QString &serverId, const QString &kind, const QString &id) const;

private:
    Database &m_db;
};

/// An SQL expression giving a document's SeenState as 0 Seen, 1 New, 2 Changed, for a query
/// where \a files is the alias of the files row (columns server_id, id, current_version,
/// first_seen). It reads `seen`, `file_versions` and `settings` itself.
QByteArray seenFileStateSql(const char *files = "f");
/// The same for a meeting, agenda item or paper row aliased \a object (server_id, id,
/// first_seen, last_changed).
QByteArray seenObjectStateSql(const char *object);

} // namespace Ratsmappe
