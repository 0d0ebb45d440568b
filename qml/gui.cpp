// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui.h"

#include <QApplication>

namespace Ratsmappe {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace Ratsmappe
