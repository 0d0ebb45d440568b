// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.ratsmappe.meetings

// One step of a paper's path through the committees: the meeting (when, committee, name), the
// agenda item, the role (deciding ones marked) and the result where the server says it. A click
// opens the meeting at that item.
Delegates.RoundedItemDelegate {
    id: delegate

    required property string meetingId
    required property string meetingName
    required property string when
    required property bool cancelled
    required property string committee
    required property string agendaItemId
    required property string agendaItem
    required property bool nonPublic
    required property string consultationRole
    required property bool authoritative
    required property string result

    width: ListView.view ? ListView.view.width : implicitWidth
    enabled: meetingId.length > 0
    icon.name: authoritative ? "dialog-ok-apply" : "view-calendar-day"
    text: committee.length > 0 ? committee : meetingName.length > 0 ? meetingName : qsTr("Not yet scheduled")
    Accessible.description: [when, agendaItem, consultationRole, result].filter(s => s.length > 0).join(", ")

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignTop
            source: delegate.icon.name
            implicitWidth: Kirigami.Units.iconSizes.medium
            implicitHeight: Kirigami.Units.iconSizes.medium
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing / 2

            RowLayout {
                Layout.fillWidth: true

                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 4
                    text: delegate.text
                    wrapMode: Text.Wrap
                    font.strikeout: delegate.cancelled
                }

                StateBadge {
                    visible: delegate.consultationRole.length > 0 || delegate.authoritative
                    text: delegate.consultationRole.length > 0 ? delegate.consultationRole : qsTr("Decides")
                    tone: delegate.authoritative ? Kirigami.Theme.highlightColor : Kirigami.Theme.disabledTextColor
                    strong: delegate.authoritative
                    QQC2.ToolTip.text: delegate.authoritative ? qsTr("This committee decides on the paper") : qsTr("This committee advises on the paper")
                    QQC2.ToolTip.visible: roleHover.hovered
                    HoverHandler {
                        id: roleHover
                    }
                }

                Kirigami.Icon {
                    visible: delegate.nonPublic
                    source: "object-locked"
                    implicitWidth: Kirigami.Units.iconSizes.small
                    implicitHeight: Kirigami.Units.iconSizes.small
                    Accessible.name: qsTr("Not public")
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: {
                    const parts = [];
                    if (delegate.when.length > 0)
                        parts.push(delegate.when);
                    if (delegate.meetingName.length > 0 && delegate.meetingName !== delegate.text)
                        parts.push(delegate.meetingName);
                    if (delegate.cancelled)
                        parts.push(qsTr("cancelled"));
                    return parts.join(" · ");
                }
                wrapMode: Text.Wrap
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: delegate.agendaItem.length > 0
                text: delegate.agendaItem
                wrapMode: Text.Wrap
                color: Kirigami.Theme.disabledTextColor
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: delegate.result.length > 0
                text: qsTr("Result: %1").arg(delegate.result)
                wrapMode: Text.Wrap
                font.italic: true
            }
        }
    }
}
