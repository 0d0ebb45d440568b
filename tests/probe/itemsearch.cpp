// SPDX-License-Identifier: GPL-2.0-or-later
#include "itemsearch.h"

#include <QQuickItem>

namespace Ratsmappe {

QQuickItem *findItemByName(QQuickItem *root, QLatin1String name)
{
    if (root->objectName() == name) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItemByName(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace Ratsmappe
