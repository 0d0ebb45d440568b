// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A membership on a person's page: the organization, the role, on whose behalf, the period.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string organizationId
    required property string serverId
    required property string organizationName
    required property string kind
    required property string subtitle
    required property bool current

    objectName: "membershipDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    text: organizationName.length > 0 ? organizationName : qsTr("Unknown organization")
    icon.name: kind === "faction" ? "group" : "system-users"
    opacity: current ? 1 : 0.75
    // An organization the cache does not hold cannot be opened.
    enabled: organizationName.length > 0
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
