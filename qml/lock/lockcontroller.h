// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// When the window locks: on request (lock()), after the member's idle delay (no key, mouse or
/// touch input to the app; the setting Settings::AutoLockMinutes, read again at every check so
/// a change applies without a restart) and when the desktop's screen locks or the machine goes
/// to sleep (freedesktop ScreenSaver, KDE's screen saver and logind on D-Bus; missing buses are
/// normal and ignored).
///
/// Locking asks the window to let go of its pages (aboutToLock()), then the CacheController to
/// close the cache. `locked` stays true until the member unlocked with the passphrase; then
/// unlocked() lets the window restore its pages.
class LockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    /// The idle delay in milliseconds in place of the setting's minutes, for tests (below a
    /// minute); 0: the setting.
    Q_PROPERTY(
        int idleDelayOverride READ idleDelayOverride WRITE setIdleDelayOverride NOTIFY idleDelayChanged)
    /// The idle delay in force, in milliseconds; 0: never.
    Q_PROPERTY(qint64 idleDelay READ idleDelay NOTIFY idleDelayChanged)

public:
    /// How often the idle time is checked (and the setting read) when no override is set.
    static constexpr int CheckInterval = 30 * 1000;

    explicit LockController(QObject *parent = nullptr);
    ~LockController() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    bool isLocked() const { return m_locked; }
    int idleDelayOverride() const { return m_override; }
    void setIdleDelayOverride(int milliseconds);
    qint64 idleDelay() const { return m_delay; }

    /// Locks now when the cache is open (Ctrl+L, the drawer, idle, the desktop).
    Q_INVOKABLE void lock();

Q_SIGNALS:
    void cacheControllerChanged();
    void lockedChanged();
    void idleDelayChanged();
    /// The window records what it shows and lets go of its pages: the cache closes next.
    void aboutToLock();
    /// Unlocked with the passphrase after a lock: the window shows what it showed before.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool start);
    void sessionLockRequested();

private:
    void connectDesktop();
    void stateChanged();
    void checkIdle();
    void readDelay();
    void restartTimer();

    QPointer<CacheController> m_controller;
    bool m_locked = false;
    int m_override = 0;
    qint64 m_delay = 0;
    QElapsedTimer m_sinceInput;
    QTimer m_idleTimer;
};

} // namespace Ratsmappe
