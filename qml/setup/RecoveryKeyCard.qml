// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The recovery key of the new cache, shown once: it opens the cache when the passphrase is lost.
Kirigami.Card {
    id: card

    readonly property string recoveryKey: CacheController.recoveryKey

    // Marked for clipboard managers, off the clipboard after 30 s and when the card closes.
    SecretClipboard {
        id: clipboard
        clearAfter: 30000
    }

    banner.title: qsTr("Your recovery key")
    banner.titleIcon: "dialog-password"

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
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
            Layout.fillWidth: true
            readOnly: true
            text: card.recoveryKey
            font.family: "monospace"
            horizontalAlignment: Text.AlignHCenter
        }
    }

    actions: [
        Kirigami.Action {
            text: qsTr("Copy")
            icon.name: "edit-copy"
            tooltip: qsTr("Copies the key for 30 seconds")
            onTriggered: clipboard.copy(card.recoveryKey)
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
}
