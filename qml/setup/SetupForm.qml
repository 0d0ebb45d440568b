// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The first start: chooses the passphrase of the new encrypted cache. CacheController
// creates it off the GUI thread (Argon2 takes a moment).
ColumnLayout {
    id: form

    readonly property bool busy: CacheController.state === CacheController.Creating
    // The same rule as `ratsmappe init`; checked as the member types.
    readonly property string problem: {
        if (passphraseField.text.length === 0)
            return "";
        const policy = CacheController.passphraseProblem(passphraseField.text);
        if (policy.length > 0)
            return policy;
        if (repeatField.text.length > 0 && repeatField.text !== passphraseField.text)
            return qsTr("The two passphrases differ.");
        return "";
    }
    readonly property bool acceptable: passphraseField.text.length > 0 && problem.length === 0
        && repeatField.text === passphraseField.text

    function focusField(): void {
        passphraseField.forceActiveFocus();
    }

    function submit(): void {
        if (!form.acceptable || form.busy)
            return;
        CacheController.create(passphraseField.text, keychainBox.checked);
        passphraseField.clear();
        repeatField.clear();
    }

    spacing: Kirigami.Units.largeSpacing

    onBusyChanged: if (!busy && visible) focusField()

    Kirigami.Icon {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Kirigami.Units.iconSizes.huge
        Layout.preferredHeight: Kirigami.Units.iconSizes.huge
        source: "folder-documents"
    }

    Kirigami.Heading {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Set up Ratsmappe")
    }

    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Ratsmappe keeps your council documents on this computer, encrypted. Choose a passphrase of at least 8 characters to protect them.")
    }

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        type: Kirigami.MessageType.Error
        text: form.problem.length > 0 ? form.problem : CacheController.errorMessage
        visible: text.length > 0
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true

        Kirigami.PasswordField {
            id: passphraseField
            Kirigami.FormData.label: qsTr("Passphrase:")
            enabled: !form.busy
            onAccepted: repeatField.forceActiveFocus()
        }

        Kirigami.PasswordField {
            id: repeatField
            Kirigami.FormData.label: qsTr("Repeat:")
            enabled: !form.busy
            onAccepted: form.submit()
        }

        QQC2.CheckBox {
            id: keychainBox
            text: qsTr("Remember in the system keychain")
            checked: true
            enabled: !form.busy
        }
    }

    QQC2.Button {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Create")
        icon.name: "document-new"
        enabled: form.acceptable && !form.busy
        onClicked: form.submit()
    }

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: form.busy
        visible: running
    }
}
