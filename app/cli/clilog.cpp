// SPDX-License-Identifier: GPL-2.0-or-later
#include "clilog.h"

Q_LOGGING_CATEGORY(lcCli, "ratsmappe.cli", QtInfoMsg)
