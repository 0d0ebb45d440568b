// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// One person: name, faction and what the server says about them (title, contact only when
// published), and their memberships, current first and former ones apart; a membership opens
// its organization.
Kirigami.ScrollablePage {
    id: page
    objectName: "personPage"

    required property string personId
    property string serverId: ""

    readonly property var person: memberships.person
    readonly property bool found: memberships.ready && page.person.found === true

    function openOrganization(organizationId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.council", "OrganizationPage", {
            organizationId: organizationId,
            serverId: serverId
        });
    }

    title: page.found && page.person.name.length > 0 ? page.person.name : qsTr("Person")
    onActiveFocusChanged: {
        if (activeFocus) {
            list.forceActiveFocus();
            if (list.currentIndex < 0 && list.count > 0)
                list.currentIndex = 0;
        }
    }

    PersonMembershipsModel {
        id: memberships
        cacheController: CacheController
        personId: page.personId
        serverId: page.serverId
    }

    ListView {
        id: list
        objectName: "membershipList"
        model: page.found ? memberships : null
        keyNavigationEnabled: true
        activeFocusOnTab: true
        currentIndex: -1
        section.property: "section"
        section.delegate: CouncilSectionHeader {}
        delegate: MembershipDelegate {
            id: membership
            onClicked: page.openOrganization(membership.organizationId, membership.serverId)
        }

        header: ColumnLayout {
            width: ListView.view.width
            visible: page.found
            spacing: Kirigami.Units.smallSpacing

            Kirigami.FormLayout {
                Layout.fillWidth: true
                Layout.topMargin: Kirigami.Units.largeSpacing
                Layout.leftMargin: Kirigami.Units.largeSpacing
                Layout.rightMargin: Kirigami.Units.largeSpacing

                QQC2.Label {
                    Kirigami.FormData.label: qsTr("Title:")
                    visible: text.length > 0
                    text: page.found ? [page.person.title, page.person.affix].filter(part => part.length > 0).join(", ") : ""
                }
                QQC2.Label {
                    Kirigami.FormData.label: qsTr("Form of address:")
                    visible: text.length > 0
                    text: page.found && page.person.name.indexOf(page.person.formOfAddress) < 0 ? page.person.formOfAddress : ""
                }
                QQC2.Label {
                    Kirigami.FormData.label: qsTr("Faction:")
                    visible: text.length > 0
                    text: page.found ? page.person.faction : ""
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    Kirigami.FormData.label: qsTr("Status:")
                    visible: text.length > 0
                    text: page.found ? page.person.status : ""
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: page.found ? page.person.emails : []
                    delegate: Kirigami.UrlButton {
                        required property string modelData
                        required property int index
                        Kirigami.FormData.label: index === 0 ? qsTr("Email:") : ""
                        text: modelData
                        url: "mailto:" + modelData
                    }
                }
                Repeater {
                    model: page.found ? page.person.phones : []
                    delegate: Kirigami.SelectableLabel {
                        required property string modelData
                        required property int index
                        Kirigami.FormData.label: index === 0 ? qsTr("Phone:") : ""
                        text: modelData
                    }
                }
                QQC2.Label {
                    Kirigami.FormData.label: qsTr("Visibility:")
                    visible: page.found && page.person.nonPublic === true
                    text: qsTr("Non-public")
                    color: Kirigami.Theme.neutralTextColor
                }
            }
        }

        footer: Kirigami.PlaceholderMessage {
            width: ListView.view.width
            height: visible ? implicitHeight + Kirigami.Units.gridUnit * 2 : 0
            visible: page.found && list.count === 0
            icon.name: "system-users"
            text: qsTr("No memberships known")
            explanation: qsTr("The council's server lists no committee or faction for this person.")
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: memberships.ready && !page.found
            icon.name: "user"
            text: qsTr("This person is not in the cache")
            explanation: qsTr("The council's server may have removed them.")
        }
    }
}
