// SPDX-License-Identifier: GPL-2.0-or-later
#include "nextmeeting.h"

#include "cache.h"
#include "meetinglisting.h"
#include "storelog.h"

#include <optional>

namespace Ratsmappe {

void NextMeeting::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::contentChanged, this, &NextMeeting::reload);
        connect(controller, &CacheController::stateChanged, this, &NextMeeting::reload);
    }
    Q_EMIT cacheControllerChanged();
    reload();
}

void NextMeeting::reload()
{
    Cache *cache = CacheController::usableCache(m_controller);
    try {
        load(cache ? &cache->database() : nullptr);
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "next meeting not read:" << e.message();
        load(nullptr);
    }
}

void NextMeeting::load(Database *db, const QDateTime &now)
{
    std::optional<MeetingSummary> next;
    if (db) {
        const QDateTime from =
            (now.isValid() ? now : QDateTime::currentDateTimeUtc()).addSecs(-RunningHours * 3600);
        for (const MeetingSummary &m : MeetingListing(*db).startingFrom(from)) {
            if (m.cancelled || !m.start.isValid() || m.start < from) {
                continue;
            }
            // The same start: the name decides, not the order the sync stored them in.
            if (!next || m.start < next->start || (m.start == next->start && m.name < next->name)) {
                next = m;
            }
        }
    }
    const MeetingSummary found = next.value_or(MeetingSummary{});
    if (found.id == m_meetingId && found.serverId == m_serverId && found.name == m_name &&
        found.start == m_start) {
        return;
    }
    m_meetingId = found.id;
    m_serverId = found.serverId;
    m_name = found.name;
    m_start = found.start;
    Q_EMIT changed();
}

} // namespace Ratsmappe
