// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The start page once the cache is open and has a server (issue 18): the member's next
// meetings, per meeting what is new, changed or late since they last looked, and the sync's
// state. Documents open in the reader, meetings on their page, beside this one.
Kirigami.ScrollablePage {
    id: page

    readonly property bool unlocked: CacheController.state === CacheController.Unlocked
    /// The next meetings are read and shown (ratsmappe-probe --probe-start waits for it).
    readonly property bool ready: unlocked && overviewRead && !overviewModel.loading
    property bool overviewRead: false

    title: qsTr("Overview")

    actions: [
        Kirigami.Action {
            id: syncAction
            text: qsTr("Sync Now")
            icon.name: "view-refresh"
            tooltip: qsTr("Fetch what changed on the council server (F5, Ctrl+R)")
            // Only while this page is the current one: the reader beside it uses F5 and Ctrl+R.
            shortcut: page.isCurrentPage ? "F5" : ""
            enabled: page.unlocked && CacheController.serverCount > 0 && !CacheController.sync.running
            onTriggered: CacheController.sync.syncNow()
        },
        Kirigami.Action {
            text: qsTr("Mark All as Seen")
            icon.name: "checkmark"
            tooltip: qsTr("Everything in the cache counts as seen as it is now")
            enabled: page.unlocked && overviewModel.unseenCount > 0
            onTriggered: overviewModel.markAllSeen()
        }
    ]

    Shortcut {
        sequence: "Ctrl+R"
        enabled: syncAction.enabled && page.isCurrentPage
        onActivated: syncAction.trigger()
    }

    header: OverviewSyncState {
        lastSync: overviewModel.lastSync
    }

    function openDocument(fileId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.reader", "ReaderPage", {
            fileId: fileId,
            serverId: serverId
        });
    }

    DocumentFetch {
        id: documentFetch
        cacheController: CacheController
        onFetched: (fileId, serverId) => page.openDocument(fileId, serverId)
        onFailed: (fileId, message) => page.notify(message)
        onRunningChanged: {
            if (documentFetch.running)
                page.notify(qsTr("Downloading the document…"));
        }
    }

    function notify(message: string): void {
        const window = page.QQC2.ApplicationWindow.window as Kirigami.ApplicationWindow;
        if (window)
            window.showPassiveNotification(message, "long");
    }

    OverviewModel {
        id: overviewModel
        cacheController: CacheController
        onLoaded: page.overviewRead = page.unlocked
    }

    ListView {
        id: list
        objectName: "overviewList"
        model: page.unlocked ? overviewModel : null
        spacing: 0
        bottomMargin: Kirigami.Units.largeSpacing

        header: QQC2.Control {
            width: ListView.view.width
            visible: list.count > 0
            height: visible ? implicitHeight : 0
            padding: Kirigami.Units.largeSpacing
            bottomPadding: 0
            contentItem: Kirigami.Heading {
                level: 2
                wrapMode: Text.Wrap
                text: overviewModel.unseenCount > 0 ? qsTr("What is new for your next meetings")
                    : qsTr("Nothing new since you last looked")
                objectName: "overviewHeading"
            }
        }

        delegate: OverviewMeetingDelegate {
            onMeetingClicked: Navigation.open(page, "org.kde.ratsmappe.meetings", "MeetingPage", {
                meetingId: meetingId,
                serverId: serverId,
                meetingName: title,
                when: when
            })
            // Not in the cache yet: fetched first (with its progress as a notification), then opened.
            onDocumentClicked: (fileId, downloaded) => {
                if (downloaded)
                    page.openDocument(fileId, serverId);
                else
                    documentFetch.fetch(fileId, serverId);
            }
            onDocumentSeen: fileId => overviewModel.markSeen(serverId, fileId)
            onMeetingSeen: overviewModel.markMeetingSeen(serverId, meetingId)
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.unlocked && list.count === 0 && !overviewModel.loading
            icon.name: "view-calendar-upcoming-events"
            text: CacheController.sync.running ? qsTr("Fetching the meetings…") : qsTr("No upcoming meetings")
            explanation: CacheController.sync.running ? "" : qsTr("Nothing new since you last looked. Past meetings are on the Meetings page.")
        }
    }
}
