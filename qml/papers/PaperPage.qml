// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.meetings

// One paper (Vorlage, Antrag, Anfrage): its type, reference and date, its documents (opened, or
// downloaded first, as on the meeting page), and its path through the committees, each step
// opening the meeting at its agenda item.
Kirigami.ScrollablePage {
    id: page

    objectName: "paperPage"
    /// The paper this page shows; its models are the page's own.
    required property string paperId
    /// Its server; empty: the one paper with that id.
    property string serverId: ""

    readonly property string paperServer: paper.header.serverId ?? page.serverId

    function openDocument(fileId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.reader", "ReaderPage", {
            fileId: fileId,
            serverId: serverId
        });
    }

    function openMeeting(meetingId: string, meetingName: string, when: string, agendaItemId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.meetings", "MeetingPage", {
            meetingId: meetingId,
            serverId: page.paperServer,
            meetingName: meetingName,
            when: when,
            startAgendaItem: agendaItemId
        });
    }

    title: (paper.header.reference ?? "").length > 0 ? qsTr("Paper %1").arg(paper.header.reference) : qsTr("Paper")

    actions: [
        Kirigami.Action {
            text: qsTr("Mark Paper as Seen")
            icon.name: "checkmark"
            enabled: paper.header.serverId !== undefined
            onTriggered: paper.markSeen()
        }
    ]

    PaperModel {
        id: paper
        cacheController: CacheController
        paperId: page.paperId
        serverId: page.serverId
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

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.PlaceholderMessage {
            Layout.fillWidth: true
            visible: paper.header.serverId === undefined && !paper.loading
            icon.name: "document-properties"
            text: qsTr("This paper is not in the cache")
        }

        Kirigami.Heading {
            Layout.fillWidth: true
            visible: text.length > 0
            level: 2
            text: paper.header.name ?? ""
            wrapMode: Text.Wrap
        }

        Kirigami.FormLayout {
            Layout.fillWidth: true
            visible: paper.header.serverId !== undefined

            QQC2.Label {
                Kirigami.FormData.label: qsTr("Type:")
                visible: text.length > 0
                text: paper.header.paperType ?? ""
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Reference:")
                visible: text.length > 0
                text: paper.header.reference ?? ""
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Date:")
                visible: text.length > 0
                text: paper.header.date ?? ""
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Under direction of:")
                visible: text.length > 0
                text: paper.header.underDirectionOf ?? ""
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Submitted by:")
                visible: text.length > 0
                text: paper.header.originators ?? ""
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Access:")
                visible: paper.header.nonPublic === true
                text: qsTr("Not public")
            }
        }

        Kirigami.ListSectionHeader {
            Layout.fillWidth: true
            visible: paper.count > 0
            text: qsTr("Documents")
        }

        Repeater {
            model: paper
            delegate: AgendaDelegate {
                Layout.fillWidth: true
                fetch: documentFetch
                onClicked: {
                    if (downloaded)
                        page.openDocument(fileId, serverId);
                    else
                        documentFetch.fetch(fileId, serverId);
                }
            }
        }

        Kirigami.ListSectionHeader {
            Layout.fillWidth: true
            visible: paper.header.serverId !== undefined
            text: qsTr("Path through the committees")
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: paper.header.serverId !== undefined && paper.consultations.count === 0
            text: qsTr("The server names no consultation of this paper.")
            wrapMode: Text.Wrap
            color: Kirigami.Theme.disabledTextColor
        }

        Repeater {
            model: paper.consultations
            delegate: ConsultationDelegate {
                Layout.fillWidth: true
                onClicked: page.openMeeting(meetingId, meetingName, when, agendaItemId)
            }
        }
    }
}
