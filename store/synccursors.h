// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Ratsmappe {

class Database;

/// Where the last complete walk of one OParl list left off.
struct ListCursor
{
    QDateTime cursor; ///< invalid: the list was never walked to its end
    QDateTime lastFull; ///< the last complete full walk; invalid: none yet
};

/// The sync's cursors, one per server and list URL.
class SyncCursors
{
public:
    explicit SyncCursors(Database &db)
        : m_db(db)
    { }

    ListCursor get(const QString &serverId, const QString &listUrl);
    /// Moves the list's cursor; an invalid \a lastFull keeps the stored one.
    void
    set(const QString &serverId, const QString &listUrl, const QDateTime &cursor, const QDateTime &lastFull);

private:
    Database &m_db;
};

} // namespace Ratsmappe
