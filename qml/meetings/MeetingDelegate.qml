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

    required property int index
    required property bool cancelled
    required property bool nonPublic
    // Made by the model (MeetingsModel): plain property bindings here, no strings joined in
    // JavaScript, and only what the row shows (the page asks the model for the meeting when
    // it is opened): a fast flick through thousands of rows makes little garbage to collect.
    required property string title
    required property string subtitle
    required property string details
    required property string accessibleName

    // The page opens its one menu for this meeting (a menu in each delegate is torn down with
    // the delegate, and Qt crashes when that happens while the list creates its delegates).
    signal menuRequested

    function openMenu(): void {
        delegate.menuRequested();
    }

    objectName: "meetingDelegate"
    width: ListView.view.width
    text: title
    Accessible.name: accessibleName

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
                text: delegate.title
                font.strikeout: delegate.cancelled
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            // Loaded only where needed: the list creates a delegate for every row that
            // scrolls into view, and a fast flick must not wait for parts most rows lack.
            Loader {
                active: delegate.cancelled
                visible: active
                sourceComponent: StateBadge {
                    text: qsTr("Cancelled")
                    tone: Kirigami.Theme.negativeTextColor
                }
            }

            Loader {
                active: delegate.nonPublic
                visible: active
                sourceComponent: Kirigami.Icon {
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
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: delegate.subtitle
            visible: delegate.subtitle !== ""
            wrapMode: Text.Wrap
            opacity: 0.75
            font: Kirigami.Theme.smallFont
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: delegate.details
            visible: delegate.details !== ""
            wrapMode: Text.Wrap
            opacity: 0.75
            font: Kirigami.Theme.smallFont
        }
    }
}
