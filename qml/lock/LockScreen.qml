// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.setup

// What a locked window shows, and nothing else: the passphrase field (the keychain is never
// asked here). It takes every click and wheel turn so that nothing below it reacts.
Rectangle {
    id: screen
    objectName: "lockScreen"

    function focusField(): void {
        form.focusField();
    }

    color: Kirigami.Theme.backgroundColor
    onVisibleChanged: if (visible) Qt.callLater(screen.focusField)

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }

    UnlockForm {
        id: form
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 24)
    }
}
