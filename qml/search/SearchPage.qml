// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// Search over the whole cache: one field, results as you type grouped by kind, filters below the
// field. A hit opens where it is: a document in the reader at its page with the words
// highlighted, a meeting or agenda item on its meeting page at the item, a paper's main document,
// an annotation at its page, a note beside what it is about, a person or committee on its page.
Kirigami.ScrollablePage {
    id: page
    objectName: "searchPage"

    // The results, for the window's tests.
    readonly property alias searchModel: results

    // Focus in the field, its text selected: Ctrl+K again starts a new query.
    function focusField(): void {
        field.forceActiveFocus();
        field.selectAll();
    }

    function push(module: string, type: string, properties: var): void {
        // Parented to the stack: the window destroys what leaves it (Main.qml).
        const stack = page.Kirigami.PageStack.pageStack;
        page.Kirigami.PageStack.pop(page);
        page.Kirigami.PageStack.push(Qt.createComponent(module, type).createObject(stack, properties));
    }

    function openReader(fileId: string, serverId: string, pageNumber: int, annotationId: string): void {
        page.push("org.kde.ratsmappe.reader", "ReaderPage", {
            fileId: fileId,
            serverId: serverId,
            startPage: pageNumber > 0 ? pageNumber - 1 : -1,
            startAnnotation: annotationId,
            highlightQuery: annotationId.length > 0 ? "" : results.query
        });
    }

    function openMeeting(meetingId: string, serverId: string, agendaItemId: string, name: string, when: string): void {
        page.push("org.kde.ratsmappe.meetings", "MeetingPage", {
            meetingId: meetingId,
            serverId: serverId,
            startAgendaItem: agendaItemId,
            meetingName: name,
            when: when
        });
    }

    function notify(text: string): void {
        const window = page.QQC2.ApplicationWindow.window as Kirigami.ApplicationWindow;
        if (window)
            window.showPassiveNotification(text);
    }

    function openHit(hit: SearchResultDelegate): void {
        switch (hit.kind) {
        case "document":
            page.openReader(hit.fileId.length > 0 ? hit.fileId : hit.hitId, hit.serverId, hit.page, "");
            return;
        case "annotation":
            page.openReader(hit.fileId, hit.serverId, hit.page, hit.hitId);
            return;
        case "meeting":
            page.openMeeting(hit.hitId, hit.serverId, "", hit.name, hit.date);
            return;
        case "agendaItem":
            // An agenda item's context is its meeting.
            page.openMeeting(hit.meetingId, hit.serverId, hit.hitId, hit.context, hit.date);
            return;
        case "paper":
        case "note":
            if (hit.fileId.length > 0)
                page.openReader(hit.fileId, hit.serverId, 0, "");
            else if (hit.meetingId.length > 0)
                page.openMeeting(hit.meetingId, hit.serverId, hit.kind === "note" && hit.type === "agendaItem" ? hit.hitId : "", "", "");
            else
                page.notify(hit.kind === "paper" ? qsTr("No document of this paper is in the cache yet.") : qsTr("What this note is about is not in the cache."));
            return;
        case "person":
            Navigation.open(page, "org.kde.ratsmappe.council", "PersonPage", {
                personId: hit.hitId,
                serverId: hit.serverId
            });
            return;
        case "organization":
            Navigation.open(page, "org.kde.ratsmappe.council", "OrganizationPage", {
                organizationId: hit.hitId,
                serverId: hit.serverId
            });
            return;
        default:
            return;
        }
    }

    title: qsTr("Search")
    // Kirigami focuses the page itself when it shows it; typing goes to the field.
    onActiveFocusChanged: {
        if (activeFocus)
            field.forceActiveFocus();
    }

    actions: [
        Kirigami.Action {
            id: filterAction
            text: qsTr("Filters")
            icon.name: "view-filter"
            checkable: true
            checked: filters.active
        }
    ]

    header: QQC2.ToolBar {
        contentItem: ColumnLayout {
            spacing: Kirigami.Units.smallSpacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                Kirigami.SearchField {
                    id: field
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search meetings, papers, documents, notes…")
                    // The model waits out the typing itself.
                    delaySearch: false
                    autoAccept: false
                    focus: true
                    onTextChanged: results.query = text
                    onAccepted: {
                        results.refresh();
                        list.forceActiveFocus();
                    }
                    Keys.onDownPressed: list.forceActiveFocus()
                }

                QQC2.BusyIndicator {
                    running: results.running
                    visible: running
                    implicitWidth: Kirigami.Units.iconSizes.medium
                    implicitHeight: Kirigami.Units.iconSizes.medium
                }
            }

            SearchFilterBar {
                id: filters
                Layout.fillWidth: true
                visible: filterAction.checked
            }
        }
    }

    ListView {
        id: list
        objectName: "searchResults"
        model: SearchModel {
            id: results
            cacheController: CacheController
            kinds: filters.kinds
            committeeId: filters.committeeId
            from: filters.from
            until: filters.until
            paperType: filters.paperType
            visibility: filters.visibility
        }
        keyNavigationEnabled: true
        section.property: "kindName"
        section.delegate: Kirigami.ListSectionHeader {
            required property string section
            width: ListView.view.width
            text: section
        }
        delegate: SearchResultDelegate {
            id: hit
            onClicked: page.openHit(hit)
            onMeetingRequested: (meetingId, serverId, name, when) => page.openMeeting(meetingId, serverId, "", name, when)
        }
        header: QQC2.Label {
            width: ListView.view.width
            visible: results.notice.length > 0
            height: visible ? implicitHeight + Kirigami.Units.smallSpacing * 2 : 0
            padding: Kirigami.Units.smallSpacing
            text: results.notice
            wrapMode: Text.Wrap
            color: Kirigami.Theme.neutralTextColor
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0 && !results.running
            icon.name: results.message.length > 0 ? "dialog-information" : "search"
            text: results.message.length > 0 ? results.message : results.query.trim().length === 0 ? qsTr("Type to search") : qsTr("Nothing found")
            explanation: results.message.length > 0 || results.query.trim().length > 0 ? "" : qsTr("Meetings, agenda items, papers, people, committees, the text of every downloaded document, your annotations and notes. \"Quotes\" for a phrase, -word to leave out.")
        }
    }
}
