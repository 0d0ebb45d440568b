// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "firstsyncwait.h"

#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace Ratsmappe {

class CacheController;

/// For tests (ratsmappe-probe --probe-meetings): waits for the first sync after the start (or
/// none, when the cache has no server), then prints the title of every meeting delegate the
/// Meetings page's list has created, top to bottom, and quits: 0 done, 1 the window went away,
/// 2 the cache could not be opened. It waits for those conditions, not for a time: a slow
/// machine takes longer, and the caller's generous limit (ctest's TIMEOUT, Test::runProgram's)
/// only catches a hang.
class MeetingsProbe : public QObject
{
    Q_OBJECT
public:
    MeetingsProbe(CacheController &controller, QQuickWindow &window);

    /// The titles of the meeting delegates below \a root, found by walking the item tree.
    static QStringList delegateTitles(QQuickWindow &window);

private:
    void printWhenLaidOut(bool firstLook);

    QPointer<QQuickWindow> m_window;
    FirstSyncWait m_firstSync;
};

} // namespace Ratsmappe
