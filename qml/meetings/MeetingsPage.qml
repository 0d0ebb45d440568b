// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.setup

Kirigami.ScrollablePage {
    id: page

    readonly property int cacheState: CacheController.state
    readonly property bool unlocked: cacheState === CacheController.Unlocked
    readonly property bool syncing: CacheController.sync.running
    readonly property bool showingRecoveryKey: CacheController.recoveryKey.length > 0
    readonly property bool noServer: unlocked && CacheController.serverCount === 0 && !syncing
    readonly property bool settingUp: cacheState === CacheController.NoCache || cacheState === CacheController.Creating
    /// The meetings as a month calendar instead of the list.
    property bool calendarMode: false
    readonly property bool browsing: unlocked && !noServer && !showingRecoveryKey
    /// The meetings (and their committees) are read from the first time the page shows them,
    /// not before: while the overview is the start page the member may never come here, and
    /// ten thousand meetings take half a second of a core the overview needs (issue 18).
    property bool listWanted: false

    function wantList(): void {
        if (page.visible && page.unlocked)
            page.listWanted = true;
    }
    // Later, not at once: at the unlock the window puts the overview in this page's place
    // (Main.qml) in reaction to the same change.
    onVisibleChanged: Qt.callLater(page.wantList)
    onUnlockedChanged: Qt.callLater(page.wantList)

    // Asks, where the selection holds non-public material, whether it goes into the file, then
    // asks where to save it (CalendarExport).
    function exportVisible(): void {
        calendarExport.prepare(meetingsModel.committeeId, meetingsModel.from, meetingsModel.until, meetingsModel.withDocuments);
    }
    function exportMeeting(meetingId: string, serverId: string, name: string): void {
        calendarExport.prepareMeeting(meetingId, serverId, name);
    }

    // Asks for a council server's address; adding it starts a sync.
    function addServer(): void {
        serverDialog.open();
    }

    // Shows one meeting beside (or above) this page. The page is created here with the stack
    // as its parent item: pushed as a component, Kirigami's PageRow would create it with a
    // non-item parent and Qt warns "Created graphical object was not placed in the graphics
    // scene". The window destroys it once it leaves the stack (Main.qml), as it does readers.
    function openMeeting(meetingId: string, serverId: string, name: string, when: string): void {
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(meetingPageComponent.createObject(stack, {
            meetingId: meetingId,
            serverId: serverId,
            meetingName: name,
            when: when
        }));
    }

    // The window opens its search page (Main.qml).
    signal searchRequested
    /// The next meeting's name, when the cache has one (Main.qml's NextMeeting).
    property string nextMeetingName: ""
    // The window opens the next meeting in meeting mode (Main.qml).
    signal meetingModeRequested

    title: qsTr("Meetings")

    actions: [
        Kirigami.Action {
            text: qsTr("Search")
            icon.name: "search"
            tooltip: qsTr("Search meetings, papers and documents (Ctrl+K)")
            enabled: page.unlocked
            onTriggered: page.searchRequested()
        },
        Kirigami.Action {
            text: qsTr("Meeting Mode")
            icon.name: "view-presentation"
            tooltip: qsTr("The next meeting in meeting mode: %1").arg(page.nextMeetingName)
            enabled: page.unlocked && page.nextMeetingName.length > 0
            onTriggered: page.meetingModeRequested()
        },
        Kirigami.Action {
            objectName: "calendarModeAction"
            text: page.calendarMode ? qsTr("List") : qsTr("Calendar")
            icon.name: page.calendarMode ? "view-list-details" : "view-calendar-month"
            tooltip: page.calendarMode ? qsTr("Show the meetings as a list") : qsTr("Show the meetings as a month calendar")
            enabled: page.browsing
            onTriggered: page.calendarMode = !page.calendarMode
        },
        Kirigami.Action {
            text: qsTr("Export as iCalendar…")
            icon.name: "document-export"
            tooltip: qsTr("Save the meetings shown (with the filter) as an iCalendar file for your calendar program")
            displayHint: Kirigami.DisplayHint.AlwaysHide
            enabled: page.browsing && meetingsModel.count > 0 && !calendarExport.busy
            onTriggered: page.exportVisible()
        },
        Kirigami.Action {
            id: syncAction
            text: qsTr("Sync Now")
            icon.name: "view-refresh"
            tooltip: qsTr("Fetch what changed on the council server (F5, Ctrl+R)")
            // Only while this page is the current one: the reader beside it uses F5 and Ctrl+R.
            shortcut: page.isCurrentPage ? "F5" : ""
            enabled: page.unlocked && CacheController.serverCount > 0 && !page.syncing
            onTriggered: CacheController.sync.syncNow()
        },
        Kirigami.Action {
            text: qsTr("Add Council Server…")
            icon.name: "list-add"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            enabled: page.unlocked
            onTriggered: page.addServer()
        }
    ]

    Shortcut {
        sequence: "Ctrl+R"
        enabled: syncAction.enabled && page.isCurrentPage
        onActivated: syncAction.trigger()
    }

    // Kirigami focuses the page itself when it shows it; typing should go to the passphrase.
    onActiveFocusChanged: {
        if (!activeFocus)
            return;
        if (unlockForm.visible)
            unlockForm.focusField();
        else if (setupForm.visible)
            setupForm.focusField();
    }

    // The outcome of the last sync, until the member closes it or the next one starts; the filter.
    header: ColumnLayout {
        spacing: 0

        Kirigami.InlineMessage {
            id: resultMessage
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Header
            showCloseButton: true
            type: CacheController.sync.failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Positive
            text: CacheController.sync.resultMessage
            visible: false
            actions: [
                Kirigami.Action {
                    text: qsTr("Try again")
                    icon.name: "view-refresh"
                    visible: CacheController.sync.failed
                    onTriggered: CacheController.sync.syncNow()
                }
            ]

            Connections {
                target: CacheController.sync
                function onFinished(): void {
                    resultMessage.visible = true;
                }
                function onRunningChanged(): void {
                    if (CacheController.sync.running)
                        resultMessage.visible = false;
                }
            }
        }

        MeetingFilterBar {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            visible: page.browsing
            meetings: meetingsModel
            committees: committeesModel
        }
    }

    footer: QQC2.ToolBar {
        visible: page.syncing

        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing

            SyncProgressBar {
                // Gives way to the text on a narrow window.
                Layout.preferredWidth: Kirigami.Units.gridUnit * 8
                Layout.minimumWidth: Kirigami.Units.gridUnit * 3
                Layout.fillWidth: true
                Layout.maximumWidth: Kirigami.Units.gridUnit * 8
                fraction: CacheController.sync.progressFraction
            }

            // German progress texts are long: up to two lines, and whatever is still cut off
            // is in the tooltip.
            QQC2.Label {
                id: syncStatus
                Layout.fillWidth: true
                text: qsTr("Syncing – %1").arg(CacheController.sync.progressText)
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: syncStatus.truncated && syncStatusHover.hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                HoverHandler {
                    id: syncStatusHover
                }
            }
        }
    }

    MeetingsModel {
        id: meetingsModel
        cacheController: page.listWanted ? CacheController : null
        // Read once since the page wanted it: later reads keep what is shown meanwhile.
        property bool readOnce: false
        onLoaded: readOnce = page.listWanted
    }

    MeetingCommitteesModel {
        id: committeesModel
        cacheController: page.browsing && page.listWanted ? CacheController : null
    }

    // Read only while shown; the list's filter is its filter.
    MonthModel {
        id: monthModel
        cacheController: page.calendarMode && page.browsing ? CacheController : null
        committeeId: meetingsModel.committeeId
        from: meetingsModel.from
        until: meetingsModel.until
        withDocuments: meetingsModel.withDocuments
    }

    CalendarExport {
        id: calendarExport
        cacheController: CacheController
        onPrepared: (meetings, nonPublicMeetings, nonPublicItems) => {
            if (meetings === 0) {
                page.notify(false, qsTr("No meetings to export."));
            } else if (nonPublicMeetings + nonPublicItems > 0) {
                nonPublicExportDialog.meetings = nonPublicMeetings;
                nonPublicExportDialog.items = nonPublicItems;
                nonPublicExportDialog.open();
            } else {
                calendarExport.save(false);
            }
        }
        onFinished: (ok, message) => page.notify(ok, message)
    }

    function notify(ok: bool, message: string): void {
        const window = page.QQC2.ApplicationWindow.window as Kirigami.ApplicationWindow;
        if (window)
            window.showPassiveNotification(message, ok ? "short" : "long");
    }

    Kirigami.PromptDialog {
        id: nonPublicExportDialog
        objectName: "nonPublicExportDialog"

        property int meetings: 0
        property int items: 0

        title: qsTr("Include Non-Public Material?")
        subtitle: {
            const parts = [];
            if (nonPublicExportDialog.meetings > 0)
                parts.push(qsTr("%n non-public meeting(s)", "", nonPublicExportDialog.meetings));
            if (nonPublicExportDialog.items > 0)
                parts.push(qsTr("%n non-public agenda item(s)", "", nonPublicExportDialog.items));
            return qsTr("The selection holds %1. A calendar file with them must not leave your hands: calendar programs often sync to other devices and services.").arg(parts.join(qsTr(" and ")));
        }
        standardButtons: Kirigami.Dialog.NoButton
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Include Them")
                icon.name: "object-unlocked"
                onTriggered: {
                    nonPublicExportDialog.close();
                    calendarExport.save(true);
                }
            },
            Kirigami.Action {
                text: qsTr("Leave Them Out")
                icon.name: "object-locked"
                onTriggered: {
                    nonPublicExportDialog.close();
                    calendarExport.save(false);
                }
            },
            Kirigami.Action {
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                onTriggered: nonPublicExportDialog.close()
            }
        ]
    }

    Component {
        id: meetingPageComponent
        MeetingPage {}
    }

    // Empty until meetings are synced; one of the messages below stands in for it then.
    ListView {
        id: list
        objectName: "meetingsList"
        model: page.unlocked && !page.calendarMode ? meetingsModel : null
        interactive: !page.calendarMode
        // Thousands of rows: a row scrolled out hands its delegate to the one scrolling in.
        reuseItems: true
        // The meeting opened beside the list is the one highlighted, found again by its id
        // whenever the rows change (a sync, a filter); none until one is opened or chosen with
        // the keyboard.
        currentIndex: -1
        property string openedMeetingId: ""
        property string openedServerId: ""

        function highlightOpened(): void {
            list.currentIndex = list.openedMeetingId.length > 0 ? meetingsModel.rowOf(list.openedServerId, list.openedMeetingId) : -1;
        }
        onModelChanged: Qt.callLater(list.highlightOpened)
        onCountChanged: Qt.callLater(list.highlightOpened)
        Connections {
            target: meetingsModel
            function onLoaded(): void {
                list.highlightOpened();
            }
        }

        section.property: "upcoming"
        section.delegate: Kirigami.ListSectionHeader {
            required property string section
            width: ListView.view.width
            text: section === "true" ? qsTr("Upcoming") : qsTr("Past")
        }

        // A meeting beside the list, highlighted in it.
        function openMeeting(m: var): void {
            if (m.meetingId === undefined)
                return;
            list.openedMeetingId = m.meetingId;
            list.openedServerId = m.serverId;
            list.highlightOpened();
            page.openMeeting(m.meetingId, m.serverId, m.name, m.when);
        }

        Keys.onReturnPressed: list.openMeeting(meetingsModel.meetingAt(list.currentIndex))
        Keys.onEnterPressed: list.openMeeting(meetingsModel.meetingAt(list.currentIndex))

        delegate: MeetingDelegate {
            id: meetingRow
            onClicked: list.openMeeting(meetingsModel.meetingAt(meetingRow.index))
            onMenuRequested: {
                // The meeting as it is now: a sync may move the rows while the menu is open.
                meetingMenu.meeting = meetingsModel.meetingAt(meetingRow.index);
                meetingMenu.popup(meetingRow, Kirigami.Units.gridUnit, meetingRow.height / 2);
            }
        }

        // The one menu of the list's meetings (MeetingDelegate.menuRequested).
        QQC2.Menu {
            id: meetingMenu

            property var meeting: ({})

            QQC2.MenuItem {
                text: qsTr("Open")
                icon.name: "document-open"
                onTriggered: list.openMeeting(meetingMenu.meeting)
            }
            QQC2.MenuItem {
                text: qsTr("Export as iCalendar…")
                icon.name: "view-calendar"
                onTriggered: {
                    const m = meetingMenu.meeting;
                    if (m.meetingId !== undefined)
                        page.exportMeeting(m.meetingId, m.serverId, m.name);
                }
            }
        }

        // Over the list's own area (the list is empty meanwhile), not in its moving content.
        // Created only when asked for: its day grid costs the window's first frame otherwise.
        Loader {
            parent: list
            anchors.fill: parent
            active: page.calendarMode && page.browsing
            sourceComponent: MeetingCalendar {
                month: monthModel
                onMeetingChosen: (meetingId, serverId, name, when) => list.openMeeting({
                        meetingId: meetingId,
                        serverId: serverId,
                        name: name,
                        when: when
                    })
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.noServer && !page.showingRecoveryKey
            icon.name: "folder-documents"
            text: qsTr("No council server is set up yet")
            explanation: qsTr("Ratsmappe keeps the agendas and documents of your council's meetings on this computer, encrypted. Add your city's council information server to start.")
            helpfulAction: Kirigami.Action {
                text: qsTr("Add Council Server…")
                icon.name: "list-add"
                onTriggered: page.addServer()
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.browsing && !page.calendarMode && list.count === 0 && meetingsModel.readOnce
            icon.name: "view-calendar-list"
            text: page.syncing ? qsTr("Fetching the meetings…") : meetingsModel.filtered ? qsTr("No meetings match the filter") : qsTr("No meetings synced yet")
            helpfulAction: Kirigami.Action {
                enabled: meetingsModel.filtered
                text: qsTr("Show All Meetings")
                icon.name: "edit-clear-all"
                onTriggered: meetingsModel.clearFilter()
            }
        }

        Kirigami.LoadingPlaceholder {
            anchors.centerIn: parent
            visible: page.browsing && !page.calendarMode && list.count === 0 && !meetingsModel.readOnce
            text: qsTr("Reading the meetings…")
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.cacheState === CacheController.Broken
            icon.name: "data-error"
            text: qsTr("The cache cannot be opened")
            explanation: CacheController.errorMessage
        }

        UnlockForm {
            id: unlockForm
            anchors.centerIn: parent
            width: Math.min(parent.width - Kirigami.Units.gridUnit * 4, Kirigami.Units.gridUnit * 24)
            visible: page.cacheState === CacheController.Locked || page.cacheState === CacheController.Unlocking
        }

        SetupForm {
            id: setupForm
            anchors.centerIn: parent
            width: Math.min(parent.width - Kirigami.Units.gridUnit * 4, Kirigami.Units.gridUnit * 26)
            visible: page.settingUp
        }
    }

    // Opens by itself once the new cache is created, over whatever the page shows.
    RecoveryKeyCard {}

    Kirigami.PromptDialog {
        id: serverDialog

        property string problem: ""

        function accept(): void {
            const problem = CacheController.sync.addServer(urlField.text);
            serverDialog.problem = problem;
            if (problem.length === 0) {
                urlField.clear();
                serverDialog.close();
            }
        }

        title: qsTr("Add Council Server")
        standardButtons: Kirigami.Dialog.NoButton
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Add and Sync")
                icon.name: "list-add"
                enabled: urlField.text.trim().length > 0
                onTriggered: serverDialog.accept()
            },
            Kirigami.Action {
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                onTriggered: serverDialog.close()
            }
        ]
        onOpened: {
            serverDialog.problem = "";
            urlField.forceActiveFocus();
        }

        ColumnLayout {
            spacing: Kirigami.Units.largeSpacing

            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The address of your city's OParl interface (its System URL), as the council office names it.")
            }

            QQC2.TextField {
                id: urlField
                Layout.fillWidth: true
                placeholderText: qsTr("https://ris.example.de/oparl/v1/system")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: serverDialog.accept()
            }

            Kirigami.InlineMessage {
                Layout.fillWidth: true
                type: Kirigami.MessageType.Error
                text: serverDialog.problem
                visible: text.length > 0
            }
        }
    }
}
