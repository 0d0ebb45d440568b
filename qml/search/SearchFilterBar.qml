// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The search's filters: committee, date range, paper type, public or not, and which kinds of
// hits. The page binds its model to what is chosen here; invalid dates narrow nothing.
Flow {
    id: bar

    readonly property string committeeId: committeeBox.currentIndex > 0 ? options.committees[committeeBox.currentIndex - 1].id : ""
    readonly property date from: bar.parseDate(fromField.text)
    readonly property date until: bar.parseDate(untilField.text)
    readonly property string paperType: typeBox.currentIndex > 0 ? options.paperTypes[typeBox.currentIndex - 1] : ""
    readonly property int visibility: visibilityBox.currentIndex
    // Empty: every kind.
    property list<string> kinds: []
    readonly property bool active: committeeId.length > 0 || fromField.text.length > 0 || untilField.text.length > 0
        || paperType.length > 0 || visibility > 0 || kinds.length > 0

    // "5.3.2026" or "2026-03-05" as a local day; anything else an invalid date.
    function parseDate(text: string): date {
        let m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
        if (m)
            return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
        m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
        if (m)
            return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
        return new Date(NaN);
    }

    function reset(): void {
        committeeBox.currentIndex = 0;
        fromField.clear();
        untilField.clear();
        typeBox.currentIndex = 0;
        visibilityBox.currentIndex = 0;
        bar.kinds = [];
    }

    function toggleKind(kind: string, on: bool): void {
        let chosen = bar.kinds.filter(k => k !== kind);
        if (on)
            chosen.push(kind);
        bar.kinds = chosen;
    }

    spacing: Kirigami.Units.smallSpacing

    SearchFilterOptions {
        id: options
        cacheController: CacheController
    }

    QQC2.ComboBox {
        id: committeeBox
        model: [qsTr("All committees")].concat(options.committees.map(c => c.name))
        implicitWidth: Kirigami.Units.gridUnit * 12
        QQC2.ToolTip.text: qsTr("Committee")
        QQC2.ToolTip.visible: hovered
    }

    QQC2.TextField {
        id: fromField
        implicitWidth: Kirigami.Units.gridUnit * 7
        placeholderText: qsTr("From (d.m.yyyy)")
        color: text.length > 0 && isNaN(bar.from) ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
    }

    QQC2.TextField {
        id: untilField
        implicitWidth: Kirigami.Units.gridUnit * 7
        placeholderText: qsTr("Until (d.m.yyyy)")
        color: text.length > 0 && isNaN(bar.until) ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
    }

    QQC2.ComboBox {
        id: typeBox
        model: [qsTr("All paper types")].concat(options.paperTypes)
        implicitWidth: Kirigami.Units.gridUnit * 10
    }

    QQC2.ComboBox {
        id: visibilityBox
        // In the order of SearchModel.Visibility: Any, Public, NonPublic.
        model: [qsTr("Public and not public"), qsTr("Public only"), qsTr("Not public only")]
        implicitWidth: Kirigami.Units.gridUnit * 10
    }

    Repeater {
        model: options.kinds

        Kirigami.Chip {
            required property var modelData

            closable: false
            checkable: true
            checked: bar.kinds.includes(modelData.kind)
            text: modelData.name
            onToggled: bar.toggleKind(modelData.kind, checked)
        }
    }

    QQC2.ToolButton {
        visible: bar.active
        icon.name: "edit-clear-all"
        text: qsTr("Reset Filters")
        onClicked: bar.reset()
    }
}
