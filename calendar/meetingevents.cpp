// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingevents.h"

#include "calendarlisting.h"

namespace Ratsmappe::Ics {

QList<Event> eventsOf(const QList<CalendarMeeting> &meetings)
{
    QList<Event> events;
    events.reserve(meetings.size());
    for (const CalendarMeeting &c : meetings) {
        const MeetingSummary &m = c.meeting;
        Event e;
        e.serverId = m.serverId;
        e.meetingId = m.id;
        e.summary = m.name;
        e.start = m.start;
        e.end = m.end;
        e.location = m.location;
        e.url = m.web.isEmpty() ? m.id : m.web;
        e.cancelled = m.cancelled;
        e.categories = m.committees;
        for (const CalendarAgendaItem &item : c.agenda) {
            e.agenda.append({item.number, item.name});
        }
        events.append(std::move(e));
    }
    return events;
}

} // namespace Ratsmappe::Ics
