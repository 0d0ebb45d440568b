// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

// The sync's bar, drawn with the theme's colours: the desktop style's progress bar draws
// nothing where no QStyle is at hand (seen under Xvfb). Each phase fills it once; without a
// total a chunk runs back and forth.
Item {
    id: bar

    // 0 to 1; below 0 while unknown.
    property real fraction: -1

    implicitHeight: Kirigami.Units.smallSpacing * 2
    implicitWidth: Kirigami.Units.gridUnit * 8

    Rectangle {
        id: track
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: bar.implicitHeight
        radius: height / 2
        color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.15)

        Rectangle {
            visible: bar.fraction >= 0
            height: parent.height
            radius: parent.radius
            color: Kirigami.Theme.highlightColor
            width: parent.width * Math.max(0, bar.fraction)
        }

        Rectangle {
            id: chunk
            visible: bar.fraction < 0
            height: parent.height
            radius: parent.radius
            color: Kirigami.Theme.highlightColor
            width: parent.width / 4

            SequentialAnimation on x {
                running: chunk.visible && bar.visible
                loops: Animation.Infinite
                NumberAnimation {
                    from: 0
                    to: track.width - chunk.width
                    duration: 900
                    easing.type: Easing.InOutQuad
                }
                NumberAnimation {
                    from: track.width - chunk.width
                    to: 0
                    duration: 900
                    easing.type: Easing.InOutQuad
                }
            }
        }
    }
}
