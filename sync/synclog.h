// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

/// The logging category "ratsmappe.sync": the OParl sync engine.
/// Debug output is off unless switched on: QT_LOGGING_RULES="ratsmappe.sync.debug=true".
/// Never log document content, passphrases, tokens, keys or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
