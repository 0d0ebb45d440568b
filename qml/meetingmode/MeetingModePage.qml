// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtQuick.Window
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.reader

// Meeting mode: the meeting's agenda beside the current item's document (the reader, its
// annotation tools at hand) and the member's note on the item. Nothing pops up while it is open
// (CacheController.quiet), everything comes from the cache (no server needed), and where the
// member was (item, document, page) is kept per meeting in the cache and restored. Wide: agenda,
// document and notes side by side; narrow: agenda and note share a column that can be collapsed.
Kirigami.Page {
    id: page
    objectName: "meetingModePage"

    /// The meeting; its agenda model is the page's own.
    required property string meetingId
    /// Its server, where two servers have a meeting with that id; empty: the one meeting.
    property string serverId: ""
    property string meetingName: ""

    /// Projector and large screens: the notes get a column of their own.
    readonly property bool wide: width >= Kirigami.Units.gridUnit * 62
    property bool agendaShown: true
    /// The agenda row the meeting is at, its values (MeetingAgendaModel.get), and the document.
    property int currentRow: -1
    property var currentItem: ({})
    property string currentFileId: ""
    property string currentFileServerId: ""
    /// The item whose notes show: changes only with the item (a sync reading the agenda again
    /// must not close a note being written).
    property var notesItem: ({})
    /// The reader of the current document, made anew for every document.
    property ReaderPage reader: null
    // The reader's page, kept here: the reader is gone by the time the page saves on leaving.
    property int readerPage: -1
    property bool restored: false
    // Restoring waits for the page to be complete: the position is read by then.
    property bool completed: false

    readonly property string currentItemId: currentItem.agendaItemId ?? ""

    function goTo(row: int, fileId: string, startPage: int): void {
        if (row < 0 || row >= agenda.count)
            return;
        const item = agenda.get(row);
        page.currentRow = row;
        page.currentItem = item;
        if (page.notesItem.id !== item.agendaItem.id || page.notesItem.serverId !== item.agendaItem.serverId)
            page.notesItem = item.agendaItem;
        agendaList.positionViewAtIndex(row, ListView.Contain);
        // The document asked for, else the item's first one that is in the cache.
        let document = item.documents.find(d => d.fileId === fileId && d.downloaded);
        if (!document)
            document = item.documents.find(d => d.downloaded);
        if (document)
            page.openDocument(document.fileId, document.serverId, document.fileId === fileId ? startPage : -1);
        else
            page.openDocument("", "", -1);
        page.savePosition();
    }

    function goToNext(): void {
        page.goTo(page.currentRow + 1, "", -1);
    }

    function goToPrevious(): void {
        page.goTo(page.currentRow - 1, "", -1);
    }

    function openDocument(fileId: string, serverId: string, startPage: int): void {
        if (fileId === page.currentFileId && page.reader)
            return;
        if (page.reader)
            page.reader.destroy();
        page.reader = null;
        page.currentFileId = fileId;
        page.currentFileServerId = serverId;
        page.readerPage = startPage;
        if (fileId.length > 0) {
            page.reader = readerComponent.createObject(readerArea, {
                fileId: fileId,
                serverId: serverId,
                startPage: startPage
            });
        }
        page.savePosition();
    }

    // Once the agenda is read: where the member was in this meeting, else its start.
    function restore(): void {
        if (page.restored || !page.completed || agenda.count === 0)
            return;
        page.restored = true;
        const row = position.stored ? agenda.rowOf(position.agendaItemId) : -1;
        if (row >= 0)
            page.goTo(row, position.fileId, position.page);
        else
            page.goTo(0, "", -1);
    }

    function savePosition(): void {
        if (page.restored)
            position.save(page.currentItemId, page.currentFileId, page.readerPage);
    }

    title: meetingName.length > 0 ? qsTr("Meeting Mode: %1").arg(meetingName) : qsTr("Meeting Mode")
    padding: 0

    Component.onCompleted: {
        CacheController.quiet = true;
        page.completed = true;
        page.restore();
    }
    Component.onDestruction: {
        page.savePosition();
        CacheController.quiet = false;
    }

    MeetingAgendaModel {
        id: agenda
        cacheController: CacheController
        meetingId: page.meetingId
        serverId: page.serverId
        onCountChanged: {
            if (!page.restored) {
                page.restore();
                return;
            }
            // Read again (a sync, a note): the same item, wherever it is now.
            const row = agenda.rowOf(page.currentItemId);
            if (row >= 0) {
                page.currentRow = row;
                page.currentItem = agenda.get(row);
            }
        }
    }

    MeetingModePosition {
        id: position
        cacheController: CacheController
        meetingId: page.meetingId
    }

    // The page the member reads, stored a moment after it stops changing.
    Timer {
        id: pageSaveTimer
        interval: 1000
        onTriggered: page.savePosition()
    }
    Connections {
        target: page.reader
        function onCurrentPageChanged(): void {
            if (page.reader.ready && page.reader.currentPage >= 0) {
                page.readerPage = page.reader.currentPage;
                pageSaveTimer.restart();
            }
        }
    }

    actions: [
        Kirigami.Action {
            text: qsTr("Previous Item")
            icon.name: "go-up"
            shortcut: "Alt+Up"
            enabled: page.currentRow > 0
            displayHint: Kirigami.DisplayHint.IconOnly
            tooltip: qsTr("Previous agenda item (Alt+Up, Ctrl+Page Up)")
            onTriggered: page.goToPrevious()
        },
        Kirigami.Action {
            text: qsTr("Next Item")
            icon.name: "go-down"
            shortcut: "Alt+Down"
            enabled: page.currentRow >= 0 && page.currentRow < agenda.count - 1
            displayHint: Kirigami.DisplayHint.IconOnly
            tooltip: qsTr("Next agenda item (Alt+Down, Ctrl+Page Down)")
            onTriggered: page.goToNext()
        },
        Kirigami.Action {
            text: qsTr("Agenda")
            icon.name: "view-list-details"
            shortcut: "F9"
            checkable: true
            checked: page.agendaShown
            tooltip: qsTr("Show or hide the agenda (F9)")
            onTriggered: page.agendaShown = !page.agendaShown
        },
        Kirigami.Action {
            text: qsTr("Full Screen")
            icon.name: "view-fullscreen"
            // The reader has F11 for the same: one of them holds it, or neither would fire.
            shortcut: page.reader ? "" : "F11"
            checkable: true
            checked: page.Window.window !== null && page.Window.window.visibility === Window.FullScreen
            displayHint: Kirigami.DisplayHint.IconOnly
            tooltip: qsTr("Full screen (F11)")
            onTriggered: {
                const window = page.Window.window;
                if (window)
                    window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen;
            }
        },
        Kirigami.Action {
            text: qsTr("Leave Meeting Mode")
            icon.name: "window-close"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            enabled: page.QQC2.StackView.view !== null
            onTriggered: page.QQC2.StackView.view.pop()
        }
    ]

    Shortcut {
        sequence: "Ctrl+PgDown"
        enabled: page.currentRow >= 0 && page.currentRow < agenda.count - 1
        onActivated: page.goToNext()
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        enabled: page.currentRow > 0
        onActivated: page.goToPrevious()
    }

    Component {
        id: readerComponent
        ReaderPage {
            anchors.fill: parent
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The agenda, and in a narrow window the note below it.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * (page.wide ? 16 : 14)
            Layout.maximumWidth: Kirigami.Units.gridUnit * (page.wide ? 16 : 14)
            visible: page.agendaShown
            spacing: 0

            ListView {
                id: agendaList
                objectName: "meetingModeAgenda"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: agenda
                currentIndex: page.currentRow
                delegate: MeetingModeAgendaDelegate {
                    id: agendaDelegate
                    current: agendaDelegate.index === page.currentRow
                    onClicked: page.goTo(agendaDelegate.index, "", -1)
                }
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                Kirigami.PlaceholderMessage {
                    anchors.centerIn: parent
                    width: parent.width - Kirigami.Units.gridUnit * 2
                    visible: agendaList.count === 0
                    icon.name: "view-calendar-list"
                    text: qsTr("No agenda for this meeting yet")
                }
            }

            Kirigami.Separator {
                Layout.fillWidth: true
                visible: !page.wide
            }

            Item {
                id: narrowNotesSlot
                Layout.fillWidth: true
                Layout.preferredHeight: page.height * 0.4
                visible: !page.wide
            }
        }

        Kirigami.Separator {
            Layout.fillHeight: true
            visible: page.agendaShown
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            MeetingModeItemBar {
                Layout.fillWidth: true
                heading: page.currentItem.heading ?? ""
                documents: page.currentItem.documents ?? []
                currentFileId: page.currentFileId
                canGoBack: page.currentRow > 0
                canGoOn: page.currentRow >= 0 && page.currentRow < agenda.count - 1
                onPreviousRequested: page.goToPrevious()
                onNextRequested: page.goToNext()
                onDocumentRequested: (fileId, serverId) => page.openDocument(fileId, serverId, -1)
            }

            // The reader's own actions (annotate, find, zoom, …), as its toolbar would show them.
            Kirigami.ActionToolBar {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.smallSpacing
                Layout.rightMargin: Kirigami.Units.smallSpacing
                visible: page.reader !== null
                alignment: Qt.AlignRight
                actions: page.reader ? page.reader.actions : []
            }

            Item {
                id: readerArea
                Layout.fillWidth: true
                Layout.fillHeight: true

                Kirigami.PlaceholderMessage {
                    anchors.centerIn: parent
                    width: parent.width - Kirigami.Units.gridUnit * 4
                    visible: page.reader === null && page.restored
                    icon.name: "document-open"
                    text: (page.currentItem.documents ?? []).length > 0 ? qsTr("This item's documents are not downloaded") : qsTr("No documents for this item")
                }
            }
        }

        Kirigami.Separator {
            Layout.fillHeight: true
            visible: page.wide
        }

        Item {
            id: wideNotesSlot
            Layout.fillHeight: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 18
            visible: page.wide
        }
    }

    // One notes column, in the right column or below the agenda as the width allows. Made anew
    // for every item (the model is a new array): a note being written is saved to its own item.
    Item {
        parent: page.wide ? wideNotesSlot : narrowNotesSlot
        anchors.fill: parent

        Repeater {
            model: [page.notesItem]
            delegate: MeetingModeNotes {
                required property var modelData
                anchors.fill: parent
                agendaItem: modelData
                onSaved: agenda.refresh()
            }
        }
    }
}
