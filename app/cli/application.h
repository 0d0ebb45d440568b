// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

/// Names and version of the application, the same for the window and the command line
/// (they decide where the default cache lives). Call after the QCoreApplication exists.
void setApplicationMetadata();

/// Loads the UI language (German or English) for the system locale into the running
/// application.
void installTranslations();

} // namespace Ratsmappe
