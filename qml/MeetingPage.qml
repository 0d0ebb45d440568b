// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.ratsmappe

// One meeting: its own documents (invitation, minutes), then the agenda, each item with its
// documents. Downloaded documents open in the reader.
Kirigami.ScrollablePage {
    id: page

    property string meetingName: ""
    property string when: ""

    function openDocument(fileId: string): void {
        // Parented to the stack: the window destroys readers once they leave it (Main.qml).
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe", "ReaderPage").createObject(stack, {
            fileId: fileId
        }));
    }

    objectName: "meetingPage"
    title: meetingName.length > 0 ? meetingName : qsTr("Meeting")

    ListView {
        id: list
        objectName: "meetingDocuments"
        model: CacheController.meeting
        section.property: "section"
        section.delegate: Kirigami.ListSectionHeader {
            required property string section
            width: ListView.view.width
            text: section
        }
        delegate: Delegates.RoundedItemDelegate {
            id: documentDelegate

            required property string fileId
            required property string name
            required property string roleLabel
            required property string kind
            required property bool late
            required property bool downloaded
            required property bool nonPublic
            readonly property bool isDocument: fileId.length > 0

            objectName: "documentDelegate"
            width: ListView.view.width
            enabled: isDocument
            text: name
            icon.name: !isDocument ? "" : !downloaded ? "cloud-download" : kind === "pdf" ? "application-pdf"
                : kind === "image" ? "image-x-generic" : "text-x-generic"
            onClicked: {
                if (downloaded)
                    page.openDocument(fileId);
            }

            contentItem: RowLayout {
                spacing: Kirigami.Units.smallSpacing

                Delegates.SubtitleContentItem {
                    Layout.fillWidth: true
                    itemDelegate: documentDelegate
                    subtitle: !documentDelegate.isDocument ? "" : documentDelegate.downloaded ? documentDelegate.roleLabel
                        : qsTr("%1 – not downloaded").arg(documentDelegate.roleLabel)
                }

                Kirigami.Chip {
                    visible: documentDelegate.late
                    closable: false
                    checkable: false
                    text: qsTr("Late")
                    icon.name: "appointment-new"
                }

                Kirigami.Icon {
                    visible: documentDelegate.nonPublic && documentDelegate.isDocument
                    source: "object-locked"
                    implicitWidth: Kirigami.Units.iconSizes.small
                    implicitHeight: Kirigami.Units.iconSizes.small
                    QQC2.ToolTip.text: qsTr("Not public")
                    QQC2.ToolTip.visible: lockHover.hovered
                    HoverHandler {
                        id: lockHover
                    }
                }
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0
            icon.name: "view-calendar-list"
            text: qsTr("No agenda or documents for this meeting yet")
        }
    }
}
