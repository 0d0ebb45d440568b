// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The settings' backup of annotations and notes (AnnotationBackup): written to and restored
/// from a file the member chooses, under a passphrase of their choice, on a thread of its own
/// (Argon2 and re-anchoring take a while); the result in words.
class AnnotationBackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)

public:
    explicit AnnotationBackupController(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    /// The file to write a backup to, chosen in a dialog (suggested in the documents folder); empty
    /// when cancelled.
    Q_INVOKABLE QUrl chooseBackupFile() const;
    /// The backup to restore, chosen in a dialog; empty when cancelled.
    Q_INVOKABLE QUrl chooseRestoreFile() const;
    /// Why \a passphrase (typed twice: \a repeated) cannot seal a new backup, or "".
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase, const QString &repeated) const;
    /// Writes the backup to \a file; false when it could not start (the message says why).
    Q_INVOKABLE bool backup(const QUrl &file, const QString &passphrase, bool includeNonPublic);
    /// Restores the backup \a file.
    Q_INVOKABLE bool restore(const QUrl &file, const QString &passphrase);

Q_SIGNALS:
    void cacheControllerChanged();
    void changed();
    /// A restore changed the cache: open views read their annotations again.
    void restored();

private:
    void setState(bool busy, const QString &message, bool failed);

    QPointer<CacheController> m_controller;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
};

} // namespace Ratsmappe
