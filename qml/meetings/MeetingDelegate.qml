// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigamiaddons.delegates as Delegates

// A meeting in the meetings list: its name, when it starts, and whether it was cancelled.
Delegates.RoundedItemDelegate {
    id: delegate

    required property string meetingId
    required property string serverId
    required property string name
    required property date start
    required property bool cancelled
    readonly property string when: Qt.formatDateTime(start, Qt.locale().dateTimeFormat(Locale.ShortFormat))

    objectName: "meetingDelegate"
    width: ListView.view.width
    text: name
    contentItem: Delegates.SubtitleContentItem {
        itemDelegate: delegate
        subtitle: delegate.cancelled ? qsTr("%1 – cancelled").arg(delegate.when) : delegate.when
    }
}
