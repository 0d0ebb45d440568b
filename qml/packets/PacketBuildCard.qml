// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.meetings

// Building the packet: the edition, a watermark and the member's annotations for the member
// edition, how to number pages once a packet was issued, the build with its progress and cancel,
// then the packet kept in the cache: open it, save it.
FormCard.FormCard {
    id: card

    // The page's; a card standing alone (the self-test loads every file) has an idle one.
    property PacketController controller: PacketController {}
    readonly property PacketFindingModel report: card.controller.report
    readonly property bool member: card.controller.edition === "member"
    readonly property bool building: card.controller.state === PacketController.Building
    // Why the build button is off, in the member's words; "" when it is on.
    readonly property string blocked: {
        if (card.controller.busy)
            return "";
        if (!card.report.checked)
            return qsTr("Check the documents first.");
        if (!card.report.complete)
            return qsTr("%n document(s) missing (see above): sync to download them, then check again.", "", card.report.missingCount);
        return "";
    }

    signal openRequested
    signal saveRequested

    function startBuild(): void {
        card.controller.build(card.controller.edition, watermark.text, renumber.checked);
    }

    // Two choices in one card: each its own group (radio buttons that share a parent would
    // otherwise all exclude each other).
    QQC2.ButtonGroup {
        id: editionGroup
    }
    QQC2.ButtonGroup {
        id: numberingGroup
    }

    FormCard.FormRadioDelegate {
        id: memberEdition
        QQC2.ButtonGroup.group: editionGroup
        text: qsTr("Edition for members")
        description: qsTr("Everything in the cache, non-public documents included where your account has them")
        checked: card.member
        enabled: !card.controller.busy
        onToggled: if (checked) card.controller.edition = "member"
    }
    FormCard.FormRadioDelegate {
        QQC2.ButtonGroup.group: editionGroup
        text: qsTr("Public edition")
        description: qsTr("Non-public items left out; the other pages keep the members' page numbers")
        checked: !card.member
        enabled: !card.controller.busy
        onToggled: if (checked) card.controller.edition = "public"
    }
    FormCard.FormTextFieldDelegate {
        id: watermark
        visible: card.member
        enabled: !card.controller.busy
        label: qsTr("Personal watermark (optional)")
        placeholderText: qsTr("e.g. your name, printed across every page")
        onAccepted: if (buildButton.enabled) card.startBuild()
    }
    FormCard.FormCheckDelegate {
        visible: card.member
        enabled: !card.controller.busy
        text: qsTr("With my annotations")
        description: qsTr("Your highlights, notes and drawings as annotations other PDF readers show")
        checked: card.controller.withAnnotations
        onToggled: card.controller.withAnnotations = checked
    }

    FormCard.FormDelegateSeparator {
        visible: card.controller.issued
    }
    FormCard.FormRadioDelegate {
        id: keepNumbers
        QQC2.ButtonGroup.group: numberingGroup
        visible: card.controller.issued
        enabled: !card.controller.busy
        checked: true
        text: qsTr("Keep the issued page numbers")
        description: card.controller.issuedBuilt.getTime()
            ? qsTr("As in the packet of %1; new and changed documents go into a supplement (Nachtrag)").arg(card.controller.issuedBuilt.toLocaleString(Qt.locale(), Locale.ShortFormat))
            : qsTr("New and changed documents go into a supplement (Nachtrag)")
    }
    FormCard.FormRadioDelegate {
        id: renumber
        QQC2.ButtonGroup.group: numberingGroup
        visible: card.controller.issued
        enabled: !card.controller.busy
        text: qsTr("Number every page afresh")
        description: qsTr("Page numbers in copies already handed out no longer match")
    }

    FormCard.FormDelegateSeparator {}
    FormCard.FormButtonDelegate {
        id: buildButton
        visible: !card.building
        text: qsTr("Build Packet")
        description: card.blocked
        descriptionItem.color: card.blocked.length > 0 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
        icon.name: "document-new"
        enabled: !card.controller.busy && card.blocked.length === 0
        onClicked: card.startBuild()
    }
    FormCard.AbstractFormDelegate {
        id: progressRow
        visible: card.building
        background: null
        Accessible.name: qsTr("Building the packet")
        Accessible.description: card.controller.progressText
        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    Layout.fillWidth: true
                    text: card.controller.progressText
                    elide: Text.ElideRight
                }
                // The meetings' bar: the desktop style's own draws nothing where no QStyle is at
                // hand (seen under Xvfb).
                SyncProgressBar {
                    Layout.fillWidth: true
                    fraction: card.controller.progress > 0 ? card.controller.progress : -1
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("Progress of the build")
                }
            }
            QQC2.Button {
                id: cancelButton
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                enabled: card.building
                onClicked: card.controller.cancel()
            }
        }
        // Escape stops the build, as the Cancel button does.
        Keys.onEscapePressed: card.controller.cancel()
        onVisibleChanged: if (visible) cancelButton.forceActiveFocus()
    }

    FormCard.FormDelegateSeparator {
        visible: card.controller.packetFileId.length > 0
    }
    FormCard.FormTextDelegate {
        visible: card.controller.packetFileId.length > 0
        leading: Kirigami.Icon {
            implicitWidth: Kirigami.Units.iconSizes.medium
            implicitHeight: Kirigami.Units.iconSizes.medium
            source: "application-pdf"
        }
        text: card.member ? qsTr("Packet for members, built on %1").arg(card.controller.packetBuilt.toLocaleString(Qt.locale(), Locale.ShortFormat))
            : qsTr("Public packet, built on %1").arg(card.controller.packetBuilt.toLocaleString(Qt.locale(), Locale.ShortFormat))
        description: card.controller.packetOutdated ? qsTr("Outdated: documents changed since it was built. Build it again.")
            : card.controller.builtPages > 0
            ? qsTr("%n page(s), %1 — kept in the encrypted cache", "", card.controller.builtPages).arg(Qt.locale().formattedDataSize(card.controller.builtBytes))
            : qsTr("Kept in the encrypted cache")
        textItem.wrapMode: Text.Wrap
        descriptionItem.color: card.controller.packetOutdated ? Kirigami.Theme.neutralTextColor : Kirigami.Theme.disabledTextColor
        // The line is cut in a narrow column: the whole of it on hover.
        QQC2.ToolTip.text: text + "\n" + description
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
    }
    FormCard.FormButtonDelegate {
        visible: card.controller.packetFileId.length > 0
        text: qsTr("Open")
        icon.name: "document-open"
        enabled: !card.controller.busy
        onClicked: card.openRequested()
    }
    FormCard.FormButtonDelegate {
        visible: card.controller.packetFileId.length > 0
        text: card.controller.state === PacketController.Saving ? qsTr("Saving…") : qsTr("Save As…")
        description: qsTr("Writes a copy outside the cache; its page numbers count as issued")
        icon.name: "document-save-as"
        enabled: !card.controller.busy
        onClicked: card.saveRequested()
    }
}
