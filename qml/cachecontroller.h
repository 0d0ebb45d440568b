// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"
#include "keyenvelope.h"
#include "meetingsmodel.h"
#include "storeerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Ratsmappe {

/// The window's encrypted cache: finds it, opens it with the keychain key or the member's
/// passphrase, and owns it while the window is open.
class CacheController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int serverCount READ serverCount NOTIFY serverCountChanged)
    Q_PROPERTY(Ratsmappe::MeetingsModel *meetings READ meetings CONSTANT)

public:
    enum State {
        NoCache, ///< nothing set up yet (also the state before start())
        Locked, ///< waits for the passphrase
        Unlocking, ///< the passphrase is being checked
        Unlocked,
        Broken, ///< a cache is there but cannot be used; errorMessage says why
    };
    Q_ENUM(State)

    /// The result of an unlock attempt, handed from the worker thread to the GUI thread.
    struct OpenResult
    {
        std::unique_ptr<Cache> cache;
        StoreError::Kind errorKind = StoreError::Io;
        QString errorMessage;
    };

    explicit CacheController(QObject *parent = nullptr);
    ~CacheController() override;

    /// Looks at the cache in \a dir and opens it with the keychain key when the cache uses
    /// the keychain. Waits for the keychain, so call it before the window is shown.
    void start(const QString &dir);
    Q_INVOKABLE void unlock(const QString &passphrase);

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    int serverCount() const { return m_serverCount; }
    MeetingsModel *meetings() { return &m_meetings; }

Q_SIGNALS:
    void stateChanged();
    void errorMessageChanged();
    void serverCountChanged();

private:
    void unlockFinished();
    void adopt(std::unique_ptr<Cache> cache);
    void setState(State state);
    void setErrorMessage(const QString &message);

    QString m_dir;
    KeyEnvelope m_envelope;
    std::unique_ptr<Cache> m_cache;
    QFutureWatcher<OpenResult> m_unlockWatcher;
    State m_state = NoCache;
    QString m_errorMessage;
    int m_serverCount = 0;
    MeetingsModel m_meetings;
};

} // namespace Ratsmappe
