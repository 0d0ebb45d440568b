// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Ratsmappe {

/// Who the application is, the same for the window and the command line: the names decide
/// where the default cache and settings live, so both faces must agree on them.
struct ApplicationInfo
{
    QString name; ///< "ratsmappe": folders, the translation catalogue
    QString displayName; ///< "Ratsmappe": what a user reads
    QString version;
    QString organizationName; ///< empty, so no extra folder level
    QString organizationDomain; ///< "ratsmappe.de"
    QString desktopFileName; ///< "de.ratsmappe.ratsmappe": the reversed domain and the name
};

ApplicationInfo applicationInfo();

/// Copies applicationInfo() into QCoreApplication. Call after the QCoreApplication exists.
void setApplicationMetadata();

/// Installs the embedded translation for the user's language (English is the source language).
void installTranslations();

} // namespace Ratsmappe
