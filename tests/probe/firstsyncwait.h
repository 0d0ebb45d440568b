// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Ratsmappe {

class CacheController;

/// What both probes wait for before they look: the cache open and no sync running, that is
/// the first sync after the start has ended, or there was none to wait for. Calls \a ready
/// once then; calls \a unusable once with the reason instead when the cache cannot be opened
/// (broken, locked, or none and no RATSMAPPE_PASSWORD to create one). Waits as long as it
/// takes: the caller's own guard tells a hang from a slow machine.
class FirstSyncWait : public QObject
{
    Q_OBJECT
public:
    FirstSyncWait(CacheController &controller,
                  std::function<void()> ready,
                  std::function<void(const QString &reason)> unusable);

private:
    void check();

    CacheController &m_controller;
    std::function<void()> m_ready;
    std::function<void(const QString &)> m_unusable;
    bool m_done = false;
};

} // namespace Ratsmappe
