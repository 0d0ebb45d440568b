// SPDX-License-Identifier: GPL-2.0-or-later
#include "carriedannotation.h"

#include "annotationstore.h"
#include "cache.h"
#include "cachecontroller.h"
#include "storeerror.h"

namespace Ratsmappe {

CarriedAnnotation::CarriedAnnotation(QObject *parent)
    : QObject(parent)
{ }

void CarriedAnnotation::setCacheController(CacheController *controller)
{
    if (controller != m_controller) {
        m_controller = controller;
        load();
    }
}

void CarriedAnnotation::setAnnotationId(const QString &id)
{
    if (id != m_id) {
        m_id = id;
        load();
    }
}

QString CarriedAnnotation::reasonText(const QString &reason, const QString &type)
{
    // Text markup is tied to its words; the other kinds follow the text beside them.
    const bool markup = AnnotationStore::isTextMarkup(type);
    if (reason == QLatin1String("quote-changed")) {
        return markup ? tr("The marked text was changed in the new version.")
                      : tr("The text beside it was changed in the new version.");
    }
    if (reason == QLatin1String("quote-not-found")) {
        return markup ? tr("The marked text is not in the new version any more.")
                      : tr("The text beside it is not in the new version any more.");
    }
    if (reason == QLatin1String("ambiguous")) {
        return markup ? tr("The marked text occurs more than once on the page.")
                      : tr("The text beside it occurs more than once on the page.");
    }
    if (reason == QLatin1String("context-changed")) {
        return markup ? tr("The text around the marked words was changed.")
                      : tr("The text beside it was changed in the new version.");
    }
    if (reason == QLatin1String("guide-not-found")) {
        return tr("The text beside it is gone; it stayed where it was on the page.");
    }
    if (reason == QLatin1String("page-removed")) {
        return tr("Its page is not in the new version.");
    }
    if (reason == QLatin1String("old-text-missing")) {
        return tr("The earlier version's text could not be read; it stayed where it was.");
    }
    return reason.isEmpty() ? QString() : tr("It could not be placed with confidence.");
}

void CarriedAnnotation::load()
{
    m_originId.clear();
    m_fileId.clear();
    m_serverId.clear();
    m_page = m_originPage = -1;
    m_quote.clear();
    m_originQuote.clear();
    m_needsAttention = false;
    m_reason.clear();
    m_error.clear();
    Cache *cache = CacheController::usableCache(m_controller);
    if (cache && !m_id.isEmpty()) {
        try {
            AnnotationStore store(cache->database());
            if (const auto a = store.get(m_id)) {
                m_originId = a->originId;
                m_fileId = a->fileId;
                m_serverId = a->serverId;
                m_page = a->page;
                m_quote = a->quote;
                m_needsAttention = a->needsAttention;
                m_reason = reasonText(a->attentionReason, a->type);
                if (const auto origin = a->originId.isEmpty() ? std::nullopt : store.get(a->originId)) {
                    m_originPage = origin->page;
                    m_originQuote = origin->quote;
                } else {
                    m_originId.clear();
                }
            } else {
                m_error = tr("This annotation is no longer in the cache.");
            }
        } catch (const StoreError &e) {
            m_error = e.message();
        }
    }
    Q_EMIT changed();
}

bool CarriedAnnotation::acknowledge()
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache) {
        return false;
    }
    try {
        AnnotationStore store(cache->database());
        auto a = store.get(m_id);
        if (!a) {
            return false;
        }
        a->needsAttention = false;
        a->attentionReason.clear();
        const bool ok = store.update(*a);
        load();
        return ok;
    } catch (const StoreError &e) {
        m_error = e.message();
        Q_EMIT changed();
        return false;
    }
}

bool CarriedAnnotation::remove()
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache) {
        return false;
    }
    try {
        const bool ok = AnnotationStore(cache->database()).remove(m_id);
        load();
        return ok;
    } catch (const StoreError &e) {
        m_error = e.message();
        Q_EMIT changed();
        return false;
    }
}

} // namespace Ratsmappe
