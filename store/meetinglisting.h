// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// A meeting as the meetings list and the calendar show it. Any field the server left out
/// stays empty (invalid for times).
struct MeetingSummary
{
    QString id;
    QString serverId; ///< its server (ServerStore's key): another server may have a meeting with the same id
    QString name;
    QDateTime start; ///< as the server sent it, with its offset; invalid when it sent none
    bool cancelled = false;
    QDateTime end; ///< invalid when the server sent none
    QStringList committeeIds; ///< the organizations it names, in name order
    QStringList committees; ///< their names (empty where an organization is not cached or nameless)
    QString location; ///< one line: description, room, street address, locality as far as known
    bool nonPublic = false;
    int documents = 0; ///< live files of the meeting, of its agenda items and of their papers
    QString web; ///< the meeting's page on the council's web site (OParl `web`); may be empty
};

/// Which meetings a listing returns; an empty filter returns them all.
struct MeetingFilter
{
    QStringList committeeIds; ///< meetings of any of these organizations; none: every meeting
    QDate from; ///< meetings starting on or after this day (the server's local date); invalid: no bound
    QDate until; ///< meetings starting on or before this day; invalid: no bound
    bool withDocumentsOnly = false;
    QString meetingId; ///< only this meeting (of serverId, when given); empty: no such bound
    QString serverId;
};

/// The meetings page's query on meetings: every live (not deleted) meeting, with its
/// committees, location and number of documents, in one statement.
class MeetingListing
{
public:
    explicit MeetingListing(Database &db)
        : m_db(db)
    { }

    /// In no particular order: the list orders them around the current time.
    /// The first meetings that start at or after \a from (id, server, name, start, cancelled
    /// only), soonest first: cheap enough for the GUI thread (the start index, a bounded count).
    QList<MeetingSummary> startingFrom(const QDateTime &from, int limit = 200) const;
    QList<MeetingSummary> meetings(const MeetingFilter &filter = {}) const;

private:
    Database &m_db;
};

/// A committee (or any organization) that has meetings in the cache: the meetings filter's choices.
struct MeetingCommittee
{
    QString id;
    QString serverId;
    QString name; ///< the id when the organization has no name or is not cached
    int meetings = 0;
};

/// The organizations live meetings name, by name.
class MeetingCommitteeListing
{
public:
    explicit MeetingCommitteeListing(Database &db)
        : m_db(db)
    { }

    QList<MeetingCommittee> committees() const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
