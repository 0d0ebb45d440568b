// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard

// One council server with the member's account on it, and what can be done with it.
FormCard.AbstractFormDelegate {
    id: delegate

    required property var modelData
    readonly property var server: modelData
    required property bool syncing

    signal signInRequested(string serverId)
    signal signOutRequested(string serverId)
    signal removeRequested(string serverId)

    readonly property int account: server.account

    function accountText(): string {
        switch (delegate.account) {
        case AccountController.SignedIn:
            return delegate.server.basic ? qsTr("Signed in as %1: non-public material included").arg(delegate.server.user)
                                         : qsTr("Signed in with an access token: non-public material included");
        case AccountController.Refused:
            return qsTr("The server refused the stored sign-in: sign in again");
        case AccountController.Revoked:
            return delegate.server.revocationMessage.length > 0
                ? qsTr("Access revoked by the server: %1").arg(delegate.server.revocationMessage)
                : qsTr("Access revoked by the server");
        }
        return qsTr("Public material only (not signed in)");
    }

    background: null
    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            Layout.fillWidth: true
            text: delegate.server.name
            elide: Text.ElideRight
            font.bold: true
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: delegate.server.id
            elide: Text.ElideMiddle
            color: Kirigami.Theme.disabledTextColor
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: delegate.accountText()
            color: delegate.account === AccountController.Refused || delegate.account === AccountController.Revoked
                ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
        }
        RowLayout {
            QQC2.Button {
                text: delegate.account === AccountController.SignedIn ? qsTr("Sign In Again…") : qsTr("Sign In…")
                icon.name: "im-user"
                onClicked: delegate.signInRequested(delegate.server.id)
            }
            QQC2.Button {
                visible: delegate.account === AccountController.SignedIn || delegate.account === AccountController.Refused
                text: qsTr("Sign Out…")
                icon.name: "system-log-out"
                enabled: !delegate.syncing
                onClicked: delegate.signOutRequested(delegate.server.id)
            }
            QQC2.Button {
                text: qsTr("Remove…")
                icon.name: "list-remove"
                enabled: !delegate.syncing
                onClicked: delegate.removeRequested(delegate.server.id)
            }
        }
    }
}
