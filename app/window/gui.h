// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

class QCommandLineOption;
class QCommandLineParser;
class QQuickWindow;

namespace Ratsmappe {

class CacheController;

/// What a test program adds to the window (tests/probe): hidden options, and whatever watches
/// the window once it is loaded. The shipped program has none.
class GuiExtension
{
public:
    virtual ~GuiExtension() = default;
    virtual QList<QCommandLineOption> options() const = 0;
    /// Called once the window has loaded, before the event loop runs.
    virtual void
    attach(const QCommandLineParser &parser, CacheController &controller, QQuickWindow &window) = 0;
};

/// Creates the application and the Kirigami window, and runs until it closes.
/// With --self-test it loads every QML page and returns 0, or non-zero naming the error.
int runGui(int &argc, char **argv, GuiExtension *extension = nullptr);

} // namespace Ratsmappe
