// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// One search hit: an icon for its kind, its name, where it belongs and when, the snippet with the
// matches in bold, the page for documents and annotations, a badge when it is not public.
// Persons and committees list their meetings; a click on one opens it.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string kind
    required property string hitId
    required property string serverId
    required property string name
    required property string fileName
    required property int page
    required property var otherPages
    required property string snippet
    required property string plainSnippet
    required property string date
    required property string context
    required property string meetingId
    required property string fileId
    required property bool nonPublic
    required property bool cancelled
    required property var meetings

    readonly property bool listsMeetings: kind === "person" || kind === "organization"

    signal meetingRequested(meetingId: string, serverId: string, name: string, when: string)

    objectName: "searchResultDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    text: name.length > 0 ? name : fileName
    icon.name: {
        switch (kind) {
        case "meeting":
            return "view-calendar-day";
        case "agendaItem":
            return "view-list-details";
        case "paper":
            return "document-multiple";
        case "document":
            return "application-pdf";
        case "annotation":
            return "draw-highlight";
        case "note":
            return "note";
        case "person":
            return "user";
        case "organization":
            return "group";
        default:
            return "edit-find";
        }
    }

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
            spacing: Kirigami.Units.smallSpacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    Layout.fillWidth: true
                    text: delegate.text
                    font.bold: true
                    font.strikeout: delegate.cancelled
                    elide: Text.ElideRight
                }

                QQC2.Label {
                    visible: delegate.page > 0
                    text: qsTr("Page %1").arg(delegate.page)
                    color: Kirigami.Theme.disabledTextColor
                }

                Kirigami.Chip {
                    visible: delegate.nonPublic
                    closable: false
                    checkable: false
                    text: qsTr("Not public")
                    icon.name: "object-locked"
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: [delegate.context, delegate.date].filter(part => part.length > 0).join(" · ")
                color: Kirigami.Theme.disabledTextColor
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                // A title that matched is the snippet: not shown twice.
                visible: delegate.plainSnippet.length > 0 && !delegate.name.includes(delegate.plainSnippet)
                text: delegate.snippet
                textFormat: Text.StyledText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: delegate.otherPages.length > 0
                text: qsTr("Also on pages %1").arg(Array.from(delegate.otherPages).sort((a, b) => a - b).join(", "))
                color: Kirigami.Theme.disabledTextColor
                font: Kirigami.Theme.smallFont
                elide: Text.ElideRight
            }

            Flow {
                id: meetingFlow
                Layout.fillWidth: true
                visible: delegate.listsMeetings && delegate.meetings.length > 0
                spacing: Kirigami.Units.largeSpacing

                Repeater {
                    model: delegate.listsMeetings ? delegate.meetings : []

                    Kirigami.LinkButton {
                        required property var modelData

                        width: Math.min(implicitWidth, meetingFlow.width)
                        text: qsTr("%1 – %2").arg(modelData.name).arg(modelData.date)
                        onClicked: delegate.meetingRequested(modelData.id, modelData.serverId, modelData.name, modelData.date)
                    }
                }
            }
        }
    }
}
