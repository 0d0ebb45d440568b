// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

/// Creates the application and the Kirigami window, and runs until it closes.
/// With --self-test it loads every QML page and returns 0, or non-zero naming the error.
int runGui(int &argc, char **argv);

} // namespace Ratsmappe
