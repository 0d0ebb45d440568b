// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Ratsmappe {

/// Text from a server (names, messages) made safe for a terminal: control characters (C0,
/// DEL, C1) shown as visible escapes ("\x1B"), so a name cannot set the window title, write
/// the clipboard (OSC 52) or move the cursor over earlier output. Line breaks and tabs stay.
QString terminalSafe(const QString &text);

/// The same for one field of a line (a column of `ls`): line breaks and tabs are escaped too,
/// so a field cannot start a line or a column of its own.
QString terminalField(const QString &text);

} // namespace Ratsmappe
