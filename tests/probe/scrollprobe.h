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
class DocumentSession;

/// For measuring (ratsmappe-probe --probe-scroll FILE_ID): opens the document in the real
/// ReaderPage, scrolls through every page one viewport per step without waiting for any page
/// to render (the way a member flicks), while a 5 ms timer on the GUI thread records the gaps
/// between its ticks. Prints one JSON line (pages, seconds, longestStallMs, medianGapMs,
/// peakRssMB, pagesRendered) and quits: 0 done, 1 the document did not open or no result
/// within the time limit, 2 the cache could not be opened.
class ScrollProbe : public QObject
{
    Q_OBJECT
public:
    ScrollProbe(CacheController &controller, QQuickWindow &window, QString fileId, int stepMs);

    static constexpr int TimeoutSeconds = 300;
    static constexpr int ProbeIntervalMs = 5;
    static constexpr int WindowWidth = 1600;
    static constexpr int WindowHeight = 1000;

private:
    void open();
    void waitForReady();
    void start();
    void step();
    void finish();
    void fail(int code, const QString &message);

    QPointer<QQuickWindow> m_window;
    QString m_fileId;
    int m_stepMs;
    QPointer<QQuickItem> m_page;
    QPointer<QQuickItem> m_list;
    QPointer<DocumentSession> m_view;
    QTimer m_timeout;
    QTimer m_stepper;
    QTimer m_probe;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    std::vector<double> m_gaps;
    int m_rendered = 0;
    int m_steps = 0;
    double m_rssBeforeMB = 0;
    int m_stuckSteps = 0;
    double m_lastY = -1;
    int m_lastPageSeen = 0;
    bool m_done = false;
    FirstSyncWait m_firstSync; // measured without a sync running beside it
};

} // namespace Ratsmappe
