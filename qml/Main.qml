// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.meetings

Kirigami.ApplicationWindow {
    id: root

    // Created on first use and then kept, like the meetings page: Kirigami Addons' about page
    // warns when it is destroyed.
    property Item aboutPage: null
    // The search page, created on first use and kept (its query and filters stay).
    property Item searchPage: null
    /// The first page, kept for the window's life (the self-test opens a meeting through it).
    readonly property Item firstPage: meetingsPage

    // Opens a document in the reader on top of the pages there are (--open-document, and
    // ratsmappe-probe --probe-scroll).
    function openDocument(fileId: string): void {
        root.pageStack.push(Qt.createComponent("org.kde.ratsmappe.reader", "ReaderPage").createObject(root.pageStack, {
            fileId: fileId
        }));
    }

    // The member's annotations of every document, on top of the meetings page.
    function showAnnotations(): void {
        root.show(meetingsPage);
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
        root.show(meetingsPage);
        if (root.pageStack.currentItem !== root.searchPage)
            root.pageStack.push(root.searchPage);
        // After the stack has shown it (and focused the page).
        Qt.callLater(root.searchPage.focusField);
    }

    function show(page: Item): void {
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
                text: qsTr("Meetings")
                icon.name: "view-calendar-list"
                shortcut: "Ctrl+1"
                onTriggered: root.show(meetingsPage)
            },
            Kirigami.Action {
                text: qsTr("Search")
                icon.name: "search"
                shortcut: "Ctrl+K"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: root.openSearch()
            },
            Kirigami.Action {
                text: qsTr("My Annotations")
                icon.name: "draw-highlight"
                shortcut: "Ctrl+2"
                enabled: CacheController.state === CacheController.Unlocked
                onTriggered: root.showAnnotations()
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
            if (page !== meetingsPage && page !== root.aboutPage && page !== root.searchPage)
                page.destroy();
        }
    }

    MeetingsPage {
        id: meetingsPage
        visible: false
        onSearchRequested: root.openSearch()
    }

    Component {
        id: aboutPageComponent
        AboutPage {
            visible: false
        }
    }
}
