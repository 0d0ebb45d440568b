// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentarrivals.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class KNotification;

namespace Ratsmappe {

class SyncController;

/// Tells the member on the desktop (KNotifications, event "documentArrived" of
/// ratsmappe.notifyrc) when a sync brought late documents or new versions for an upcoming
/// meeting, with an action that opens the document. Says nothing while quiet (meeting mode), and
/// takes its notifications back when the cache is locked: they name documents.
class DocumentNotifier : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::SyncController *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(bool quiet READ isQuiet WRITE setQuiet NOTIFY quietChanged)

public:
    /// At most this many notifications per sync; the last one counts the rest.
    static constexpr int MaxNotifications = 3;

    explicit DocumentNotifier(QObject *parent = nullptr);
    ~DocumentNotifier() override;

    SyncController *sync() const { return m_sync; }
    void setSync(SyncController *sync);
    bool isQuiet() const { return m_quiet; }
    void setQuiet(bool quiet);

    /// Shows what arrived (unless quiet).
    void notify(const QList<ArrivedDocument> &documents);
    /// Takes back every notification still shown.
    void closeAll();

Q_SIGNALS:
    void syncChanged();
    void quietChanged();
    /// The member chose to open \a fileId from a notification.
    void openRequested(const QString &fileId);

private:
    QPointer<SyncController> m_sync;
    bool m_quiet = false;
    QList<QPointer<KNotification>> m_shown;
};

} // namespace Ratsmappe
