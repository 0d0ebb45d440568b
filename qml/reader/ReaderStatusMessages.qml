// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// What the reader says while there are no pages to show: opening, the first-open check with
// a way out, why it failed, not downloaded yet, a kind it cannot show.
Item {
    id: root

    required property DocumentSession document

    // The member asked to save the document's bytes to a file.
    signal saveRequested

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: root.document.status === DocumentSession.Loading
        icon.name: "document-open"
        text: qsTr("Opening the document…")
    }

    // The first open runs in the helper process: what is going on, for how long, and a way out.
    Kirigami.PlaceholderMessage {
        objectName: "checkingMessage"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: root.document.status === DocumentSession.Checking
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "document-open"
        text: qsTr("Checking the document…")
        explanation: qsTr("The first time a document is opened it is read in a separate process, so that a damaged file cannot harm Ratsmappe. This usually takes a few seconds.")
        helpfulAction: Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: root.document.cancelCheck()
        }

        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.document.status === DocumentSession.Checking
        }
        QQC2.Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Reading for %n second(s) of at most %1…", "", root.document.checkSeconds).arg(root.document.checkLimitSeconds)
        }
    }

    Kirigami.PlaceholderMessage {
        objectName: "failedMessage"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: root.document.status === DocumentSession.Failed
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "data-error"
        text: qsTr("This document cannot be shown")
        explanation: root.document.errorMessage
        helpfulAction: Kirigami.Action {
            text: qsTr("Save for Inspection…")
            icon.name: "document-save-as"
            onTriggered: root.saveRequested()
        }

        QQC2.Button {
            Layout.alignment: Qt.AlignHCenter
            visible: root.document.canRetryCheck
            text: qsTr("Try Again")
            icon.name: "view-refresh"
            onClicked: root.document.retryCheck()
        }
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: root.document.status === DocumentSession.NotDownloaded
        icon.name: "cloud-download"
        text: qsTr("This document is not downloaded yet")
        explanation: qsTr("It is fetched with the next sync when it belongs to a meeting in the sync range.")
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: root.document.status === DocumentSession.Unsupported
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "text-x-generic"
        text: qsTr("Ratsmappe cannot show this kind of document")
        explanation: qsTr("Save a copy to open it with another program.")
        helpfulAction: Kirigami.Action {
            text: qsTr("Save As…")
            icon.name: "document-save-as"
            onTriggered: root.saveRequested()
        }
    }
}
