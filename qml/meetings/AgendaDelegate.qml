// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A row of a meeting's agenda: a document (with its role, whether it is late, downloaded, not
// public or withdrawn), or an agenda item that has none.
Delegates.RoundedItemDelegate {
    id: delegate

    required property string fileId
    required property string serverId
    required property string name
    required property string roleLabel
    required property string kind
    required property bool late
    required property bool downloaded
    required property bool nonPublic
    required property bool withdrawn
    readonly property bool isDocument: fileId.length > 0

    objectName: "documentDelegate"
    width: ListView.view.width
    enabled: isDocument
    text: name
    font.strikeout: withdrawn
    icon.name: !isDocument ? "" : !downloaded ? "cloud-download" : kind === "pdf" ? "application-pdf"
        : kind === "image" ? "image-x-generic" : "text-x-generic"
    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Delegates.SubtitleContentItem {
            Layout.fillWidth: true
            itemDelegate: delegate
            subtitle: !delegate.isDocument ? "" : delegate.downloaded ? delegate.roleLabel
                : qsTr("%1 – not downloaded").arg(delegate.roleLabel)
        }

        Kirigami.Chip {
            visible: delegate.withdrawn
            closable: false
            checkable: false
            text: qsTr("Withdrawn")
            icon.name: "edit-delete-remove"
            QQC2.ToolTip.text: qsTr("The council server no longer offers this document. Your copy, annotations and notes stay.")
            QQC2.ToolTip.visible: hovered
        }

        Kirigami.Chip {
            visible: delegate.late && !delegate.withdrawn
            closable: false
            checkable: false
            text: qsTr("Late")
            icon.name: "appointment-new"
        }

        Kirigami.Icon {
            visible: delegate.nonPublic && delegate.isDocument
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
