// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// The document's outline (bookmarks), beside the pages.
QQC2.Pane {
    id: root

    required property OutlineModel outline

    signal pageRequested(int index)

    width: Kirigami.Units.gridUnit * 16
    visible: false
    padding: 0
    Kirigami.Theme.colorSet: Kirigami.Theme.View

    Kirigami.Separator {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
    }

    contentItem: ListView {
        clip: true
        model: root.visible ? root.outline : null
        delegate: QQC2.ItemDelegate {
            id: entry
            required property string title
            required property int page
            required property int level
            width: ListView.view.width
            leftPadding: Kirigami.Units.largeSpacing * (1 + entry.level)
            text: entry.title
            enabled: entry.page >= 0
            onClicked: root.pageRequested(entry.page)
        }
    }
}
