// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Window
import org.kde.kirigami as Kirigami

// Presentation: full screen, one page fit to the screen on black; PgDn/PgUp, arrows,
// space or a click move, Esc leaves.
QQC2.Popup {
    id: root

    required property DocumentSession document
    // The page it starts on.
    required property int currentPage
    required property bool dark

    property int index: 0
    property int previousVisibility: Window.Windowed
    readonly property Window targetWindow: parent ? parent.Window.window : null
    readonly property size points: root.index < root.document.pageCount && root.document.rotation >= 0 ? root.document.pageSize(root.index) : Qt.size(0, 0)
    readonly property real fit: points.width > 0 ? Math.min(width / points.width, height / points.height) : 1

    // Closed on page \a index.
    signal finished(int index)

    function move(step: int): void {
        root.index = Math.max(0, Math.min(root.document.pageCount - 1, root.index + step));
        root.document.showSingle(root.index, presentedPage.width);
    }

    parent: QQC2.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    padding: 0
    modal: true
    focus: true
    closePolicy: QQC2.Popup.CloseOnEscape
    // A presentation is black, whatever the colour scheme.
    background: Rectangle {
        color: "black"
    }
    onAboutToShow: {
        root.index = root.currentPage;
        if (root.targetWindow) {
            root.previousVisibility = root.targetWindow.visibility;
            root.targetWindow.visibility = Window.FullScreen;
        }
    }
    onOpened: {
        presentedPage.forceActiveFocus();
        Qt.callLater(root.move, 0);
    }
    onWidthChanged: Qt.callLater(root.move, 0)
    onClosed: {
        root.document.showSingle(-1, 0);
        if (root.targetWindow)
            root.targetWindow.visibility = root.previousVisibility;
        root.finished(root.index);
    }

    contentItem: Item {
        PageItem {
            id: presentedPage
            objectName: "presentedPage"
            anchors.centerIn: parent
            width: Math.round(root.points.width * root.fit)
            height: Math.round(root.points.height * root.fit)
            document: root.document
            page: root.index
            renderWidth: width
            inverted: root.dark
            focus: true
            Accessible.name: qsTr("Page %1 of %2").arg(root.index + 1).arg(root.document.pageCount)

            Keys.onPressed: event => {
                switch (event.key) {
                case Qt.Key_PageDown:
                case Qt.Key_Space:
                case Qt.Key_Right:
                case Qt.Key_Down:
                    root.move(1);
                    break;
                case Qt.Key_PageUp:
                case Qt.Key_Backspace:
                case Qt.Key_Left:
                case Qt.Key_Up:
                    root.move(-1);
                    break;
                case Qt.Key_Home:
                    root.move(-root.document.pageCount);
                    break;
                case Qt.Key_End:
                    root.move(root.document.pageCount);
                    break;
                default:
                    return;
                }
                event.accepted = true;
            }
        }

        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            onClicked: mouse => root.move(mouse.button === Qt.RightButton ? -1 : 1)
        }

        // Grey on the black background, in any colour scheme.
        QQC2.Label {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Kirigami.Units.largeSpacing
            color: "#808080"
            text: qsTr("%1 / %2").arg(root.index + 1).arg(root.document.pageCount)
        }
    }
}
