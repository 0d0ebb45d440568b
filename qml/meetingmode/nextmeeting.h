// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The member's next meeting in the cache, for "Next Meeting in Meeting Mode": the soonest one
/// not cancelled that starts from now on, or that began within the last hours (the member
/// opens meeting mode after the meeting has started). Read again when the cache's content
/// changes.
class NextMeeting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    /// Empty when there is none.
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY changed)
    Q_PROPERTY(QString serverId READ serverId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QDateTime start READ start NOTIFY changed)

public:
    /// How long after its start a meeting still counts as the next one.
    static constexpr int RunningHours = 6;

    explicit NextMeeting(QObject *parent = nullptr)
        : QObject(parent)
    { }

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString meetingId() const { return m_meetingId; }
    QString serverId() const { return m_serverId; }
    QString name() const { return m_name; }
    QDateTime start() const { return m_start; }

    /// Reads the next meeting at \a now (the current time when invalid; tests pin it).
    void load(Database *db, const QDateTime &now = {});

Q_SIGNALS:
    void cacheControllerChanged();
    void changed();

private:
    void reload();

    QPointer<CacheController> m_controller;
    QString m_meetingId;
    QString m_serverId;
    QString m_name;
    QDateTime m_start;
};

} // namespace Ratsmappe
