// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// One of the member's next meetings on the overview: when and where, what is new in it (late
// documents standing out), those documents, and "mark as seen" for the whole meeting.
Item {
    id: meeting

    required property string meetingId
    required property string serverId
    required property string name
    required property string title
    required property string location
    required property string when
    required property bool cancelled
    required property int totalDocuments
    required property int downloadedDocuments
    required property int newCount
    required property int changedCount
    required property int lateCount
    required property string summary
    required property var documents

    signal meetingClicked
    signal documentClicked(fileId: string, downloaded: bool)
    signal documentSeen(fileId: string)
    signal meetingSeen

    objectName: "overviewMeeting"
    width: ListView.view.width
    implicitHeight: card.implicitHeight + Kirigami.Units.largeSpacing

    Kirigami.AbstractCard {
        id: card
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: Kirigami.Units.largeSpacing
            bottomMargin: 0
        }

        contentItem: ColumnLayout {
            spacing: Kirigami.Units.smallSpacing

            Delegates.RoundedItemDelegate {
                id: header
                objectName: "overviewMeetingHeader"
                Layout.fillWidth: true
                text: meeting.title
                icon.name: meeting.cancelled ? "edit-delete-remove" : "view-calendar-day"
                Accessible.description: subtitleItem.subtitle
                onClicked: meeting.meetingClicked()
                contentItem: RowLayout {
                    spacing: Kirigami.Units.smallSpacing

                    Delegates.SubtitleContentItem {
                        id: subtitleItem
                        Layout.fillWidth: true
                        itemDelegate: header
                        labelItem.font.bold: true
                        labelItem.wrapMode: Text.Wrap
                        subtitleItem.wrapMode: Text.Wrap
                        subtitle: {
                            const parts = [meeting.when];
                            if (meeting.location.length > 0)
                                parts.push(meeting.location);
                            if (meeting.name.length > 0 && meeting.name !== meeting.title)
                                parts.push(meeting.name);
                            return parts.join(" · ");
                        }
                    }

                    OverviewBadge {
                        visible: meeting.cancelled
                        kind: "late"
                        text: qsTr("Cancelled")
                    }

                    OverviewBadge {
                        visible: meeting.lateCount > 0
                        kind: "late"
                        text: qsTr("%n late", "", meeting.lateCount)
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.largeSpacing
                Layout.rightMargin: Kirigami.Units.largeSpacing
                wrapMode: Text.Wrap
                text: {
                    const documents = meeting.totalDocuments === 0 ? qsTr("No documents yet")
                        : meeting.downloadedDocuments === meeting.totalDocuments ? qsTr("%n document(s), all downloaded", "", meeting.totalDocuments)
                        : qsTr("%n document(s), %1 downloaded", "", meeting.totalDocuments).arg(meeting.downloadedDocuments);
                    return meeting.summary.length > 0 ? meeting.summary + " — " + documents : documents;
                }
                color: meeting.summary.length > 0 ? Kirigami.Theme.textColor : Kirigami.Theme.disabledTextColor
            }

            Repeater {
                model: meeting.documents
                delegate: OverviewDocumentDelegate {
                    Layout.fillWidth: true
                    onClicked: meeting.documentClicked(fileId, downloaded)
                    onMarkSeenRequested: meeting.documentSeen(fileId)
                }
            }

            QQC2.Button {
                objectName: "markMeetingSeen"
                Layout.alignment: Qt.AlignRight
                visible: meeting.documents.length > 0
                text: qsTr("Mark Meeting as Seen")
                icon.name: "checkmark"
                onClicked: meeting.meetingSeen()
            }
        }
    }
}
