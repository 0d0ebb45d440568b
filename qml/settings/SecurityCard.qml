// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// Auto-lock, the passphrase, the keychain and a new recovery key.
FormCard.FormCard {
    id: card

    readonly property SettingsController settings: SettingsController {
        cacheController: CacheController
    }
    readonly property SecurityController security: SecurityController {
        cacheController: CacheController
    }

    FormCard.FormSpinBoxDelegate {
        label: qsTr("Lock after this many idle minutes (0: never)")
        from: 0
        to: 240
        value: card.settings.autoLockMinutes
        onValueChanged: if (value !== card.settings.autoLockMinutes) card.settings.autoLockMinutes = value
    }
    FormCard.FormDelegateSeparator {}
    FormCard.FormSwitchDelegate {
        text: qsTr("Keep the key in the system keychain")
        description: card.security.keychainAvailable
            ? qsTr("Ratsmappe then opens without the passphrase when you log in; the lock screen still asks for it.")
            : qsTr("No system keychain answers on this computer (such as KWallet or GNOME Keyring), so Ratsmappe asks for the passphrase.")
        // Offered where a keychain answers; where the key is there already, it can be taken out.
        enabled: card.security.keychainAvailable || card.security.keychain
        checked: card.security.keychain && card.security.keychainAvailable
        onToggled: {
            card.security.setKeychain(checked);
            checked = Qt.binding(() => card.security.keychain && card.security.keychainAvailable);
        }
    }
    FormCard.FormDelegateSeparator {}
    FormCard.FormPasswordFieldDelegate {
        id: currentField
        label: qsTr("Current passphrase")
    }
    FormCard.FormPasswordFieldDelegate {
        id: newField
        label: qsTr("New passphrase")
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Change Passphrase")
        icon.name: "lock"
        enabled: currentField.text.length > 0 && newField.text.length > 0
        onClicked: {
            if (card.security.changePassphrase(currentField.text, newField.text))
                newField.text = "";
            currentField.text = "";
        }
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Show a New Recovery Key")
        description: qsTr("Needs the current passphrase above; the old recovery key stops working.")
        icon.name: "view-barcode-qr"
        enabled: currentField.text.length > 0
        onClicked: {
            card.security.renewRecoveryKey(currentField.text);
            currentField.text = "";
        }
    }
    FormCard.AbstractFormDelegate {
        visible: card.security.recoveryKey.length > 0
        background: null
        contentItem: ColumnLayout {
            spacing: Kirigami.Units.smallSpacing

            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your new recovery key: note it and keep it apart from this computer.")
            }
            // Whole on a narrow window too: a key cut short cannot be noted.
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.2
                text: card.security.recoveryKey
            }
            // Copied for 30 seconds and marked for clipboard managers, as at the first start.
            RowLayout {
                QQC2.Button {
                    text: qsTr("Copy")
                    icon.name: "edit-copy"
                    onClicked: clipboard.copy(card.security.recoveryKey)
                }
                QQC2.Button {
                    text: qsTr("I have noted it")
                    icon.name: "dialog-ok"
                    onClicked: {
                        clipboard.clear();
                        card.security.forgetRecoveryKey();
                    }
                }
            }
        }
    }
    FormCard.FormDelegateSeparator {}
    FormCard.FormTextFieldDelegate {
        id: wipeField
        // The word the member types: a click alone must not delete everything.
        readonly property string word: qsTr("DELETE")
        label: qsTr("Delete everything on this computer: type %1").arg(word)
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Delete the Cache and Quit")
        description: qsTr("Every document, annotation and note in Ratsmappe on this computer, and its keychain entry. The server keeps its documents; your annotations and notes are lost.")
        icon.name: "edit-delete"
        enabled: wipeField.text.trim() === wipeField.word
        onClicked: card.security.wipeCache()
    }
    // The page is kept while the window lives: what was typed leaves when the cache closes.
    Connections {
        target: CacheController
        function onStateChanged(): void {
            currentField.text = "";
            newField.text = "";
            wipeField.text = "";
        }
    }
    Connections {
        target: card.security
        function onWiped(): void {
            Qt.quit();
        }
    }
    SecretClipboard {
        id: clipboard
        clearAfter: 30000
    }
    Kirigami.InlineMessage {
        width: parent.width
        type: card.security.failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Positive
        text: card.security.message
        visible: text.length > 0
    }
}
