// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "icswriter.h"

#include <QList>

namespace Ratsmappe {
struct CalendarMeeting;
}

namespace Ratsmappe::Ics {

/// The calendar events of \a meetings as the store's CalendarListing selected them: one per
/// meeting, its agenda as the description, its web page (else its OParl id) as the URL, its
/// committees as categories. What `ratsmappe ics` and the window's export write.
QList<Event> eventsOf(const QList<CalendarMeeting> &meetings);

} // namespace Ratsmappe::Ics
