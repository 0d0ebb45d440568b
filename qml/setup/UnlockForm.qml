// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// Asks for the cache's passphrase; CacheController checks it off the GUI thread.
ColumnLayout {
    id: form

    readonly property bool busy: CacheController.state === CacheController.Unlocking

    function focusField(): void {
        passphraseField.forceActiveFocus();
    }

    function submit(): void {
        if (passphraseField.text.length === 0 || form.busy)
            return;
        CacheController.unlock(passphraseField.text);
        // Do not keep the passphrase in the field while the window stays open.
        passphraseField.clear();
    }

    spacing: Kirigami.Units.largeSpacing

    // Disabled while busy, the field loses the focus; give it back for the next try.
    onBusyChanged: if (!busy && visible) focusField()

    Kirigami.Icon {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Kirigami.Units.iconSizes.huge
        Layout.preferredHeight: Kirigami.Units.iconSizes.huge
        source: "object-locked"
    }

    Kirigami.Heading {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("The cache is locked")
    }

    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Enter the passphrase you chose when you set up Ratsmappe.")
    }

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        type: Kirigami.MessageType.Error
        text: CacheController.errorMessage
        visible: text.length > 0
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing

        Kirigami.PasswordField {
            id: passphraseField
            Layout.fillWidth: true
            placeholderText: qsTr("Passphrase")
            enabled: !form.busy
            onAccepted: form.submit()
        }

        QQC2.Button {
            text: qsTr("Unlock")
            icon.name: "unlock"
            enabled: !form.busy && passphraseField.text.length > 0
            onClicked: form.submit()
        }
    }

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: form.busy
        visible: running
    }
}
