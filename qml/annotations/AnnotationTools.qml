// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQml

// The annotation tool the member holds, with its colour and width: one per reader, shared by
// its toolbar and every page.
QtObject {
    id: root

    // select, highlight, underline, strikeout, squiggly, pen, marker, eraser, note, freetext,
    // rectangle, arrow
    property string tool: "select"
    // Colours per group of tools, so that a pen stays red when a highlight turns green.
    property string highlightColor: "#fdbc4b"
    property string markupColor: "#da4453"
    property string penColor: "#da4453"
    property string markerColor: "#fdbc4b"
    property string noteColor: "#fdbc4b"
    property string shapeColor: "#da4453"
    // Widths normalized to the page's width.
    property real penWidth: 0.003
    property real markerWidth: 0.02
    // The marker's ink lets the text show through, as a highlighter pen does.
    readonly property real markerOpacity: 0.4

    readonly property bool textTool: root.isMarkup(root.tool) || root.tool === "select"
    readonly property string color: root.colorOf(root.tool)
    // Colours offered: Breeze's yellow, green, blue, pink, orange, red and a near-black.
    readonly property var highlightColors: ["#fdbc4b", "#8ee07a", "#7cc3f0", "#f49ac1", "#f67400"]
    readonly property var drawColors: ["#da4453", "#2980b9", "#27ae60", "#232629", "#f67400", "#fdbc4b"]

    function isMarkup(type: string): bool {
        return type === "highlight" || type === "underline" || type === "strikeout" || type === "squiggly";
    }
    function colorOf(tool: string): string {
        switch (tool) {
        case "highlight":
            return root.highlightColor;
        case "underline":
        case "strikeout":
        case "squiggly":
            return root.markupColor;
        case "pen":
            return root.penColor;
        case "marker":
            return root.markerColor;
        case "note":
        case "freetext":
            return root.noteColor;
        default:
            return root.shapeColor;
        }
    }
    function setColor(color: string): void {
        switch (root.tool) {
        case "highlight":
            root.highlightColor = color;
            break;
        case "underline":
        case "strikeout":
        case "squiggly":
            root.markupColor = color;
            break;
        case "pen":
            root.penColor = color;
            break;
        case "marker":
            root.markerColor = color;
            break;
        case "note":
        case "freetext":
            root.noteColor = color;
            break;
        default:
            root.shapeColor = color;
        }
    }
    function colorName(color: string): string {
        switch (color) {
        case "#fdbc4b":
            return qsTr("Yellow");
        case "#8ee07a":
        case "#27ae60":
            return qsTr("Green");
        case "#7cc3f0":
        case "#2980b9":
            return qsTr("Blue");
        case "#f49ac1":
            return qsTr("Pink");
        case "#f67400":
            return qsTr("Orange");
        case "#da4453":
            return qsTr("Red");
        case "#232629":
            return qsTr("Black");
        default:
            return color;
        }
    }
    function colorsOf(tool: string): var {
        return tool === "highlight" || tool === "marker" || tool === "note" || tool === "freetext" ? root.highlightColors : root.drawColors;
    }
}
