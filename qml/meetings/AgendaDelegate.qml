// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.ratsmappe.app

// A document row (of a meeting's agenda or a paper): its role, whether it is downloaded, being
// downloaded (with progress and a cancel button), failed (with the reason), new, changed, late,
// not public or withdrawn; or an agenda item that has none. The meeting page and the paper page
// both show their documents with it.
Delegates.RoundedItemDelegate {
    id: delegate

    required property string fileId
    required property string serverId
    required property string name
    required property string roleLabel
    required property string kind
    required property bool late
    required property bool downloaded
    required property bool nonPublic
    required property bool withdrawn
    /// SeenState: 0 seen, 1 new, 2 changed.
    required property int seen
    /// Why the last download (in a sync) failed; empty when it did not.
    required property string failure
    /// The page's downloads: this row shows its progress and its error.
    property DocumentFetch fetch: null

    readonly property bool isDocument: fileId.length > 0
    readonly property bool fetching: fetch !== null && fetch.fileId === fileId && isDocument
    readonly property bool waiting: fetch !== null && isDocument && fetch.queued.indexOf(fileId) >= 0
    readonly property string error: {
        if (!isDocument || downloaded || fetching || waiting)
            return "";
        const mine = fetch !== null ? fetch.errors[fileId] : undefined;
        return mine !== undefined ? mine : failure.length > 0 ? qsTr("The last download failed: %1").arg(failure) : "";
    }

    objectName: "documentDelegate"
    width: ListView.view ? ListView.view.width : implicitWidth
    enabled: isDocument
    text: name
    font.strikeout: withdrawn
    icon.name: !isDocument ? "" : error.length > 0 ? "data-error" : !downloaded ? "cloud-download"
        : kind === "pdf" ? "application-pdf" : kind === "image" ? "image-x-generic" : "text-x-generic"
    Accessible.description: subtitle.subtitle

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            Delegates.SubtitleContentItem {
                id: subtitle
                Layout.fillWidth: true
                itemDelegate: delegate
                subtitle: {
                    if (!delegate.isDocument)
                        return "";
                    if (delegate.downloaded)
                        return delegate.roleLabel;
                    if (delegate.fetching)
                        return qsTr("%1 – downloading: %2").arg(delegate.roleLabel).arg(delegate.fetch.progressText);
                    if (delegate.waiting)
                        return qsTr("%1 – waiting to download").arg(delegate.roleLabel);
                    if (delegate.error.length > 0)
                        return qsTr("%1 – download failed").arg(delegate.roleLabel);
                    return qsTr("%1 – not downloaded yet, click to download").arg(delegate.roleLabel);
                }
            }

            StateBadge {
                visible: delegate.late && !delegate.withdrawn
                text: qsTr("Late")
                tone: Kirigami.Theme.negativeTextColor
                strong: true
                QQC2.ToolTip.text: qsTr("A late document (Tischvorlage), added shortly before the meeting")
                QQC2.ToolTip.visible: lateHover.hovered
                HoverHandler {
                    id: lateHover
                }
            }

            StateBadge {
                visible: delegate.isDocument && delegate.seen === 1
                text: qsTr("New")
                tone: Kirigami.Theme.positiveTextColor
            }

            StateBadge {
                visible: delegate.isDocument && delegate.seen === 2
                text: qsTr("Changed")
                tone: Kirigami.Theme.neutralTextColor
            }

            Kirigami.Chip {
                visible: delegate.withdrawn
                closable: false
                checkable: false
                text: qsTr("Withdrawn")
                icon.name: "edit-delete-remove"
                QQC2.ToolTip.text: qsTr("The council server no longer offers this document. Your copy, annotations and notes stay.")
                QQC2.ToolTip.visible: hovered
            }

            Kirigami.Icon {
                visible: delegate.nonPublic && delegate.isDocument
                source: "object-locked"
                implicitWidth: Kirigami.Units.iconSizes.small
                implicitHeight: Kirigami.Units.iconSizes.small
                Accessible.name: qsTr("Not public")
                QQC2.ToolTip.text: qsTr("Not public")
                QQC2.ToolTip.visible: lockHover.hovered
                HoverHandler {
                    id: lockHover
                }
            }

            QQC2.ToolButton {
                visible: delegate.fetching || delegate.waiting
                icon.name: "dialog-cancel"
                text: qsTr("Cancel Download")
                display: QQC2.AbstractButton.IconOnly
                Accessible.name: text
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: delegate.fetch.cancel(delegate.fileId)
            }
        }

        QQC2.ProgressBar {
            Layout.fillWidth: true
            visible: delegate.fetching
            from: 0
            to: 1
            indeterminate: delegate.fetching && delegate.fetch.fraction < 0
            value: delegate.fetching ? Math.max(0, delegate.fetch.fraction) : 0
            Accessible.name: delegate.fetching ? delegate.fetch.progressText : ""
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: delegate.error.length > 0
            text: delegate.error
            wrapMode: Text.Wrap
            color: Kirigami.Theme.negativeTextColor
            font.pointSize: Kirigami.Theme.smallFont.pointSize
        }
    }
}
