// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard

// One finding of a packet's check: what is missing in the negative colour (it stops the
// build), what changed since the last packet in the neutral one, notes plain.
FormCard.FormTextDelegate {
    id: delegate

    required property int index
    required property string kind
    required property string group
    // The finding as one line (a role of its own name: the delegate's text is its label).
    required property string line

    readonly property color tone: delegate.group === "missing" ? Kirigami.Theme.negativeTextColor
        : delegate.group === "changed" ? Kirigami.Theme.neutralTextColor : Kirigami.Theme.textColor

    // The line names the agenda item itself.
    text: delegate.line
    textItem.wrapMode: Text.Wrap
    textItem.color: delegate.group === "note" ? Kirigami.Theme.textColor : delegate.tone
    Accessible.name: delegate.line
    leading: Kirigami.Icon {
        implicitWidth: Kirigami.Units.iconSizes.smallMedium
        implicitHeight: Kirigami.Units.iconSizes.smallMedium
        color: delegate.tone
        isMask: delegate.group !== "note"
        source: {
            switch (delegate.kind) {
            case "notDownloaded":
                return "cloud-download";
            case "downloadFailed":
                return "dialog-error";
            case "unreadable":
                return "document-close";
            case "changed":
                return "document-edit";
            case "added":
                return "list-add";
            case "removed":
                return "list-remove";
            case "late":
                return "appointment-new";
            case "notPlaceable":
                return "documentinfo";
            default:
                return "dialog-information";
            }
        }
    }
}
