// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "firstsyncwait.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class QQuickItem;
class QQuickWindow;

namespace Ratsmappe {

class CacheController;

/// For measuring (ratsmappe-probe --probe-list-scroll): once the first sync after the start has
/// ended, shows the meetings page (the window's showMeetings()), waits for its list
/// ("meetingsList") to have its rows and a second more, then records the GUI thread's gaps with a 5 ms timer
/// for one second while nothing moves (the reference), then while the list scrolls from top to bottom at \a
/// pixelsPerStep every \a stepMs (a fast flick). Prints one JSON line and quits: 0 done, 1 no list or no
/// result within the time limit, 2 the cache could not be opened.
class ListScrollProbe : public QObject
{
    Q_OBJECT
public:
    ListScrollProbe(CacheController &controller, QQuickWindow &window, int stepMs, int pixelsPerStep);

    static constexpr int TimeoutSeconds = 600;
    static constexpr int ProbeIntervalMs = 5;
    static constexpr int IdleMs = 1000;
    static constexpr int SettleMs = 1000;

private:
    void open();
    void waitForRows();
    void measureIdle();
    void startScrolling();
    void step();
    void finish();
    void fail(int code, const QString &message);

    QPointer<QQuickWindow> m_window;
    int m_stepMs;
    int m_pixelsPerStep;
    QPointer<QQuickItem> m_list;
    QTimer m_timeout;
    QTimer m_stepper;
    QTimer m_probe;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_idleGaps;
    int m_steps = 0;
    // Where the longest gap while scrolling came: the step, and how far down the list it was.
    double m_longestGap = 0;
    int m_longestAtStep = -1;
    double m_longestAtY = 0;
    bool m_done = false;
    FirstSyncWait m_firstSync;
};

} // namespace Ratsmappe
