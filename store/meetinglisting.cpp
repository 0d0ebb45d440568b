// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetinglisting.h"

#include "database.h"

namespace Ratsmappe {

QList<MeetingSummary> MeetingListing::meetings() const
{
    Statement st(m_db, "SELECT id, name, start, cancelled FROM meetings WHERE deleted = 0");
    QList<MeetingSummary> meetings;
    while (st.next()) {
        meetings.append(
            {st.text(0), st.text(1), QDateTime::fromString(st.text(2), Qt::ISODate), st.integer(3) != 0});
    }
    return meetings;
}

} // namespace Ratsmappe
