// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Ratsmappe {

/// Where a save dialog starts: the member's Documents folder, else Downloads, else home; never
/// the program's working directory.
QString saveFolder();

} // namespace Ratsmappe
