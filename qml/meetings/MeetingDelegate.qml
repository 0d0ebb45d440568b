// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A meeting in the meetings list: its name, when it starts, its committee and place, and
// whether it was cancelled (struck through and said, not hidden). The context menu (right click,
// the Menu key) exports it to a calendar.
Delegates.RoundedItemDelegate {
    id: delegate

    required property string meetingId
    required property string serverId
    required property string name
    required property string when
    required property string committee
    required property string location
    required property bool cancelled
    required property bool nonPublic
    required property int documents

    // The page opens its one menu for this meeting (a menu in each delegate is torn down with
    // the delegate, and Qt crashes when that happens while the list creates its delegates).
    signal menuRequested

    function openMenu(): void {
        delegate.menuRequested();
    }

    objectName: "meetingDelegate"
    width: ListView.view.width
    text: name
    Accessible.name: [name, when, cancelled ? qsTr("cancelled") : "", committee, location].filter(part => part.length > 0).join(", ")

    Keys.onMenuPressed: delegate.openMenu()

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: delegate.openMenu()
    }

    contentItem: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            QQC2.Label {
                Layout.fillWidth: true
                text: delegate.name.length > 0 ? delegate.name : qsTr("Meeting without a name")
                font.strikeout: delegate.cancelled
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            Kirigami.Chip {
                visible: delegate.cancelled
                text: qsTr("Cancelled")
                closable: false
                checkable: false
                icon.name: "dialog-cancel"
            }

            Kirigami.Icon {
                visible: delegate.nonPublic
                source: "object-locked"
                implicitWidth: Kirigami.Units.iconSizes.small
                implicitHeight: Kirigami.Units.iconSizes.small
                Accessible.name: qsTr("Non-public")
                QQC2.ToolTip.text: qsTr("Non-public meeting")
                QQC2.ToolTip.visible: lockHover.hovered
                HoverHandler {
                    id: lockHover
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: [delegate.when, delegate.committee].filter(part => part.length > 0).join(" · ")
            visible: text.length > 0
            wrapMode: Text.Wrap
            opacity: 0.75
            font: Kirigami.Theme.smallFont
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: {
                const parts = [];
                if (delegate.location.length > 0)
                    parts.push(delegate.location);
                if (delegate.documents > 0)
                    parts.push(qsTr("%n document(s)", "", delegate.documents));
                return parts.join(" · ");
            }
            visible: text.length > 0
            wrapMode: Text.Wrap
            opacity: 0.75
            font: Kirigami.Theme.smallFont
        }
    }
}
