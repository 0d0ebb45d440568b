// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The heading of one agenda item (TOP) in the meeting's list: where the non-public part starts,
// a heading of its own; the item's number and full title (wrapped, never cut off), not public
// marked; what was decided; its papers (a click opens the paper); the member's note on it (and
// on its papers), inline, a click (or the notes button) edits it.
ColumnLayout {
    id: root

    required property string section
    /// MeetingModel.agendaItem(section): empty for the meeting's own documents.
    required property var agendaItem
    /// The item a search hit opened the meeting at: marked until the page closes.
    property bool marked: false
    readonly property bool isItem: agendaItem.id !== undefined
    readonly property bool nonPublic: agendaItem.nonPublic === true
    readonly property string result: {
        const parts = [];
        if (typeof agendaItem.result === "string" && agendaItem.result.length > 0)
            parts.push(agendaItem.result);
        if (typeof agendaItem.resolutionText === "string" && agendaItem.resolutionText.length > 0
                && agendaItem.resolutionText !== agendaItem.result)
            parts.push(agendaItem.resolutionText);
        return parts.join("\n");
    }
    readonly property var papers: isItem && agendaItem.papers ? agendaItem.papers : []
    readonly property string notes: {
        if (!isItem)
            return "";
        const parts = [];
        if (agendaItem.note.length > 0)
            parts.push(agendaItem.note);
        for (const paper of root.papers) {
            if (paper.note.length > 0)
                parts.push(paper.note);
        }
        return parts.join("\n\n");
    }

    signal notesRequested
    signal paperRequested(string paperId)

    spacing: 0

    // Where the agenda turns to its non-public part: said once, plainly.
    Kirigami.InlineMessage {
        Layout.fillWidth: true
        Layout.topMargin: Kirigami.Units.largeSpacing
        Layout.bottomMargin: Kirigami.Units.smallSpacing
        visible: root.agendaItem.firstNonPublic === true
        type: Kirigami.MessageType.Warning
        icon.name: "object-locked"
        text: qsTr("Non-public part")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing

        // The non-public items carry a coloured bar down their side; a search hit the highlight.
        Rectangle {
            visible: root.marked || root.nonPublic
            Layout.fillHeight: true
            implicitWidth: Kirigami.Units.smallSpacing
            color: root.marked ? Kirigami.Theme.highlightColor : Kirigami.Theme.neutralTextColor
        }

        Kirigami.Icon {
            visible: root.marked
            source: "search"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            Layout.leftMargin: Kirigami.Units.smallSpacing
            spacing: Kirigami.Units.smallSpacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 4
                    text: root.isItem ? (root.agendaItem.number.length > 0
                                         ? qsTr("TOP %1: %2").arg(root.agendaItem.number).arg(root.agendaItem.name)
                                         : root.agendaItem.name) : root.section
                    wrapMode: Text.Wrap
                    Accessible.name: root.nonPublic ? qsTr("%1, not public").arg(text) : text
                }

                Kirigami.Icon {
                    visible: root.nonPublic
                    source: "object-locked"
                    implicitWidth: Kirigami.Units.iconSizes.small
                    implicitHeight: Kirigami.Units.iconSizes.small
                    Accessible.name: qsTr("Not public")
                }

                StateBadge {
                    visible: root.agendaItem.seen === 1
                    text: qsTr("New")
                    tone: Kirigami.Theme.positiveTextColor
                }

                StateBadge {
                    visible: root.agendaItem.seen === 2
                    text: qsTr("Changed")
                    tone: Kirigami.Theme.neutralTextColor
                }

                QQC2.ToolButton {
                    visible: root.isItem
                    icon.name: root.notes.length > 0 ? "document-edit" : "note"
                    text: root.notes.length > 0 ? qsTr("Edit Note") : qsTr("Write a Note")
                    display: QQC2.AbstractButton.IconOnly
                    Accessible.name: text
                    QQC2.ToolTip.text: root.notes.length > 0 ? qsTr("Your notes on this item") : qsTr("Write a note on this item")
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                    onClicked: root.notesRequested()
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.result.length > 0
                text: qsTr("Result: %1").arg(root.result)
                wrapMode: Text.Wrap
                font.italic: true
            }

            // The papers consulted under the item: reference and name, each opening its page.
            Repeater {
                model: root.papers

                delegate: QQC2.AbstractButton {
                    id: paperButton

                    required property var modelData

                    objectName: "agendaPaper"
                    Layout.fillWidth: true
                    focusPolicy: Qt.StrongFocus
                    padding: Kirigami.Units.smallSpacing
                    text: modelData.reference.length > 0 && modelData.name.length > 0
                          ? qsTr("%1 – %2").arg(modelData.reference).arg(modelData.name)
                          : modelData.reference.length > 0 ? modelData.reference
                          : modelData.name.length > 0 ? modelData.name : qsTr("Paper")
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Paper %1").arg(text)
                    contentItem: RowLayout {
                        spacing: Kirigami.Units.smallSpacing

                        Kirigami.Icon {
                            Layout.alignment: Qt.AlignTop
                            source: "document-properties"
                            implicitWidth: Kirigami.Units.iconSizes.small
                            implicitHeight: Kirigami.Units.iconSizes.small
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: paperButton.text
                            wrapMode: Text.Wrap
                            color: Kirigami.Theme.linkColor
                            font.underline: paperButton.hovered || paperButton.visualFocus
                        }
                    }
                    background: Rectangle {
                        radius: Kirigami.Units.smallSpacing
                        color: paperButton.down ? Kirigami.Theme.highlightColor : "transparent"
                        opacity: 0.2
                        border.color: Kirigami.Theme.focusColor
                        border.width: paperButton.visualFocus ? 1 : 0
                    }
                    onClicked: root.paperRequested(modelData.id)
                }
            }

            // The member's notes, inline, as Markdown; a click edits them.
            QQC2.Label {
                Layout.fillWidth: true
                Layout.bottomMargin: Kirigami.Units.smallSpacing
                visible: root.notes.length > 0
                text: root.notes
                textFormat: Text.MarkdownText
                wrapMode: Text.Wrap
                maximumLineCount: 8
                elide: Text.ElideRight
                color: Kirigami.Theme.disabledTextColor
                leftPadding: Kirigami.Units.largeSpacing
                background: Rectangle {
                    color: "transparent"
                    Rectangle {
                        width: Kirigami.Units.smallSpacing / 2
                        height: parent.height
                        color: Kirigami.Theme.focusColor
                    }
                }
                TapHandler {
                    onTapped: root.notesRequested()
                }
            }
        }
    }

    Kirigami.Separator {
        Layout.fillWidth: true
        Layout.topMargin: Kirigami.Units.smallSpacing
        visible: !root.isItem
    }
}
