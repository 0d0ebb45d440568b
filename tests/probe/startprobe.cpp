// SPDX-License-Identifier: GPL-2.0-or-later
#include "startprobe.h"

#include "cachecontroller.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

namespace Ratsmappe {

namespace {

double msSince(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// "OverviewPage_QMLTYPE_12(0x…)" → "OverviewPage"
QString typeName(const QObject *object)
{
    if (!object) {
        return {};
    }
    QString name = QString::fromLatin1(object->metaObject()->className());
    const qsizetype cut = name.indexOf(QLatin1String("_QML"));
    return cut > 0 ? name.left(cut) : name;
}

} // namespace

StartProbe::StartProbe(CacheController &controller, QQuickWindow &window, QElapsedTimer sinceMain)
    : m_controller(controller)
    , m_window(&window)
    , m_clock(sinceMain)
{
    connect(&window, &QQuickWindow::frameSwapped, this, &StartProbe::frameSwapped);
    // Attached after the QML has loaded; the key derivation, started before it, ends later (its
    // result comes through the event loop, which runs only from now on).
    connect(&controller, &CacheController::opened, this, [this] {
        if (m_openedMs < 0) {
            m_openedMs = msSince(m_clock);
        }
    });
    // The models deliver their rows between frames; a short poll sees them without a frame.
    m_poll.setInterval(1);
    m_poll.setTimerType(Qt::PreciseTimer);
    connect(&m_poll, &QTimer::timeout, this, &StartProbe::check);
    m_poll.start();
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::seconds(TimeoutSeconds));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "ratsmappe-probe --probe-start: no result within %d s\n", TimeoutSeconds);
        QCoreApplication::exit(1);
    });
    m_timeout.start();
}

bool StartProbe::startPageReady() const
{
    const QObject *stack = m_window ? m_window->property("pageStack").value<QObject *>() : nullptr;
    const QObject *page = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
    return page && page->property("ready").toBool();
}

void StartProbe::check()
{
    if (m_done) {
        return;
    }
    switch (m_controller.state()) {
    case CacheController::Broken:
        std::fprintf(stderr,
                     "ratsmappe-probe --probe-start: the cache cannot be opened: %s\n",
                     qPrintable(m_controller.errorMessage()));
        m_done = true;
        QCoreApplication::exit(2);
        return;
    case CacheController::Unlocked:
        if (m_unlockedMs < 0) {
            m_unlockedMs = msSince(m_clock);
        }
        if (m_readyMs < 0 && startPageReady()) {
            m_readyMs = msSince(m_clock);
            // The frame that shows it: the next one swapped.
            m_window->update();
        }
        return;
    default:
        return;
    }
}

void StartProbe::frameSwapped()
{
    if (m_done) {
        return;
    }
    if (m_firstFrameMs < 0) {
        m_firstFrameMs = msSince(m_clock);
    }
    check();
    const bool noCache = m_controller.state() == CacheController::NoCache;
    if (noCache || m_readyMs >= 0) {
        finish();
    }
}

void StartProbe::finish()
{
    m_done = true;
    const QObject *stack = m_window->property("pageStack").value<QObject *>();
    const QJsonObject result{
        {QStringLiteral("firstFrameMs"), m_firstFrameMs},
        {QStringLiteral("openedMs"), m_openedMs},
        {QStringLiteral("unlockedMs"), m_unlockedMs},
        {QStringLiteral("readyMs"), m_readyMs},
        {QStringLiteral("readyFrameMs"), m_readyMs >= 0 ? msSince(m_clock) : -1.0},
        {QStringLiteral("page"),
         typeName(stack ? stack->property("currentItem").value<QObject *>() : nullptr)},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Ratsmappe
