// SPDX-License-Identifier: GPL-2.0-or-later
// Ratsmappe: a thin main. Commands run headless; without one, the window opens.

#include "applicationinfo.h"
#include "commandline.h"
#include "gui.h"
#include "processhardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything reads a secret: no core dumps, no other process looking in.
    Ratsmappe::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    if (Ratsmappe::CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        Ratsmappe::setApplicationMetadata();
        Ratsmappe::installTranslations();
        return Ratsmappe::CommandLine::run(arguments);
    }
    return Ratsmappe::runGui(argc, argv);
}
