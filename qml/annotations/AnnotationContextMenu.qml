// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQml.Models

// What can be done to one annotation: its colour, its text, deleting it.
QQC2.Menu {
    id: root

    required property DocumentAnnotations annotations
    required property AnnotationTools tools

    property string annotationId: ""
    property string type: ""

    signal editRequested(string id)

    function openFor(id: string): void {
        const item = root.annotations.get(id);
        if (item.id === undefined)
            return;
        root.annotationId = id;
        root.type = item.type;
        root.popup();
    }

    QQC2.MenuItem {
        text: root.type === "note" ? qsTr("Edit Note…") : qsTr("Edit Text…")
        icon.name: "document-edit"
        visible: root.type === "note" || root.type === "freetext"
        height: visible ? implicitHeight : 0
        onTriggered: root.editRequested(root.annotationId)
    }

    QQC2.Menu {
        id: colorMenu
        title: qsTr("Colour")
        icon.name: "color-management"

        Instantiator {
            model: root.type === "highlight" || root.type === "note" || root.type === "freetext" ? root.tools.highlightColors : root.tools.drawColors
            delegate: QQC2.MenuItem {
                id: colorItem
                required property string modelData
                text: root.tools.colorName(colorItem.modelData)
                icon.name: "color-picker"
                icon.color: colorItem.modelData
                onTriggered: root.annotations.recolor(root.annotationId, colorItem.modelData)
            }
            onObjectAdded: (index, object) => colorMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => colorMenu.removeItem(object)
        }
    }

    QQC2.MenuSeparator {}

    QQC2.MenuItem {
        text: qsTr("Delete")
        icon.name: "edit-delete"
        onTriggered: root.annotations.remove(root.annotationId)
    }
}
