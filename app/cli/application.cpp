// SPDX-License-Identifier: GPL-2.0-or-later
#include "application.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Ratsmappe {

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // English is the source language; other languages come from the embedded .qm files.
    if (translator->load(
            QLocale(), QStringLiteral("ratsmappe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace Ratsmappe
