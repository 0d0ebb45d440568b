// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.meetings

// The sync's state at the top of the overview: when it last ran, that it runs (with its
// progress), what it brought or why it failed (with "Try again"), and whether the window is
// offline and shows what is in the cache.
QQC2.Control {
    id: syncState

    // "Mo., 30.11.2026, 16:00"; empty when no sync has completed yet.
    property string lastSync: ""
    readonly property bool running: CacheController.sync.running

    padding: 0

    contentItem: ColumnLayout {
        spacing: 0

        Kirigami.InlineMessage {
            objectName: "offlineMessage"
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Header
            type: Kirigami.MessageType.Warning
            icon.name: "network-disconnect"
            text: qsTr("Offline: showing what is in the cache.")
            visible: CacheController.sync.offline && !syncState.running
        }

        // The outcome of the last run in words, until the member closes it or the next starts.
        Kirigami.InlineMessage {
            id: result
            objectName: "syncResult"
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
                    enabled: !syncState.running
                    onTriggered: CacheController.sync.syncNow()
                }
            ]

            Connections {
                target: CacheController.sync
                function onFinished(): void {
                    result.visible = CacheController.sync.resultMessage.length > 0;
                }
                function onRunningChanged(): void {
                    if (CacheController.sync.running)
                        result.visible = false;
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            Layout.bottomMargin: 0
            spacing: Kirigami.Units.largeSpacing

            SyncProgressBar {
                visible: syncState.running
                Layout.preferredWidth: Kirigami.Units.gridUnit * 8
                Layout.minimumWidth: Kirigami.Units.gridUnit * 3
                fraction: CacheController.sync.progressFraction
            }

            QQC2.Label {
                objectName: "syncState"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: syncState.running ? Kirigami.Theme.textColor : Kirigami.Theme.disabledTextColor
                text: syncState.running ? qsTr("Syncing – %1").arg(CacheController.sync.progressText)
                    : syncState.lastSync.length > 0 ? qsTr("Last synced: %1").arg(syncState.lastSync)
                    : qsTr("Not synced yet")
            }
        }
    }
}
