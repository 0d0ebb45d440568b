// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// One committee, faction or other organization: what it is, its members with their roles and
// periods (current ones first, former ones apart) and its meetings (upcoming first). A member
// opens their person page, a meeting its meeting page.
Kirigami.Page {
    id: page
    objectName: "organizationPage"

    required property string organizationId
    property string serverId: ""

    readonly property var organization: members.organization
    readonly property bool found: members.ready && page.organization.found === true
    readonly property int currentMembers: members.currentCount

    function openPerson(personId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.council", "PersonPage", {
            personId: personId,
            serverId: serverId
        });
    }

    function openMeeting(meetingId: string, serverId: string, name: string, when: string): void {
        Navigation.open(page, "org.kde.ratsmappe.meetings", "MeetingPage", {
            meetingId: meetingId,
            serverId: serverId,
            meetingName: name,
            when: when
        });
    }

    title: page.found && page.organization.name.length > 0 ? page.organization.name : qsTr("Organization")
    padding: 0
    onActiveFocusChanged: {
        if (!activeFocus)
            return;
        if (tabs.currentIndex === 0)
            memberList.focusList();
        else
            meetingList.focusList();
    }

    MembersModel {
        id: members
        cacheController: CacheController
        organizationId: page.organizationId
        serverId: page.serverId
    }
    OrganizationMeetingsModel {
        id: meetings
        cacheController: CacheController
        organizationId: page.organizationId
        serverId: page.serverId
    }

    header: QQC2.ToolBar {
        visible: page.found
        contentItem: ColumnLayout {
            spacing: Kirigami.Units.smallSpacing

            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.found ? [page.organization.typeText, page.organization.period, members.ready ? qsTr("%n current member(s)", "", page.currentMembers) : ""].filter(part => part && part.length > 0).join(" · ") : ""
                visible: text.length > 0
            }
            Kirigami.UrlButton {
                url: page.found ? page.organization.website : ""
                visible: url.length > 0
            }
            CouncilViewSwitch {
                id: tabs
                Layout.fillWidth: true
                options: [
                    {
                        text: members.count > 0 ? qsTr("Members (%1)").arg(members.count) : qsTr("Members"),
                        icon: "system-users"
                    },
                    {
                        text: meetings.count > 0 ? qsTr("Meetings (%1)").arg(meetings.count) : qsTr("Meetings"),
                        icon: "view-calendar-list"
                    }
                ]
            }
        }
    }

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: members.ready && !page.found
        icon.name: "system-users"
        text: qsTr("This organization is not in the cache")
        explanation: qsTr("The council's server may have removed it.")
    }

    StackLayout {
        anchors.fill: parent
        visible: page.found
        currentIndex: tabs.currentIndex

        CouncilList {
            id: memberList
            objectName: "memberList"
            model: members
            busy: members.loading
            sectionProperty: "section"
            emptyIcon: "system-users"
            emptyText: qsTr("No members known")
            emptyExplanation: qsTr("The council's server lists no memberships for it.")
            delegate: MemberDelegate {
                id: member
                onClicked: page.openPerson(member.personId, member.serverId)
            }
        }
        CouncilList {
            id: meetingList
            objectName: "organizationMeetingList"
            model: meetings
            busy: meetings.loading
            sectionProperty: "section"
            emptyIcon: "view-calendar-list"
            emptyText: qsTr("No meetings in the cache")
            emptyExplanation: page.organization.kind === "faction" ? qsTr("The council's server lists no meetings for this faction.") : qsTr("None that the sync has brought so far.")
            delegate: CouncilMeetingDelegate {
                id: meeting
                onClicked: page.openMeeting(meeting.meetingId, meeting.serverId, meeting.name, meeting.when)
            }
        }
    }
}
