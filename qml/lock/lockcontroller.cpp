// SPDX-License-Identifier: GPL-2.0-or-later
#include "lockcontroller.h"

#include "settingsstore.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>

#include <algorithm>

namespace Ratsmappe {

namespace {

// logind's object path of a session: sd_bus_path_encode() escapes every byte that is not a
// letter or digit, and a leading digit, as _XX.
QString sessionPath(const QByteArray &id)
{
    QString path = QStringLiteral("/org/freedesktop/login1/session/");
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char c = id.at(i);
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (alpha || (digit && i > 0)) {
            path.append(QLatin1Char(c));
        } else {
            path.append(
                QStringLiteral("_%1").arg(uint(static_cast<unsigned char>(c)), 2, 16, QLatin1Char('0')));
        }
    }
    return path;
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

LockController::LockController(QObject *parent)
    : QObject(parent)
{
    m_sinceInput.start();
    connect(&m_idleTimer, &QTimer::timeout, this, &LockController::checkIdle);
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
    connectDesktop();
    restartTimer();
}

LockController::~LockController()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

// Signals only: connecting to a name nobody owns is not an error, and with no bus at all
// (tests, a bare X server) the connections simply fail.
void LockController::connectDesktop()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString &path :
             {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")}) {
            session.connect(QString(),
                            path,
                            QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("ActiveChanged"),
                            this,
                            SLOT(screenSaverActiveChanged(bool)));
        }
        session.connect(QString(),
                        QStringLiteral("/ScreenSaver"),
                        QStringLiteral("org.kde.screensaver"),
                        QStringLiteral("ActiveChanged"),
                        this,
                        SLOT(screenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const QString login1 = QStringLiteral("org.freedesktop.login1");
        system.connect(login1,
                       QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"),
                       this,
                       SLOT(prepareForSleep(bool)));
        const QByteArray id = qgetenv("XDG_SESSION_ID");
        if (!id.isEmpty()) {
            system.connect(login1,
                           sessionPath(id),
                           QStringLiteral("org.freedesktop.login1.Session"),
                           QStringLiteral("Lock"),
                           this,
                           SLOT(sessionLockRequested()));
        }
    }
}

void LockController::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (m_controller) {
        connect(m_controller, &CacheController::stateChanged, this, &LockController::stateChanged);
    }
    Q_EMIT cacheControllerChanged();
    readDelay();
}

void LockController::setIdleDelayOverride(int milliseconds)
{
    if (milliseconds != m_override) {
        m_override = std::max(0, milliseconds);
        readDelay();
        restartTimer();
        Q_EMIT idleDelayChanged();
    }
}

void LockController::lock()
{
    if (!m_controller || !m_controller->cache() ||
        (m_controller->state() != CacheController::Unlocked &&
         m_controller->state() != CacheController::Broken)) {
        return;
    }
    Q_EMIT aboutToLock();
    m_locked = true;
    Q_EMIT lockedChanged();
    m_controller->lock();
}

void LockController::stateChanged()
{
    if (m_locked && m_controller->state() == CacheController::Unlocked) {
        m_locked = false;
        m_sinceInput.restart();
        Q_EMIT lockedChanged();
        Q_EMIT unlocked();
    }
    readDelay();
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type())) {
        m_sinceInput.restart();
    }
    return QObject::eventFilter(watched, event);
}

void LockController::checkIdle()
{
    readDelay();
    if (m_delay > 0 && !m_locked && m_sinceInput.elapsed() >= m_delay) {
        lock();
    }
}

// Read at every check: the settings page writes the setting and sends no signal. While no cache
// is readable (locked), the delay read last stays.
void LockController::readDelay()
{
    qint64 delay = m_delay;
    if (m_override > 0) {
        delay = m_override;
    } else if (Cache *cache = CacheController::usableCache(m_controller)) {
        try {
            const qint64 minutes = SettingsStore(cache->database())
                                       .integer(Settings::AutoLockMinutes, Settings::AutoLockMinutesDefault);
            delay = std::max<qint64>(0, minutes) * 60 * 1000;
        } catch (const StoreError &) {
            // Unreadable now: the delay read last stays.
        }
    }
    if (delay != m_delay) {
        m_delay = delay;
        Q_EMIT idleDelayChanged();
    }
}

void LockController::restartTimer()
{
    // A shortened delay (tests) is checked often enough to lock soon after it passed.
    m_idleTimer.start(m_override > 0 ? std::clamp(m_override / 4, 20, CheckInterval) : CheckInterval);
}

void LockController::screenSaverActiveChanged(bool active)
{
    if (active) {
        lock();
    }
}

void LockController::prepareForSleep(bool start)
{
    if (start) {
        lock();
    }
}

void LockController::sessionLockRequested()
{
    lock();
}

} // namespace Ratsmappe
