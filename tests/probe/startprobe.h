// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

namespace Ratsmappe {

class CacheController;

/// For measuring start-up (ratsmappe-probe --probe-start): from the program's start (the clock
/// \a sinceMain, started first thing in main()) to the first frame, to the cache being open (its
/// key derived: CacheController::opened, before the window reacts), to the state Unlocked as the
/// event loop next sees it, and to the first frame that shows the start page ready — its `ready` property
/// true (the overview's models have their rows). Without a cache (no RATSMAPPE_PASSWORD) it stops at the
/// first frame: the same binary loading its QML alone. Prints one JSON line and quits: 0 done, 1 no result
/// within the time limit, 2 the cache could not be opened.
class StartProbe : public QObject
{
    Q_OBJECT
public:
    StartProbe(CacheController &controller, QQuickWindow &window, QElapsedTimer sinceMain);

    static constexpr int TimeoutSeconds = 120;

private:
    void frameSwapped();
    void check();
    bool startPageReady() const;
    void finish();

    CacheController &m_controller;
    QPointer<QQuickWindow> m_window;
    QElapsedTimer m_clock;
    QTimer m_poll;
    QTimer m_timeout;
    double m_firstFrameMs = -1;
    double m_openedMs = -1;
    double m_unlockedMs = -1;
    double m_readyMs = -1;
    bool m_done = false;
};

} // namespace Ratsmappe
