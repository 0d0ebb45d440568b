// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Window
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// Reads one document straight from the encrypted cache: all pages in one vertical list, each
// sized from its page size before it is rendered, rendered on worker threads. The page's parts
// are their own files: ReaderPageDelegate (a page with its links, hits and selection),
// ReaderFindBar, ReaderFooter, ReaderThumbnailPanel, ReaderOutlinePanel, ReaderPresentation
// and ReaderStatusMessages.
Kirigami.Page {
    id: page
    objectName: "readerPage"

    // The file shown: a page reads one document; another reader shows another.
    required property string fileId
    // "width", "page" or "" (then `zoom` applies; 1 is the page's real size).
    property string fitMode: "width"
    property real zoom: 1
    property bool dark: false
    property int currentPage: 0
    // One page at a time: fit page, PgDn/PgUp move by page, the list snaps to pages.
    property bool singlePage: false
    // The selection for copying: a page and a rectangle in displayed points.
    property int selectionPage: -1
    property rect selectionRect

    readonly property real margin: Kirigami.Units.largeSpacing
    readonly property real fitWidthScale: doc.maxPageWidth > 0 ? Math.max(0.05, (pages.width - 2 * margin) / doc.maxPageWidth) : 1
    readonly property real fitPageScale: doc.maxPageHeight > 0 ? Math.min(fitWidthScale, Math.max(0.05, (pages.height - 2 * margin) / doc.maxPageHeight)) : 1
    readonly property real pointScale: 96 / 72
    readonly property real effectiveScale: fitMode === "width" ? fitWidthScale : fitMode === "page" ? fitPageScale : zoom * pointScale
    readonly property int zoomPercent: Math.round(effectiveScale / pointScale * 100)
    readonly property var zoomSteps: [0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4]
    readonly property bool ready: doc.status === DocumentView.Ready

    // Where the viewport's centre is: the page under it and the spot on that page (0..1).
    function viewAnchor(): var {
        const cx = pages.contentX + pages.width / 2;
        const cy = pages.contentY + pages.height / 2;
        const index = pages.indexAt(cx, cy);
        const item = index >= 0 ? pages.itemAtIndex(index) : null;
        if (!item || item.height <= 0)
            return null;
        return {
            index: index,
            fx: pages.contentWidth > 0 ? cx / pages.contentWidth : 0.5,
            fy: (cy - item.y) / item.height
        };
    }
    // After a zoom: the same spot back under the viewport's centre.
    function restoreAnchor(anchor: var): void {
        if (!anchor)
            return;
        pages.positionViewAtIndex(anchor.index, ListView.Beginning);
        const item = pages.itemAtIndex(anchor.index);
        if (!item)
            return;
        page.scrollBy(item.y + anchor.fy * item.height - pages.height / 2 - pages.contentY);
        pages.contentX = Math.max(0, Math.min(anchor.fx * pages.contentWidth - pages.width / 2, pages.contentWidth - pages.width));
    }
    function setFit(mode: string): void {
        const anchor = page.viewAnchor();
        page.fitMode = mode;
        Qt.callLater(page.restoreAnchor, anchor);
    }
    function setZoom(factor: real): void {
        const anchor = page.viewAnchor();
        page.zoom = Math.max(0.5, Math.min(4, factor));
        page.fitMode = "";
        Qt.callLater(page.restoreAnchor, anchor);
    }
    function zoomIn(): void {
        const now = page.zoomPercent / 100;
        for (const step of page.zoomSteps) {
            if (step > now + 0.01) {
                page.setZoom(step);
                return;
            }
        }
    }
    function zoomOut(): void {
        const now = page.zoomPercent / 100;
        for (let i = page.zoomSteps.length - 1; i >= 0; --i) {
            if (page.zoomSteps[i] < now - 0.01) {
                page.setZoom(page.zoomSteps[i]);
                return;
            }
        }
    }
    function goToPage(index: int): void {
        if (index >= 0 && index < doc.pageCount)
            pages.positionViewAtIndex(index, ListView.Beginning);
    }
    function scrollBy(dy: real): void {
        pages.contentY = Math.max(pages.originY, Math.min(pages.contentY + dy, pages.originY + pages.contentHeight - pages.height));
    }
    function showCurrentHit(): void {
        if (doc.currentHitPage < 0)
            return;
        pages.positionViewAtIndex(doc.currentHitPage, ListView.Beginning);
        page.scrollBy(doc.currentHitRect.y * doc.scale - pages.height / 3);
    }
    function updateVisible(): void {
        if (!page.ready)
            return;
        const x = pages.width / 2;
        const first = Math.max(0, pages.indexAt(x, pages.contentY + 1));
        let last = pages.indexAt(x, pages.contentY + pages.height - 1);
        if (last < 0)
            last = Math.min(doc.pageCount - 1, first + 1);
        const middle = pages.indexAt(x, pages.contentY + pages.height / 3);
        page.currentPage = middle >= 0 ? middle : first;
        doc.showPages(first, last, pages.contentY >= pages.lastContentY);
        pages.lastContentY = pages.contentY;
    }
    function savePosition(): void {
        if (page.ready)
            doc.savePosition(page.currentPage, page.fitMode === "width" ? 0 : page.fitMode === "page" ? -1 : page.zoom);
    }
    function startPresentation(): void {
        if (page.ready)
            presentation.open();
    }
    function toggleFind(): void {
        findBar.open();
    }

    title: doc.title.length > 0 ? doc.title : qsTr("Document")
    padding: 0
    Component.onDestruction: savePosition()

    DocumentView {
        id: doc
        cacheController: CacheController
        fileId: page.fileId
        scale: page.effectiveScale
        devicePixelRatio: page.Screen.devicePixelRatio > 0 ? page.Screen.devicePixelRatio : 1
        onStatusChanged: {
            if (status !== DocumentView.Ready)
                return;
            if (savedZoom > 0) {
                page.zoom = savedZoom;
                page.fitMode = "";
            } else if (savedZoom < 0) {
                page.fitMode = "page";
            }
            Qt.callLater(() => {
                page.goToPage(doc.savedPage);
                page.updateVisible();
            });
        }
        onScaleChanged: Qt.callLater(page.updateVisible)
        onLayoutChanged: Qt.callLater(page.updateVisible)
        onCurrentHitChanged: page.showCurrentHit()
        onSaveFinished: (ok, message) => {
            saveMessage.type = ok ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
            saveMessage.text = ok ? qsTr("Saved as %1.").arg(message) : qsTr("Not saved. %1").arg(message);
            saveMessage.visible = true;
        }
        onTextCopied: text => readerFooter.statusText = text.length > 0 ? qsTr("Copied %n character(s)", "", text.length) : qsTr("No text in the selection")
    }

    DocumentPrinter {
        id: documentPrinter
        document: doc
        onPrintFinished: (ok, error) => readerFooter.statusText = ok ? qsTr("Printed.") : error.length > 0 ? qsTr("Not printed: %1").arg(error) : qsTr("Printing cancelled.")
    }

    OutlineModel {
        id: outlineModel
        document: doc
    }

    // On a narrow page the labelled buttons become icons (their text is the tooltip) before
    // Kirigami moves them into the overflow menu: German labels are long, and "Fit Page" was
    // the first to leave the toolbar.
    readonly property int labelledHint: page.width < Kirigami.Units.gridUnit * 50 ? Kirigami.DisplayHint.IconOnly : Kirigami.DisplayHint.NoPreference

    actions: [
        Kirigami.Action {
            text: qsTr("Find…")
            icon.name: "edit-find"
            displayHint: page.labelledHint
            shortcut: StandardKey.Find
            enabled: page.ready && !doc.isImage
            onTriggered: page.toggleFind()
        },
        Kirigami.Action {
            text: qsTr("Zoom Out")
            icon.name: "zoom-out"
            shortcut: StandardKey.ZoomOut
            enabled: page.ready && page.zoomPercent > 50
            displayHint: Kirigami.DisplayHint.IconOnly
            onTriggered: page.zoomOut()
        },
        Kirigami.Action {
            text: qsTr("Zoom In")
            icon.name: "zoom-in"
            shortcut: StandardKey.ZoomIn
            enabled: page.ready && page.zoomPercent < 400
            displayHint: Kirigami.DisplayHint.IconOnly
            onTriggered: page.zoomIn()
        },
        Kirigami.Action {
            text: qsTr("Fit Width")
            icon.name: "zoom-fit-width"
            checkable: true
            checked: page.fitMode === "width"
            enabled: page.ready
            displayHint: page.labelledHint
            onTriggered: page.setFit("width")
        },
        Kirigami.Action {
            text: qsTr("Fit Page")
            icon.name: "zoom-fit-page"
            checkable: true
            checked: page.fitMode === "page"
            enabled: page.ready
            displayHint: page.labelledHint
            onTriggered: page.setFit("page")
        },
        Kirigami.Action {
            text: qsTr("Rotate")
            icon.name: "object-rotate-right"
            shortcut: "Ctrl+R"
            enabled: page.ready
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: doc.rotation = doc.rotation + 90
        },
        Kirigami.Action {
            text: qsTr("Dark Reading Mode")
            icon.name: "color-mode-invert-text"
            checkable: true
            checked: page.dark
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.dark = !page.dark
        },
        Kirigami.Action {
            text: qsTr("Contents")
            icon.name: "bookmarks"
            enabled: page.ready && outlineModel.count > 0
            displayHint: Kirigami.DisplayHint.AlwaysHide
            checkable: true
            checked: outlinePanel.visible
            onTriggered: outlinePanel.visible = !outlinePanel.visible
        },
        Kirigami.Action {
            text: qsTr("Thumbnails")
            icon.name: "view-preview"
            shortcut: "F7"
            enabled: page.ready
            displayHint: Kirigami.DisplayHint.AlwaysHide
            checkable: true
            checked: thumbnailPanel.visible
            onTriggered: thumbnailPanel.visible = !thumbnailPanel.visible
        },
        Kirigami.Action {
            text: qsTr("Single Page")
            icon.name: "view-pages-single"
            shortcut: "Ctrl+Shift+1"
            enabled: page.ready
            displayHint: Kirigami.DisplayHint.AlwaysHide
            checkable: true
            checked: page.singlePage
            onTriggered: {
                const keep = page.currentPage;
                page.singlePage = !page.singlePage;
                if (page.singlePage)
                    page.fitMode = "page";
                Qt.callLater(page.goToPage, keep);
            }
        },
        Kirigami.Action {
            text: qsTr("Present")
            icon.name: "view-presentation"
            shortcut: "F5"
            enabled: page.ready
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.startPresentation()
        },
        Kirigami.Action {
            text: qsTr("Full Screen")
            icon.name: "view-fullscreen"
            shortcut: "F11"
            checkable: true
            checked: page.Window.window !== null && page.Window.window.visibility === Window.FullScreen
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: {
                const window = page.Window.window;
                if (window)
                    window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen;
            }
        },
        Kirigami.Action {
            text: qsTr("Print…")
            icon.name: "document-print"
            shortcut: StandardKey.Print
            enabled: page.ready && !doc.isImage
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: documentPrinter.print()
        },
        Kirigami.Action {
            text: qsTr("Save Copy As…")
            icon.name: "document-save-as"
            enabled: doc.status !== DocumentView.Empty && doc.status !== DocumentView.NotDownloaded
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.openSaveDialog()
        }
    ]

    header: ReaderFindBar {
        id: findBar
        document: doc
    }

    Shortcut {
        sequences: [StandardKey.FindNext]
        enabled: doc.hitCount > 0
        onActivated: doc.nextHit(true)
    }
    Shortcut {
        sequences: [StandardKey.FindPrevious]
        enabled: doc.hitCount > 0
        onActivated: doc.nextHit(false)
    }
    function copySelection(): void {
        if (doc.textSelectionPage >= 0)
            doc.copySelectedText();
        else if (page.selectionPage >= 0)
            doc.copyText(page.selectionPage, page.selectionRect);
    }

    Shortcut {
        sequences: [StandardKey.Copy]
        enabled: doc.textSelectionPage >= 0 || page.selectionPage >= 0
        onActivated: page.copySelection()
    }
    Shortcut {
        sequences: [StandardKey.SelectAll]
        enabled: page.ready && !doc.isImage
        onActivated: {
            page.selectionPage = -1;
            doc.selectPage(page.currentPage);
        }
    }
    Shortcut {
        sequence: "Escape"
        enabled: doc.textSelectionPage >= 0 || page.selectionPage >= 0
        onActivated: {
            doc.clearTextSelection();
            page.selectionPage = -1;
        }
    }

    QQC2.Menu {
        id: contextMenu
        QQC2.MenuItem {
            text: qsTr("Copy")
            icon.name: "edit-copy"
            enabled: doc.textSelectionPage >= 0 || page.selectionPage >= 0
            onTriggered: page.copySelection()
        }
        QQC2.MenuItem {
            text: qsTr("Select All Text on This Page")
            icon.name: "edit-select-all"
            enabled: !doc.isImage
            onTriggered: {
                page.selectionPage = -1;
                doc.selectPage(page.currentPage);
            }
        }
    }

    footer: ReaderFooter {
        id: readerFooter
        visible: page.ready
        document: doc
        printer: documentPrinter
        currentPage: page.currentPage
        zoomPercent: page.zoomPercent
        onPageRequested: index => {
            page.goToPage(index);
            pages.forceActiveFocus();
        }
    }

    Shortcut {
        sequence: "Ctrl+G"
        enabled: page.ready
        onActivated: readerFooter.focusGoTo()
    }

    ListView {
        id: pages

        property real lastContentY: 0

        objectName: "readerPages"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: thumbnailPanel.visible ? thumbnailPanel.right : parent.left
        anchors.right: outlinePanel.visible ? outlinePanel.left : parent.right
        visible: page.ready
        snapMode: page.singlePage ? ListView.SnapOneItem : ListView.NoSnap
        focus: true
        clip: true
        model: page.ready ? doc.pageCount : 0
        spacing: page.margin
        topMargin: page.margin
        bottomMargin: page.margin
        cacheBuffer: Math.max(0, height)
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.AutoFlickIfNeeded
        contentWidth: Math.max(width, doc.maxPageWidth * doc.scale + 2 * page.margin)
        onContentYChanged: Qt.callLater(page.updateVisible)
        onHeightChanged: Qt.callLater(page.updateVisible)
        Component.onCompleted: forceActiveFocus()

        Keys.onPressed: event => {
            const line = Kirigami.Units.gridUnit * 2;
            switch (event.key) {
            case Qt.Key_PageDown:
            case Qt.Key_Space:
                if (page.singlePage)
                    page.goToPage(page.currentPage + 1);
                else
                    page.scrollBy(pages.height * 0.9);
                break;
            case Qt.Key_PageUp:
                if (page.singlePage)
                    page.goToPage(page.currentPage - 1);
                else
                    page.scrollBy(-pages.height * 0.9);
                break;
            case Qt.Key_Down:
                page.scrollBy(line);
                break;
            case Qt.Key_Up:
                page.scrollBy(-line);
                break;
            case Qt.Key_Right:
                page.goToPage(page.currentPage + 1);
                break;
            case Qt.Key_Left:
                page.goToPage(page.currentPage - 1);
                break;
            case Qt.Key_Home:
                page.goToPage(0);
                break;
            case Qt.Key_End:
                page.goToPage(doc.pageCount - 1);
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
            onWheel: event => page.setZoom(page.zoomPercent / 100 * (event.angleDelta.y > 0 ? 1.1 : 1 / 1.1))
        }

        PinchHandler {
            property real startZoom: 1
            target: null
            onActiveChanged: startZoom = page.zoomPercent / 100
            onActiveScaleChanged: {
                if (active)
                    page.setZoom(startZoom * activeScale);
            }
        }

        delegate: ReaderPageDelegate {
            id: pageDelegate
            document: doc
            listWidth: pages.width
            margin: page.margin
            dark: page.dark
            selectionPage: page.selectionPage
            selectionRect: page.selectionRect
            onPressed: pages.forceActiveFocus()
            onContextMenuRequested: contextMenu.popup()
            onPageLinkActivated: target => page.goToPage(target)
            onExternalLinkActivated: url => {
                externalLinkDialog.url = url;
                externalLinkDialog.open();
            }
            onAreaCleared: page.selectionPage = -1
            onAreaSelected: area => {
                page.selectionRect = area;
                page.selectionPage = pageDelegate.index;
            }
        }
    }

    ReaderStatusMessages {
        anchors.fill: parent
        document: doc
        onSaveRequested: page.openSaveDialog()
    }

    // The only way document bytes leave the encrypted cache: the member picks a file.
    function openSaveDialog(): void {
        doc.saveCopyAs();
    }

    // What became of a save, on every state of the page (the footer shows only with a document).
    Kirigami.InlineMessage {
        id: saveMessage
        objectName: "saveMessage"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Kirigami.Units.largeSpacing
        z: 10
        visible: false
        showCloseButton: true
    }

    ReaderThumbnailPanel {
        id: thumbnailPanel
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        document: doc
        ready: page.ready
        currentPage: page.currentPage
        dark: page.dark
        onPageRequested: index => page.goToPage(index)
    }

    ReaderPresentation {
        id: presentation
        document: doc
        currentPage: page.currentPage
        dark: page.dark
        onAboutToShow: page.selectionPage = -1
        onFinished: index => {
            page.goToPage(index);
            pages.forceActiveFocus();
        }
    }

    ReaderOutlinePanel {
        id: outlinePanel
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        outline: outlineModel
        onPageRequested: index => page.goToPage(index)
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
