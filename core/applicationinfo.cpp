// SPDX-License-Identifier: GPL-2.0-or-later
#include "applicationinfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <algorithm>

namespace Ratsmappe {

ApplicationInfo applicationInfo()
{
    ApplicationInfo info;
    info.name = QStringLiteral("ratsmappe");
    info.displayName = QStringLiteral("Ratsmappe");
    info.version = QStringLiteral(RATSMAPPE_VERSION);
    info.organizationDomain = QStringLiteral("ratsmappe.de");
    QStringList parts = info.organizationDomain.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    info.desktopFileName = parts.join(QLatin1Char('.')) + QLatin1Char('.') + info.name;
    return info;
}

void setApplicationMetadata()
{
    const ApplicationInfo info = applicationInfo();
    QCoreApplication::setApplicationName(info.name);
    QCoreApplication::setOrganizationName(info.organizationName);
    QCoreApplication::setOrganizationDomain(info.organizationDomain);
    QCoreApplication::setApplicationVersion(info.version);
}

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // Other languages than English come from the embedded .qm files.
    if (translator->load(
            QLocale(), QStringLiteral("ratsmappe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
    // Qt's own dialogs (open, save, print) speak the same language as the app.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(),
                 QStringLiteral("qt"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace Ratsmappe
