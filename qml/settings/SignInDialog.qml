// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Sign-in for the non-public part: an access token, or a user name and password. The secret
// goes to the server first and into the encrypted cache only when the server accepts it.
Kirigami.Dialog {
    id: dialog

    // The card's account controller: whether a sign-in is under way, its outcome.
    property bool busy: false
    property string serverId: ""
    property string problem: ""

    function openFor(server: string): void {
        dialog.serverId = server;
        dialog.problem = "";
        secretField.text = "";
        open();
    }

    // The card signs in and sets problem when it cannot be tried.
    signal submitted(string serverId, string user, string secret)

    function submit(): void {
        dialog.submitted(dialog.serverId, withToken.checked ? "" : userField.text, secretField.text);
    }

    // The server accepted: the secret leaves the field.
    function succeeded(): void {
        secretField.text = "";
        dialog.close();
    }

    title: qsTr("Sign In")
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            text: qsTr("Sign In")
            icon.name: "dialog-ok"
            enabled: !dialog.busy && secretField.text.length > 0
            onTriggered: dialog.submit()
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 24
            wrapMode: Text.Wrap
            text: qsTr("Sign in to %1 to get the non-public part as well.").arg(dialog.serverId)
        }
        RowLayout {
            QQC2.RadioButton {
                id: withPassword
                text: qsTr("User name and password")
                checked: true
            }
            QQC2.RadioButton {
                id: withToken
                text: qsTr("Access token")
            }
        }
        QQC2.TextField {
            id: userField
            Layout.fillWidth: true
            visible: withPassword.checked
            placeholderText: qsTr("User name")
        }
        Kirigami.PasswordField {
            id: secretField
            Layout.fillWidth: true
            placeholderText: withToken.checked ? qsTr("Access token") : qsTr("Password")
            onAccepted: dialog.submit()
        }
        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.busy
            running: visible
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            text: dialog.problem
            visible: text.length > 0
        }
    }
}
