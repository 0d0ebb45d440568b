// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationbackupcontroller.h"

#include "annotationbackup.h"
#include "cache.h"
#include "database.h"
#include "passphrasepolicy.h"
#include "secret.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace Ratsmappe {

namespace {

// The passphrase as a secret, the QML string it came from overwritten.
SecretBytes takeSecret(QString &text)
{
    SecretBytes secret(text.toUtf8());
    text.fill(QLatin1Char(' '));
    text.clear();
    return secret;
}

} // namespace

AnnotationBackupController::AnnotationBackupController(QObject *parent)
    : QObject(parent)
{ }

void AnnotationBackupController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    Q_EMIT cacheControllerChanged();
    Q_EMIT changed();
}

QUrl AnnotationBackupController::chooseBackupFile() const
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("ratsmappe-annotations-%1.rmbackup").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(nullptr, tr("Save the Backup of Annotations"), suggested);
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

QUrl AnnotationBackupController::chooseRestoreFile() const
{
    const QString path =
        QFileDialog::getOpenFileName(nullptr,
                                     tr("Restore Annotations from a Backup"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("Annotation backups (*.rmbackup);;All files (*)"));
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

QString AnnotationBackupController::passphraseProblem(const QString &passphrase,
                                                      const QString &repeated) const
{
    if (passphrase != repeated) {
        return tr("The two passphrases differ.");
    }
    return PassphrasePolicy::check(SecretBytes(passphrase.toUtf8()));
}

bool AnnotationBackupController::backup(const QUrl &file, const QString &passphrase, bool includeNonPublic)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_busy || !file.isLocalFile()) {
        return false;
    }
    QString typed = passphrase;
    auto secret = std::make_shared<SecretBytes>(takeSecret(typed));
    if (const QString problem = PassphrasePolicy::check(*secret); !problem.isEmpty()) {
        setState(false, problem, true);
        return false;
    }
    // A connection of its own, made here (the cache may be locked meanwhile), used only there.
    std::shared_ptr<Database> db;
    try {
        db = cache->openConnection();
    } catch (const StoreError &e) {
        setState(false, e.message(), true);
        return false;
    }
    setState(true, tr("Writing the backup…"), false);
    const QString path = file.toLocalFile();
    QPointer<AnnotationBackupController> self(this);
    QThread *thread = QThread::create([db, secret, path, includeNonPublic, self] {
        QString message;
        bool failed = false;
        try {
            AnnotationBackup::Options options;
            options.includeNonPublic = includeNonPublic;
            const AnnotationBackup::Written w = AnnotationBackup::write(*db, *secret, options, path);
            message = tr("Saved %n annotation(s)", nullptr, w.annotations) + QLatin1String(", ") +
                tr("%n note(s).", nullptr, w.notes);
            if (w.nonPublicLeftOut > 0) {
                message += QLatin1Char(' ') +
                    tr("%n annotation(s) and note(s) on non-public material were left out.",
                       nullptr,
                       w.nonPublicLeftOut);
            }
        } catch (const StoreError &e) {
            message = tr("The backup was not written: %1").arg(e.message());
            failed = true;
        } catch (const std::exception &) {
            message = tr("The backup was not written: not enough memory.");
            failed = true;
        }
        QMetaObject::invokeMethod(qApp, [self, message, failed] {
            if (self) {
                self->setState(false, message, failed);
            }
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}

bool AnnotationBackupController::restore(const QUrl &file, const QString &passphrase)
{
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_busy || !file.isLocalFile()) {
        return false;
    }
    QString typed = passphrase;
    auto secret = std::make_shared<SecretBytes>(takeSecret(typed));
    std::shared_ptr<Database> db;
    try {
        db = cache->openConnection();
    } catch (const StoreError &e) {
        setState(false, e.message(), true);
        return false;
    }
    setState(true, tr("Restoring…"), false);
    const QString path = file.toLocalFile();
    QPointer<AnnotationBackupController> self(this);
    QThread *thread = QThread::create([db, secret, path, self] {
        QString message;
        bool failed = false;
        try {
            const AnnotationBackup::Restored r = AnnotationBackup::restore(*db, *secret, path);
            message =
                tr("Restored: %1 annotations added, %2 updated, %3 already here; %4 re-anchored on a newer "
                   "version of their document. Notes: %5 added, %6 merged.")
                    .arg(r.added)
                    .arg(r.updated)
                    .arg(r.unchanged)
                    .arg(r.reanchored)
                    .arg(r.notesAdded)
                    .arg(r.notesMerged);
            if (r.waiting > 0) {
                message += QLatin1Char(' ') +
                    tr("%n annotation(s) wait for their document and appear after the next sync.",
                       nullptr,
                       r.waiting);
            }
            if (r.historyWaiting > 0) {
                message += QLatin1Char(' ') +
                    tr("%n annotation(s) of earlier versions are kept until their version is here.",
                       nullptr,
                       r.historyWaiting);
            }
        } catch (const StoreError &e) {
            message = (e.kind() == StoreError::WrongKey ? tr("The backup's passphrase is not right.")
                                                        : e.message()) +
                QLatin1Char(' ') + tr("Nothing was restored.");
            failed = true;
        } catch (const std::exception &) {
            message = tr("Not enough memory to read the backup. Nothing was restored.");
            failed = true;
        }
        QMetaObject::invokeMethod(qApp, [self, message, failed] {
            if (self) {
                self->setState(false, message, failed);
                if (!failed) {
                    Q_EMIT self->restored();
                    if (self->m_controller) {
                        Q_EMIT self->m_controller->annotationsChanged();
                    }
                }
            }
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}

void AnnotationBackupController::setState(bool busy, const QString &message, bool failed)
{
    m_busy = busy;
    m_message = message;
    m_failed = failed;
    Q_EMIT changed();
}

} // namespace Ratsmappe
