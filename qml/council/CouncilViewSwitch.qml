// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Which of a page's lists shows: a row of tool buttons, the current one checked (tool buttons
// rather than a tab bar: the desktop style's tab buttons warn when they are created).
RowLayout {
    id: root

    // [{text, icon}] for each list.
    property var options: []
    property int currentIndex: 0

    spacing: Kirigami.Units.smallSpacing

    Repeater {
        model: root.options
        delegate: QQC2.ToolButton {
            required property var modelData
            required property int index

            text: modelData.text
            icon.name: modelData.icon
            display: QQC2.AbstractButton.TextBesideIcon
            // Checkable and exclusive, so that the style draws the current one pressed; the
            // first binding goes with the first click, the group keeps them right after it.
            checkable: true
            autoExclusive: true
            checked: root.currentIndex === index
            activeFocusOnTab: true
            Accessible.role: Accessible.PageTab
            onCheckedChanged: {
                if (checked)
                    root.currentIndex = index;
            }
        }
    }
    Item {
        Layout.fillWidth: true
    }
}
