// SPDX-License-Identifier: GPL-2.0-or-later
#include "demolog.h"

Q_LOGGING_CATEGORY(lcDemo, "ratsmappe.demo", QtInfoMsg)
