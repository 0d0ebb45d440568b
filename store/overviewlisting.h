// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;
struct SyncScope;

/// A document of an upcoming meeting the member has not looked at as it is now.
struct OverviewDocument
{
    QString fileId;
    QString name; ///< its name, else its file name, else its id
    int state = 0; ///< SeenState: 0 seen (only when late), 1 new, 2 changed
    bool late = false; ///< a Tischvorlage
    bool downloaded = false;
    bool nonPublic = false;
};

/// One of the member's next meetings with what is new in it.
struct OverviewMeeting
{
    QString serverId;
    QString id;
    QString name;
    QString committees; ///< the names of its organizations, joined; empty when it names none
    QString location; ///< empty when the server gives none
    QDateTime start;
    bool cancelled = false;
    int totalDocuments = 0; ///< every live document of the meeting, its items and their papers
    int downloadedDocuments = 0;
    int newDocuments = 0;
    int changedDocuments = 0;
    int lateDocuments = 0; ///< of the listed ones
    QList<OverviewDocument> documents; ///< new, changed, or late and not seen as they are now
};

/// What a sync brought for one upcoming meeting (the sync's result in words).
struct MeetingArrivals
{
    QString meetingName; ///< its committees, else its name
    QDateTime start;
    int newDocuments = 0;
    int changedDocuments = 0; ///< new versions of documents known before
};

/// The overview's query (issue 18): the member's next meetings and, per meeting, the documents
/// that are new, changed or late and not seen yet. A meeting's documents are its own, its agenda
/// items' and those of the papers its items consult.
class OverviewListing
{
public:
    explicit OverviewListing(Database &db)
        : m_db(db)
    { }

    /// The meetings of \a scope's committees (none: all) that start at or after \a now (or are
    /// still running), soonest first: those within \a days, and at least \a atLeast of them.
    /// Cancelled ones are included (and say so).
    QList<OverviewMeeting>
    nextMeetings(const SyncScope &scope, const QDateTime &now, int days = 14, int atLeast = 5) const;

    /// The end of the last complete sync of any server; invalid when there was none.
    QDateTime lastSync() const;

    /// Per upcoming meeting in \a scope (soonest first), the documents that first arrived, or
    /// got a new version, at or after \a since (UTC, ISO 8601 with milliseconds, as the store
    /// writes it). A document counts for the soonest of its meetings only.
    QList<MeetingArrivals>
    arrivedSince(const QString &since, const SyncScope &scope, const QDateTime &now) const;

private:
    void readDocuments(OverviewMeeting &meeting) const;

    Database &m_db;
};

} // namespace Ratsmappe
