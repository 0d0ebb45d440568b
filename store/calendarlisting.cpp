// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendarlisting.h"

#include "database.h"

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

CalendarSelection CalendarListing::select(const MeetingFilter &filter, bool includeNonPublic) const
{
    CalendarSelection selection;
    QList<MeetingSummary> meetings = MeetingListing(m_db).meetings(filter);
    std::sort(meetings.begin(), meetings.end(), [](const MeetingSummary &a, const MeetingSummary &b) {
        return std::tie(a.start, a.name, a.id) < std::tie(b.start, b.name, b.id);
    });
    // No answer from the server counts as public, as the meeting page has it.
    Statement items(m_db,
                    "SELECT number, name, coalesce(public, 1) FROM agenda_items "
                    "WHERE server_id = ? AND meeting_id = ? AND deleted = 0 ORDER BY sort_order, number");
    for (MeetingSummary &m : meetings) {
        if (m.nonPublic && !includeNonPublic) {
            ++selection.leftOutMeetings;
            continue;
        }
        if (!m.start.isValid()) {
            ++selection.withoutStart;
            continue;
        }
        CalendarMeeting entry{std::move(m), {}};
        items.bind(1, entry.meeting.serverId).bind(2, entry.meeting.id);
        while (items.next()) {
            if (items.integer(2) == 0 && !includeNonPublic) {
                ++selection.leftOutItems;
                continue;
            }
            entry.agenda.append({items.text(0), items.text(1)});
        }
        items.reset();
        selection.meetings.append(std::move(entry));
    }
    return selection;
}

} // namespace Ratsmappe
