// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// Committees, factions and persons of the council: three lists behind a tab bar, one search
// field filtering the list shown as the member types. A row opens its organization or person
// beside this page.
Kirigami.Page {
    id: page
    objectName: "councilPage"

    // Which list shows: 0 committees, 1 factions, 2 persons.
    property alias currentView: tabs.currentIndex

    // Focus in the field (the page shown, or Ctrl+F).
    function focusField(): void {
        field.forceActiveFocus();
        field.selectAll();
    }

    function openOrganization(organizationId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.council", "OrganizationPage", {
            organizationId: organizationId,
            serverId: serverId
        });
    }

    function openPerson(personId: string, serverId: string): void {
        Navigation.open(page, "org.kde.ratsmappe.council", "PersonPage", {
            personId: personId,
            serverId: serverId
        });
    }

    readonly property CouncilList currentList: tabs.currentIndex === 0 ? committeeList : tabs.currentIndex === 1 ? factionList : personList

    title: qsTr("Council")
    padding: 0
    onActiveFocusChanged: {
        if (activeFocus)
            field.forceActiveFocus();
    }

    Shortcut {
        sequence: StandardKey.Find
        onActivated: page.focusField()
    }

    header: QQC2.ToolBar {
        contentItem: ColumnLayout {
            spacing: Kirigami.Units.smallSpacing

            CouncilViewSwitch {
                id: tabs
                objectName: "councilViews"
                Layout.fillWidth: true
                options: [
                    {
                        text: qsTr("Committees"),
                        icon: "system-users"
                    },
                    {
                        text: qsTr("Factions"),
                        icon: "group"
                    },
                    {
                        text: qsTr("People"),
                        icon: "user"
                    }
                ]
            }

            Kirigami.SearchField {
                id: field
                objectName: "councilFilter"
                Layout.fillWidth: true
                placeholderText: tabs.currentIndex === 2 ? qsTr("Filter people by name or faction…") : qsTr("Filter by name…")
                delaySearch: false
                autoAccept: false
                focus: true
                Keys.onDownPressed: page.currentList.focusList()
                onAccepted: page.currentList.focusList()
            }
        }
    }

    OrganizationsModel {
        id: committees
        cacheController: CacheController
        kind: OrganizationsModel.Committees
        filterText: field.text
    }
    OrganizationsModel {
        id: factions
        cacheController: CacheController
        kind: OrganizationsModel.Factions
        filterText: field.text
    }
    PersonsModel {
        id: persons
        cacheController: CacheController
        filterText: field.text
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        CouncilList {
            id: committeeList
            onLeftAtTop: field.forceActiveFocus()
            objectName: "committeeList"
            model: committees
            busy: committees.loading
            sectionProperty: "kind"
            emptyIcon: "system-users"
            emptyText: committees.totalCount === 0 ? qsTr("No committees in the cache yet") : qsTr("No committee matches")
            emptyExplanation: committees.totalCount === 0 ? qsTr("They arrive with the next sync, if the council's server lists them.") : ""
            delegate: OrganizationDelegate {
                id: committee
                onClicked: {
                    committeeList.currentIndex = committee.index;
                    page.openOrganization(committee.organizationId, committee.serverId);
                }
            }
        }
        CouncilList {
            id: factionList
            onLeftAtTop: field.forceActiveFocus()
            objectName: "factionList"
            model: factions
            busy: factions.loading
            emptyIcon: "group"
            emptyText: factions.totalCount === 0 ? qsTr("No factions in the cache yet") : qsTr("No faction matches")
            emptyExplanation: factions.totalCount === 0 ? qsTr("They arrive with the next sync, if the council's server lists them.") : ""
            delegate: OrganizationDelegate {
                id: faction
                onClicked: {
                    factionList.currentIndex = faction.index;
                    page.openOrganization(faction.organizationId, faction.serverId);
                }
            }
        }
        CouncilList {
            id: personList
            onLeftAtTop: field.forceActiveFocus()
            objectName: "personList"
            model: persons
            busy: persons.loading
            sectionProperty: "initial"
            emptyIcon: "user"
            emptyText: persons.totalCount === 0 ? qsTr("No people in the cache yet") : qsTr("Nobody matches")
            emptyExplanation: persons.totalCount === 0 ? qsTr("They arrive with the next sync, if the council's server lists them.") : ""
            delegate: PersonDelegate {
                id: person
                onClicked: {
                    personList.currentIndex = person.index;
                    page.openPerson(person.personId, person.serverId);
                }
            }
        }
    }
}
