// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// All annotations and notes as one file under a passphrase of the member's choice (for a new
// computer), and back: merged, never doubled.
FormCard.FormCard {
    id: card

    readonly property AnnotationBackupController backup: AnnotationBackupController {
        cacheController: CacheController
    }
    readonly property string problem: card.backup.passphraseProblem(passField.text, repeatField.text)

    FormCard.FormPasswordFieldDelegate {
        id: passField
        label: qsTr("Passphrase of the backup")
        enabled: !card.backup.busy
    }
    FormCard.FormPasswordFieldDelegate {
        id: repeatField
        label: qsTr("Repeat it (for a new backup)")
        enabled: !card.backup.busy
    }
    FormCard.FormCheckDelegate {
        id: nonPublicBox
        text: qsTr("Include non-public documents")
        description: qsTr("Annotations and notes on non-public material go into the backup only when you tick this; they are marked as such inside.")
        enabled: !card.backup.busy
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Save Backup…")
        description: passField.text.length > 0 && card.problem.length > 0
            ? card.problem
            : qsTr("Choose where the file goes. Keep the passphrase: without it the backup cannot be opened.")
        icon.name: "document-save"
        enabled: !card.backup.busy && passField.text.length > 0 && card.problem.length === 0
        onClicked: {
            const file = card.backup.chooseBackupFile();
            if (file.toString().length === 0)
                return;
            if (card.backup.backup(file, passField.text, nonPublicBox.checked)) {
                passField.text = "";
                repeatField.text = "";
            }
        }
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Restore from Backup…")
        description: qsTr("Needs the backup's passphrase above. Annotations already here stay; the newer of two versions wins.")
        icon.name: "document-open"
        enabled: !card.backup.busy && passField.text.length > 0
        onClicked: {
            const file = card.backup.chooseRestoreFile();
            if (file.toString().length === 0)
                return;
            if (card.backup.restore(file, passField.text)) {
                passField.text = "";
                repeatField.text = "";
            }
        }
    }
    FormCard.AbstractFormDelegate {
        visible: card.backup.busy
        background: null
        contentItem: QQC2.BusyIndicator {
            running: card.backup.busy
        }
    }
    // What was typed leaves when the cache closes.
    Connections {
        target: CacheController
        function onStateChanged(): void {
            passField.text = "";
            repeatField.text = "";
        }
    }
    Kirigami.InlineMessage {
        width: parent.width
        type: card.backup.failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Positive
        text: card.backup.message
        visible: text.length > 0 && !card.backup.busy
    }
}
