// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// Where the member was in meeting mode for one meeting: the agenda item, the document and its
/// page. Kept in the encrypted cache's settings (Settings::MeetingModePrefix + the meeting's id),
/// so meeting mode opens there again, also after a restart.
class MeetingModePosition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    /// Whether a position was stored for the meeting (read when the meeting or cache is set).
    Q_PROPERTY(bool stored READ isStored NOTIFY positionChanged)
    /// The agenda item ("" for the meeting's own documents).
    Q_PROPERTY(QString agendaItemId READ agendaItemId NOTIFY positionChanged)
    /// The document open then; empty when none was.
    Q_PROPERTY(QString fileId READ fileId NOTIFY positionChanged)
    /// Its page (0-based), -1 when unknown.
    Q_PROPERTY(int page READ page NOTIFY positionChanged)

public:
    explicit MeetingModePosition(QObject *parent = nullptr)
        : QObject(parent)
    { }

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &meetingId);
    bool isStored() const { return m_stored; }
    QString agendaItemId() const { return m_agendaItemId; }
    QString fileId() const { return m_fileId; }
    int page() const { return m_page; }

    /// Stores the position; false when the cache is not open or refused.
    Q_INVOKABLE bool save(const QString &agendaItemId, const QString &fileId, int page);

Q_SIGNALS:
    void cacheControllerChanged();
    void meetingIdChanged();
    void positionChanged();

private:
    void load();

    QPointer<CacheController> m_controller;
    QString m_meetingId;
    bool m_stored = false;
    QString m_agendaItemId;
    QString m_fileId;
    int m_page = -1;
};

} // namespace Ratsmappe
