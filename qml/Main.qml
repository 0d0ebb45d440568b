// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.lock
import org.kde.ratsmappe.meetings
import org.kde.ratsmappe.meetingmode
import org.kde.ratsmappe.overview

Kirigami.ApplicationWindow {
    id: root

    // Created on first use and then kept, like the meetings page: Kirigami Addons' about page
    // warns when it is destroyed.
    property Item aboutPage: null
    // The search page, created on first use and kept (its query and filters stay).
    property Item searchPage: null
    // The meeting whose meeting mode was open when the window locked: [id, server, name].
    property var lockedMeetingMode: []
    // The settings page, created on first use and kept, like the search page.
    property Item settingsPage: null
    /// The first page, kept for the window's life (the self-test opens a meeting through it).
    readonly property Item firstPage: meetingsPage
    // The overview is the start page once there is something to show in it: the cache open
    // with a server. Until then the meetings page hosts setup, unlock and the recovery key.
    readonly property bool overviewReady: CacheController.state === CacheController.Unlocked && CacheController.serverCount > 0
        && CacheController.recoveryKey.length === 0
    // The overview replaced the meetings page once; after that the member chooses.
    property bool overviewShown: false

    onOverviewReadyChanged: root.startOnOverview()

    function startOnOverview(): void {
        if (!root.overviewReady || root.overviewShown)
            return;
        root.overviewShown = true;
        if (root.pageStack.depth <= 1 && root.pageStack.currentItem === meetingsPage)
            root.showTopLevel(overviewPage);
    }

    // The page the others open beside: the overview or the meetings page, whichever is first.
    function home(): Item {
        return root.pageStack.depth > 0 && root.pageStack.get(0) === overviewPage ? overviewPage : meetingsPage;
    }

    // The meetings list alone in the stack (ratsmappe-probe --probe-list-scroll).
    function showMeetings(): void {
        root.showTopLevel(meetingsPage);
    }

    // The overview or the meetings page alone in the stack (the drawer's first entries).
    function showTopLevel(page: Item): void {
        root.pageStack.layers.clear();
        if (root.pageStack.depth > 0 && root.pageStack.get(0) === page) {
            root.pageStack.pop(page);
            root.pageStack.currentIndex = 0;
            return;
        }
        root.pageStack.currentIndex = 0;
        root.pageStack.replace(page);
    }

    // Opens a document in the reader on top of the pages there are (--open-document, and
    // ratsmappe-probe --probe-scroll).
    function openDocument(fileId: string): void {
        root.pageStack.push(Qt.createComponent("org.kde.ratsmappe.reader", "ReaderPage").createObject(root.pageStack, {
            fileId: fileId
        }));
    }

    // The member's annotations of every document, on top of the meetings page.
    function showAnnotations(): void {
        root.show(root.home());
        root.pageStack.push(Qt.createComponent("org.kde.ratsmappe.annotations", "AnnotationListPage").createObject(root.pageStack, {
            meetingId: ""
        }));
    }

    // The search page with the focus in its field (Ctrl+K, the drawer, the meetings' toolbar).
    function openSearch(): void {
        if (CacheController.state !== CacheController.Unlocked)
            return;
        if (!root.searchPage)
            root.searchPage = Qt.createComponent("org.kde.ratsmappe.search", "SearchPage").createObject(root, {
                visible: false
            });
        root.show(root.home());
        if (root.pageStack.currentItem !== root.searchPage)
            root.pageStack.push(root.searchPage);
        // After the stack has shown it (and focused the page).
        Qt.callLater(root.searchPage.focusField);
    }

    // Meeting mode for one meeting, over the whole window (a layer; leaving it pops it).
    function openMeetingMode(meetingId: string, serverId: string, name: string): void {
        if (CacheController.state !== CacheController.Unlocked || meetingId.length === 0)
            return;
        // Down to the meetings page first: a reader left in the stack would hold the same keys
        // (F5, F11, …) as the one in meeting mode, and then neither would answer.
        root.show(root.home());
        root.pageStack.layers.push(Qt.createComponent("org.kde.ratsmappe.meetingmode", "MeetingModePage"), {
            meetingId: meetingId,
            serverId: serverId,
            meetingName: name
        });
    }

    // The pages kept for the window's life, by the names the window's place is kept under.
    function keptPages(): var {
        const kept = {
            meetings: meetingsPage,
            overview: overviewPage
        };
        if (root.searchPage)
            kept.search = root.searchPage;
        if (root.settingsPage)
            kept.settings = root.settingsPage;
        if (root.aboutPage)
            kept.about = root.aboutPage;
        return kept;
    }

    // Where the member is, kept in the cache for the next start (at closing and locking: never
    // a write on the GUI thread while they work).
    function keepPlace(): void {
        if (CacheController.state === CacheController.Unlocked && root.pageStack.layers.depth <= 1)
            CacheController.setWindowPlace(lockedPages.describe(root.pageStack, root.keptPages()));
    }

    function show(page: Item): void {
        // Out of meeting mode (a layer over the pages) when the member goes elsewhere.
        root.pageStack.layers.clear();
        if (root.pageStack.currentItem === page)
            return;
        // Already in the stack (the meetings page under a meeting and a reader): back to it.
        for (let i = 0; i < root.pageStack.depth; ++i) {
            if (root.pageStack.get(i) === page) {
                root.pageStack.pop(page);
                root.pageStack.currentIndex = i;
                return;
            }
        }
        root.pageStack.replace(page);
    }

    title: qsTr("Ratsmappe")
    minimumWidth: Kirigami.Units.gridUnit * 20
    minimumHeight: Kirigami.Units.gridUnit * 20
    width: Kirigami.Units.gridUnit * 50
    height: Kirigami.Units.gridUnit * 36

    globalDrawer: Kirigami.GlobalDrawer {
        title: qsTr("Ratsmappe")
        titleIcon: "folder-documents"
        isMenu: false
        actions: [
            Kirigami.Action {
                text: qsTr("Overview")
                icon.name: "go-home"
                shortcut: "Ctrl+1"
                enabled: root.overviewReady
                onTriggered: root.showTopLevel(overviewPage)
            },
            Kirigami.Action {
                text: qsTr("Meetings")
                icon.name: "view-calendar-list"
                shortcut: "Ctrl+2"
                onTriggered: root.showTopLevel(meetingsPage)
            },
            Kirigami.Action {
                text: qsTr("Search")
                icon.name: "search"
                shortcut: "Ctrl+K"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: root.openSearch()
            },
            Kirigami.Action {
                text: qsTr("Next Meeting in Meeting Mode")
                icon.name: "view-presentation"
                shortcut: "Ctrl+M"
                enabled: CacheController.state === CacheController.Unlocked && nextMeeting.meetingId.length > 0
                tooltip: nextMeeting.name
                onTriggered: root.openMeetingMode(nextMeeting.meetingId, nextMeeting.serverId, nextMeeting.name)
            },
            Kirigami.Action {
                text: qsTr("My Annotations")
                icon.name: "draw-highlight"
                shortcut: "Ctrl+3"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: root.showAnnotations()
            },
            Kirigami.Action {
                text: qsTr("Council")
                tooltip: qsTr("Committees and People")
                icon.name: "system-users"
                shortcut: "Ctrl+4"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: {
                    const home = root.home();
                    root.show(home);
                    Navigation.open(home, "org.kde.ratsmappe.council", "CouncilPage", {});
                }
            },
            Kirigami.Action {
                text: qsTr("Sync Now")
                icon.name: "view-refresh"
                enabled: CacheController.state === CacheController.Unlocked && CacheController.serverCount > 0
                    && !CacheController.sync.running
                onTriggered: CacheController.sync.syncNow()
            },
            Kirigami.Action {
                text: qsTr("Add Council Server…")
                icon.name: "list-add"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: {
                    root.show(meetingsPage);
                    meetingsPage.addServer();
                }
            },
            Kirigami.Action {
                text: qsTr("Settings")
                icon.name: "settings-configure"
                // Not StandardKey.Preferences: outside Plasma it has no key at all.
                shortcut: "Ctrl+,"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: {
                    if (!root.settingsPage)
                        root.settingsPage = Qt.createComponent("org.kde.ratsmappe.settings", "SettingsPage").createObject(root, {
                            visible: false
                        });
                    root.show(root.home());
                    if (root.pageStack.currentItem !== root.settingsPage)
                        root.pageStack.push(root.settingsPage);
                }
            },
            Kirigami.Action {
                text: qsTr("Lock")
                icon.name: "system-lock-screen"
                shortcut: "Ctrl+L"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: lockController.lock()
            },
            Kirigami.Action {
                text: qsTr("About Ratsmappe")
                icon.name: "help-about"
                shortcut: "F1"
                onTriggered: {
                    if (!root.aboutPage)
                        root.aboutPage = aboutPageComponent.createObject(root);
                    root.show(root.aboutPage);
                }
            },
            Kirigami.Action {
                text: qsTr("Quit")
                icon.name: "application-exit"
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        ]
    }

    pageStack.initialPage: meetingsPage

    onClosing: root.keepPlace()
    // Quit (Ctrl+Q) and a termination signal end the program without closing the window.
    Connections {
        target: Qt.application
        function onAboutToQuit(): void {
            root.keepPlace();
        }
    }

    // The window's size is the desktop's business (not the member's data): kept in its config.
    Settings {
        category: "MainWindow"
        property alias width: root.width
        property alias height: root.height
    }

    // Back where the member was at the last close, once the cache is open after the start (a
    // later unlock after a lock has its own pages: LockController).
    property bool placeRestored: false
    function restorePlace(): void {
        root.startOnOverview();
        if (root.placeRestored || CacheController.state !== CacheController.Unlocked)
            return;
        root.placeRestored = true;
        const place = CacheController.windowPlace();
        if (place.length > 0)
            lockedPages.reopen(root.pageStack, place, root.keptPages());
    }
    Component.onCompleted: root.restorePlace()
    Connections {
        target: CacheController
        function onStateChanged(): void {
            root.restorePlace();
        }
    }

    pageStack.visible: !lockController.locked

    // Late documents and new versions for upcoming meetings, on the desktop; nothing during a
    // meeting (meeting mode makes the cache controller quiet).
    DocumentNotifier {
        sync: CacheController.sync
        quiet: CacheController.quiet
        onOpenRequested: fileId => {
            if (CacheController.state !== CacheController.Unlocked)
                return;
            root.raise();
            root.requestActivate();
            root.openDocument(fileId);
        }
    }

    // Meeting pages and readers are created with an item as parent (a page created by the page
    // stack itself has none and Qt warns "Created graphical object was not placed in the
    // graphics scene"), so the stack does not delete them when they leave it: that happens
    // here, readers with their render threads and page images.
    Connections {
        target: root.pageStack
        function onPageRemoved(page: Item): void {
            if (page !== meetingsPage && page !== overviewPage && page !== root.aboutPage && page !== root.searchPage && page !== root.settingsPage)
                page.destroy();
        }
    }

    // The meeting "Next Meeting in Meeting Mode" opens.
    NextMeeting {
        id: nextMeeting
        cacheController: CacheController
    }

    // Locking (issue 15): the pages go before the cache closes and come back after the unlock;
    // meanwhile the lock screen is all the window shows.
    LockController {
        id: lockController
        cacheController: CacheController
        onAboutToLock: {
            root.keepPlace();
            root.placeRestored = true; // the unlock brings back these pages, not the last close's
            root.globalDrawer.close();
            // Meeting mode (a layer) closes and opens again after the unlock where it was: it
            // keeps its place in the cache.
            const layer = root.pageStack.layers.depth > 1 ? root.pageStack.layers.currentItem : null;
            root.lockedMeetingMode = layer && layer.meetingId !== undefined ? [layer.meetingId, layer.serverId, layer.meetingName] : [];
            root.pageStack.layers.clear();
            lockedPages.record(root.pageStack, [meetingsPage, overviewPage, root.searchPage, root.aboutPage, root.settingsPage]);
        }
        onUnlocked: {
            lockedPages.restore(root.pageStack);
            if (root.lockedMeetingMode.length === 3)
                root.openMeetingMode(root.lockedMeetingMode[0], root.lockedMeetingMode[1], root.lockedMeetingMode[2]);
            root.lockedMeetingMode = [];
        }
    }
    LockedPages {
        id: lockedPages
    }
    LockScreen {
        parent: root.overlay
        anchors.fill: parent
        z: 1000000
        visible: lockController.locked
    }

    MeetingsPage {
        id: meetingsPage
        visible: false
        onSearchRequested: root.openSearch()
        nextMeetingName: nextMeeting.name
        onMeetingModeRequested: root.openMeetingMode(nextMeeting.meetingId, nextMeeting.serverId, nextMeeting.name)
    }

    OverviewPage {
        id: overviewPage
        visible: false
    }

    Component {
        id: aboutPageComponent
        AboutPage {
            visible: false
        }
    }
}
