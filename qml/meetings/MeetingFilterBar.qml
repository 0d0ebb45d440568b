// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.dateandtime as DateAndTime

// The meetings page's filter: a committee, a first and a last day, only meetings with
// documents. It sets the list's model; the calendar follows that model's filter.
Flow {
    id: bar

    // The page gives the list's model and the committees; alone (the self-test) the bar has
    // empty ones of its own.
    property MeetingsModel meetings: MeetingsModel {}
    property MeetingCommitteesModel committees: MeetingCommitteesModel {}

    spacing: Kirigami.Units.smallSpacing

    QQC2.ComboBox {
        id: committeeBox
        objectName: "committeeFilter"
        width: Math.min(implicitWidth, Kirigami.Units.gridUnit * 16)
        model: bar.committees
        textRole: "name"
        valueRole: "committeeId"
        currentIndex: -1
        displayText: currentIndex < 0 ? qsTr("All committees") : currentText
        Accessible.name: qsTr("Committee")
        onActivated: index => bar.meetings.committeeId = committeeBox.valueAt(index)

        function follow(): void {
            committeeBox.currentIndex = bar.committees.indexOf(bar.meetings.committeeId);
        }

        Connections {
            target: bar.meetings
            function onFilterChanged(): void {
                committeeBox.follow();
            }
        }
        Connections {
            target: bar.committees
            function onLoaded(): void {
                committeeBox.follow();
            }
        }
    }

    QQC2.ToolButton {
        visible: bar.meetings.committeeId.length > 0
        icon.name: "edit-clear"
        display: QQC2.AbstractButton.IconOnly
        text: qsTr("All committees")
        Accessible.name: text
        QQC2.ToolTip.text: text
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        onClicked: bar.meetings.committeeId = ""
    }

    QQC2.Button {
        id: fromButton
        icon.name: "go-first-view"
        text: bar.meetings.from.length > 0 ? qsTr("From %1").arg(bar.meetings.dayText(bar.meetings.from)) : qsTr("From any day")
        Accessible.name: text
        onClicked: {
            datePopup.target = "from";
            datePopup.value = bar.meetings.from.length > 0 ? Date.fromLocaleDateString(Qt.locale("C"), bar.meetings.from, "yyyy-MM-dd") : new Date();
            datePopup.open();
        }
    }

    QQC2.Button {
        icon.name: "go-last-view"
        text: bar.meetings.until.length > 0 ? qsTr("Until %1").arg(bar.meetings.dayText(bar.meetings.until)) : qsTr("Until any day")
        Accessible.name: text
        onClicked: {
            datePopup.target = "until";
            datePopup.value = bar.meetings.until.length > 0 ? Date.fromLocaleDateString(Qt.locale("C"), bar.meetings.until, "yyyy-MM-dd") : new Date();
            datePopup.open();
        }
    }

    QQC2.CheckBox {
        objectName: "withDocumentsFilter"
        text: qsTr("With documents")
        checked: bar.meetings.withDocuments
        onToggled: bar.meetings.withDocuments = checked
    }

    QQC2.ToolButton {
        icon.name: "edit-clear-all"
        text: qsTr("Show All")
        display: QQC2.AbstractButton.TextBesideIcon
        visible: bar.meetings.filtered
        onClicked: bar.meetings.clearFilter()
    }

    DateAndTime.DatePopup {
        id: datePopup

        property string target: "from"

        parent: QQC2.Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 2)
        modal: true
        autoAccept: true
        // With autoAccept the popup says "accepted" when a day is picked, but stays open.
        onAccepted: {
            datePopup.close();
            const day = Qt.formatDate(datePopup.value, "yyyy-MM-dd");
            if (datePopup.target === "from")
                bar.meetings.from = day;
            else
                bar.meetings.until = day;
        }
    }
}
