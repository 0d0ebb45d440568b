// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.ratsmappe.app
import org.kde.ratsmappe.annotations

// The member's personal note on one agenda item or paper: shown with its Markdown emphasis and
// lists, edited as plain text. No save button: the note is committed to the cache when the
// editing ends (Done, Ctrl+Return, or the field losing focus).
ColumnLayout {
    id: root

    required property string serverId
    required property string targetId
    /// What the note is on, as a heading: "TOP 3: Haushalt", "Vorlage 2026/0147".
    required property string heading

    /// The note was written, changed or removed.
    signal saved

    readonly property bool editing: editor.visible

    function startEditing(): void {
        editor.text = note.text;
        editor.visible = true;
        editor.forceActiveFocus();
        editor.cursorPosition = editor.length;
    }

    // The editor closes only once the text is in the cache: what could not be saved stays in
    // front of the member, with the reason below it.
    function finishEditing(): void {
        if (!editor.visible)
            return;
        if (editor.text === note.text) {
            editor.visible = false;
            return;
        }
        if (note.save(editor.text)) {
            editor.visible = false;
            root.saved();
        }
    }

    function cancelEditing(): void {
        editor.visible = false;
    }

    spacing: Kirigami.Units.smallSpacing

    // The page goes (another item's notes opened, the window closed) while the member writes.
    Component.onDestruction: root.finishEditing()

    PersonalNote {
        id: note
        cacheController: CacheController
        serverId: root.serverId
        targetId: root.targetId
    }

    RowLayout {
        Layout.fillWidth: true

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 3
            text: root.heading
            wrapMode: Text.Wrap
        }

        QQC2.ToolButton {
            visible: !root.editing
            icon.name: note.exists ? "document-edit" : "list-add"
            text: note.exists ? qsTr("Edit") : qsTr("Write a note")
            display: QQC2.AbstractButton.TextBesideIcon
            onClicked: root.startEditing()
        }

        QQC2.ToolButton {
            visible: root.editing
            icon.name: "dialog-ok"
            text: qsTr("Done")
            display: QQC2.AbstractButton.TextBesideIcon
            QQC2.ToolTip.text: qsTr("Ctrl+Return")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: root.finishEditing()
        }
    }

    // The note as the member reads it: Qt's Markdown (emphasis, lists, headings).
    TextEdit {
        Layout.fillWidth: true
        visible: !root.editing && note.exists
        readOnly: true
        selectByMouse: true
        textFormat: TextEdit.MarkdownText
        wrapMode: TextEdit.Wrap
        text: note.text
        color: Kirigami.Theme.textColor
        selectionColor: Kirigami.Theme.highlightColor
        selectedTextColor: Kirigami.Theme.highlightedTextColor
        font: Kirigami.Theme.defaultFont
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: !root.editing && !note.exists
        text: qsTr("No note yet.")
        color: Kirigami.Theme.disabledTextColor
    }

    QQC2.TextArea {
        id: editor
        objectName: "noteEditor"
        Layout.fillWidth: true
        Layout.minimumHeight: Kirigami.Units.gridUnit * 6
        visible: false
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        placeholderText: qsTr("Your note. *emphasis*, **bold**, lists with - or 1.")
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                root.finishEditing();
                event.accepted = true;
            } else if (event.key === Qt.Key_Escape) {
                root.cancelEditing();
                event.accepted = true;
            }
        }
        onActiveFocusChanged: {
            if (!activeFocus)
                root.finishEditing();
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: note.exists && !root.editing
        text: qsTr("Changed %1").arg(Qt.formatDateTime(note.modified, Qt.locale().dateTimeFormat(Locale.ShortFormat)))
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.disabledTextColor
    }

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        visible: note.errorMessage.length > 0
        type: Kirigami.MessageType.Error
        text: note.errorMessage
    }
}
