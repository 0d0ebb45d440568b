// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The top of a meeting's page: cancelled (plainly), when, where, which committees (each opens
// its page), and whether there is something new. Shows only what the server gave.
ColumnLayout {
    id: root

    /// MeetingModel.header: {name, when, place, cancelled, organizations, seen}; empty while
    /// reading or for an unknown meeting.
    property var header: ({})

    signal organizationRequested(string organizationId)

    spacing: Kirigami.Units.smallSpacing

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        visible: root.header.cancelled === true
        type: Kirigami.MessageType.Error
        icon.name: "dialog-cancel"
        text: qsTr("This meeting has been cancelled.")
    }

    Kirigami.Heading {
        Layout.fillWidth: true
        Layout.topMargin: Kirigami.Units.largeSpacing
        visible: text.length > 0
        level: 2
        text: root.header.name ?? ""
        wrapMode: Text.Wrap
        font.strikeout: root.header.cancelled === true
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.bottomMargin: Kirigami.Units.largeSpacing
        columns: 2
        columnSpacing: Kirigami.Units.largeSpacing
        rowSpacing: Kirigami.Units.smallSpacing

        Kirigami.Icon {
            visible: whenLabel.visible
            source: "view-calendar-day"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
        }
        QQC2.Label {
            id: whenLabel
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.header.when ?? ""
            wrapMode: Text.Wrap
            Accessible.name: qsTr("When: %1").arg(text)
        }

        Kirigami.Icon {
            visible: placeLabel.visible
            source: "mark-location"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
        }
        QQC2.Label {
            id: placeLabel
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.header.place ?? ""
            wrapMode: Text.Wrap
            Accessible.name: qsTr("Where: %1").arg(text)
        }

        Kirigami.Icon {
            visible: committees.visible
            source: "group"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
        }
        Flow {
            id: committees
            Layout.fillWidth: true
            visible: repeater.count > 0
            spacing: Kirigami.Units.smallSpacing

            Repeater {
                id: repeater
                model: root.header.organizations ?? []

                delegate: QQC2.Button {
                    required property var modelData

                    objectName: "meetingCommittee"
                    flat: true
                    icon.name: "go-next"
                    text: modelData.name
                    Accessible.name: qsTr("Committee %1").arg(modelData.name)
                    QQC2.ToolTip.text: qsTr("Open the committee's page")
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                    onClicked: root.organizationRequested(modelData.id)
                }
            }
        }
    }
}
