// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates

// A meeting on an organization's page: its name and when, cancelled and non-public ones said so.
Delegates.RoundedItemDelegate {
    id: delegate

    required property int index
    required property string meetingId
    required property string serverId
    required property string name
    required property string when
    required property bool cancelled
    required property bool nonPublic

    objectName: "councilMeetingDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    text: name.length > 0 ? name : qsTr("Meeting")
    icon.name: cancelled ? "dialog-cancel" : "view-calendar-day"
    icon.width: Kirigami.Units.iconSizes.medium
    icon.height: Kirigami.Units.iconSizes.medium
    // Space clicks a button; Enter opens the row too, as in a list.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Accessible.description: subtitle.subtitle

    contentItem: Delegates.SubtitleContentItem {
        id: subtitle
        itemDelegate: delegate
        subtitle: [delegate.when.length > 0 ? delegate.when : qsTr("no date"),
            delegate.cancelled ? qsTr("cancelled") : "",
            delegate.nonPublic ? qsTr("non-public") : ""].filter(part => part.length > 0).join(" · ")
        labelItem.wrapMode: Text.Wrap
        subtitleItem.wrapMode: Text.Wrap
    }
}
