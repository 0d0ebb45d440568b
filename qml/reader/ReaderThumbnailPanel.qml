// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// Small pages beside the document, rendered after the pages on screen; the current page
// is highlighted, a click or Enter goes to a page.
QQC2.Pane {
    id: root

    required property DocumentSession document
    required property bool ready
    required property int currentPage
    required property bool dark
    readonly property int thumbWidth: Kirigami.Units.gridUnit * 7

    signal pageRequested(int index)

    width: thumbWidth + Kirigami.Units.largeSpacing * 4
    visible: false
    padding: 0
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    onVisibleChanged: {
        if (visible) {
            thumbnails.positionViewAtIndex(root.currentPage, ListView.Center);
            Qt.callLater(thumbnails.request);
        } else {
            root.document.showThumbnails(0, -1, 0);
        }
    }

    Kirigami.Separator {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
    }

    contentItem: ListView {
        id: thumbnails

        function request(): void {
            if (!root.visible)
                return;
            const first = Math.max(0, thumbnails.indexAt(width / 2, contentY + 1));
            let last = thumbnails.indexAt(width / 2, contentY + height - 1);
            if (last < 0)
                last = Math.min(root.document.pageCount - 1, first + 8);
            root.document.showThumbnails(first, last, root.thumbWidth);
        }

        objectName: "thumbnails"
        clip: true
        model: root.visible && root.ready ? root.document.pageCount : 0
        currentIndex: root.currentPage
        spacing: Kirigami.Units.smallSpacing
        topMargin: Kirigami.Units.largeSpacing
        bottomMargin: Kirigami.Units.largeSpacing
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        onContentYChanged: Qt.callLater(request)
        onHeightChanged: Qt.callLater(request)
        Keys.onReturnPressed: root.pageRequested(currentIndex)
        Keys.onEnterPressed: root.pageRequested(currentIndex)
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        delegate: QQC2.ItemDelegate {
            id: thumb

            required property int index
            // The state it depends on is used in the expression (see ReaderPageDelegate).
            readonly property size points: thumb.index < root.document.pageCount && root.document.rotation >= 0 ? root.document.pageSize(thumb.index) : Qt.size(0, 0)
            readonly property bool current: index === root.currentPage

            width: ListView.view.width
            height: thumbImage.height + label.height + Kirigami.Units.largeSpacing * 2
            highlighted: current
            text: root.document.pageLabel(index)
            Accessible.name: qsTr("Page %1").arg(text)
            onClicked: root.pageRequested(index)

            contentItem: Item {
                PageItem {
                    id: thumbImage
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: root.thumbWidth
                    height: thumb.points.width > 0 ? Math.round(width * thumb.points.height / thumb.points.width) : width
                    document: root.document
                    page: thumb.index
                    renderWidth: root.thumbWidth
                    inverted: root.dark
                }
                Rectangle {
                    anchors.fill: thumbImage
                    anchors.margins: -2
                    color: "transparent"
                    border.width: thumb.current ? 3 : 1
                    border.color: thumb.current ? Kirigami.Theme.highlightColor : Kirigami.Theme.disabledTextColor
                }
                QQC2.Label {
                    id: label
                    anchors.top: thumbImage.bottom
                    anchors.topMargin: Kirigami.Units.smallSpacing
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: thumb.text
                }
            }
        }
    }
}
