// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A document of a meeting the member has not looked at yet: its name, whether it is new, a new
// version or late, and a button that marks it seen. A click opens it.
Delegates.RoundedItemDelegate {
    id: delegate

    // One of OverviewModel's "documents": fileId, name, state (1 new, 2 changed), late,
    // downloaded, nonPublic.
    required property var modelData
    readonly property string fileId: modelData.fileId
    readonly property string name: modelData.name
    readonly property int seenState: modelData.state
    readonly property bool late: modelData.late
    readonly property bool downloaded: modelData.downloaded
    readonly property bool nonPublic: modelData.nonPublic

    signal markSeenRequested

    objectName: "overviewDocument"
    text: name
    icon.name: !downloaded ? "cloud-download" : late ? "appointment-new" : "application-pdf"
    Accessible.description: subtitle.subtitle

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Delegates.SubtitleContentItem {
            id: subtitle
            Layout.fillWidth: true
            itemDelegate: delegate
            // A long name wraps rather than being cut off in a narrow column.
            labelItem.wrapMode: Text.Wrap
            labelItem.elide: Text.ElideNone
            subtitle: {
                const parts = [];
                if (delegate.seenState === 1)
                    parts.push(qsTr("New"));
                else if (delegate.seenState === 2)
                    parts.push(qsTr("New version"));
                if (delegate.late)
                    parts.push(qsTr("Handed out late"));
                if (!delegate.downloaded)
                    parts.push(qsTr("not downloaded"));
                return parts.join(" · ");
            }
        }

        OverviewBadge {
            visible: delegate.late
            kind: "late"
            text: qsTr("Late")
        }

        OverviewBadge {
            visible: delegate.seenState === 1
            kind: "new"
            text: qsTr("New")
        }

        OverviewBadge {
            visible: delegate.seenState === 2
            kind: "changed"
            text: qsTr("Changed")
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

        QQC2.ToolButton {
            objectName: "markDocumentSeen"
            icon.name: "checkmark"
            display: QQC2.AbstractButton.IconOnly
            text: qsTr("Mark “%1” as seen").arg(delegate.name)
            Accessible.name: text
            QQC2.ToolTip.text: qsTr("Mark as seen")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: delegate.markSeenRequested()
        }
    }
}
