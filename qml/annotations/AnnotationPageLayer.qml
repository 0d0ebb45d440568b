// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

// What the member does with annotations on one page, over its image and its overlay: with the
// select tool a click on an annotation selects it (dragging moves it), the right button opens
// its menu; elsewhere, and with the text markup tools, the press falls through to the text
// selection below; the pens draw (pressure from a tablet), the
// eraser erases, the note, text box, rectangle and arrow tools place their kind. A stroke or
// shape shows as a preview while it is drawn and is committed at release; the overlay then
// paints it.
Item {
    id: root

    required property DocumentAnnotations annotations
    required property AnnotationTools tools
    required property AnnotationOverlay overlay
    required property int page

    // Asks for a note's text at a point (normalized), a text box's in a rectangle, or an
    // annotation's text edited; the reader has the one editor.
    signal noteRequested(int page, point at)
    signal freeTextRequested(int page, rect area)
    signal editRequested(string id)
    signal contextMenuRequested(string id)
    signal pressed

    readonly property bool drawing: !root.tools.textTool
    // The size of a note's icon, as AnnotationPainter draws it.
    readonly property real noteSize: 20
    // The selected annotation when it is on this page (from AnnotationSet.get), else {}.
    property var selected: ({})
    readonly property bool hasSelection: root.selected.id !== undefined
    // Item pixels: the frame of the selected annotation as dragged or resized so far.
    property rect frame: Qt.rect(0, 0, 0, 0)

    function refreshSelection(): void {
        const id = root.annotations.selectedId;
        const item = id.length > 0 ? root.annotations.get(id) : ({});
        root.selected = item.page === root.page ? item : ({});
        root.frame = root.hasSelection ? root.frameOf(root.selected) : Qt.rect(0, 0, 0, 0);
    }
    // Item pixels; a note is its icon, pinned at its top left corner.
    function frameOf(item: var): rect {
        if (item.type === "note") {
            const at = root.overlay.fromPage(Qt.point(item.bounds.x, item.bounds.y));
            return Qt.rect(at.x, at.y, root.noteSize, root.noteSize);
        }
        return root.overlay.fromPageRect(item.bounds);
    }
    // The annotation under an item point: its shape, or a note's icon.
    function pick(at: point): string {
        const hit = root.annotations.hitTest(root.page, root.overlay.toPage(at), root.tolerance());
        if (hit.length > 0)
            return hit;
        const half = root.noteSize / 2;
        const note = root.annotations.hitTest(root.page, root.overlay.toPage(Qt.point(at.x - half, at.y - half)), half / Math.max(1, root.width));
        return note.length > 0 && root.annotations.get(note).type === "note" ? note : "";
    }
    function tolerance(): real {
        return Kirigami.Units.smallSpacing / Math.max(1, root.width);
    }

    Connections {
        target: root.annotations
        function onSelectedChanged(): void {
            root.refreshSelection();
        }
        function onPageChanged(changedPage: int): void {
            if (changedPage === root.page)
                root.refreshSelection();
        }
    }
    onWidthChanged: refreshSelection()
    onHeightChanged: refreshSelection()
    Component.onCompleted: refreshSelection()

    // A stylus's pressure while it touches; mouse and touch have none.
    PointHandler {
        id: stylus
        acceptedDevices: PointerDevice.Stylus | PointerDevice.Airbrush
        target: null
    }

    MouseArea {
        id: input

        // Item pixels of the press and of the stroke so far.
        property point start
        property point current
        property var stroke: []
        // "move", "draw", "erase", "shape" or "" (nothing pressed here)
        property string mode: ""

        anchors.fill: parent
        preventStealing: true
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        cursorShape: root.drawing ? (root.tools.tool === "eraser" ? Qt.PointingHandCursor : Qt.CrossCursor) : Qt.IBeamCursor

        function pointAt(mouse: var): var {
            const p = Qt.point(mouse.x, mouse.y);
            if (stylus.active && stylus.point.pressure > 0)
                return {
                    x: p.x,
                    y: p.y,
                    pressure: stylus.point.pressure
                };
            return p;
        }

        onPressed: mouse => {
            root.pressed();
            start = Qt.point(mouse.x, mouse.y);
            current = start;
            mode = "";
            const tool = root.tools.tool;
            if (!root.drawing || mouse.button === Qt.RightButton) {
                // A markup tool marks text over annotations too: only the select tool and the
                // right button pick them.
                const picks = tool === "select" || mouse.button === Qt.RightButton;
                const hit = picks ? root.pick(start) : "";
                if (hit.length === 0) {
                    if (root.annotations.selectedId.length > 0)
                        root.annotations.selectedId = "";
                    mouse.accepted = false; // the text selection or the page's menu below
                    return;
                }
                root.annotations.selectedId = hit;
                if (mouse.button === Qt.RightButton) {
                    root.contextMenuRequested(hit);
                    return;
                }
                mode = "move";
                return;
            }
            if (tool === "pen" || tool === "marker") {
                mode = "draw";
                stroke = [pointAt(mouse)];
                preview.requestPaint();
            } else if (tool === "eraser") {
                mode = "erase";
                root.annotations.erase(root.page, root.overlay.toPage(start), 0.01);
            } else {
                mode = "shape";
                preview.requestPaint();
            }
        }
        onPositionChanged: mouse => {
            if (mode.length === 0)
                return;
            current = Qt.point(mouse.x, mouse.y);
            if (mode === "draw") {
                stroke.push(pointAt(mouse));
                preview.requestPaint();
            } else if (mode === "erase") {
                root.annotations.erase(root.page, root.overlay.toPage(current), 0.01);
            } else if (mode === "shape") {
                preview.requestPaint();
            } else if (mode === "move" && root.hasSelection) {
                const moved = root.frameOf(root.selected);
                root.frame = Qt.rect(moved.x + current.x - start.x, moved.y + current.y - start.y, moved.width, moved.height);
            }
        }
        onReleased: mouse => {
            const was = mode;
            mode = "";
            current = Qt.point(mouse.x, mouse.y);
            if (was === "draw")
                root.commitStroke();
            else if (was === "shape")
                root.commitShape(start, current);
            else if (was === "move" && root.hasSelection) {
                const from = root.overlay.toPage(start);
                const to = root.overlay.toPage(current);
                if (Math.abs(current.x - start.x) + Math.abs(current.y - start.y) >= 2)
                    root.annotations.move(root.selected.id, to.x - from.x, to.y - from.y);
                root.refreshSelection();
            }
            stroke = [];
            preview.requestPaint();
        }
        onCanceled: {
            mode = "";
            stroke = [];
            preview.requestPaint();
            root.refreshSelection();
        }
        onDoubleClicked: mouse => {
            if (root.hasSelection && (root.selected.type === "note" || root.selected.type === "freetext"))
                root.editRequested(root.selected.id);
        }
    }

    function commitStroke(): void {
        const points = [];
        for (const p of input.stroke) {
            const n = root.overlay.toPage(Qt.point(p.x, p.y));
            points.push(p.pressure !== undefined ? {
                x: n.x,
                y: n.y,
                pressure: p.pressure
            } : n);
        }
        if (points.length === 1)
            points.push(points[0]); // a dot
        const marker = root.tools.tool === "marker";
        root.annotations.addInk(root.page, [points], marker ? root.tools.markerWidth : root.tools.penWidth, root.tools.color, marker ? root.tools.markerOpacity : 1);
    }

    function commitShape(from: point, to: point): void {
        const tool = root.tools.tool;
        const a = root.overlay.toPage(from);
        const b = root.overlay.toPage(to);
        const small = Math.abs(to.x - from.x) < 4 && Math.abs(to.y - from.y) < 4;
        if (tool === "note") {
            root.noteRequested(root.page, a);
        } else if (tool === "freetext") {
            // A click gives a box of a default size.
            const area = small ? root.overlay.toPageRect(Qt.rect(from.x, from.y, Kirigami.Units.gridUnit * 12, Kirigami.Units.gridUnit * 3)) : root.overlay.toPageRect(Qt.rect(Math.min(from.x, to.x), Math.min(from.y, to.y), Math.abs(to.x - from.x), Math.abs(to.y - from.y)));
            root.freeTextRequested(root.page, area);
        } else if (small) {
            return;
        } else if (tool === "rectangle") {
            root.annotations.addRectangle(root.page, root.overlay.toPageRect(Qt.rect(Math.min(from.x, to.x), Math.min(from.y, to.y), Math.abs(to.x - from.x), Math.abs(to.y - from.y))), root.tools.color);
        } else if (tool === "arrow") {
            root.annotations.addArrow(root.page, a, b, root.tools.color);
        }
    }

    // The stroke or shape being drawn.
    Canvas {
        id: preview
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            if (input.mode === "draw" && input.stroke.length > 0) {
                const marker = root.tools.tool === "marker";
                ctx.globalAlpha = marker ? root.tools.markerOpacity : 1;
                ctx.strokeStyle = root.tools.color;
                ctx.lineWidth = Math.max(1, (marker ? root.tools.markerWidth : root.tools.penWidth) * root.width);
                ctx.lineCap = "round";
                ctx.lineJoin = "round";
                ctx.beginPath();
                ctx.moveTo(input.stroke[0].x, input.stroke[0].y);
                for (let i = 1; i < input.stroke.length; ++i)
                    ctx.lineTo(input.stroke[i].x, input.stroke[i].y);
                ctx.stroke();
            } else if (input.mode === "shape") {
                const s = input.start;
                const c = input.current;
                ctx.strokeStyle = root.tools.tool === "freetext" || root.tools.tool === "note" ? Kirigami.Theme.highlightColor : root.tools.color;
                ctx.lineWidth = 2;
                ctx.beginPath();
                if (root.tools.tool === "arrow") {
                    const angle = Math.atan2(c.y - s.y, c.x - s.x);
                    const head = Kirigami.Units.gridUnit * 0.6;
                    ctx.moveTo(s.x, s.y);
                    ctx.lineTo(c.x, c.y);
                    ctx.moveTo(c.x - head * Math.cos(angle - 0.5), c.y - head * Math.sin(angle - 0.5));
                    ctx.lineTo(c.x, c.y);
                    ctx.lineTo(c.x - head * Math.cos(angle + 0.5), c.y - head * Math.sin(angle + 0.5));
                } else if (root.tools.tool !== "note") {
                    ctx.rect(Math.min(s.x, c.x), Math.min(s.y, c.y), Math.abs(c.x - s.x), Math.abs(c.y - s.y));
                }
                ctx.stroke();
            }
        }
    }

    AnnotationSelectionFrame {
        visible: root.hasSelection
        frame: root.frame
        resizable: root.hasSelection && !root.tools.isMarkup(root.selected.type) && root.selected.type !== "note"
        onResizing: area => root.frame = area
        onResized: area => {
            root.annotations.resize(root.selected.id, root.overlay.toPageRect(area));
            root.refreshSelection();
        }
    }
}
