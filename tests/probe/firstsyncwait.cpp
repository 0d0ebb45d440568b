// SPDX-License-Identifier: GPL-2.0-or-later
#include "firstsyncwait.h"

#include "cachecontroller.h"

namespace Ratsmappe {

FirstSyncWait::FirstSyncWait(CacheController &controller,
                             std::function<void()> ready,
                             std::function<void(const QString &reason)> unusable)
    : m_controller(controller)
    , m_ready(std::move(ready))
    , m_unusable(std::move(unusable))
{
    connect(&controller, &CacheController::stateChanged, this, &FirstSyncWait::check);
    connect(controller.sync(), &SyncController::finished, this, &FirstSyncWait::check);
    QMetaObject::invokeMethod(this, &FirstSyncWait::check, Qt::QueuedConnection);
}

void FirstSyncWait::check()
{
    if (m_done) {
        return;
    }
    switch (m_controller.state()) {
    case CacheController::Broken:
    case CacheController::Locked:
    case CacheController::NoCache:
        m_done = true;
        m_unusable(m_controller.errorMessage());
        return;
    case CacheController::Unlocking:
    case CacheController::Creating:
        return;
    case CacheController::Unlocked:
        break;
    }
    if (m_controller.sync()->isRunning()) {
        return;
    }
    m_done = true;
    m_ready();
}

} // namespace Ratsmappe
