// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// Which meetings' documents are kept on the laptop: the member's committees (OParl
/// Organization ids; none means all) and a time window, by default from 90 days back with no
/// end. Stored in the cache, so every run and the app use the same.
struct SyncScope
{
    static constexpr int DefaultDaysBack = 90;

    QDate from; ///< invalid: DefaultDaysBack before today
    QDate until; ///< invalid: no end
    QStringList committees;
    QStringList bodies; ///< OParl Body ids to sync; none means every body of the server

    static SyncScope load(Database &db);
    void save(Database &db) const;
    QDate effectiveFrom() const;
    /// The files of \a serverId's meetings in scope (their own, their agenda items', and their
    /// papers'), the next meeting's first, then the most recent past ones. Without a server,
    /// every server's (for a cache of one server).
    QStringList
    files(Database &db, bool onlyMissing, const QString &changedSince, const QString &serverId = {}) const;
};

} // namespace Ratsmappe
