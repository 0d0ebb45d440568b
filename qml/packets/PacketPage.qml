// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// A meeting's session packet (Sitzungsmappe): whether every document is there, then building
// the packet into the encrypted cache, opening it in the reader and saving a copy. The page owns
// its controller, which does the work off the GUI thread.
FormCard.FormCardPage {
    id: page

    required property string meetingId
    /// Its server; empty: the one meeting with that id.
    required property string serverId
    property string meetingName: ""

    // The packet in the reader, beside this page (as the meeting page opens documents).
    function openPacket(): void {
        if (packets.packetFileId.length === 0)
            return;
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe.reader", "ReaderPage").createObject(stack, {
            fileId: packets.packetFileId,
            serverId: packets.packetServerId
        }));
    }

    title: {
        const name = page.meetingName.length > 0 ? page.meetingName : packets.meetingName;
        return name.length > 0 ? qsTr("Session Packet: %1").arg(name) : qsTr("Session Packet");
    }
    Component.onCompleted: packets.check()

    actions: [
        Kirigami.Action {
            text: qsTr("Check Again")
            icon.name: "view-refresh"
            tooltip: qsTr("Check the meeting's documents again")
            enabled: !packets.busy
            onTriggered: packets.check()
        }
    ]

    PacketController {
        id: packets
        cacheController: CacheController
        meetingId: page.meetingId
        serverId: page.serverId
        onBuildFinished: ok => {
            if (ok) {
                outcome.type = Kirigami.MessageType.Positive;
                outcome.text = qsTr("The packet is built and kept in the encrypted cache.");
                outcome.visible = true;
            }
        }
        onSaveFinished: (ok, message) => {
            // A failure is the error message above.
            if (ok) {
                outcome.type = Kirigami.MessageType.Positive;
                outcome.text = qsTr("Saved as %1. Its page numbers count as issued.").arg(message);
                outcome.visible = true;
            }
        }
        onStateChanged: if (packets.busy) outcome.visible = false
    }

    // Above the cards, so that what a build or a save did shows wherever the page is scrolled.
    header: ColumnLayout {
        spacing: 0

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Header
            type: Kirigami.MessageType.Error
            text: packets.errorMessage
            visible: packets.errorMessage.length > 0
        }
        Kirigami.InlineMessage {
            id: outcome
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Header
            showCloseButton: true
            visible: false
            actions: [
                Kirigami.Action {
                    text: qsTr("Open")
                    icon.name: "document-open"
                    visible: outcome.type === Kirigami.MessageType.Positive && packets.packetFileId.length > 0
                    onTriggered: page.openPacket()
                }
            ]
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Header
            type: Kirigami.MessageType.Information
            text: packets.note
            visible: packets.note.length > 0
        }
    }

    FormCard.FormHeader {
        title: qsTr("Documents")
    }
    PacketReportCard {
        controller: packets
    }

    FormCard.FormHeader {
        title: qsTr("Packet")
    }
    PacketBuildCard {
        controller: packets
        onOpenRequested: page.openPacket()
        onSaveRequested: packets.saveAsDialog()
    }
}
