// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The heading of one agenda item (TOP) in the meeting's list, with the member's note on it (and
// on its papers) beside it: its beginning shown, the whole a click away.
ColumnLayout {
    id: root

    required property string section
    /// MeetingModel.agendaItem(section): empty for the meeting's own documents.
    required property var agendaItem
    /// The item a search hit opened the meeting at: marked until the page closes.
    property bool marked: false
    readonly property bool isItem: agendaItem.id !== undefined
    readonly property string notes: {
        if (!isItem)
            return "";
        const parts = [];
        if (agendaItem.note.length > 0)
            parts.push(agendaItem.note);
        for (const paper of agendaItem.papers) {
            if (paper.note.length > 0)
                parts.push(paper.note);
        }
        return parts.join("\n\n");
    }

    signal notesRequested

    spacing: 0

    RowLayout {
        Layout.fillWidth: true

        Rectangle {
            visible: root.marked
            Layout.fillHeight: true
            implicitWidth: Kirigami.Units.smallSpacing
            color: Kirigami.Theme.highlightColor
        }

        Kirigami.Icon {
            visible: root.marked
            source: "search"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
        }

        Kirigami.ListSectionHeader {
            Layout.fillWidth: true
            text: root.section
        }

        QQC2.ToolButton {
            visible: root.isItem
            icon.name: root.notes.length > 0 ? "document-edit" : "note"
            text: qsTr("Notes")
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.text: root.notes.length > 0 ? qsTr("Your notes on this item") : qsTr("Write a note on this item")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: root.notesRequested()
        }
    }

    // The beginning of the notes, as Markdown, clicked to open them whole.
    QQC2.Label {
        Layout.fillWidth: true
        Layout.leftMargin: Kirigami.Units.largeSpacing * 2
        Layout.rightMargin: Kirigami.Units.largeSpacing
        Layout.bottomMargin: Kirigami.Units.smallSpacing
        visible: root.notes.length > 0
        text: root.notes
        textFormat: Text.MarkdownText
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        color: Kirigami.Theme.disabledTextColor
        TapHandler {
            onTapped: root.notesRequested()
        }
    }
}
