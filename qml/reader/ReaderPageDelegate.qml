// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// One page of the reader's page list, with what lies on it: links, find hits, the selection,
// and the mouse that selects text.
Item {
    id: root

    required property int index
    required property DocumentView document
    // The list's width: a page narrower than the list is centred in it.
    required property real listWidth
    required property real margin
    required property bool dark
    // The rectangle selection (Alt+drag): its page and area in displayed points.
    required property int selectionPage
    required property rect selectionRect

    // What a page shows depends on DocumentView state that its C++ calls read. qmlcachegen
    // compiles away a property read whose value a binding does not use, and with it the
    // binding's dependency: `{ doc.hitCount; return doc.hitsOn(index) }` never updated the pages
    // already on screen (page 1 never showed its hits). So every binding uses the state it
    // depends on in its expression.
    readonly property size points: root.index < root.document.pageCount && root.document.rotation >= 0 ? root.document.pageSize(root.index) : Qt.size(0, 0)
    readonly property var hits: root.document.hitCount > 0 && root.document.rotation >= 0 ? root.document.hitsOn(root.index) : []
    readonly property var links: root.document.linksRevision >= 0 && root.document.rotation >= 0 ? root.document.linksOn(root.index) : []

    signal pressed
    signal contextMenuRequested
    signal pageLinkActivated(int page)
    signal externalLinkActivated(string url)
    // Alt+drag: a rectangle on this page (displayed points); a press clears it.
    signal areaSelected(rect area)
    signal areaCleared

    width: Math.max(root.listWidth, pageItem.width + 2 * root.margin)
    height: pageItem.height

    PageItem {
        id: pageItem
        objectName: "pageItem"
        x: (root.width - width) / 2
        width: Math.round(root.points.width * root.document.scale)
        height: Math.round(root.points.height * root.document.scale)
        view: root.document
        page: root.index
        inverted: root.dark

        QQC2.BusyIndicator {
            anchors.centerIn: parent
            running: !pageItem.rendered
            visible: running
        }

        // Links: inside the document they go to the page; outside only after asking.
        Repeater {
            model: root.links
            delegate: MouseArea {
                required property var modelData
                x: modelData.rect.x * root.document.scale
                y: modelData.rect.y * root.document.scale
                width: modelData.rect.width * root.document.scale
                height: modelData.rect.height * root.document.scale
                cursorShape: Qt.PointingHandCursor
                hoverEnabled: true
                QQC2.ToolTip.visible: containsMouse
                QQC2.ToolTip.text: modelData.page >= 0 ? qsTr("Go to page %1").arg(root.document.pageLabel(modelData.page) || modelData.page + 1) : modelData.url
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: {
                    if (modelData.page >= 0)
                        root.pageLinkActivated(modelData.page);
                    else
                        root.externalLinkActivated(modelData.url);
                }
            }
        }

        Repeater {
            model: root.hits
            delegate: Rectangle {
                required property rect modelData
                objectName: "hitHighlight"
                readonly property bool current: root.document.currentHitPage === root.index && modelData === root.document.currentHitRect
                x: modelData.x * root.document.scale - 1
                y: modelData.y * root.document.scale - 1
                width: modelData.width * root.document.scale + 2
                height: modelData.height * root.document.scale + 2
                // Breeze's orange and yellow, whatever the colour scheme: a hit must stand out on
                // the page's paper, which is not themed either.
                color: current ? "#f67400" : "#fdbc4b"
                opacity: 0.45
                radius: 2
            }
        }

        Rectangle {
            visible: root.selectionPage === root.index
            x: root.selectionRect.x * root.document.scale
            y: root.selectionRect.y * root.document.scale
            width: root.selectionRect.width * root.document.scale
            height: root.selectionRect.height * root.document.scale
            color: Kirigami.Theme.highlightColor
            opacity: 0.3
        }

        Repeater {
            model: root.document.textSelectionPage === root.index ? root.document.textSelectionRects : []
            delegate: Rectangle {
                required property rect modelData
                x: modelData.x * root.document.scale
                y: modelData.y * root.document.scale
                width: modelData.width * root.document.scale
                height: modelData.height * root.document.scale
                color: Kirigami.Theme.highlightColor
                opacity: 0.4
            }
        }

        // Dragging selects words in reading order, with Alt a rectangle; Ctrl+C or
        // the context menu copies. The wheel and the scroll bars scroll.
        MouseArea {
            property point start
            property bool rectangle: false
            anchors.fill: parent
            preventStealing: true
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            cursorShape: Qt.IBeamCursor
            onPressed: mouse => {
                root.pressed();
                if (mouse.button === Qt.RightButton) {
                    root.contextMenuRequested();
                    return;
                }
                start = Qt.point(mouse.x / root.document.scale, mouse.y / root.document.scale);
                rectangle = (mouse.modifiers & Qt.AltModifier) !== 0;
                root.areaCleared();
                root.document.clearTextSelection();
            }
            onPositionChanged: mouse => {
                if (!(mouse.buttons & Qt.LeftButton))
                    return;
                const x = mouse.x / root.document.scale;
                const y = mouse.y / root.document.scale;
                if (rectangle)
                    root.areaSelected(Qt.rect(Math.min(x, start.x), Math.min(y, start.y), Math.abs(x - start.x), Math.abs(y - start.y)));
                else
                    root.document.selectText(root.index, start, Qt.point(x, y));
            }
        }
    }
}
