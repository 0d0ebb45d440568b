// SPDX-License-Identifier: GPL-2.0-or-later
#include "personalnote.h"

#include "notestore.h"

namespace Ratsmappe {

PersonalNote::PersonalNote(QObject *parent)
    : QObject(parent)
{ }

void PersonalNote::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, &PersonalNote::load);
    }
    Q_EMIT cacheControllerChanged();
    load();
}

void PersonalNote::setServerId(const QString &serverId)
{
    if (serverId != m_serverId) {
        m_serverId = serverId;
        Q_EMIT targetChanged();
        load();
    }
}

void PersonalNote::setTargetId(const QString &targetId)
{
    if (targetId != m_targetId) {
        m_targetId = targetId;
        Q_EMIT targetChanged();
        load();
    }
}

void PersonalNote::load()
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_targetId.isEmpty()) {
        setNote({}, {}, false);
        return;
    }
    try {
        const std::optional<StoredNote> note = NoteStore(cache->database()).get(m_serverId, m_targetId);
        setNote(note ? note->text : QString(), note ? note->modified : QDateTime(), note.has_value());
        setError({});
    } catch (const StoreError &e) {
        setError(e.message());
    }
}

bool PersonalNote::save(const QString &text)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_targetId.isEmpty()) {
        setError(tr("The note cannot be saved: no cache is open."));
        return false;
    }
    try {
        NoteStore notes(cache->database());
        if (text.trimmed().isEmpty()) {
            notes.remove(m_serverId, m_targetId);
            setNote({}, {}, false);
        } else {
            const StoredNote note = notes.set(m_serverId, m_targetId, text);
            setNote(note.text, note.modified, true);
        }
        setError({});
        return true;
    } catch (const StoreError &e) {
        setError(e.message());
        return false;
    }
}

void PersonalNote::setNote(const QString &text, const QDateTime &modified, bool exists)
{
    if (text != m_text || modified != m_modified || exists != m_exists) {
        m_text = text;
        m_modified = modified;
        m_exists = exists;
        Q_EMIT noteChanged();
    }
}

void PersonalNote::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace Ratsmappe
