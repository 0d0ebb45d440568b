// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdflog.h"

Q_LOGGING_CATEGORY(lcPdf, "ratsmappe.pdf", QtInfoMsg)
