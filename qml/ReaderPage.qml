// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtQuick.Window
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe

// Reads one document straight from the encrypted cache: all pages in one vertical list, each
// sized from its page size before it is rendered, rendered on worker threads.
Kirigami.Page {
    id: page
    objectName: "readerPage"

    property alias fileId: doc.fileId
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
    // What a page shows depends on DocumentView state that its C++ calls read. qmlcachegen
    // compiles away a property read whose value a binding does not use, and with it the
    // binding's dependency: `{ doc.hitCount; return doc.hitsOn(index) }` never updated the pages
    // already on screen (page 1 never showed its hits). So the state goes in as arguments.
    function pageSizeOf(index: int, rotation: int, pageCount: int): size {
        return index < pageCount && rotation >= 0 ? doc.pageSize(index) : Qt.size(0, 0);
    }
    function hitsOf(index: int, hitCount: int, rotation: int): var {
        return hitCount > 0 && rotation >= 0 ? doc.hitsOn(index) : [];
    }
    function linksOf(index: int, revision: int, rotation: int): var {
        return revision >= 0 && rotation >= 0 ? doc.linksOn(index) : [];
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
        findBar.visible = true;
        findField.forceActiveFocus();
        findField.selectAll();
    }

    title: doc.title.length > 0 ? doc.title : qsTr("Document")
    padding: 0
    Component.onDestruction: savePosition()

    DocumentView {
        id: doc
        cacheController: CacheController
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
        onPrintFinished: (ok, error) => statusLabel.text = ok ? qsTr("Printed.") : error.length > 0 ? qsTr("Not printed: %1").arg(error) : qsTr("Printing cancelled.")
        onSaveFinished: (ok, message) => {
            saveMessage.type = ok ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
            saveMessage.text = ok ? qsTr("Saved as %1.").arg(message) : qsTr("Not saved. %1").arg(message);
            saveMessage.visible = true;
        }
        onTextCopied: text => statusLabel.text = text.length > 0 ? qsTr("Copied %n character(s)", "", text.length) : qsTr("No text in the selection")
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
            enabled: page.ready && doc.outline.length > 0
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
            onTriggered: doc.print()
        },
        Kirigami.Action {
            text: qsTr("Save Copy As…")
            icon.name: "document-save-as"
            enabled: doc.status !== DocumentView.Empty && doc.status !== DocumentView.NotDownloaded
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.openSaveDialog()
        }
    ]

    header: QQC2.ToolBar {
        id: findBar
        visible: false

        contentItem: RowLayout {
            spacing: Kirigami.Units.smallSpacing

            Kirigami.SearchField {
                id: findField
                Layout.fillWidth: true
                placeholderText: qsTr("Find in document…")
                delaySearch: true
                autoAccept: true
                onAccepted: {
                    if (text !== doc.findText)
                        doc.find(text);
                    else
                        doc.nextHit(true);
                }
                Keys.onEscapePressed: findBar.visible = false
            }

            QQC2.Label {
                text: doc.finding ? qsTr("Searching…") : doc.findText.length === 0 ? "" : doc.hitCount === 0 ? qsTr("Not found") : qsTr("%1 of %2").arg(doc.currentHit + 1).arg(doc.hitCount)
            }

            QQC2.ToolButton {
                icon.name: "go-up"
                text: qsTr("Previous")
                display: QQC2.AbstractButton.IconOnly
                enabled: doc.hitCount > 0
                onClicked: doc.nextHit(false)
            }

            QQC2.ToolButton {
                icon.name: "go-down"
                text: qsTr("Next")
                display: QQC2.AbstractButton.IconOnly
                enabled: doc.hitCount > 0
                onClicked: doc.nextHit(true)
            }

            QQC2.ToolButton {
                icon.name: "dialog-close"
                text: qsTr("Close")
                display: QQC2.AbstractButton.IconOnly
                onClicked: findBar.visible = false
            }
        }
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

    footer: QQC2.ToolBar {
        visible: page.ready

        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing

            QQC2.Label {
                text: {
                    const label = doc.pageLabel(page.currentPage);
                    return label === String(page.currentPage + 1) ? qsTr("Page %1 of %2").arg(page.currentPage + 1).arg(doc.pageCount) : qsTr("Page %1 (%2) of %3").arg(label).arg(page.currentPage + 1).arg(doc.pageCount);
                }
            }

            QQC2.TextField {
                id: goToField
                Layout.preferredWidth: Kirigami.Units.gridUnit * 5
                placeholderText: qsTr("Go to…")
                onAccepted: {
                    page.goToPage(doc.pageForLabel(text));
                    text = "";
                    pages.forceActiveFocus();
                }
            }

            // Cut off on a narrow window (German messages are long): the whole text in the tooltip.
            QQC2.Label {
                id: statusLabel
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Kirigami.Theme.disabledTextColor
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: statusLabel.truncated && statusHover.hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                HoverHandler {
                    id: statusHover
                }
            }

            QQC2.ProgressBar {
                visible: doc.printing
                Layout.preferredWidth: Kirigami.Units.gridUnit * 8
                value: doc.printProgress
                QQC2.ToolTip.text: qsTr("Printing…")
                QQC2.ToolTip.visible: hovered
            }

            QQC2.ToolButton {
                visible: doc.printing
                icon.name: "dialog-cancel"
                text: qsTr("Cancel Printing")
                onClicked: doc.cancelPrint()
            }

            QQC2.Label {
                text: qsTr("%1 %").arg(page.zoomPercent)
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+G"
        enabled: page.ready
        onActivated: goToField.forceActiveFocus()
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

        delegate: Item {
            id: pageDelegate

            required property int index
            readonly property size points: page.pageSizeOf(index, doc.rotation, doc.pageCount)
            readonly property var hits: page.hitsOf(index, doc.hitCount, doc.rotation)
            readonly property var links: page.linksOf(index, doc.linksRevision, doc.rotation)

            width: Math.max(pages.width, pageItem.width + 2 * page.margin)
            height: pageItem.height

            PageItem {
                id: pageItem
                objectName: "pageItem"
                x: (pageDelegate.width - width) / 2
                width: Math.round(pageDelegate.points.width * doc.scale)
                height: Math.round(pageDelegate.points.height * doc.scale)
                view: doc
                page: pageDelegate.index
                inverted: page.dark

                QQC2.BusyIndicator {
                    anchors.centerIn: parent
                    running: !pageItem.rendered
                    visible: running
                }

                // Links: inside the document they go to the page; outside only after asking.
                Repeater {
                    model: pageDelegate.links
                    delegate: MouseArea {
                        required property var modelData
                        x: modelData.rect.x * doc.scale
                        y: modelData.rect.y * doc.scale
                        width: modelData.rect.width * doc.scale
                        height: modelData.rect.height * doc.scale
                        cursorShape: Qt.PointingHandCursor
                        hoverEnabled: true
                        QQC2.ToolTip.visible: containsMouse
                        QQC2.ToolTip.text: modelData.page >= 0 ? qsTr("Go to page %1").arg(doc.pageLabel(modelData.page) || modelData.page + 1) : modelData.url
                        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                        onClicked: {
                            if (modelData.page >= 0) {
                                page.goToPage(modelData.page);
                            } else {
                                externalLinkDialog.url = modelData.url;
                                externalLinkDialog.open();
                            }
                        }
                    }
                }

                Repeater {
                    model: pageDelegate.hits
                    delegate: Rectangle {
                        required property rect modelData
                        objectName: "hitHighlight"
                        readonly property bool current: doc.currentHitPage === pageDelegate.index && modelData === doc.currentHitRect
                        x: modelData.x * doc.scale - 1
                        y: modelData.y * doc.scale - 1
                        width: modelData.width * doc.scale + 2
                        height: modelData.height * doc.scale + 2
                        color: current ? "#f67400" : "#fdbc4b"
                        opacity: 0.45
                        radius: 2
                    }
                }

                Rectangle {
                    visible: page.selectionPage === pageDelegate.index
                    x: page.selectionRect.x * doc.scale
                    y: page.selectionRect.y * doc.scale
                    width: page.selectionRect.width * doc.scale
                    height: page.selectionRect.height * doc.scale
                    color: Kirigami.Theme.highlightColor
                    opacity: 0.3
                }

                Repeater {
                    model: doc.textSelectionPage === pageDelegate.index ? doc.textSelectionRects : []
                    delegate: Rectangle {
                        required property rect modelData
                        x: modelData.x * doc.scale
                        y: modelData.y * doc.scale
                        width: modelData.width * doc.scale
                        height: modelData.height * doc.scale
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
                        pages.forceActiveFocus();
                        if (mouse.button === Qt.RightButton) {
                            contextMenu.popup();
                            return;
                        }
                        start = Qt.point(mouse.x / doc.scale, mouse.y / doc.scale);
                        rectangle = (mouse.modifiers & Qt.AltModifier) !== 0;
                        page.selectionPage = -1;
                        doc.clearTextSelection();
                    }
                    onPositionChanged: mouse => {
                        if (!(mouse.buttons & Qt.LeftButton))
                            return;
                        const x = mouse.x / doc.scale;
                        const y = mouse.y / doc.scale;
                        if (rectangle) {
                            page.selectionRect = Qt.rect(Math.min(x, start.x), Math.min(y, start.y), Math.abs(x - start.x), Math.abs(y - start.y));
                            page.selectionPage = pageDelegate.index;
                        } else {
                            doc.selectText(pageDelegate.index, start, Qt.point(x, y));
                        }
                    }
                }
            }
        }
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: doc.status === DocumentView.Loading
        icon.name: "document-open"
        text: qsTr("Opening the document…")
    }

    // The first open runs in the helper process: what is going on, for how long, and a way out.
    Kirigami.PlaceholderMessage {
        objectName: "checkingMessage"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: doc.status === DocumentView.Checking
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "document-open"
        text: qsTr("Checking the document…")
        explanation: qsTr("The first time a document is opened it is read in a separate process, so that a damaged file cannot harm Ratsmappe. This usually takes a few seconds.")
        helpfulAction: Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: doc.cancelCheck()
        }

        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: doc.status === DocumentView.Checking
        }
        QQC2.Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Reading for %n second(s) of at most %1…", "", doc.checkSeconds).arg(doc.checkLimitSeconds)
        }
    }

    Kirigami.PlaceholderMessage {
        objectName: "failedMessage"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: doc.status === DocumentView.Failed
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "data-error"
        text: qsTr("This document cannot be shown")
        explanation: doc.errorMessage
        helpfulAction: Kirigami.Action {
            text: qsTr("Save for Inspection…")
            icon.name: "document-save-as"
            onTriggered: page.openSaveDialog()
        }

        QQC2.Button {
            Layout.alignment: Qt.AlignHCenter
            visible: doc.canRetryCheck
            text: qsTr("Try Again")
            icon.name: "view-refresh"
            onClicked: doc.retryCheck()
        }
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: doc.status === DocumentView.NotDownloaded
        icon.name: "cloud-download"
        text: qsTr("This document is not downloaded yet")
        explanation: qsTr("It is fetched with the next sync when it belongs to a meeting in the sync range.")
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: doc.status === DocumentView.Unsupported
        type: Kirigami.PlaceholderMessage.Type.Actionable
        icon.name: "text-x-generic"
        text: qsTr("Ratsmappe cannot show this kind of document")
        explanation: qsTr("Save a copy to open it with another program.")
        helpfulAction: Kirigami.Action {
            text: qsTr("Save As…")
            icon.name: "document-save-as"
            onTriggered: page.openSaveDialog()
        }
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

    // Small pages beside the document, rendered after the pages on screen; the current page
    // is highlighted, a click or Enter goes to a page.
    QQC2.Pane {
        id: thumbnailPanel

        readonly property int thumbWidth: Kirigami.Units.gridUnit * 7

        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: thumbWidth + Kirigami.Units.largeSpacing * 4
        visible: false
        padding: 0
        Kirigami.Theme.colorSet: Kirigami.Theme.View
        onVisibleChanged: {
            if (visible) {
                thumbnails.positionViewAtIndex(page.currentPage, ListView.Center);
                Qt.callLater(thumbnails.request);
            } else {
                doc.showThumbnails(0, -1, 0);
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
                if (!thumbnailPanel.visible)
                    return;
                const first = Math.max(0, thumbnails.indexAt(width / 2, contentY + 1));
                let last = thumbnails.indexAt(width / 2, contentY + height - 1);
                if (last < 0)
                    last = Math.min(doc.pageCount - 1, first + 8);
                doc.showThumbnails(first, last, thumbnailPanel.thumbWidth);
            }

            objectName: "thumbnails"
            clip: true
            model: thumbnailPanel.visible && page.ready ? doc.pageCount : 0
            currentIndex: page.currentPage
            spacing: Kirigami.Units.smallSpacing
            topMargin: Kirigami.Units.largeSpacing
            bottomMargin: Kirigami.Units.largeSpacing
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            onContentYChanged: Qt.callLater(request)
            onHeightChanged: Qt.callLater(request)
            Keys.onReturnPressed: page.goToPage(currentIndex)
            Keys.onEnterPressed: page.goToPage(currentIndex)
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: QQC2.ItemDelegate {
                id: thumb

                required property int index
                readonly property size points: page.pageSizeOf(index, doc.rotation, doc.pageCount)
                readonly property bool current: index === page.currentPage

                width: ListView.view.width
                height: thumbImage.height + label.height + Kirigami.Units.largeSpacing * 2
                highlighted: current
                text: doc.pageLabel(index)
                Accessible.name: qsTr("Page %1").arg(text)
                onClicked: page.goToPage(index)

                contentItem: Item {
                    PageItem {
                        id: thumbImage
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: thumbnailPanel.thumbWidth
                        height: thumb.points.width > 0 ? Math.round(width * thumb.points.height / thumb.points.width) : width
                        view: doc
                        page: thumb.index
                        renderWidth: thumbnailPanel.thumbWidth
                        inverted: page.dark
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

    // Presentation: full screen, one page fit to the screen on black; PgDn/PgUp, arrows,
    // space or a click move, Esc leaves.
    QQC2.Popup {
        id: presentation

        property int index: 0
        property int previousVisibility: Window.Windowed
        readonly property size points: page.pageSizeOf(index, doc.rotation, doc.pageCount)
        readonly property real fit: points.width > 0 ? Math.min(width / points.width, height / points.height) : 1

        function move(step: int): void {
            presentation.index = Math.max(0, Math.min(doc.pageCount - 1, presentation.index + step));
            doc.showSingle(presentation.index, presentedPage.width);
        }

        parent: QQC2.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        focus: true
        closePolicy: QQC2.Popup.CloseOnEscape
        background: Rectangle {
            color: "black"
        }
        onAboutToShow: {
            presentation.index = page.currentPage;
            doc.clearTextSelection();
            page.selectionPage = -1;
            const window = page.Window.window;
            if (window) {
                presentation.previousVisibility = window.visibility;
                window.visibility = Window.FullScreen;
            }
        }
        onOpened: {
            presentedPage.forceActiveFocus();
            Qt.callLater(presentation.move, 0);
        }
        onWidthChanged: Qt.callLater(presentation.move, 0)
        onClosed: {
            doc.showSingle(-1, 0);
            const window = page.Window.window;
            if (window)
                window.visibility = presentation.previousVisibility;
            page.goToPage(presentation.index);
            pages.forceActiveFocus();
        }

        contentItem: Item {
            PageItem {
                id: presentedPage
                objectName: "presentedPage"
                anchors.centerIn: parent
                width: Math.round(presentation.points.width * presentation.fit)
                height: Math.round(presentation.points.height * presentation.fit)
                view: doc
                page: presentation.index
                renderWidth: width
                inverted: page.dark
                focus: true
                Accessible.name: qsTr("Page %1 of %2").arg(presentation.index + 1).arg(doc.pageCount)

                Keys.onPressed: event => {
                    switch (event.key) {
                    case Qt.Key_PageDown:
                    case Qt.Key_Space:
                    case Qt.Key_Right:
                    case Qt.Key_Down:
                        presentation.move(1);
                        break;
                    case Qt.Key_PageUp:
                    case Qt.Key_Backspace:
                    case Qt.Key_Left:
                    case Qt.Key_Up:
                        presentation.move(-1);
                        break;
                    case Qt.Key_Home:
                        presentation.move(-doc.pageCount);
                        break;
                    case Qt.Key_End:
                        presentation.move(doc.pageCount);
                        break;
                    default:
                        return;
                    }
                    event.accepted = true;
                }
            }

            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.LeftButton | Qt.RightButton
                onClicked: mouse => presentation.move(mouse.button === Qt.RightButton ? -1 : 1)
            }

            QQC2.Label {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Kirigami.Units.largeSpacing
                color: "#808080"
                text: qsTr("%1 / %2").arg(presentation.index + 1).arg(doc.pageCount)
            }
        }
    }

    // The document's outline (bookmarks), beside the pages.
    QQC2.Pane {
        id: outlinePanel
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
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
            model: outlinePanel.visible ? doc.outline : []
            delegate: QQC2.ItemDelegate {
                required property var modelData
                width: ListView.view.width
                leftPadding: Kirigami.Units.largeSpacing * (1 + modelData.level)
                text: modelData.title
                enabled: modelData.page >= 0
                onClicked: page.goToPage(modelData.page)
            }
        }
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
