// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Above the document: the agenda item the meeting is at, the way to the previous and next one,
// and its documents, each one click away. Stays when the agenda is collapsed.
QQC2.ToolBar {
    id: bar

    /// "TOP 3: Haushalt"; empty before the agenda is read.
    property string heading: ""
    /// The current item's documents, as MeetingAgendaModel gives them.
    property var documents: []
    /// The document shown.
    property string currentFileId: ""
    property bool canGoBack: false
    property bool canGoOn: false

    signal previousRequested
    signal nextRequested
    signal documentRequested(fileId: string, serverId: string)

    position: QQC2.ToolBar.Header

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            QQC2.ToolButton {
                icon.name: "go-up"
                enabled: bar.canGoBack
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Previous Item")
                QQC2.ToolTip.text: qsTr("Previous agenda item (Alt+Up)")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: bar.previousRequested()
            }

            Kirigami.Heading {
                objectName: "currentItemHeading"
                Layout.fillWidth: true
                level: 2
                text: bar.heading
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
            }

            QQC2.ToolButton {
                icon.name: "go-down"
                enabled: bar.canGoOn
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Next Item")
                QQC2.ToolTip.text: qsTr("Next agenda item (Alt+Down)")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: bar.nextRequested()
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: bar.documents.length > 0
            spacing: Kirigami.Units.smallSpacing

            Repeater {
                model: bar.documents
                delegate: QQC2.Button {
                    id: documentButton
                    required property var modelData
                    objectName: "meetingModeDocument"
                    readonly property string fileId: documentButton.modelData.fileId
                    // Not checkable: a click asks the page, which decides what shows.
                    checked: documentButton.modelData.fileId === bar.currentFileId
                    enabled: documentButton.modelData.downloaded
                    icon.name: !documentButton.modelData.downloaded ? "cloud-download" : documentButton.modelData.kind === "pdf" ? "application-pdf" : documentButton.modelData.kind === "image" ? "image-x-generic" : "text-x-generic"
                    text: documentButton.modelData.late ? qsTr("%1 (late)").arg(documentButton.modelData.name) : documentButton.modelData.name
                    QQC2.ToolTip.text: documentButton.modelData.downloaded ? documentButton.modelData.roleLabel : qsTr("%1 – not downloaded").arg(documentButton.modelData.roleLabel)
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                    onClicked: bar.documentRequested(documentButton.modelData.fileId, documentButton.modelData.serverId)
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: bar.documents.length === 0 && bar.heading.length > 0
            text: qsTr("No documents for this item.")
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
