// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app

// The member's annotations of one meeting (its own documents and its papers'), or all of them
// when no meeting is given; each opens its document in the reader at its page.
Kirigami.ScrollablePage {
    id: page

    /// The meeting whose annotations are listed; empty: all of the member's annotations.
    required property string meetingId
    property string serverId: ""
    property string meetingName: ""

    function openAnnotation(fileId: string, serverId: string, pageIndex: int, id: string): void {
        // Parented to the stack: the window destroys readers once they leave it (Main.qml).
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        Kirigami.PageStack.push(Qt.createComponent("org.kde.ratsmappe.reader", "ReaderPage").createObject(stack, {
            fileId: fileId,
            serverId: serverId,
            startPage: pageIndex,
            startAnnotation: id
        }));
    }

    // The annotation beside the one it was carried from, in a column of its own.
    function compareAnnotation(id: string): void {
        const stack = page.Kirigami.PageStack.pageStack;
        Kirigami.PageStack.pop(page);
        const compare = Qt.createComponent("org.kde.ratsmappe.annotations", "AttentionPage").createObject(stack, {
            annotationId: id
        });
        compare.openRequested.connect(page.openAnnotation);
        compare.decided.connect(annotationList.reload);
        Kirigami.PageStack.push(compare);
    }

    title: page.meetingId.length === 0 ? qsTr("My Annotations") : page.meetingName.length > 0 ? qsTr("Annotations: %1").arg(page.meetingName) : qsTr("Annotations of the Meeting")

    // Back from a reader: what was drawn there shows.
    onVisibleChanged: {
        if (visible)
            annotationList.reload();
    }

    header: QQC2.ToolBar {
        contentItem: AnnotationFilterBar {
            model: annotationList
        }
    }

    ListView {
        id: list
        objectName: "annotationList"
        model: AnnotationListModel {
            id: annotationList
            cacheController: CacheController
            scope: page.meetingId.length > 0 ? AnnotationListModel.Meeting : AnnotationListModel.All
            meetingId: page.meetingId
            serverId: page.serverId
        }
        delegate: AnnotationListDelegate {
            id: entry
            onClicked: page.openAnnotation(entry.fileId, entry.serverId, entry.page, entry.annotationId)
            onCompareRequested: page.compareAnnotation(entry.annotationId)
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0
            icon.name: "draw-highlight"
            text: annotationList.color.length > 0 || annotationList.type.length > 0 || annotationList.needsAttentionOnly ? qsTr("No annotations match the filters") : page.meetingId.length > 0 ? qsTr("No annotations in this meeting's documents yet") : qsTr("No annotations yet")
            explanation: qsTr("Open a document and choose Annotate to highlight, draw or add notes.")
        }
    }
}
