// SPDX-License-Identifier: GPL-2.0-or-later
// The sync's reconciliation (docs/sync.md): which objects the server no longer serves, and
// where an object of a body-level list belongs.
#include "syncengine.h"

#include "cache.h"
#include "database.h"
#include "oparlshape.h"

#include <algorithm>

namespace Ratsmappe {

using namespace OParlShape;

bool SyncEngine::BodyWalk::reconciles(ObjectKind kind) const
{
    const QStringList sources = sourcesOf(kind);
    return std::any_of(
               sources.begin(), sources.end(), [this](const QString &l) { return lists.contains(l); }) &&
        std::all_of(sources.begin(), sources.end(), [this](const QString &l) {
               return !lists.contains(l) || walkedFull.contains(l);
           });
}

QString SyncEngine::parentOf(ObjectKind kind, const QJsonObject &object, const QString &bodyId)
{
    const char *property = kind == ObjectKind::AgendaItem ? "meeting"
        : kind == ObjectKind::Consultation                ? "paper"
        : kind == ObjectKind::Membership                  ? "person"
                                                          : nullptr;
    if (!property) {
        return bodyId;
    }
    const QJsonValue value = object.value(QLatin1String(property));
    const QString parent =
        value.isObject() ? value.toObject().value(QLatin1String("id")).toString() : value.toString();
    if (parent.startsWith(QLatin1String("http"))) {
        return parent;
    }
    // Without the reference, the parent the cache knows stays.
    const auto stored = m_objects->get(kind, object.value(QLatin1String("id")).toString());
    return stored ? stored->parentId : bodyId;
}

// Marks what the cache holds of \a kind under \a parentId but \a keep no longer has as
// deleted: objects that vanished without a deletion marker.
void SyncEngine::markVanished(ObjectKind kind, const QString &parentId, const QSet<QString> &keep)
{
    for (const QString &id : m_objects->liveIds(kind, parentId)) {
        if (!keep.contains(id)) {
            markGone(kind, id);
        }
    }
}

void SyncEngine::markGone(ObjectKind kind, const QString &id)
{
    if (m_objects->markDeleted(kind, id, {}, m_started)) {
        ++m_summary.deleted;
        forgetFilesOf(kind, id);
        for (const FileLinks::Link &link : m_formerLinks.values(id)) {
            m_links->keepWithdrawn(link);
        }
    }
}

// A deleted owner's files are judged once the walk is over (reconcile()): they stay while
// another live owner lists them. Its children stay as the server serves them; a full walk
// removes those that vanished with it.
void SyncEngine::forgetFilesOf(ObjectKind kind, const QString &id)
{
    if (!fileRolesOf(kind).empty()) {
        for (const FileLinks::Link &link : m_links->links(id)) {
            m_unlinkedFiles.insert(link.fileId);
        }
    }
}

// After the walk, for every kind whose lists were all walked in full and to their end: what the
// cache holds but the server no longer serves is deleted (files: also those an owner stopped
// listing in this run). Without a file list (OParl 1.0 embeds files), a file lives through its
// owners: one that no live owner lists any more is withdrawn, also after an incremental run.
void SyncEngine::reconcile()
{
    Transaction tx(m_cache.database());
    bool fileList = false;
    for (auto it = m_bodyWalks.cbegin(); it != m_bodyWalks.cend(); ++it) {
        fileList = fileList || it->lists.contains(QStringLiteral("file"));
        for (const ObjectKind kind : AllObjectKinds) {
            if (kind == ObjectKind::Body || !it->reconciles(kind)) {
                continue;
            }
            QStringList ids = m_objects->liveIdsInBody(kind, it.key());
            if (kind == ObjectKind::File) {
                ids += QStringList(m_unlinkedFiles.cbegin(), m_unlinkedFiles.cend());
            }
            for (const QString &id : std::as_const(ids)) {
                if (!m_present.contains(id) && !m_seen.contains(id)) {
                    markGone(kind, id);
                }
            }
        }
    }
    if (!fileList) {
        for (const QString &file : std::as_const(m_unlinkedFiles)) {
            if (!m_links->hasLiveOwner(file)) {
                markGone(ObjectKind::File, file);
            }
        }
    }
    tx.commit();
}

void SyncEngine::notePresent(ObjectKind kind, const QJsonObject &object)
{
    auto note = [this](const QJsonValue &value) {
        const QString id =
            value.isObject() ? value.toObject().value(QLatin1String("id")).toString() : value.toString();
        if (!id.isEmpty()) {
            m_present.insert(id);
        }
    };
    for (const Embedding &e : embeddingsOf(kind)) {
        for (const QJsonValue &child : asArray(object.value(QLatin1String(e.property)))) {
            note(child);
            if (child.isObject()) {
                notePresent(e.kind, child.toObject());
            }
        }
        const QJsonValue link = object.value(QLatin1String(e.property));
        if (link.isString()) {
            note(link);
        }
    }
    for (const char *role : fileRolesOf(kind)) {
        for (const QJsonValue &file : linksOf(object.value(QLatin1String(role)))) {
            note(file);
        }
    }
}

} // namespace Ratsmappe
