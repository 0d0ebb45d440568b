// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;
struct SyncScope;

/// A document of an upcoming meeting that a sync has just brought: a late one (Tischvorlage) or
/// a new version of one the member may already have read.
struct ArrivedDocument
{
    QString serverId;
    QString fileId;
    QString name; ///< its name, else its file name, else its id
    bool nonPublic = false;
    bool newVersion = false; ///< an earlier complete version is stored; else it is late
    QString meetingId; ///< the soonest upcoming meeting in scope that lists it
    QString meetingName;
    QDateTime meetingStart;
};

/// The query that tells a member what arrived for the meetings ahead.
class DocumentArrivals
{
public:
    explicit DocumentArrivals(Database &db)
        : m_db(db)
    { }

    /// The documents of upcoming meetings in \a scope (from today on, the member's committees)
    /// whose current version was completed at or after \a since (UTC, ISO 8601 with
    /// milliseconds, as the store writes it) and that are late or replace an earlier version.
    /// Meetings first seen at or after \a since are left out: on a first sync everything is
    /// new, and nothing of it arrived late. Soonest meeting first.
    QList<ArrivedDocument> since(const QString &since, const SyncScope &scope) const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
