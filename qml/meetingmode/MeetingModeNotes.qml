// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.meetings

// The member's note on the current agenda item, and on each paper consulted under it, beside
// the document. Made anew for every item: what is being written is saved to the item it was
// written for when the meeting moves on.
QQC2.ScrollView {
    id: notes

    /// The agenda item as MeetingModel.agendaItem() gives it; empty for the meeting's own
    /// documents, which take no note.
    required property var agendaItem

    signal saved

    contentWidth: availableWidth
    QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

    ColumnLayout {
        width: notes.availableWidth
        spacing: Kirigami.Units.largeSpacing

        NoteEditor {
            id: itemNote
            objectName: "itemNoteEditor"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            visible: notes.agendaItem.id !== undefined
            serverId: notes.agendaItem.serverId ?? ""
            targetId: notes.agendaItem.id ?? ""
            heading: qsTr("My note")
            onSaved: notes.saved()
        }

        Repeater {
            model: notes.agendaItem.papers ?? []
            delegate: ColumnLayout {
                id: paperNote
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.largeSpacing
                Layout.rightMargin: Kirigami.Units.largeSpacing

                Kirigami.Separator {
                    Layout.fillWidth: true
                }

                NoteEditor {
                    Layout.fillWidth: true
                    serverId: notes.agendaItem.serverId
                    targetId: paperNote.modelData.id
                    heading: {
                        const reference = paperNote.modelData.reference;
                        const name = paperNote.modelData.name;
                        return qsTr("Paper %1").arg(reference.length > 0 ? reference : name);
                    }
                    onSaved: notes.saved()
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            visible: notes.agendaItem.id === undefined
            wrapMode: Text.Wrap
            text: qsTr("Notes are kept on agenda items and papers.")
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
