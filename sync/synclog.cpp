// SPDX-License-Identifier: GPL-2.0-or-later
#include "synclog.h"

Q_LOGGING_CATEGORY(lcSync, "ratsmappe.sync", QtInfoMsg)
