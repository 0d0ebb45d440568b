// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingmodeposition.h"

#include "settingsstore.h"
#include "storelog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe {

namespace {
const QString AgendaItemKey = QStringLiteral("agendaItem");
const QString FileKey = QStringLiteral("file");
const QString PageKey = QStringLiteral("page");
} // namespace

void MeetingModePosition::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, &MeetingModePosition::load);
    }
    Q_EMIT cacheControllerChanged();
    load();
}

void MeetingModePosition::setMeetingId(const QString &meetingId)
{
    if (meetingId != m_meetingId) {
        m_meetingId = meetingId;
        Q_EMIT meetingIdChanged();
        load();
    }
}

void MeetingModePosition::load()
{
    Cache *cache = CacheController::usableCache(m_controller);
    QJsonObject position;
    if (cache && !m_meetingId.isEmpty()) {
        try {
            const std::optional<QString> stored =
                SettingsStore(cache->database()).value(Settings::MeetingModePrefix + m_meetingId);
            if (stored) {
                position = QJsonDocument::fromJson(stored->toUtf8()).object();
            }
        } catch (const StoreError &e) {
            // Meeting mode then starts at the top: nothing of the meeting depends on it.
            qCWarning(lcStore) << "meeting mode position not read:" << e.message();
        }
    }
    m_stored = position.contains(AgendaItemKey);
    m_agendaItemId = position.value(AgendaItemKey).toString();
    m_fileId = position.value(FileKey).toString();
    m_page = position.value(PageKey).toInt(-1);
    Q_EMIT positionChanged();
}

bool MeetingModePosition::save(const QString &agendaItemId, const QString &fileId, int page)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_meetingId.isEmpty()) {
        return false;
    }
    const QJsonObject position{{AgendaItemKey, agendaItemId}, {FileKey, fileId}, {PageKey, page}};
    try {
        SettingsStore(cache->database())
            .setText(Settings::MeetingModePrefix + m_meetingId,
                     QString::fromUtf8(QJsonDocument(position).toJson(QJsonDocument::Compact)));
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "meeting mode position not saved:" << e.message();
        return false;
    }
    m_stored = true;
    m_agendaItemId = agendaItemId;
    m_fileId = fileId;
    m_page = page;
    Q_EMIT positionChanged();
    return true;
}

} // namespace Ratsmappe
