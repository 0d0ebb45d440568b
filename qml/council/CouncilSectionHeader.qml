// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

// A section of the council lists, named by the model's section key.
Kirigami.ListSectionHeader {
    required property string section

    width: ListView.view ? ListView.view.width : implicitWidth
    text: {
        switch (section) {
        case "committee":
            return qsTr("Committees");
        case "other":
            return qsTr("Other organizations");
        case "faction":
            return qsTr("Factions");
        case "current":
            return qsTr("Current");
        case "former":
            return qsTr("Former");
        case "upcoming":
            return qsTr("Upcoming meetings");
        case "past":
            return qsTr("Past meetings");
        default:
            return section;
        }
    }
}
