// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Before a document leaves the cache with the member's annotations: an optional name across
// every page, and for a non-public document the member's explicit confirmation.
Kirigami.PromptDialog {
    id: dialog

    required property AnnotationTransfer transfer
    property string fileId: ""
    property string serverId: ""
    property string name: ""
    property bool nonPublic: false

    function ask(fileId: string, serverId: string, name: string): void {
        dialog.fileId = fileId;
        dialog.serverId = serverId;
        dialog.name = name;
        dialog.nonPublic = dialog.transfer.isNonPublicFile(fileId, serverId);
        confirm.checked = false;
        watermark.clear();
        dialog.open();
    }

    title: qsTr("Export with Annotations")
    subtitle: qsTr("A standard PDF with your annotations, which other PDF programs show and let you edit.")
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            id: exportAction
            text: qsTr("Export…")
            icon.name: "document-export"
            enabled: !dialog.nonPublic || confirm.checked
            onTriggered: {
                dialog.close();
                dialog.transfer.exportDocument(dialog.fileId, dialog.serverId, dialog.name, watermark.text.trim(), confirm.checked);
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]
    onOpened: watermark.forceActiveFocus()

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            text: qsTr("Watermark (optional):")
        }
        QQC2.TextField {
            id: watermark
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. your name")
            Accessible.name: qsTr("Watermark")
            // Enter exports, as the dialog's default button would.
            onAccepted: {
                if (exportAction.enabled)
                    exportAction.trigger();
            }
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            visible: dialog.nonPublic
            type: Kirigami.MessageType.Warning
            text: qsTr("This document is non-public. The export is not encrypted: keep it to yourself.")
        }
        QQC2.CheckBox {
            id: confirm
            visible: dialog.nonPublic
            text: qsTr("I will keep the exported copy confidential")
        }
    }
}
