// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The meetings of one month as a calendar: previous and next month, back to today; the arrow
// keys move the day (across months), Enter opens the day's meeting (or offers its meetings).
ColumnLayout {
    id: calendar

    // The page's month, which follows its filter; alone (the self-test) an empty one.
    property MonthModel month: MonthModel {}

    // A meeting was chosen: the page opens it.
    signal meetingChosen(string meetingId, string serverId, string name, string when)

    // Moves the current day by \a days, turning the month where needed.
    function moveBy(days: int): void {
        const current = grid.currentIndex >= 0 ? grid.currentIndex : Math.max(calendar.month.todayIndex, 0);
        const first = calendar.month.month;
        const date = new Date(first.getFullYear(), first.getMonth(), 1);
        const offset = calendar.month.indexOf(date);
        date.setDate(1 + current - offset + days);
        if (calendar.month.indexOf(date) < 0 || date.getMonth() !== first.getMonth())
            calendar.month.month = date;
        grid.currentIndex = calendar.month.indexOf(date);
    }

    function openCurrent(): void {
        const item = grid.currentItem as CalendarDayDelegate;
        if (!item || item.meetingCount === 0)
            return;
        if (item.meetingCount === 1) {
            const m = item.meetings[0];
            calendar.meetingChosen(m.meetingId, m.serverId, m.name, m.when);
        } else {
            dayMenu.meetings = item.meetings;
            dayMenu.popup(item, 0, item.height / 2);
        }
    }

    function showToday(): void {
        calendar.month.showToday();
        grid.currentIndex = calendar.month.todayIndex;
        grid.forceActiveFocus();
    }

    spacing: Kirigami.Units.smallSpacing

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Kirigami.Units.smallSpacing

        QQC2.ToolButton {
            icon.name: "go-previous"
            text: qsTr("Previous month")
            display: QQC2.AbstractButton.IconOnly
            Accessible.name: text
            QQC2.ToolTip.text: text
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: calendar.month.previousMonth()
        }
        Kirigami.Heading {
            objectName: "calendarTitle"
            level: 2
            text: calendar.month.title
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        QQC2.ToolButton {
            icon.name: "go-next"
            text: qsTr("Next month")
            display: QQC2.AbstractButton.IconOnly
            Accessible.name: text
            QQC2.ToolTip.text: text
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: calendar.month.nextMonth()
        }
        QQC2.Button {
            icon.name: "go-jump-today"
            text: qsTr("Today")
            onClicked: calendar.showToday()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 0

        Repeater {
            model: calendar.month.weekDays

            delegate: QQC2.Label {
                required property string modelData

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                font.bold: true
                elide: Text.ElideRight
            }
        }
    }

    GridView {
        id: grid
        objectName: "meetingCalendar"

        Layout.fillWidth: true
        Layout.fillHeight: true
        model: calendar.month
        cellWidth: Math.floor(width / 7)
        cellHeight: Math.floor(height / 6)
        interactive: false
        focus: true
        keyNavigationEnabled: false
        currentIndex: calendar.month.todayIndex
        activeFocusOnTab: true
        Accessible.name: calendar.month.title

        Keys.onLeftPressed: calendar.moveBy(-1)
        Keys.onRightPressed: calendar.moveBy(1)
        Keys.onUpPressed: calendar.moveBy(-7)
        Keys.onDownPressed: calendar.moveBy(7)
        Keys.onReturnPressed: calendar.openCurrent()
        Keys.onEnterPressed: calendar.openCurrent()
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageUp) {
                calendar.month.previousMonth();
                event.accepted = true;
            } else if (event.key === Qt.Key_PageDown) {
                calendar.month.nextMonth();
                event.accepted = true;
            }
        }

        delegate: CalendarDayDelegate {
            width: grid.cellWidth
            height: grid.cellHeight
            current: GridView.isCurrentItem && grid.activeFocus
            onClicked: {
                grid.currentIndex = index;
                grid.forceActiveFocus();
            }
            onMeetingChosen: (meetingId, serverId, name, when) => calendar.meetingChosen(meetingId, serverId, name, when)
        }
    }

    QQC2.Menu {
        id: dayMenu

        property var meetings: []

        Instantiator {
            model: dayMenu.meetings
            onObjectAdded: (index, object) => dayMenu.insertItem(index, object as QQC2.MenuItem)
            onObjectRemoved: (index, object) => dayMenu.removeItem(object as QQC2.MenuItem)

            delegate: QQC2.MenuItem {
                required property var modelData

                text: modelData.time + " " + modelData.name + (modelData.cancelled ? " – " + qsTr("cancelled") : "")
                onTriggered: calendar.meetingChosen(modelData.meetingId, modelData.serverId, modelData.name, modelData.when)
            }
        }
    }
}
