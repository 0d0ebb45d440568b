// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.ratsmappe

Kirigami.ScrollablePage {
    id: page

    readonly property int cacheState: CacheController.state
    readonly property bool noServer: cacheState === CacheController.NoCache
        || (cacheState === CacheController.Unlocked && CacheController.serverCount === 0)

    title: qsTr("Meetings")

    // Kirigami focuses the page itself when it shows it; typing should go to the passphrase.
    onActiveFocusChanged: if (activeFocus && unlockForm.visible) unlockForm.focusField()

    // Empty until meetings are synced; one of the messages below stands in for it then.
    ListView {
        id: list
        model: page.cacheState === CacheController.Unlocked ? CacheController.meetings : null
        section.property: "upcoming"
        section.delegate: Kirigami.ListSectionHeader {
            required property string section
            width: ListView.view.width
            text: section === "true" ? qsTr("Upcoming") : qsTr("Past")
        }
        delegate: Delegates.RoundedItemDelegate {
            id: meetingDelegate
            required property string name
            required property date start
            required property bool cancelled
            readonly property string when: Qt.formatDateTime(start, Qt.locale().dateTimeFormat(Locale.ShortFormat))
            width: ListView.view.width
            text: name
            contentItem: Delegates.SubtitleContentItem {
                itemDelegate: meetingDelegate
                subtitle: meetingDelegate.cancelled ? qsTr("%1 – cancelled").arg(meetingDelegate.when) : meetingDelegate.when
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.noServer
            icon.name: "folder-documents"
            text: qsTr("No council server is set up yet")
            explanation: qsTr("Ratsmappe keeps the agendas and documents of your council's meetings on this computer, encrypted. Add your city's council information server to start.")
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.cacheState === CacheController.Unlocked && !page.noServer && list.count === 0
            icon.name: "view-calendar-list"
            text: qsTr("No meetings synced yet")
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
    }
}
