// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The member's personal note on one agenda item or paper (NoteStore): read when the target is
/// set, saved durably at once by save().
class PersonalNote : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY targetChanged)
    /// The OParl id of the agenda item or paper.
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY targetChanged)
    /// Plain text with Markdown emphasis and lists; empty when there is no note.
    Q_PROPERTY(QString text READ text NOTIFY noteChanged)
    Q_PROPERTY(QDateTime modified READ modified NOTIFY noteChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY noteChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit PersonalNote(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &serverId);
    QString targetId() const { return m_targetId; }
    void setTargetId(const QString &targetId);
    QString text() const { return m_text; }
    QDateTime modified() const { return m_modified; }
    bool exists() const { return m_exists; }
    QString errorMessage() const { return m_error; }

    /// Stores \a text as the note, committed durably before it returns; an empty (or blank)
    /// text removes the note. False (and errorMessage) when the cache refused.
    Q_INVOKABLE bool save(const QString &text);

Q_SIGNALS:
    void cacheControllerChanged();
    void targetChanged();
    void noteChanged();
    void errorChanged();

private:
    void load();
    void setNote(const QString &text, const QDateTime &modified, bool exists);
    void setError(const QString &error);

    QPointer<CacheController> m_controller;
    QString m_serverId;
    QString m_targetId;
    QString m_text;
    QDateTime m_modified;
    bool m_exists = false;
    QString m_error;
};

} // namespace Ratsmappe
