// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// The reader's annotation tools, as Okular's annotation bar: select, text markup, pens, the
// eraser, notes and shapes; the colours and widths of the tool held.
QQC2.ToolBar {
    id: root

    required property AnnotationTools tools
    readonly property bool hasColor: tools.tool !== "select" && tools.tool !== "eraser"

    contentItem: Flow {
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: [
                {
                    tool: "select",
                    icon: "edit-select",
                    text: qsTr("Select"),
                    tip: qsTr("Select text and annotations")
                },
                {
                    tool: "highlight",
                    icon: "draw-highlight",
                    text: qsTr("Highlight"),
                    tip: qsTr("Highlight the text you drag over (or select text and press H)")
                },
                {
                    tool: "underline",
                    icon: "format-text-underline",
                    text: qsTr("Underline"),
                    tip: qsTr("Underline the text you drag over (or select text and press U)")
                },
                {
                    tool: "strikeout",
                    icon: "format-text-strikethrough",
                    text: qsTr("Strike Out"),
                    tip: qsTr("Strike out the text you drag over (or select text and press S)")
                },
                {
                    tool: "squiggly",
                    icon: "format-text-underline-squiggle",
                    text: qsTr("Squiggly"),
                    tip: qsTr("Underline the text you drag over with a wavy line (or select text and press W)")
                },
                {
                    tool: "pen",
                    icon: "draw-freehand",
                    text: qsTr("Pen"),
                    tip: qsTr("Draw freehand")
                },
                {
                    tool: "marker",
                    icon: "draw-brush",
                    text: qsTr("Marker"),
                    tip: qsTr("Draw with a wide, translucent marker")
                },
                {
                    tool: "eraser",
                    icon: "draw-eraser",
                    text: qsTr("Eraser"),
                    tip: qsTr("Erase freehand drawings")
                },
                {
                    tool: "note",
                    icon: "knotes",
                    text: qsTr("Note"),
                    tip: qsTr("Pin a note where you click")
                },
                {
                    tool: "freetext",
                    icon: "draw-text",
                    text: qsTr("Text Box"),
                    tip: qsTr("Drag a box and type into it")
                },
                {
                    tool: "rectangle",
                    icon: "draw-rectangle",
                    text: qsTr("Rectangle"),
                    tip: qsTr("Drag a rectangle")
                },
                {
                    tool: "arrow",
                    icon: "draw-arrow",
                    text: qsTr("Arrow"),
                    tip: qsTr("Drag an arrow")
                }
            ]
            delegate: QQC2.ToolButton {
                required property var modelData
                objectName: "annotationTool_" + modelData.tool
                icon.name: modelData.icon
                text: modelData.text
                display: QQC2.AbstractButton.IconOnly
                checkable: true
                checked: root.tools.tool === modelData.tool
                onClicked: root.tools.tool = modelData.tool
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: modelData.tip
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            }
        }

        Kirigami.Separator {
            height: Kirigami.Units.iconSizes.medium
        }

        // The held tool's colours. Always there (disabled for tools without a colour), so that
        // the bar keeps its height and the page does not jump when a tool is chosen.
        Repeater {
            model: root.tools.colorsOf(root.hasColor ? root.tools.tool : "highlight")
            delegate: QQC2.ToolButton {
                id: swatch
                required property string modelData
                enabled: root.hasColor
                checkable: true
                checked: root.tools.color === swatch.modelData
                onClicked: root.tools.setColor(swatch.modelData)
                Accessible.name: root.tools.colorName(swatch.modelData)
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: root.tools.colorName(swatch.modelData)
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                contentItem: Rectangle {
                    implicitWidth: Kirigami.Units.iconSizes.small
                    implicitHeight: Kirigami.Units.iconSizes.small
                    radius: width / 2
                    color: swatch.modelData
                    border.width: 1
                    border.color: Kirigami.Theme.textColor
                }
            }
        }

        QQC2.ComboBox {
            enabled: root.tools.tool === "pen" || root.tools.tool === "marker"
            readonly property bool marker: root.tools.tool === "marker"
            readonly property var widths: marker ? [0.012, 0.02, 0.035] : [0.0015, 0.003, 0.006]
            model: [qsTr("Thin"), qsTr("Medium"), qsTr("Wide")]
            currentIndex: Math.max(0, widths.indexOf(marker ? root.tools.markerWidth : root.tools.penWidth))
            onActivated: index => {
                if (marker)
                    root.tools.markerWidth = widths[index];
                else
                    root.tools.penWidth = widths[index];
            }
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Line width")
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        }
    }
}
