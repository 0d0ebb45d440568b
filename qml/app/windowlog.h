// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

/// The logging category "ratsmappe.window": the window's reads of the cache (what each cost on
/// its reader thread and on the GUI thread). Debug output is off unless switched on:
/// QT_LOGGING_RULES="ratsmappe.window.debug=true". Never log content or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcWindow)
