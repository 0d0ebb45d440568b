// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.annotations

// The document's annotations beside the pages, with filters; a click goes to the page and
// selects the annotation.
QQC2.Pane {
    id: root

    required property DocumentAnnotations annotations
    required property string fileId
    required property string serverId

    signal annotationRequested(int page, string id)

    width: Kirigami.Units.gridUnit * 18
    visible: false
    padding: 0
    Kirigami.Theme.colorSet: Kirigami.Theme.View

    AnnotationListModel {
        id: listModel
        cacheController: root.visible ? CacheController : null
        scope: AnnotationListModel.Document
        fileId: root.fileId
        serverId: root.serverId
    }

    Connections {
        target: root.annotations
        enabled: root.visible
        function onChanged(): void {
            listModel.reload();
        }
    }

    contentItem: ColumnLayout {
        spacing: 0

        Kirigami.Separator {
            Layout.fillWidth: true
        }

        AnnotationFilterBar {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            model: listModel
        }

        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "readerAnnotationList"
                clip: true
                model: listModel
                currentIndex: listModel.rowOf(root.annotations.selectedId)
                highlight: Rectangle {
                    color: Kirigami.Theme.highlightColor
                    opacity: 0.3
                }
                delegate: AnnotationListDelegate {
                    id: entry
                    showTitle: false
                    onClicked: root.annotationRequested(entry.page, entry.annotationId)
                }

                Kirigami.PlaceholderMessage {
                    anchors.centerIn: parent
                    width: parent.width - Kirigami.Units.gridUnit * 2
                    visible: list.count === 0
                    icon.name: "draw-highlight"
                    text: qsTr("No annotations")
                    explanation: qsTr("Choose Annotate to highlight, draw or add notes.")
                }
            }
        }
    }
}
