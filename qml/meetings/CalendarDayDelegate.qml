// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// One day in the month calendar: its number (today marked), and the meetings that start on
// it, each clickable; days of the weeks around the month are dimmed.
QQC2.ItemDelegate {
    id: cell

    required property int index
    required property int day
    required property bool inMonth
    required property bool today
    required property string dateText
    required property var meetings
    required property int meetingCount
    required property bool current

    // A meeting of this day was chosen.
    signal meetingChosen(string meetingId, string serverId, string name, string when)

    objectName: "calendarDay"
    padding: Kirigami.Units.smallSpacing
    highlighted: current
    Accessible.name: meetingCount > 0 ? qsTr("%1, %n meeting(s)", "", meetingCount).arg(dateText) : dateText

    background: Rectangle {
        color: cell.highlighted ? Kirigami.Theme.highlightColor : (cell.inMonth ? Kirigami.Theme.backgroundColor : Kirigami.Theme.alternateBackgroundColor)
        opacity: cell.highlighted ? 0.35 : 1
        border.width: 1
        border.color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.15)
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing / 2

        QQC2.Label {
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: Math.max(implicitHeight, implicitWidth + Kirigami.Units.smallSpacing * 2)
            horizontalAlignment: Text.AlignHCenter
            text: cell.day
            opacity: cell.inMonth ? 1 : 0.5
            font.bold: cell.today
            color: cell.today ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
            background: Rectangle {
                visible: cell.today
                radius: height / 2
                color: Kirigami.Theme.highlightColor
            }
        }

        Repeater {
            model: cell.meetings

            delegate: QQC2.Label {
                id: entry

                required property var modelData

                Layout.fillWidth: true
                text: entry.modelData.time + " " + entry.modelData.name
                font: Kirigami.Theme.smallFont
                elide: Text.ElideRight
                maximumLineCount: 1
                opacity: entry.modelData.cancelled ? 0.6 : (cell.inMonth ? 1 : 0.6)
                Component.onCompleted: font.strikeout = entry.modelData.cancelled

                QQC2.ToolTip.text: entry.modelData.cancelled ? qsTr("%1 – cancelled").arg(entry.modelData.name) : entry.modelData.name
                QQC2.ToolTip.visible: entryHover.hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay

                HoverHandler {
                    id: entryHover
                    cursorShape: Qt.PointingHandCursor
                }
                TapHandler {
                    onTapped: cell.meetingChosen(entry.modelData.meetingId, entry.modelData.serverId, entry.modelData.name, entry.modelData.when)
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }
    }
}
