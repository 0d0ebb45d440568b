// SPDX-License-Identifier: GPL-2.0-or-later
#include "cachelistmodel.h"

#include "cache.h"
#include "storeerror.h"

namespace Ratsmappe {

CacheListModel::CacheListModel(bool readErrorBreaksCache, QObject *parent)
    : QAbstractListModel(parent)
    , m_readErrorBreaksCache(readErrorBreaksCache)
{ }

void CacheListModel::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::contentChanged, this, &CacheListModel::reload);
    }
    reload();
    Q_EMIT cacheControllerChanged();
}

// Reads on the GUI thread: under WAL they never wait for the sync's writes.
void CacheListModel::reload()
{
    Cache *cache = CacheController::usableCache(m_controller);
    try {
        read(cache ? &cache->database() : nullptr);
    } catch (const StoreError &e) {
        m_controller->reportReadError(e.message(), m_readErrorBreaksCache);
    }
}

} // namespace Ratsmappe
