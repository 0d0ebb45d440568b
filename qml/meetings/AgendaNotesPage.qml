// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The member's notes on one agenda item and on each paper consulted under it, beside the
// meeting's agenda (a column of its own in a wide window).
Kirigami.ScrollablePage {
    id: page

    /// The agenda item as MeetingModel.agendaItem() gives it.
    required property var agendaItem

    signal saved

    title: qsTr("Notes")

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        NoteEditor {
            Layout.fillWidth: true
            serverId: page.agendaItem.serverId
            targetId: page.agendaItem.id
            heading: page.agendaItem.number.length > 0 ? qsTr("TOP %1: %2").arg(page.agendaItem.number).arg(page.agendaItem.name) : page.agendaItem.name
            onSaved: page.saved()
        }

        Repeater {
            model: page.agendaItem.papers
            delegate: ColumnLayout {
                id: paperNote
                required property var modelData
                Layout.fillWidth: true

                Kirigami.Separator {
                    Layout.fillWidth: true
                }

                NoteEditor {
                    Layout.fillWidth: true
                    serverId: page.agendaItem.serverId
                    targetId: paperNote.modelData.id
                    heading: {
                        const reference = paperNote.modelData.reference;
                        const name = paperNote.modelData.name;
                        if (reference.length > 0 && name.length > 0)
                            return qsTr("Paper %1: %2").arg(reference).arg(name);
                        return qsTr("Paper %1").arg(reference.length > 0 ? reference : name);
                    }
                    onSaved: page.saved()
                }
            }
        }
    }
}
