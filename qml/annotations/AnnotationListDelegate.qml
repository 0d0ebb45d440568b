// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// One annotation in a list: its colour, what it is and where, its quote or text, and whether
// it needs attention after a new version.
QQC2.ItemDelegate {
    id: root

    required property string annotationId
    required property string fileId
    required property string serverId
    required property string title
    required property int page
    required property string type
    required property string typeName
    required property string color
    required property string snippet
    required property bool needsAttention
    required property string attentionReason
    // Lists of one document leave the title out.
    property bool showTitle: true

    /// The member wants to see the annotation beside the one it was carried from.
    signal compareRequested

    width: ListView.view ? ListView.view.width : implicitWidth

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
            radius: root.type === "highlight" ? 2 : width / 2
            color: root.color
            border.width: 1
            border.color: Kirigami.Theme.disabledTextColor
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                Layout.fillWidth: true
                text: root.showTitle ? qsTr("%1 · %2, page %3").arg(root.title).arg(root.typeName).arg(root.page + 1) : qsTr("%1, page %2").arg(root.typeName).arg(root.page + 1)
                elide: Text.ElideRight
                font.bold: true
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.snippet
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Kirigami.Theme.textColor
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.needsAttention
                text: root.attentionReason.length > 0 ? qsTr("Needs attention: %1").arg(root.attentionReason) : qsTr("Needs attention")
                wrapMode: Text.Wrap
                color: Kirigami.Theme.negativeTextColor
            }
        }

        QQC2.ToolButton {
            Layout.alignment: Qt.AlignVCenter
            visible: root.needsAttention
            icon.name: "view-split-left-right"
            text: qsTr("Compare")
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.text: qsTr("Show it beside the earlier version")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: root.compareRequested()
        }
    }
}
