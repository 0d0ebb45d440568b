// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// A small coloured label beside a document or agenda item: "New", "Changed", "Late", … Its
// colour comes from the theme (light and dark), its size from the font.
Rectangle {
    id: badge

    property string text: ""
    /// One of the theme's text colours: positiveTextColor, neutralTextColor, negativeTextColor, …
    property color tone: Kirigami.Theme.highlightColor
    /// Strong: filled (a late document must stand out); else tinted.
    property bool strong: false

    implicitWidth: label.implicitWidth + Kirigami.Units.smallSpacing * 2
    implicitHeight: label.implicitHeight + Kirigami.Units.smallSpacing
    radius: Kirigami.Units.smallSpacing
    color: strong ? tone : Qt.rgba(tone.r, tone.g, tone.b, 0.18)
    border.color: tone
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    QQC2.Label {
        id: label
        anchors.centerIn: parent
        text: badge.text
        font.bold: badge.strong
        font.pointSize: Kirigami.Theme.smallFont.pointSize
        color: badge.strong ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
    }
}
