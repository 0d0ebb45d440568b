// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.annotations

// One meeting: when, where and which committee at the top, its own documents (invitation,
// minutes), then the agenda in order, the non-public part set apart, each item with its papers,
// documents and the member's note. Downloaded documents open in the reader; one not in the cache
// downloads when clicked (with progress) and opens when it is there.
Kirigami.ScrollablePage {
    id: page

    objectName: "meetingPage"
    /// The meeting this page shows; its agenda model is the page's own.
    required property string meetingId
    /// Its server, where two servers have a meeting with that id; empty: the one meeting with it.
    property string serverId: ""
    property string meetingName: ""
    property string when: ""
    /// An agenda item to open the page at and mark (a search hit); "" for the top.
    property string startAgendaItem: ""
    // Whether the list was moved to startAgendaItem (once: later syncs leave it where it is).
    property bool positioned: false

    function positionAtStart(): void {
        if (page.positioned || list.count === 0)
            return;
        if (page.startAgendaItem.length === 0) {
            // The rows come after the header has grown (a background read): start at the top.
            page.positioned = true;
            list.positionViewAtBeginning();
            return;
        }
        const row = agenda.rowOfAgendaItem(page.startAgendaItem);
        if (row < 0)
            return;
        page.positioned = true;
        // The section heading sits above its first row: the view starts there.
        list.positionViewAtIndex(row, ListView.Beginning);
        list.contentY = Math.max(list.originY, list.contentY - Kirigami.Units.gridUnit * 2);
        list.returnToBounds();
    }

    // A click on a document: open it, or fetch it first (it opens once it is there).
    function activateDocument(fileId: string, serverId: string, downloaded: bool): void {
        if (downloaded)
            page.openDocument(fileId, serverId);
        else
            documentFetch.fetch(fileId, serverId);
    }

    function openPaper(paperId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.papers", "PaperPage", {
            paperId: paperId,
            serverId: agenda.header.serverId ?? page.serverId
        });
    }

    function openOrganization(organizationId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.council", "OrganizationPage", {
            organizationId: organizationId,
            serverId: agenda.header.serverId ?? page.serverId
        });
    }

    function openDocument(fileId: string, serverId: string): void {
        // Parented to the stack: the window destroys readers once they leave it (Main.qml).
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe.reader", "ReaderPage").createObject(stack, {
            fileId: fileId,
            serverId: serverId
        }));
    }

    // The annotations of this meeting's documents, as a page beside this one.
    function openAnnotations(): void {
        // Parented to the stack, as readers are (Main.qml destroys it when it leaves).
        const stack = page.Kirigami.PageStack.pageStack;
        page.Kirigami.PageStack.pop(page);
        page.Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe.annotations", "AnnotationListPage").createObject(stack, {
            meetingId: page.meetingId,
            serverId: page.serverId,
            meetingName: page.meetingName
        }));
    }

    // The member's notes on an agenda item and its papers, in a column beside the agenda.
    function openNotes(agendaItem: var): void {
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        const notes = Qt.createComponent("org.kde.ratsmappe.meetings", "AgendaNotesPage").createObject(stack, {
            agendaItem: agendaItem
        });
        notes.saved.connect(agenda.refresh);
        Kirigami.PageStack.push(notes);
    }

    // Meeting mode for this meeting, over the whole window (a layer; leaving it comes back here).
    function openMeetingMode(): void {
        // The readers beside this page go first: they hold the same keys (F5, F11, …) as the
        // reader in meeting mode, and then neither would answer.
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        stack.layers.push(Qt.createComponent("org.kde.ratsmappe.meetingmode", "MeetingModePage"), {
            meetingId: page.meetingId,
            serverId: page.serverId,
            meetingName: page.meetingName
        });
    }

    // The meeting's session packet: its check, build, and the packet itself (a page beside this one).
    function openPacket(): void {
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe.packets", "PacketPage").createObject(stack, {
            meetingId: page.meetingId,
            serverId: page.serverId,
            meetingName: page.meetingName
        }));
    }

    title: meetingName.length > 0 ? meetingName : (agenda.header.name ?? "").length > 0 ? agenda.header.name : qsTr("Meeting")

    actions: [
        Kirigami.Action {
            text: qsTr("Mark Meeting as Seen")
            icon.name: "checkmark"
            tooltip: qsTr("The meeting, its agenda, papers and documents as they are now count as seen")
            enabled: agenda.header.serverId !== undefined
            onTriggered: agenda.markSeen()
        },
        Kirigami.Action {
            text: qsTr("Meeting Mode")
            icon.name: "view-presentation"
            tooltip: qsTr("The agenda beside the documents and your notes, for the meeting itself")
            displayHint: Kirigami.DisplayHint.KeepVisible
            onTriggered: page.openMeetingMode()
        },
        Kirigami.Action {
            text: qsTr("Session Packet…")
            icon.name: "document-multiple"
            tooltip: qsTr("Check the meeting's documents and build them into one PDF")
            onTriggered: page.openPacket()
        },
        Kirigami.Action {
            text: qsTr("Annotations of This Meeting")
            icon.name: "draw-highlight"
            onTriggered: page.openAnnotations()
        },
        Kirigami.Action {
            text: qsTr("Summary of Annotations…")
            icon.name: "document-export"
            tooltip: qsTr("Your annotations and notes on this meeting as a PDF to print, in agenda order")
            enabled: !transfer.busy
            onTriggered: page.saveSummary()
        }
    ]

    // Non-public material goes into the summary only when the member says so.
    function saveSummary(): void {
        const nonPublic = transfer.nonPublicInMeeting(page.meetingId, page.serverId);
        if (nonPublic > 0) {
            nonPublicDialog.count = nonPublic;
            nonPublicDialog.open();
        } else {
            transfer.saveSummary(page.meetingId, page.serverId, page.meetingName, false);
        }
    }

    AnnotationTransfer {
        id: transfer
        cacheController: CacheController
        onFinished: (ok, message) => {
            const window = page.QQC2.ApplicationWindow.window as Kirigami.ApplicationWindow;
            if (window)
                window.showPassiveNotification(message, ok ? "short" : "long");
        }
    }

    Kirigami.PromptDialog {
        id: nonPublicDialog

        property int count: 0

        title: qsTr("Include Non-Public Material?")
        subtitle: qsTr("%n of your annotations and notes on this meeting are on non-public material. A summary with them must not leave your hands.", "", nonPublicDialog.count)
        standardButtons: Kirigami.Dialog.NoButton
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Include Them")
                icon.name: "object-unlocked"
                onTriggered: {
                    nonPublicDialog.close();
                    transfer.saveSummary(page.meetingId, page.serverId, page.meetingName, true);
                }
            },
            Kirigami.Action {
                text: qsTr("Leave Them Out")
                icon.name: "object-locked"
                onTriggered: {
                    nonPublicDialog.close();
                    transfer.saveSummary(page.meetingId, page.serverId, page.meetingName, false);
                }
            },
            Kirigami.Action {
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                onTriggered: nonPublicDialog.close()
            }
        ]
    }

    DocumentFetch {
        id: documentFetch
        cacheController: CacheController
        onFetched: (fileId, serverId) => page.openDocument(fileId, serverId)
        onFailed: (fileId, message) => {
            const window = page.QQC2.ApplicationWindow.window as Kirigami.ApplicationWindow;
            if (window)
                window.showPassiveNotification(message, "long");
        }
    }

    ListView {
        id: list
        objectName: "meetingDocuments"
        header: MeetingHeader {
            width: ListView.view.width - Kirigami.Units.largeSpacing * 2
            x: Kirigami.Units.largeSpacing
            header: agenda.header
            // Its layout grows after the rows came (the next polish): a view still at its top
            // keeps the whole header in sight.
            onHeightChanged: {
                if (page.startAgendaItem.length === 0 && !list.moving && list.contentY < list.originY + height)
                    list.positionViewAtBeginning();
            }
            onOrganizationRequested: organizationId => page.openOrganization(organizationId)
        }
        model: MeetingModel {
            id: agenda
            cacheController: CacheController
            meetingId: page.meetingId
            serverId: page.serverId
        }
        section.property: "section"
        onCountChanged: Qt.callLater(page.positionAtStart)
        Component.onCompleted: Qt.callLater(page.positionAtStart)
        section.delegate: AgendaSectionHeader {
            width: ListView.view.width
            agendaItem: agenda.itemsRevision >= 0 ? agenda.agendaItem(section) : ({})
            marked: page.startAgendaItem.length > 0 && agendaItem.id === page.startAgendaItem
            onNotesRequested: page.openNotes(agendaItem)
            onPaperRequested: paperId => page.openPaper(paperId)
        }
        delegate: AgendaDelegate {
            fetch: documentFetch
            onClicked: page.activateDocument(fileId, serverId, downloaded)
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0 && !agenda.loading
            icon.name: "view-calendar-list"
            text: qsTr("No agenda or documents for this meeting yet")
        }
    }
}
