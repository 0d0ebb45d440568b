// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// The council servers: each with its account, sign-in, sign-out and removal; adding one.
FormCard.FormCard {
    id: card

    readonly property AccountController accounts: AccountController {
        cacheController: CacheController
        onSignedIn: signIn.succeeded()
        onMessageChanged: {
            if (failed)
                signIn.problem = message;
        }
    }
    // The server a confirmation is about.
    property string confirming: ""
    property var work: ({})

    Repeater {
        model: card.accounts.servers
        delegate: ServerDelegate {
            syncing: CacheController.sync.running || card.accounts.busy
            onSignInRequested: serverId => signIn.openFor(serverId)
            onSignOutRequested: serverId => {
                card.confirming = serverId;
                card.work = card.accounts.nonPublicWork(serverId);
                signOutDialog.open();
            }
            onRemoveRequested: serverId => {
                card.confirming = serverId;
                card.work = card.accounts.serverWork(serverId);
                removeDialog.open();
            }
        }
    }

    FormCard.FormTextDelegate {
        visible: card.accounts.servers.length === 0
        text: qsTr("No council server yet.")
    }

    FormCard.FormDelegateSeparator {}

    FormCard.FormTextFieldDelegate {
        id: urlField
        label: qsTr("Add a council server (its OParl System URL)")
        placeholderText: qsTr("https://ris.example.de/oparl/v1/system")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        onAccepted: addButton.clicked()
    }
    FormCard.FormButtonDelegate {
        id: addButton
        text: qsTr("Add and Sync")
        icon.name: "list-add"
        enabled: urlField.text.trim().length > 0
        onClicked: {
            const problem = CacheController.sync.addServer(urlField.text);
            addProblem.text = problem;
            if (problem.length === 0)
                urlField.text = "";
        }
    }
    FormCard.FormButtonDelegate {
        // Offered until it is among the servers.
        visible: card.accounts.demoServer().length > 0 && !card.accounts.servers.some(s => s.id === card.accounts.demoServer())
        text: qsTr("Use the Demo Town")
        description: qsTr("A made-up town on this computer, to try Ratsmappe")
        icon.name: "applications-education"
        onClicked: urlField.text = card.accounts.demoServer()
    }
    Kirigami.InlineMessage {
        id: addProblem
        width: parent.width
        type: Kirigami.MessageType.Error
        visible: text.length > 0
    }
    Kirigami.InlineMessage {
        width: parent.width
        type: card.accounts.failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Positive
        text: card.accounts.message
        visible: text.length > 0
    }

    SignInDialog {
        id: signIn
        busy: card.accounts.busy
        parent: QQC2.Overlay.overlay
        onSubmitted: (serverId, user, secret) => {
            signIn.problem = card.accounts.signIn(serverId, user, secret);
        }
    }

    Kirigami.PromptDialog {
        id: signOutDialog
        parent: QQC2.Overlay.overlay
        title: qsTr("Sign out?")
        subtitle: qsTr("Every non-public meeting, paper and document of %1 is removed from this computer, with %n annotation(s)", "", card.work.annotations ?? 0).arg(card.confirming)
            + " " + qsTr("and %n note(s) of yours on them.", "", card.work.notes ?? 0)
        standardButtons: Kirigami.Dialog.Cancel
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Sign Out and Remove")
                icon.name: "system-log-out"
                onTriggered: {
                    card.accounts.signOut(card.confirming);
                    signOutDialog.close();
                }
            }
        ]
    }

    Kirigami.PromptDialog {
        id: removeDialog
        parent: QQC2.Overlay.overlay
        title: qsTr("Remove the server?")
        subtitle: qsTr("Everything of %1 is removed from this computer, with %n annotation(s)", "", card.work.annotations ?? 0).arg(card.confirming)
            + " " + qsTr("and %n note(s) of yours.", "", card.work.notes ?? 0)
        standardButtons: Kirigami.Dialog.Cancel
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Remove")
                icon.name: "list-remove"
                onTriggered: {
                    card.accounts.removeServer(card.confirming);
                    removeDialog.close();
                }
            }
        ]
    }
}
