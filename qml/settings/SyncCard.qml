// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// When to sync, the last result, and the network: a proxy and the town's own certificates.
FormCard.FormCard {
    id: card

    readonly property SettingsController settings: SettingsController {
        cacheController: CacheController
    }

    FormCard.FormSwitchDelegate {
        text: qsTr("Sync when Ratsmappe opens")
        checked: card.settings.syncOnStart
        onToggled: card.settings.syncOnStart = checked
    }
    FormCard.FormSpinBoxDelegate {
        label: qsTr("Sync every this many minutes (0: off)")
        from: 0
        to: 1440
        stepSize: 5
        value: card.settings.syncIntervalMinutes
        onValueChanged: if (value !== card.settings.syncIntervalMinutes) card.settings.syncIntervalMinutes = value
    }
    FormCard.FormButtonDelegate {
        text: CacheController.sync.running ? CacheController.sync.progressText : qsTr("Sync Now")
        description: CacheController.sync.resultMessage
        icon.name: "view-refresh"
        enabled: !CacheController.sync.running && CacheController.serverCount > 0
        onClicked: CacheController.sync.syncNow()
    }
    FormCard.FormDelegateSeparator {}
    FormCard.FormTextFieldDelegate {
        id: proxyField
        label: qsTr("Proxy (empty: the system's)")
        placeholderText: "http://proxy.example.de:8080"
        text: card.settings.proxyUrl
        status: card.settings.proxyProblem(text).length > 0 ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
        statusMessage: card.settings.proxyProblem(text)
        onEditingFinished: if (statusMessage.length === 0) card.settings.proxyUrl = text
    }
    FormCard.FormTextAreaDelegate {
        id: caField
        label: qsTr("Additional trusted certificates (PEM), for a town with its own")
        text: card.settings.extraCaCertificates
        status: card.settings.certificateProblem(text).length > 0 ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
        statusMessage: card.settings.certificateProblem(text)
    }
    FormCard.FormButtonDelegate {
        text: qsTr("Keep These Certificates")
        icon.name: "document-save"
        enabled: caField.text !== card.settings.extraCaCertificates && caField.statusMessage.length === 0
        onClicked: card.settings.extraCaCertificates = caField.text
    }
}
