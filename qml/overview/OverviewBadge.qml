// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// A small coloured word beside a document or meeting: "Late" in the theme's negative colours
// (it must not be missed), "New" and "Changed" in the neutral and active ones.
Rectangle {
    id: badge

    // "late", "new" or "changed".
    property string kind: "new"
    property alias text: label.text

    readonly property color foreground: kind === "late" ? Kirigami.Theme.negativeTextColor
        : kind === "changed" ? Kirigami.Theme.neutralTextColor : Kirigami.Theme.positiveTextColor

    implicitWidth: label.implicitWidth + Kirigami.Units.largeSpacing
    implicitHeight: label.implicitHeight + Kirigami.Units.smallSpacing
    radius: Kirigami.Units.cornerRadius
    color: Qt.rgba(foreground.r, foreground.g, foreground.b, 0.15)
    border.color: foreground
    border.width: kind === "late" ? 1 : 0

    QQC2.Label {
        id: label
        anchors.centerIn: parent
        color: badge.foreground
        font.bold: badge.kind === "late"
        font.pointSize: Kirigami.Theme.smallFont.pointSize
    }
}
