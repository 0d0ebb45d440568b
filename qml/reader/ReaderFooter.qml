// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Below the pages: which page, a field to go to another, the last message (copied, printed),
// the print run's progress and the zoom.
QQC2.ToolBar {
    id: root

    required property DocumentSession document
    required property DocumentPrinter printer
    required property int currentPage
    required property int zoomPercent
    // The last thing that happened, for the member.
    property alias statusText: statusLabel.text

    // The member typed a page label or number that names \a index.
    signal pageRequested(int index)

    function focusGoTo(): void {
        goToField.forceActiveFocus();
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            text: {
                const label = root.document.pageLabel(root.currentPage);
                return label === String(root.currentPage + 1) ? qsTr("Page %1 of %2").arg(root.currentPage + 1).arg(root.document.pageCount) : qsTr("Page %1 (%2) of %3").arg(label).arg(root.currentPage + 1).arg(root.document.pageCount);
            }
        }

        QQC2.TextField {
            id: goToField
            Layout.preferredWidth: Kirigami.Units.gridUnit * 5
            placeholderText: qsTr("Go to…")
            onAccepted: {
                const index = root.document.pageForLabel(text);
                text = "";
                root.pageRequested(index);
            }
        }

        // Cut off on a narrow window (German messages are long): the whole text in the tooltip.
        QQC2.Label {
            id: statusLabel
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: Kirigami.Theme.disabledTextColor
            QQC2.ToolTip.text: text
            QQC2.ToolTip.visible: statusLabel.truncated && statusHover.hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            HoverHandler {
                id: statusHover
            }
        }

        QQC2.ProgressBar {
            visible: root.printer.printing
            Layout.preferredWidth: Kirigami.Units.gridUnit * 8
            value: root.printer.printProgress
            QQC2.ToolTip.text: qsTr("Printing…")
            QQC2.ToolTip.visible: hovered
        }

        QQC2.ToolButton {
            visible: root.printer.printing
            icon.name: "dialog-cancel"
            text: qsTr("Cancel Printing")
            onClicked: root.printer.cancelPrint()
        }

        QQC2.Label {
            text: qsTr("%1 %").arg(root.zoomPercent)
        }
    }
}
