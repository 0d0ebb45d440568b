// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A person in the council's persons list: name, faction, how many committees.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string personId
    required property string serverId
    required property string name
    required property string subtitle

    objectName: "personDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    text: name.length > 0 ? name : qsTr("Unnamed person")
    icon.name: "user"
    icon.width: Kirigami.Units.iconSizes.medium
    icon.height: Kirigami.Units.iconSizes.medium
    // Space clicks a button; Enter opens the row too, as in a list.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.description: subtitle

    contentItem: Delegates.SubtitleContentItem {
        itemDelegate: delegate
        subtitle: delegate.subtitle
        labelItem.wrapMode: Text.Wrap
        subtitleItem.wrapMode: Text.Wrap
    }
}
