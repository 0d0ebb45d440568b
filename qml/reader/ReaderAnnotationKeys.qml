// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.ratsmappe.annotations

// The reader's keys for annotations, and selected text made text markup: after dragging with a
// markup tool, or with one key (H highlight, U underline, S strike-out, W squiggly; the tools'
// tooltips tell); Delete removes the selected annotation.
Item {
    id: root

    required property DocumentAnnotations annotations
    required property AnnotationTools tools
    required property TextSelection selection

    // A markup asked for while the page's words were still being read.
    property string pendingMarkup: ""

    // Makes the selected words a text markup of \a type; while the page's words are still
    // being read, as soon as they are there.
    function markSelection(type: string): void {
        const anchor = root.selection.markupAnchor();
        if (anchor.page === undefined) {
            root.pendingMarkup = root.selection.page >= 0 ? type : "";
            return;
        }
        root.pendingMarkup = "";
        const color = type === "highlight" ? root.tools.highlightColor : root.tools.markupColor;
        const id = root.annotations.addMarkup(anchor.page, type, color, anchor.rects, anchor.quote, anchor.prefix, anchor.suffix, anchor.start, anchor.end);

        if (id.length > 0)
            root.selection.clear();
    }

    Connections {
        target: root.selection
        enabled: root.pendingMarkup.length > 0
        function onChanged(): void {
            root.markSelection(root.pendingMarkup);
        }
    }

    Shortcut {
        sequences: [StandardKey.Delete, "Backspace"]
        enabled: root.annotations.selectedId.length > 0
        onActivated: root.annotations.remove(root.annotations.selectedId)
    }
    Shortcut {
        sequence: "H"
        enabled: root.selection.page >= 0
        onActivated: root.markSelection("highlight")
    }
    Shortcut {
        sequence: "U"
        enabled: root.selection.page >= 0
        onActivated: root.markSelection("underline")
    }
    Shortcut {
        sequence: "S"
        enabled: root.selection.page >= 0
        onActivated: root.markSelection("strikeout")
    }
    Shortcut {
        sequence: "W"
        enabled: root.selection.page >= 0
        onActivated: root.markSelection("squiggly")
    }
}
