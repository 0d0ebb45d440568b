// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchfilteroptions.h"

#include "searcher.h"
#include "searchfilterlisting.h"
#include "storeerror.h"

#include <QVariantMap>

namespace Ratsmappe {

void SearchFilterOptions::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::contentChanged, this, &SearchFilterOptions::reload);
        connect(controller, &CacheController::stateChanged, this, &SearchFilterOptions::reload);
    }
    reload();
    Q_EMIT cacheControllerChanged();
}

QVariantList SearchFilterOptions::kinds()
{
    QVariantList out;
    for (const QString &kind : Search::kinds()) {
        out.append(
            QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), Search::kindName(kind)}});
    }
    return out;
}

void SearchFilterOptions::reload()
{
    m_committees.clear();
    m_paperTypes.clear();
    if (Cache *cache = CacheController::usableCache(m_controller)) {
        try {
            SearchFilterListing listing(cache->database());
            for (const CommitteeChoice &c : listing.committees()) {
                m_committees.append(
                    QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
            }
            m_paperTypes = listing.paperTypes();
        } catch (const StoreError &e) {
            m_controller->reportReadError(e.message(), false);
        }
    }
    Q_EMIT changed();
}

} // namespace Ratsmappe
