// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetinglisting.h"

#include "database.h"

namespace Ratsmappe {

QList<MeetingSummary> MeetingListing::meetings() const
{
    Statement st(m_db, "SELECT id, server_id, name, start, cancelled FROM meetings WHERE deleted = 0");
    QList<MeetingSummary> meetings;
    while (st.next()) {
        meetings.append({st.text(0),
                         st.text(1),
                         st.text(2),
                         QDateTime::fromString(st.text(3), Qt::ISODate),
                         st.integer(4) != 0});
    }
    return meetings;
}

} // namespace Ratsmappe
