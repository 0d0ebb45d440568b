// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.annotations

// Reads one document straight from the encrypted cache. The page owns the document's session
// and the types bound to it (find, selection, printing, saving, outline, reading position),
// and the member's annotations on the open version with the tool held; its parts are their
// own files: ReaderPageList (the pages, with ReaderPageDelegate), ReaderFindBar, ReaderFooter,
// ReaderThumbnailPanel, ReaderOutlinePanel, ReaderAnnotationPanel, ReaderPresentation and
// ReaderStatusMessages; the annotation toolbar and the page's annotation layer come from
// org.kde.ratsmappe.annotations.
Kirigami.Page {
    id: page
    objectName: "readerPage"

    // The file shown: a page reads one document; another reader shows another.
    required property string fileId
    // Its server, where two servers have a file with that id; empty: the one file with it.
    property string serverId: ""
    property bool dark: false
    readonly property alias currentPage: pages.currentPage
    // One page at a time: fit page, PgDn/PgUp move by page, the list snaps to pages.
    property bool singlePage: false
    // Where to open instead of the reading position (from an annotation list), and the
    // annotation to select there.
    property int startPage: -1
    property string startAnnotation: ""
    // A search's query (from the search page): the words it finds are highlighted as find hits,
    // German folding and compounds included, the current one on startPage.
    property string highlightQuery: ""
    // The annotation toolbar shows; hidden, the select tool is held.
    property bool annotating: false

    readonly property bool ready: doc.status === DocumentSession.Ready

    function goToPage(index: int): void {
        pages.goToPage(index);
    }
    function scrollBy(dy: real): void {
        pages.scrollBy(dy);
    }
    function savePosition(): void {
        if (page.ready)
            readingPosition.save(page.currentPage, pages.fitMode === "width" ? 0 : pages.fitMode === "page" ? -1 : pages.zoom);
    }
    function showAnnotation(index: int, id: string): void {
        pages.goToPage(index);
        docAnnotations.selectedId = id;
        pages.forceActiveFocus();
    }
    function startPresentation(): void {
        if (page.ready)
            presentation.open();
    }
    function toggleFind(): void {
        findBar.open();
    }
    // The only way document bytes leave the encrypted cache: the member picks a file.
    function openSaveDialog(): void {
        saver.saveCopyAs();
    }

    title: doc.title.length > 0 ? doc.title : qsTr("Document")
    padding: 0
    Component.onDestruction: savePosition()

    DocumentSession {
        id: doc
        cacheController: CacheController
        fileId: page.fileId
        serverId: page.serverId
        scale: pages.effectiveScale
        devicePixelRatio: page.Screen.devicePixelRatio > 0 ? page.Screen.devicePixelRatio : 1
        onStatusChanged: {
            if (status !== DocumentSession.Ready)
                return;
            if (readingPosition.zoom > 0) {
                pages.zoom = readingPosition.zoom;
                pages.fitMode = "";
            } else if (readingPosition.zoom < 0) {
                pages.fitMode = "page";
            }
            Qt.callLater(() => {
                pages.goToPage(page.startPage >= 0 ? page.startPage : readingPosition.page);
                if (page.startAnnotation.length > 0)
                    docAnnotations.selectedId = page.startAnnotation;
                if (page.highlightQuery.length > 0) {
                    finder.findQuery(page.highlightQuery, Math.max(page.startPage, 0));
                    findBar.showQuery(page.highlightQuery);
                }
                pages.updateVisible();
            });
        }
    }

    ReadingPosition {
        id: readingPosition
        document: doc
    }

    DocumentFind {
        id: finder
        document: doc
    }

    TextSelection {
        id: textSelection
        document: doc
        onCopied: text => readerFooter.statusText = text.length > 0 ? qsTr("Copied %n character(s)", "", text.length) : qsTr("No text in the selection")
    }

    // The member's annotations on the open version: every change is in the cache when the
    // call returns.
    DocumentAnnotations {
        id: docAnnotations
        cacheController: CacheController
        fileId: page.fileId
        serverId: doc.versionServerId
        versionId: doc.versionId
        onErrorMessageChanged: {
            if (docAnnotations.errorMessage.length > 0)
                readerFooter.statusText = qsTr("Annotation not saved: %1").arg(docAnnotations.errorMessage);
        }
    }

    AnnotationTools {
        id: annotationTools
    }
    onAnnotatingChanged: {
        if (!annotating)
            annotationTools.tool = "select";
    }

    DocumentPrinter {
        id: documentPrinter
        document: doc
        onPrintFinished: (ok, error) => readerFooter.statusText = ok ? qsTr("Printed.") : error.length > 0 ? qsTr("Not printed: %1").arg(error) : qsTr("Printing cancelled.")
    }

    // Annotations leaving the cache with the document (and coming in from elsewhere).
    AnnotationTransfer {
        id: transfer
        cacheController: CacheController
        onFinished: (ok, message) => {
            saveMessage.type = ok ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
            saveMessage.text = message;
            saveMessage.visible = true;
        }
    }

    // An import or a restore changed the annotations behind this page; an import may also take
    // over the document's own annotations, which Poppler then stops drawing.
    Connections {
        target: CacheController
        function onAnnotationsChanged(): void {
            docAnnotations.readAgain();
            doc.redrawPages();
        }
    }

    AnnotationExportDialog {
        id: exportDialog
        transfer: transfer
    }

    DocumentSaver {
        id: saver
        document: doc
        onSaveFinished: (ok, message) => {
            saveMessage.type = ok ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
            saveMessage.text = ok ? qsTr("Saved as %1.").arg(message) : qsTr("Not saved. %1").arg(message);
            saveMessage.visible = true;
        }
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
            text: qsTr("Annotate")
            icon.name: "draw-freehand"
            shortcut: "F6"
            checkable: true
            checked: page.annotating
            enabled: page.ready && !doc.isImage
            displayHint: page.labelledHint
            tooltip: qsTr("Show the annotation tools (F6)")
            onTriggered: page.annotating = !page.annotating
        },
        Kirigami.Action {
            text: docAnnotations.undoText.length > 0 ? qsTr("Undo %1").arg(docAnnotations.undoText) : qsTr("Undo")
            icon.name: "edit-undo"
            shortcut: StandardKey.Undo
            enabled: docAnnotations.canUndo
            displayHint: Kirigami.DisplayHint.IconOnly
            onTriggered: docAnnotations.undo()
        },
        Kirigami.Action {
            text: docAnnotations.redoText.length > 0 ? qsTr("Redo %1").arg(docAnnotations.redoText) : qsTr("Redo")
            icon.name: "edit-redo"
            shortcut: "Ctrl+Shift+Z"
            enabled: docAnnotations.canRedo
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: docAnnotations.redo()
        },
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
            enabled: page.ready && pages.zoomPercent > 50
            displayHint: Kirigami.DisplayHint.IconOnly
            onTriggered: pages.zoomOut()
        },
        Kirigami.Action {
            text: qsTr("Zoom In")
            icon.name: "zoom-in"
            shortcut: StandardKey.ZoomIn
            enabled: page.ready && pages.zoomPercent < 400
            displayHint: Kirigami.DisplayHint.IconOnly
            onTriggered: pages.zoomIn()
        },
        Kirigami.Action {
            text: qsTr("Fit Width")
            icon.name: "zoom-fit-width"
            checkable: true
            checked: pages.fitMode === "width"
            enabled: page.ready
            displayHint: page.labelledHint
            onTriggered: pages.setFit("width")
        },
        Kirigami.Action {
            text: qsTr("Fit Page")
            icon.name: "zoom-fit-page"
            checkable: true
            checked: pages.fitMode === "page"
            enabled: page.ready
            displayHint: page.labelledHint
            onTriggered: pages.setFit("page")
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
            onTriggered: {
                outlinePanel.visible = !outlinePanel.visible;
                if (outlinePanel.visible)
                    annotationPanel.visible = false;
            }
        },
        Kirigami.Action {
            text: qsTr("Annotations")
            icon.name: "draw-highlight"
            shortcut: "F8"
            enabled: page.ready
            displayHint: Kirigami.DisplayHint.AlwaysHide
            checkable: true
            checked: annotationPanel.visible
            onTriggered: {
                annotationPanel.visible = !annotationPanel.visible;
                if (annotationPanel.visible)
                    outlinePanel.visible = false;
            }
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
                    pages.fitMode = "page";
                Qt.callLater(pages.goToPage, keep);
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
            enabled: page.ready && !doc.isImage && documentPrinter.unavailableReason.length === 0
            tooltip: documentPrinter.unavailableReason
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: documentPrinter.print()
        },
        Kirigami.Action {
            text: qsTr("Save Copy As…")
            icon.name: "document-save-as"
            enabled: doc.status !== DocumentSession.Empty && doc.status !== DocumentSession.NotDownloaded
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.openSaveDialog()
        },
        Kirigami.Action {
            text: qsTr("Export with Annotations…")
            icon.name: "document-export"
            enabled: page.ready && !doc.isImage && !transfer.busy
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: exportDialog.ask(page.fileId, page.serverId, saver.suggestedFileName())
        },
        Kirigami.Action {
            text: qsTr("Import Annotations…")
            icon.name: "document-import"
            tooltip: qsTr("Bring the annotations of a copy annotated in another program onto this document")
            enabled: page.ready && !doc.isImage && !transfer.busy
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: transfer.importInto(page.fileId, page.serverId)
        }
    ]

    header: ReaderFindBar {
        id: findBar
        find: finder
    }

    Shortcut {
        sequences: [StandardKey.FindNext]
        enabled: finder.count > 0
        onActivated: finder.next()
    }
    Shortcut {
        sequences: [StandardKey.FindPrevious]
        enabled: finder.count > 0
        onActivated: finder.previous()
    }
    Shortcut {
        sequences: [StandardKey.Copy]
        enabled: textSelection.page >= 0
        onActivated: textSelection.copy()
    }
    Shortcut {
        sequences: [StandardKey.SelectAll]
        enabled: page.ready && !doc.isImage
        onActivated: textSelection.selectPage(page.currentPage)
    }
    // Escape lets go of the selected annotation, then of the selected text.
    Shortcut {
        sequence: "Escape"
        enabled: textSelection.page >= 0 || docAnnotations.selectedId.length > 0
        onActivated: {
            if (docAnnotations.selectedId.length > 0)
                docAnnotations.selectedId = "";
            else
                textSelection.clear();
        }
    }
    ReaderAnnotationKeys {
        id: annotationKeys
        annotations: docAnnotations
        tools: annotationTools
        selection: textSelection
    }
    Shortcut {
        sequence: "Ctrl+G"
        enabled: page.ready
        onActivated: readerFooter.focusGoTo()
    }

    footer: ReaderFooter {
        id: readerFooter
        visible: page.ready
        document: doc
        printer: documentPrinter
        currentPage: page.currentPage
        zoomPercent: pages.zoomPercent
        onPageRequested: index => {
            pages.goToPage(index);
            pages.forceActiveFocus();
        }
    }

    AnnotationToolBar {
        id: toolBar
        anchors.top: parent.top
        anchors.left: pages.left
        anchors.right: pages.right
        visible: page.annotating && page.ready
        tools: annotationTools
    }

    ReaderPageList {
        id: pages
        anchors.top: toolBar.visible ? toolBar.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.left: thumbnailPanel.visible ? thumbnailPanel.right : parent.left
        anchors.right: outlinePanel.visible ? outlinePanel.left : annotationPanel.visible ? annotationPanel.left : parent.right
        document: doc
        find: finder
        selection: textSelection
        ready: page.ready
        dark: page.dark
        singlePage: page.singlePage
        annotations: docAnnotations
        tools: annotationTools
        onMarkupRequested: type => annotationKeys.markSelection(type)
    }

    ReaderStatusMessages {
        anchors.fill: parent
        document: doc
        onSaveRequested: page.openSaveDialog()
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
        onPageRequested: index => pages.goToPage(index)
    }

    ReaderPresentation {
        id: presentation
        document: doc
        currentPage: page.currentPage
        dark: page.dark
        onAboutToShow: textSelection.clear()
        onFinished: index => {
            pages.goToPage(index);
            pages.forceActiveFocus();
        }
    }

    ReaderAnnotationPanel {
        id: annotationPanel
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        annotations: docAnnotations
        fileId: page.fileId
        serverId: doc.versionServerId
        onAnnotationRequested: (index, id) => page.showAnnotation(index, id)
    }

    ReaderOutlinePanel {
        id: outlinePanel
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        outline: outlineModel
        onPageRequested: index => pages.goToPage(index)
    }
}
