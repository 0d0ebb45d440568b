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

// Reads on the GUI thread (under WAL they never wait for the sync's writes), or on the
// reader's thread when the model says so.
void CacheListModel::reload()
{
    Cache *cache = CacheController::usableCache(m_controller);
    const quint64 generation = ++m_generation;
    CacheReader *reader = m_controller ? m_controller->reader(readsLongList()) : nullptr;
    if (cache && reader->isOpen()) {
        if (CacheReader::Job job = backgroundRead()) {
            setLoading(true);
            reader->post(
                this,
                [this, generation, job = std::move(job)](Database &db) -> CacheReader::Apply {
                    CacheReader::Apply apply = job(db);
                    // Runs on the GUI thread, with the model alive (CacheReader::post).
                    return [this, generation, apply = std::move(apply)] {
                        if (generation != m_generation) {
                            return;
                        }
                        if (apply) {
                            apply();
                        }
                        setLoading(false);
                        Q_EMIT loaded();
                    };
                },
                [this, generation](const QString &message) {
                    if (generation != m_generation) {
                        return;
                    }
                    setLoading(false);
                    if (m_controller) {
                        m_controller->reportReadError(message, m_readErrorBreaksCache);
                    }
                });
            return;
        }
    }
    setLoading(false);
    try {
        read(cache ? &cache->database() : nullptr);
    } catch (const StoreError &e) {
        m_controller->reportReadError(e.message(), m_readErrorBreaksCache);
    }
    Q_EMIT loaded();
}

void CacheListModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

} // namespace Ratsmappe
