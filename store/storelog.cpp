// SPDX-License-Identifier: GPL-2.0-or-later
#include "storelog.h"

Q_LOGGING_CATEGORY(lcStore, "ratsmappe.store", QtInfoMsg)
