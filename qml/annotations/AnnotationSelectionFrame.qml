// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

// The frame around the selected annotation, with a handle at each corner that resizes it:
// resizing() while dragging (the frame follows), resized() once at release.
Item {
    id: root

    // Item pixels of the page.
    required property rect frame
    required property bool resizable

    signal resizing(rect area)
    signal resized(rect area)

    readonly property real grip: Kirigami.Units.smallSpacing * 2

    x: root.frame.x - 2
    y: root.frame.y - 2
    width: root.frame.width + 4
    height: root.frame.height + 4

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: 1
        border.color: Kirigami.Theme.highlightColor
    }

    Repeater {
        // Corners: which edges each one moves.
        model: root.resizable ? [[true, true], [false, true], [true, false], [false, false]] : []
        delegate: Rectangle {
            id: handle
            required property var modelData
            readonly property bool movesLeft: modelData[0]
            readonly property bool movesTop: modelData[1]
            objectName: "annotationHandle"
            width: root.grip
            height: root.grip
            x: (handle.movesLeft ? 0 : root.width) - width / 2
            y: (handle.movesTop ? 0 : root.height) - height / 2
            color: Kirigami.Theme.highlightColor
            border.width: 1
            border.color: Kirigami.Theme.highlightedTextColor

            MouseArea {
                property rect startFrame
                property point startPoint
                anchors.fill: parent
                anchors.margins: -Kirigami.Units.smallSpacing
                preventStealing: true
                cursorShape: handle.movesLeft === handle.movesTop ? Qt.SizeFDiagCursor : Qt.SizeBDiagCursor
                function areaFor(mouse: var): rect {
                    const p = mapToItem(root.parent, mouse.x, mouse.y);
                    const dx = p.x - startPoint.x;
                    const dy = p.y - startPoint.y;
                    let x0 = startFrame.x + (handle.movesLeft ? dx : 0);
                    let y0 = startFrame.y + (handle.movesTop ? dy : 0);
                    let x1 = startFrame.x + startFrame.width + (handle.movesLeft ? 0 : dx);
                    let y1 = startFrame.y + startFrame.height + (handle.movesTop ? 0 : dy);
                    return Qt.rect(Math.min(x0, x1), Math.min(y0, y1), Math.max(2, Math.abs(x1 - x0)), Math.max(2, Math.abs(y1 - y0)));
                }
                onPressed: mouse => {
                    startFrame = root.frame;
                    startPoint = mapToItem(root.parent, mouse.x, mouse.y);
                }
                onPositionChanged: mouse => root.resizing(areaFor(mouse))
                onReleased: mouse => root.resized(areaFor(mouse))
            }
        }
    }
}
