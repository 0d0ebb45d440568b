// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "firstsyncwait.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

namespace Ratsmappe {

class CacheController;

/// For tests (ratsmappe-probe --probe-meetings): waits for the first sync after the start (or
/// none, when the cache has no server), then prints the title of every meeting delegate the
/// Meetings page's list has created, top to bottom, and quits: 0 done, 1 nothing within
/// 120 seconds, 2 the cache could not be opened.
class MeetingsProbe : public QObject
{
    Q_OBJECT
public:
    MeetingsProbe(CacheController &controller, QQuickWindow &window);

    static constexpr int TimeoutSeconds = 120;
    /// The titles of the meeting delegates below \a root, found by walking the item tree.
    static QStringList delegateTitles(QQuickWindow &window);

private:
    void printAfterFrames(int triesLeft);

    static constexpr int InitialTries = 50;

    QPointer<QQuickWindow> m_window;
    QTimer m_timeout;
    FirstSyncWait m_firstSync;
};

} // namespace Ratsmappe
