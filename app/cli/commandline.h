// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Ratsmappe {

class StoreError;

/// The headless `ratsmappe COMMAND [options]` front: parses, runs one command, returns its
/// exit code. Needs a QCoreApplication; never opens a window or waits for input that is not
/// there.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::CommandLine)
public:
    /// True when \a arguments (argv as a list) ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    static int run(const QStringList &arguments);
    static int exitCodeFor(const StoreError &error);
    static QString usage();
};

} // namespace Ratsmappe
