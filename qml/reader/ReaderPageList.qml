// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.annotations

// Every page of the document in one vertical list, each sized from its page size before it is
// rendered, at a zoom or fit to the width or the page. Tells the document which pages are on
// screen (they are rendered first), keeps the spot under the viewport's centre through a zoom,
// and handles the keys, the wheel with Ctrl, pinching, links (outside ones only after asking)
// and the context menu.
ListView {
    id: root

    required property DocumentSession document
    required property DocumentFind find
    required property TextSelection selection
    required property bool ready
    required property bool dark
    // One page at a time: PgDn/PgUp move by page, the list snaps to pages.
    required property bool singlePage
    required property DocumentAnnotations annotations
    required property AnnotationTools tools

    // Text was selected with a markup tool held.
    signal markupRequested(string type)

    // The page under the upper third of the viewport.
    property int currentPage: 0
    property real lastContentY: 0
    // "width", "page" or "" (then `zoom` applies; 1 is the page's real size).
    property string fitMode: "width"
    property real zoom: 1
    readonly property real margin: Kirigami.Units.largeSpacing
    readonly property real fitWidthScale: document.maxPageWidth > 0 ? Math.max(0.05, (width - 2 * margin) / document.maxPageWidth) : 1
    readonly property real fitPageScale: document.maxPageHeight > 0 ? Math.min(fitWidthScale, Math.max(0.05, (height - 2 * margin) / document.maxPageHeight)) : 1
    readonly property real pointScale: 96 / 72
    // Logical pixels per point, for the document.
    readonly property real effectiveScale: fitMode === "width" ? fitWidthScale : fitMode === "page" ? fitPageScale : zoom * pointScale
    readonly property int zoomPercent: Math.round(effectiveScale / pointScale * 100)
    readonly property var zoomSteps: [0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4]

    function setFit(mode: string): void {
        const anchor = root.viewAnchor();
        root.fitMode = mode;
        Qt.callLater(root.restoreAnchor, anchor);
    }
    function setZoom(factor: real): void {
        const anchor = root.viewAnchor();
        root.zoom = Math.max(0.5, Math.min(4, factor));
        root.fitMode = "";
        Qt.callLater(root.restoreAnchor, anchor);
    }
    function zoomIn(): void {
        const now = root.zoomPercent / 100;
        for (const step of root.zoomSteps) {
            if (step > now + 0.01) {
                root.setZoom(step);
                return;
            }
        }
    }
    function zoomOut(): void {
        const now = root.zoomPercent / 100;
        for (let i = root.zoomSteps.length - 1; i >= 0; --i) {
            if (root.zoomSteps[i] < now - 0.01) {
                root.setZoom(root.zoomSteps[i]);
                return;
            }
        }
    }

    // Where the viewport's centre is: the page under it and the spot on that page (0..1).
    function viewAnchor(): var {
        const cx = root.contentX + root.width / 2;
        const cy = root.contentY + root.height / 2;
        const index = root.indexAt(cx, cy);
        const item = index >= 0 ? root.itemAtIndex(index) : null;
        if (!item || item.height <= 0)
            return null;
        return {
            index: index,
            fx: root.contentWidth > 0 ? cx / root.contentWidth : 0.5,
            fy: (cy - item.y) / item.height
        };
    }
    // After a zoom: the same spot back under the viewport's centre.
    function restoreAnchor(anchor: var): void {
        if (!anchor)
            return;
        root.positionViewAtIndex(anchor.index, ListView.Beginning);
        const item = root.itemAtIndex(anchor.index);
        if (!item)
            return;
        root.scrollBy(item.y + anchor.fy * item.height - root.height / 2 - root.contentY);
        root.contentX = Math.max(0, Math.min(anchor.fx * root.contentWidth - root.width / 2, root.contentWidth - root.width));
    }
    function goToPage(index: int): void {
        if (index >= 0 && index < root.document.pageCount)
            root.positionViewAtIndex(index, ListView.Beginning);
    }
    function scrollBy(dy: real): void {
        root.contentY = Math.max(root.originY, Math.min(root.contentY + dy, root.originY + root.contentHeight - root.height));
    }
    function showCurrentHit(): void {
        if (root.find.currentPage < 0)
            return;
        root.positionViewAtIndex(root.find.currentPage, ListView.Beginning);
        root.scrollBy(root.find.currentRect.y * root.document.scale - root.height / 3);
    }
    function updateVisible(): void {
        if (!root.ready)
            return;
        const x = root.width / 2;
        const first = Math.max(0, root.indexAt(x, root.contentY + 1));
        let last = root.indexAt(x, root.contentY + root.height - 1);
        if (last < 0)
            last = Math.min(root.document.pageCount - 1, first + 1);
        const middle = root.indexAt(x, root.contentY + root.height / 3);
        root.currentPage = middle >= 0 ? middle : first;
        root.document.showPages(first, last, root.contentY >= root.lastContentY);
        root.lastContentY = root.contentY;
    }

    objectName: "readerPages"
    visible: root.ready
    snapMode: root.singlePage ? ListView.SnapOneItem : ListView.NoSnap
    focus: true
    clip: true
    model: root.ready ? root.document.pageCount : 0
    spacing: root.margin
    topMargin: root.margin
    bottomMargin: root.margin
    cacheBuffer: Math.max(0, height)
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.AutoFlickIfNeeded
    contentWidth: Math.max(width, root.document.maxPageWidth * root.document.scale + 2 * root.margin)
    onContentYChanged: Qt.callLater(root.updateVisible)
    onHeightChanged: Qt.callLater(root.updateVisible)
    Component.onCompleted: forceActiveFocus()

    Connections {
        target: root.document
        function onScaleChanged(): void {
            Qt.callLater(root.updateVisible);
        }
        function onLayoutChanged(): void {
            Qt.callLater(root.updateVisible);
        }
    }

    Connections {
        target: root.find
        function onCurrentChanged(): void {
            root.showCurrentHit();
        }
    }

    Keys.onPressed: event => {
        const line = Kirigami.Units.gridUnit * 2;
        switch (event.key) {
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            if (root.singlePage)
                root.goToPage(root.currentPage + 1);
            else
                root.scrollBy(root.height * 0.9);
            break;
        case Qt.Key_PageUp:
            if (root.singlePage)
                root.goToPage(root.currentPage - 1);
            else
                root.scrollBy(-root.height * 0.9);
            break;
        case Qt.Key_Down:
            root.scrollBy(line);
            break;
        case Qt.Key_Up:
            root.scrollBy(-line);
            break;
        case Qt.Key_Right:
            root.goToPage(root.currentPage + 1);
            break;
        case Qt.Key_Left:
            root.goToPage(root.currentPage - 1);
            break;
        case Qt.Key_Home:
            root.goToPage(0);
            break;
        case Qt.Key_End:
            root.goToPage(root.document.pageCount - 1);
            break;
        default:
            return;
        }
        event.accepted = true;
    }

    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}

    WheelHandler {
        acceptedModifiers: Qt.ControlModifier
        onWheel: event => root.setZoom(root.zoomPercent / 100 * (event.angleDelta.y > 0 ? 1.1 : 1 / 1.1))
    }

    PinchHandler {
        property real startZoom: 1
        target: null
        onActiveChanged: startZoom = root.zoomPercent / 100
        onActiveScaleChanged: {
            if (active)
                root.setZoom(startZoom * activeScale);
        }
    }

    delegate: ReaderPageDelegate {
        document: root.document
        find: root.find
        selection: root.selection
        listWidth: root.width
        margin: root.margin
        dark: root.dark
        annotations: root.annotations
        tools: root.tools
        onPressed: root.forceActiveFocus()
        onMarkupRequested: type => root.markupRequested(type)
        onNoteRequested: (page, at) => textDialog.editNew("note", page, at, Qt.rect(0, 0, 0, 0))
        onFreeTextRequested: (page, area) => textDialog.editNew("freetext", page, Qt.point(0, 0), area)
        onAnnotationEditRequested: id => textDialog.edit(id)
        onAnnotationMenuRequested: id => annotationMenu.openFor(id)
        onContextMenuRequested: contextMenu.popup()
        onPageLinkActivated: target => root.goToPage(target)
        onExternalLinkActivated: url => {
            externalLinkDialog.url = url;
            externalLinkDialog.open();
        }
    }

    QQC2.Menu {
        id: contextMenu
        QQC2.MenuItem {
            text: qsTr("Copy")
            icon.name: "edit-copy"
            enabled: root.selection.page >= 0
            onTriggered: root.selection.copy()
        }
        QQC2.MenuItem {
            text: qsTr("Select All Text on This Page")
            icon.name: "edit-select-all"
            enabled: !root.document.isImage
            onTriggered: root.selection.selectPage(root.currentPage)
        }
    }

    AnnotationContextMenu {
        id: annotationMenu
        annotations: root.annotations
        tools: root.tools
        onEditRequested: id => textDialog.edit(id)
    }

    AnnotationTextDialog {
        id: textDialog
        annotations: root.annotations
        tools: root.tools
        onClosed: root.forceActiveFocus()
    }

    Kirigami.PromptDialog {
        id: externalLinkDialog
        property string url
        title: qsTr("Open External Link?")
        subtitle: qsTr("The document links to %1. It opens in your web browser or another program, outside Ratsmappe.").arg(url)
        standardButtons: Kirigami.Dialog.Open | Kirigami.Dialog.Cancel
        onAccepted: Qt.openUrlExternally(url)
    }
}
