// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "meetinglisting.h"

#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

/// An agenda item as a calendar entry's description lists it.
struct CalendarAgendaItem
{
    QString number; ///< may be empty
    QString name; ///< may be empty
};

/// A meeting with its public (or, when confirmed, every) agenda item, for a calendar export.
struct CalendarMeeting
{
    MeetingSummary meeting;
    QList<CalendarAgendaItem> agenda; ///< live items in the meeting's order
};

/// What a calendar export holds and what it left out.
struct CalendarSelection
{
    QList<CalendarMeeting> meetings; ///< by start time
    int leftOutMeetings = 0; ///< non-public meetings not included
    int leftOutItems = 0; ///< non-public agenda items of included meetings not listed
    int withoutStart = 0; ///< meetings with no start time: a calendar cannot place them
};

/// The meetings a calendar export (`ratsmappe ics`, the window's export) writes: those of a
/// MeetingFilter with their agenda. Non-public meetings and agenda items are left out unless
/// the caller says the member confirmed them.
class CalendarListing
{
public:
    explicit CalendarListing(Database &db)
        : m_db(db)
    { }

    CalendarSelection select(const MeetingFilter &filter, bool includeNonPublic) const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
