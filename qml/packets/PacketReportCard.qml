// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard

// The completeness check of a meeting's packet: a summary (complete, or how much is missing;
// whether the packet built before is outdated), then every finding, missing ones first.
FormCard.FormCard {
    id: card

    // The page's; a card standing alone (the self-test loads every file) has an idle one.
    property PacketController controller: PacketController {}
    readonly property PacketFindingModel report: card.controller.report

    FormCard.FormTextDelegate {
        id: summary
        text: {
            if (card.controller.state === PacketController.Checking && !card.report.checked)
                return qsTr("Checking the meeting's documents…");
            if (!card.report.checked)
                return qsTr("Not checked yet");
            if (card.report.complete)
                return qsTr("Complete: %n document(s) ready", "", card.report.documents);
            return qsTr("%n document(s) missing", "", card.report.missingCount);
        }
        description: card.report.checked
            ? qsTr("%n agenda item(s), %1", "", card.report.items).arg(qsTr("%n document(s) to place", "", card.report.documents))
            : ""
        textItem.font.bold: true
        textItem.color: card.report.checked && !card.report.complete ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
        Accessible.name: summary.text
        Accessible.description: summary.description
        leading: Item {
            implicitWidth: Kirigami.Units.iconSizes.smallMedium
            implicitHeight: Kirigami.Units.iconSizes.smallMedium

            QQC2.BusyIndicator {
                anchors.fill: parent
                visible: card.controller.state === PacketController.Checking
                running: visible
            }
            Kirigami.Icon {
                anchors.fill: parent
                visible: card.controller.state !== PacketController.Checking && card.report.checked
                source: card.report.complete ? "emblem-checked" : "emblem-error"
            }
        }
    }

    FormCard.FormDelegateSeparator {
        visible: card.report.hasPacket
    }
    FormCard.FormTextDelegate {
        visible: card.report.hasPacket
        text: card.report.outdated
            ? qsTr("The packet built on %1 is outdated").arg(card.report.built.toLocaleString(Qt.locale(), Locale.ShortFormat))
            : qsTr("The packet built on %1 is up to date").arg(card.report.built.toLocaleString(Qt.locale(), Locale.ShortFormat))
        description: card.report.outdated ? qsTr("Documents changed, arrived or went since then: build it again.") : ""
        textItem.color: card.report.outdated ? Kirigami.Theme.neutralTextColor : Kirigami.Theme.textColor
        textItem.wrapMode: Text.Wrap
        leading: Kirigami.Icon {
            implicitWidth: Kirigami.Units.iconSizes.smallMedium
            implicitHeight: Kirigami.Units.iconSizes.smallMedium
            source: card.report.outdated ? "view-refresh" : "dialog-ok"
        }
    }

    FormCard.FormDelegateSeparator {
        visible: findings.count > 0
    }
    Repeater {
        id: findings
        model: card.report
        delegate: PacketFindingDelegate {}
    }
}
