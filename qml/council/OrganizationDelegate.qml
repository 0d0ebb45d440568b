// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A committee, faction or other organization in the council lists: its name, its type, how
// many members it has now and when it meets next.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string organizationId
    required property string serverId
    required property string name
    required property string shortName
    required property string kind
    required property string typeText
    required property int memberCount
    required property string nextMeetingText

    objectName: "organizationDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    text: name.length > 0 ? name : (shortName.length > 0 ? shortName : qsTr("Unnamed organization"))
    icon.name: kind === "faction" ? "group" : kind === "committee" ? "system-users" : "view-list-symbolic"
    icon.width: Kirigami.Units.iconSizes.medium
    icon.height: Kirigami.Units.iconSizes.medium
    // Space clicks a button; Enter opens the row too, as in a list.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.description: subtitle.subtitle

    contentItem: Delegates.SubtitleContentItem {
        id: subtitle
        itemDelegate: delegate
        subtitle: [delegate.typeText,
            delegate.memberCount > 0 ? qsTr("%n member(s)", "", delegate.memberCount) : "",
            delegate.nextMeetingText.length > 0 ? qsTr("next meeting %1").arg(delegate.nextMeetingText) : ""].filter(part => part.length > 0).join(" · ")
        labelItem.wrapMode: Text.Wrap
        subtitleItem.wrapMode: Text.Wrap
    }
}
