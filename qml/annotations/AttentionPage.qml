// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// An annotation that a new version of its document moved and that needs the member's eye: the
// old page with the annotation as it was made beside the new page with it where it landed.
// The member confirms it, opens the document there, or removes it from the new version (the
// old version keeps its own).
Kirigami.ScrollablePage {
    id: page

    /// The annotation on the new version.
    required property string annotationId

    /// Open the new version at the annotation's page, with the annotation selected.
    signal openRequested(string fileId, string serverId, int page, string annotationId)
    /// The member confirmed or removed the annotation.
    signal decided

    title: qsTr("Check annotation")

    actions: [
        Kirigami.Action {
            icon.name: "dialog-ok-apply"
            text: qsTr("Looks right")
            tooltip: qsTr("The annotation sits where it belongs: stop marking it")
            enabled: carried.needsAttention
            onTriggered: {
                if (carried.acknowledge())
                    page.decided();
            }
        },
        Kirigami.Action {
            icon.name: "document-open"
            text: qsTr("Open in Document")
            enabled: carried.fileId.length > 0
            onTriggered: page.openRequested(carried.fileId, carried.serverId, carried.page, page.annotationId)
        },
        Kirigami.Action {
            icon.name: "edit-delete"
            text: qsTr("Remove from New Version")
            enabled: carried.fileId.length > 0
            onTriggered: removeDialog.open()
        }
    ]

    CarriedAnnotation {
        id: carried
        cacheController: CacheController
        annotationId: page.annotationId
    }

    Kirigami.PromptDialog {
        id: removeDialog
        title: qsTr("Remove annotation?")
        subtitle: qsTr("It goes from the new version of the document. The earlier version keeps it as it was.")
        standardButtons: Kirigami.Dialog.Cancel
        customFooterActions: Kirigami.Action {
            icon.name: "edit-delete"
            text: qsTr("Remove")
            onTriggered: {
                removeDialog.close();
                if (carried.remove()) {
                    page.decided();
                    page.Kirigami.PageStack.pageStack.pop();
                }
            }
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: true
            type: carried.errorMessage.length > 0 ? Kirigami.MessageType.Error : carried.needsAttention ? Kirigami.MessageType.Warning : Kirigami.MessageType.Positive
            text: carried.errorMessage.length > 0 ? carried.errorMessage : carried.needsAttention ? carried.reason : qsTr("Checked: the annotation sits where it belongs.")
        }

        GridLayout {
            Layout.fillWidth: true
            // Side by side where there is room, else one above the other.
            columns: page.width > Kirigami.Units.gridUnit * 36 ? 2 : 1
            columnSpacing: Kirigami.Units.largeSpacing
            rowSpacing: Kirigami.Units.largeSpacing

            Repeater {
                model: [
                    {
                        heading: carried.originId.length > 0 ? qsTr("Before: page %1 of the earlier version").arg(carried.originPage + 1) : qsTr("The earlier version is no longer in the cache"),
                        annotation: carried.originId,
                        quote: carried.originQuote
                    },
                    {
                        heading: qsTr("Now: page %1").arg(carried.page + 1),
                        annotation: page.annotationId,
                        quote: carried.quote
                    }
                ]
                delegate: ColumnLayout {
                    id: side
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop

                    Kirigami.Heading {
                        Layout.fillWidth: true
                        level: 3
                        wrapMode: Text.Wrap
                        text: side.modelData.heading
                    }

                    VersionPage {
                        id: versionPage
                        Layout.fillWidth: true
                        Layout.preferredHeight: width * aspectRatio
                        cacheController: CacheController
                        annotationId: side.modelData.annotation
                        visible: side.modelData.annotation.length > 0

                        QQC2.BusyIndicator {
                            anchors.centerIn: parent
                            running: versionPage.loading
                        }
                        QQC2.Label {
                            anchors.centerIn: parent
                            width: parent.width - Kirigami.Units.gridUnit * 2
                            visible: versionPage.errorMessage.length > 0
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            text: versionPage.errorMessage
                        }
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: side.modelData.quote.length > 0
                        wrapMode: Text.Wrap
                        text: qsTr("Marked: “%1”").arg(side.modelData.quote)
                    }
                }
            }
        }
    }
}
