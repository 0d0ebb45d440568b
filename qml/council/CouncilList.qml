// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// One of the council page's lists, scrolling on its own (each tab keeps its place), with
// sections and a message when it is empty.
QQC2.ScrollView {
    id: scroll

    property alias model: list.model
    property alias delegate: list.delegate
    property alias count: list.count
    property alias currentIndex: list.currentIndex

    // Up on the first row: the page puts the focus back where the member types.
    signal leftAtTop
    // The model's role that makes sections, or none.
    property string sectionProperty: ""
    property bool busy: false
    property string emptyIcon: ""
    property string emptyText: ""
    property string emptyExplanation: ""

    function focusList(): void {
        list.forceActiveFocus();
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0;
    }

    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
    }

    ListView {
        id: list
        clip: true
        keyNavigationEnabled: true
        Keys.onUpPressed: event => {
            if (list.currentIndex <= 0)
                scroll.leftAtTop();
            else
                event.accepted = false;
        }
        activeFocusOnTab: true
        currentIndex: -1
        reuseItems: true
        section.property: scroll.sectionProperty
        section.delegate: CouncilSectionHeader {}

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0 && !scroll.busy
            icon.name: scroll.emptyIcon
            text: scroll.emptyText
            explanation: scroll.emptyExplanation
        }
    }
}
