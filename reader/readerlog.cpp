// SPDX-License-Identifier: GPL-2.0-or-later
#include "readerlog.h"

Q_LOGGING_CATEGORY(lcReader, "ratsmappe.reader", QtInfoMsg)
