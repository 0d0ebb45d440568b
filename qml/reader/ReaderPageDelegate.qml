// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.annotations

// One page of the reader's page list, with what lies on it: the member's annotations (painted
// over the page image, never into it), its links and find hits (models of their own for this
// page), the selection, the mouse that selects text, and the annotation tools' input.
Item {
    id: root

    required property int index
    required property DocumentSession document
    required property DocumentFind find
    required property TextSelection selection
    // The list's width: a page narrower than the list is centred in it.
    required property real listWidth
    required property real margin
    required property bool dark
    required property DocumentAnnotations annotations
    required property AnnotationTools tools

    // The page's size in points. qmlcachegen compiles away a property read whose value a
    // binding does not use, and with it the binding's dependency: the rotation is used in the
    // expression so that the size follows it.
    readonly property size points: root.index < root.document.pageCount && root.document.rotation >= 0 ? root.document.pageSize(root.index) : Qt.size(0, 0)

    signal pressed
    signal contextMenuRequested
    signal pageLinkActivated(int page)
    signal externalLinkActivated(string url)
    // Text was selected with a markup tool held: it becomes that markup.
    signal markupRequested(string type)
    signal noteRequested(int page, point at)
    signal freeTextRequested(int page, rect area)
    signal annotationEditRequested(string id)
    signal annotationMenuRequested(string id)

    width: Math.max(root.listWidth, pageItem.width + 2 * root.margin)
    height: pageItem.height

    PageItem {
        id: pageItem
        objectName: "pageItem"
        x: (root.width - width) / 2
        width: Math.round(root.points.width * root.document.scale)
        height: Math.round(root.points.height * root.document.scale)
        document: root.document
        page: root.index
        inverted: root.dark

        QQC2.BusyIndicator {
            anchors.centerIn: parent
            running: !pageItem.rendered
            visible: running
        }

        AnnotationOverlay {
            id: overlay
            objectName: "annotationOverlay"
            anchors.fill: parent
            annotations: root.annotations
            page: root.index
            pageRotation: root.document.rotation
        }

        // Links: inside the document they go to the page; outside only after asking. The text
        // selection and the annotation layer lie above them and let a press on a link through.
        Repeater {
            id: links

            function linkAt(x: real, y: real): bool {
                for (let i = 0; i < links.count; ++i) {
                    const link = links.itemAt(i);
                    if (link && x >= link.x && x < link.x + link.width && y >= link.y && y < link.y + link.height)
                        return true;
                }
                return false;
            }

            model: LinkModel {
                document: root.document
                page: root.index
            }
            delegate: MouseArea {
                required property rect rect
                required property int targetPage
                required property string url
                objectName: "pageLink"
                x: rect.x * root.document.scale
                y: rect.y * root.document.scale
                width: rect.width * root.document.scale
                height: rect.height * root.document.scale
                cursorShape: Qt.PointingHandCursor
                hoverEnabled: true
                QQC2.ToolTip.visible: containsMouse
                QQC2.ToolTip.text: targetPage >= 0 ? qsTr("Go to page %1").arg(root.document.pageLabel(targetPage) || targetPage + 1) : url
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: {
                    if (targetPage >= 0)
                        root.pageLinkActivated(targetPage);
                    else
                        root.externalLinkActivated(url);
                }
            }
        }

        Repeater {
            model: FindHitModel {
                find: root.find
                page: root.index
            }
            delegate: Rectangle {
                required property rect rect
                required property bool current
                objectName: "hitHighlight"
                x: rect.x * root.document.scale - 1
                y: rect.y * root.document.scale - 1
                width: rect.width * root.document.scale + 2
                height: rect.height * root.document.scale + 2
                // Breeze's orange and yellow, whatever the colour scheme: a hit must stand out on
                // the page's paper, which is not themed either.
                color: current ? "#f67400" : "#fdbc4b"
                opacity: 0.45
                radius: 2
            }
        }

        // A rectangle selected with Alt+drag.
        Rectangle {
            visible: root.selection.page === root.index && root.selection.area.width > 0
            x: root.selection.area.x * root.document.scale
            y: root.selection.area.y * root.document.scale
            width: root.selection.area.width * root.document.scale
            height: root.selection.area.height * root.document.scale
            color: Kirigami.Theme.highlightColor
            opacity: 0.3
        }

        Repeater {
            model: root.selection.page === root.index ? root.selection.rects : []
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
                rectangle = (mouse.modifiers & Qt.AltModifier) !== 0;
                // A plain click on a link follows it (Alt+drag still selects over it).
                if (!rectangle && links.linkAt(mouse.x, mouse.y)) {
                    mouse.accepted = false;
                    return;
                }
                start = Qt.point(mouse.x / root.document.scale, mouse.y / root.document.scale);
                root.selection.clear();
            }
            onPositionChanged: mouse => {
                if (!(mouse.buttons & Qt.LeftButton))
                    return;
                const x = mouse.x / root.document.scale;
                const y = mouse.y / root.document.scale;
                if (rectangle)
                    root.selection.selectArea(root.index, Qt.rect(Math.min(x, start.x), Math.min(y, start.y), Math.abs(x - start.x), Math.abs(y - start.y)));
                else
                    root.selection.selectWords(root.index, start, Qt.point(x, y));
            }
            onReleased: mouse => {
                if (mouse.button === Qt.LeftButton && !rectangle && root.tools.isMarkup(root.tools.tool) && root.selection.page === root.index)
                    root.markupRequested(root.tools.tool);
            }
        }

        AnnotationPageLayer {
            anchors.fill: parent
            annotations: root.annotations
            tools: root.tools
            overlay: overlay
            page: root.index
            onPressed: root.pressed()
            onNoteRequested: (page, at) => root.noteRequested(page, at)
            onFreeTextRequested: (page, area) => root.freeTextRequested(page, area)
            onEditRequested: id => root.annotationEditRequested(id)
            onContextMenuRequested: id => root.annotationMenuRequested(id)
        }
    }
}
