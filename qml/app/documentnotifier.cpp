// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentnotifier.h"

#include "synccontroller.h"

#include <KNotification>

#include <QLocale>
#include <QStandardPaths>

namespace Ratsmappe {

namespace {

const QString ComponentName = QStringLiteral("ratsmappe");
const QString EventId = QStringLiteral("documentArrived");

// KNotifications reads the event's settings from knotifications6/ratsmappe.notifyrc in the data
// folders (installed under /usr/share). A build run from its own tree has the copy CMake put
// beside the programs; without it no notification would show.
void findEventConfig()
{
    static const bool found = [] {
        const QString name = QStringLiteral("knotifications6/") + ComponentName + QStringLiteral(".notifyrc");
        if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, name).isEmpty()) {
            return true;
        }
#ifdef RATSMAPPE_BUILD_DATA_DIR
        QByteArray dirs = qgetenv("XDG_DATA_DIRS");
        if (dirs.isEmpty()) {
            dirs = QByteArrayLiteral("/usr/local/share:/usr/share");
        }
        qputenv("XDG_DATA_DIRS", QByteArray(QByteArrayLiteral(RATSMAPPE_BUILD_DATA_DIR ":") + dirs));
#endif
        return !QStandardPaths::locate(QStandardPaths::GenericDataLocation, name).isEmpty();
    }();
    Q_UNUSED(found);
}

QString meetingText(const ArrivedDocument &d)
{
    if (!d.meetingStart.isValid()) {
        return d.meetingName;
    }
    return DocumentNotifier::tr("%1 on %2")
        .arg(d.meetingName, QLocale().toString(d.meetingStart.date(), QLocale::ShortFormat));
}

} // namespace

DocumentNotifier::DocumentNotifier(QObject *parent)
    : QObject(parent)
{
    findEventConfig();
}

DocumentNotifier::~DocumentNotifier()
{
    closeAll();
}

void DocumentNotifier::setSync(SyncController *sync)
{
    if (sync == m_sync) {
        return;
    }
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::documentsArrived, this, &DocumentNotifier::notify);
        connect(m_sync, &SyncController::cacheChanged, this, [this] {
            if (m_sync && !m_sync->hasCache()) {
                closeAll();
            }
        });
    }
    Q_EMIT syncChanged();
}

void DocumentNotifier::setQuiet(bool quiet)
{
    if (quiet == m_quiet) {
        return;
    }
    m_quiet = quiet;
    if (m_quiet) {
        closeAll(); // nothing over the document during the meeting
    }
    Q_EMIT quietChanged();
}

void DocumentNotifier::notify(const QList<ArrivedDocument> &documents)
{
    if (m_quiet) {
        return;
    }
    const qsizetype shown = std::min<qsizetype>(documents.size(), MaxNotifications);
    for (qsizetype i = 0; i < shown; ++i) {
        const ArrivedDocument &d = documents.at(i);
        auto *notification = new KNotification(EventId, KNotification::CloseOnTimeout);
        notification->setComponentName(ComponentName);
        // A non-public document's title is confidential: the desktop shows notifications to
        // whoever looks at the screen, and keeps them in its history.
        if (d.nonPublic) {
            notification->setTitle(d.newVersion ? tr("A non-public document has a new version")
                                                : tr("A non-public document arrived late"));
            notification->setText(tr("For the meeting on %1.")
                                      .arg(QLocale().toString(d.meetingStart.date(), QLocale::ShortFormat)));
        } else {
            notification->setTitle(d.newVersion ? tr("New version: %1").arg(d.name)
                                                : tr("Late document: %1").arg(d.name));
            notification->setText(tr("For %1.").arg(meetingText(d)));
        }
        if (i == shown - 1 && documents.size() > shown) {
            notification->setText(notification->text() + QLatin1Char(' ') +
                                  tr("%n more document(s) arrived.", nullptr, int(documents.size() - shown)));
        }
        // A click on the notification and its button both open the document.
        const QString fileId = d.fileId;
        for (KNotificationAction *open :
             {notification->addDefaultAction(tr("Open")), notification->addAction(tr("Open"))}) {
            connect(open, &KNotificationAction::activated, this, [this, fileId] {
                Q_EMIT openRequested(fileId);
            });
        }
        m_shown.append(notification);
        notification->sendEvent();
    }
    m_shown.removeAll(nullptr);
}

void DocumentNotifier::closeAll()
{
    for (const QPointer<KNotification> &notification : std::as_const(m_shown)) {
        if (notification) {
            notification->close();
        }
    }
    m_shown.clear();
}

} // namespace Ratsmappe
