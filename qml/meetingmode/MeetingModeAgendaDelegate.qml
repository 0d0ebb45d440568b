// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// An agenda item (TOP) in meeting mode's agenda: its heading and how many documents it has;
// the current one is highlighted.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string heading
    required property bool nonPublic
    required property var documents
    /// The item the meeting is at.
    required property bool current

    objectName: "agendaItemDelegate"
    width: ListView.view.width
    highlighted: current
    text: heading
    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Delegates.SubtitleContentItem {
            Layout.fillWidth: true
            itemDelegate: delegate
            labelItem.wrapMode: Text.Wrap
            labelItem.maximumLineCount: 3
            labelItem.font.bold: delegate.current
            subtitle: delegate.documents.length > 0 ? qsTr("%n document(s)", "", delegate.documents.length) : qsTr("No documents")
        }

        Kirigami.Icon {
            visible: delegate.nonPublic
            source: "object-locked"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: Kirigami.Units.iconSizes.small
            QQC2.ToolTip.text: qsTr("Not public")
            QQC2.ToolTip.visible: lockHover.hovered
            HoverHandler {
                id: lockHover
            }
        }
    }
}
