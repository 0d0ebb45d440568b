// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Ratsmappe {

class Database;

/// Where the last complete walk of one OParl list left off, in the server's own time base
/// (docs/sync.md, "Cursors").
struct ListCursor
{
    QDateTime mark; ///< the newest `modified` seen in the list, never later than the server's Date; invalid:
                    ///< never walked to its end
    /// Whether the overlap window below the mark needs another look: Open (ask from mark -
    /// overlap), Quiet (a look brought nothing new: ask from the mark's second on), Past (the
    /// server's clock is beyond mark + overlap: ask from the second after the mark).
    enum class Window { Open, Quiet, Past };
    Window window = Window::Open;
    ///< just after the mark
    QDateTime lastFull; ///< the last complete full walk, by this computer's clock; invalid: none yet
};

/// The sync's cursors, one per server and list URL.
class SyncCursors
{
public:
    explicit SyncCursors(Database &db)
        : m_db(db)
    { }

    ListCursor get(const QString &serverId, const QString &listUrl);
    /// Stores the list's cursor; an invalid lastFull keeps the stored one.
    void set(const QString &serverId, const QString &listUrl, const ListCursor &cursor);

private:
    Database &m_db;
};

} // namespace Ratsmappe
