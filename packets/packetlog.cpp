// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetlog.h"

Q_LOGGING_CATEGORY(lcPackets, "ratsmappe.packets", QtWarningMsg)
