// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Finding text in the document: the field, how many hits, previous and next. Hidden until
// opened; Escape or Close hides it.
QQC2.ToolBar {
    id: root

    required property DocumentFind find
    // The query showQuery() put in the field, until the field has accepted it.
    property string shownQuery: ""

    // Shows the bar with the field focused and its text selected.
    function open(): void {
        root.visible = true;
        findField.forceActiveFocus();
        findField.selectAll();
    }

    // Shows the bar with the hits of a search's query (DocumentFind.findQuery) and \a text in
    // the field; the field's own accept of that text is not a new find.
    function showQuery(text: string): void {
        root.shownQuery = text;
        findField.text = text;
        root.visible = true;
    }

    visible: false

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.SearchField {
            id: findField
            Layout.fillWidth: true
            placeholderText: qsTr("Find in document…")
            delaySearch: true
            autoAccept: true
            onAccepted: {
                if (root.shownQuery.length > 0 && text === root.shownQuery) {
                    root.shownQuery = "";
                    return;
                }
                root.shownQuery = "";
                if (text !== root.find.text)
                    root.find.find(text);
                else
                    root.find.next();
            }
            Keys.onEscapePressed: root.visible = false
        }

        QQC2.Label {
            text: root.find.running ? qsTr("Searching…") : root.find.text.length === 0 ? "" : root.find.count === 0 ? qsTr("Not found") : qsTr("%1 of %2").arg(root.find.currentIndex + 1).arg(root.find.count)
        }

        QQC2.ToolButton {
            icon.name: "go-up"
            text: qsTr("Previous")
            display: QQC2.AbstractButton.IconOnly
            enabled: root.find.count > 0
            onClicked: root.find.previous()
        }

        QQC2.ToolButton {
            icon.name: "go-down"
            text: qsTr("Next")
            display: QQC2.AbstractButton.IconOnly
            enabled: root.find.count > 0
            onClicked: root.find.next()
        }

        QQC2.ToolButton {
            icon.name: "dialog-close"
            text: qsTr("Close")
            display: QQC2.AbstractButton.IconOnly
            onClicked: root.visible = false
        }
    }
}
