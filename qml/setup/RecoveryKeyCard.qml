// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The recovery key of the new cache, shown once: it opens the cache when the passphrase is lost.
// (The file keeps its old name: it is the translation context of these texts.)
// A modal dialog rather than a card over the meetings list: it keeps the keyboard focus to
// itself, stays put while the list scrolls or a message bar appears above it, and the window
// sizes it. It opens while the controller holds the key and closes only when the member has
// noted it (the controller forgets the key then).
Kirigami.PromptDialog {
    id: dialog

    readonly property string recoveryKey: CacheController.recoveryKey
    // Not before the window's overlay has its size: the key may be there before the window is
    // laid out (the passphrase from the environment), and a popup opened in a parent of no
    // size lays itself out anew, with binding loops, once that gets its size.
    readonly property bool wanted: recoveryKey.length > 0 && parent !== null && parent.width > 0 && parent.height > 0

    function updateOpen(): void {
        if (wanted)
            open();
        else if (recoveryKey.length === 0)
            close();
    }

    // Marked for clipboard managers, off the clipboard after 30 s and when the key is noted.
    SecretClipboard {
        id: clipboard
        clearAfter: 30000
    }

    title: qsTr("Your recovery key")
    // The icon gives its room to the key on a narrow window.
    iconName: parent && parent.width < Kirigami.Units.gridUnit * 40 ? "" : "dialog-password"
    // Neither Escape nor a click beside it dismisses the key unnoted.
    closePolicy: QQC2.Popup.NoAutoClose
    showCloseButton: false
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            text: qsTr("Copy")
            icon.name: "edit-copy"
            tooltip: qsTr("Copies the key for 30 seconds")
            onTriggered: clipboard.copy(dialog.recoveryKey)
        },
        Kirigami.Action {
            text: qsTr("I have noted it")
            icon.name: "dialog-ok"
            onTriggered: {
                clipboard.clear();
                CacheController.forgetRecoveryKey();
            }
        }
    ]

    onWantedChanged: updateOpen()
    Component.onCompleted: updateOpen()
    onOpened: keyField.forceActiveFocus()

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            // Wraps at this width rather than widening the dialog to the whole text.
            Layout.preferredWidth: Kirigami.Units.gridUnit * 26
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Write this key down and keep it apart from this computer. It unlocks your documents when the passphrase is lost. It is shown only now.")
        }

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            type: Kirigami.MessageType.Warning
            text: CacheController.warningMessage
            visible: text.length > 0
        }

        QQC2.TextField {
            id: keyField
            // Wide enough for the whole key, while the window is.
            Layout.preferredWidth: keyMetrics.advanceWidth + leftPadding + rightPadding + Kirigami.Units.largeSpacing
            Layout.fillWidth: true
            readOnly: true
            text: dialog.recoveryKey
            font.family: "monospace"
            horizontalAlignment: Text.AlignHCenter
            Accessible.name: dialog.title

            TextMetrics {
                id: keyMetrics
                font: keyField.font
                text: keyField.text
            }
        }
    }
}
