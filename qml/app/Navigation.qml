// SPDX-License-Identifier: GPL-2.0-or-later
pragma Singleton

import QtQuick
import org.kde.kirigami as Kirigami

// Opening one page from another, the same way everywhere: the pages right of `from` go, the new
// page comes beside it. The page is created with the stack as its parent item (pushed as a
// component, Kirigami's PageRow would create it without one and Qt warns "Created graphical
// object was not placed in the graphics scene"); the window destroys it once it leaves the
// stack (Main.qml).
QtObject {
    function open(from: Item, uri: string, type: string, properties: var): Item {
        const stack = from.Kirigami.PageStack.pageStack;
        const component = Qt.createComponent(uri, type);
        if (component.status !== Component.Ready) {
            console.warn("cannot open", uri, type, component.errorString());
            return null;
        }
        from.Kirigami.PageStack.pop(from);
        const page = component.createObject(stack, properties);
        from.Kirigami.PageStack.push(page);
        return page;
    }
}
