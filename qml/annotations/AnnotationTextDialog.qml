// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// Writes a sticky note's or a text box's text: a new one (placed when saved) or an existing
// one (setText when saved). Ctrl+Return saves, Escape cancels.
Kirigami.Dialog {
    id: root

    required property DocumentAnnotations annotations
    required property AnnotationTools tools

    // What is edited: an annotation's id, else a new note at `point` or text box in `area`.
    property string annotationId: ""
    property string kind: "note"
    property int page: -1
    property point point
    property rect area

    function editNew(kind: string, page: int, point: point, area: rect): void {
        root.annotationId = "";
        root.kind = kind;
        root.page = page;
        root.point = point;
        root.area = area;
        editor.text = "";
        root.open();
    }
    function edit(id: string): void {
        const item = root.annotations.get(id);
        if (item.id === undefined)
            return;
        root.annotationId = id;
        root.kind = item.type;
        editor.text = item.text;
        root.open();
    }
    function save(): void {
        const text = editor.text;
        if (root.annotationId.length > 0) {
            root.annotations.setText(root.annotationId, text);
        } else if (root.kind === "note") {
            root.annotations.selectedId = root.annotations.addNote(root.page, root.point, text, root.tools.noteColor);
        } else if (text.trim().length > 0) {
            root.annotations.selectedId = root.annotations.addFreeText(root.page, root.area, text, root.tools.noteColor);
        }
        root.close();
    }

    title: root.annotationId.length > 0 ? (root.kind === "note" ? qsTr("Edit Note") : qsTr("Edit Text")) : (root.kind === "note" ? qsTr("New Note") : qsTr("New Text Box"))
    preferredWidth: Kirigami.Units.gridUnit * 24
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.Save | Kirigami.Dialog.Cancel
    onAccepted: root.save()
    onOpened: editor.forceActiveFocus()

    QQC2.TextArea {
        id: editor
        objectName: "annotationTextEditor"
        implicitHeight: Kirigami.Units.gridUnit * 8
        wrapMode: TextEdit.Wrap
        placeholderText: root.kind === "note" ? qsTr("Your note") : qsTr("Text on the page")
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                root.save();
                event.accepted = true;
            }
        }
    }
}
