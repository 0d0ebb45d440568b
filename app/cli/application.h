// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "applicationinfo.h" // setApplicationMetadata(), shared with the window

namespace Ratsmappe {

/// Loads the UI language (German or English) for the system locale into the running
/// application.
void installTranslations();

} // namespace Ratsmappe
