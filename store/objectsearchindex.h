// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Ratsmappe {

class Database;

/// The search index of meetings, agenda items, papers, persons and organizations
/// (search_objects): one row per live object with its name as title and what else names it as
/// body (a meeting's committees, an agenda item's number, a paper's reference and type, a
/// person's names, an organization's short name). Only the object's own fields: no row carries
/// a child's title, so removing a child leaves nothing of it in its parent's row.
class ObjectSearchIndex
{
public:
    explicit ObjectSearchIndex(Database &db)
        : m_db(db)
    { }

    /// Brings the rows up to date: new and changed objects (by last_changed) get a new row, rows
    /// of deleted or removed objects go. Opens its own transaction unless \a inTransaction.
    /// Returns the number of rows written or removed.
    int refresh(bool inTransaction = false);
    /// Removes every row of \a serverId's objects, so the next refresh() makes them again (after
    /// the wipe changed their data). In the caller's transaction.
    void forgetServer(const QString &serverId);

private:
    Database &m_db;
};

} // namespace Ratsmappe
