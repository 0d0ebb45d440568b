// SPDX-License-Identifier: GPL-2.0-or-later
#include "windowlog.h"

Q_LOGGING_CATEGORY(lcWindow, "ratsmappe.window", QtInfoMsg)
