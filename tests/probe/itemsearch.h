// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLatin1String>

class QQuickItem;

namespace Ratsmappe {

/// The first item named \a name (objectName) in the visual tree below \a root, depth first;
/// the probes find the pages' lists this way, as a member's eye would, not through models.
QQuickItem *findItemByName(QQuickItem *root, QLatin1String name);

} // namespace Ratsmappe
