// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace Ratsmappe::SelfTest {

/// From now on every warning or critical message counts as a failure of the self-test. The
/// messages still reach stderr. Call it first, so that start-up warnings count too.
void collectWarnings();

/// Loads the main window and creates every other QML type of the module once.
/// Returns 0 when all of it loaded and no warning came up, else 1 after naming the problems.
int run(QQmlApplicationEngine &engine);

} // namespace Ratsmappe::SelfTest
