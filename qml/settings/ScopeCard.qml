// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.ratsmappe.app

// Which meetings' documents stay on this computer: the time window, the committees, the
// bodies, and the space that takes.
FormCard.FormCard {
    id: card

    readonly property SettingsController settings: SettingsController {
        cacheController: CacheController
    }

    function toggled(list: list<string>, id: string, on: bool): list<string> {
        const out = list.filter(x => x !== id);
        if (on)
            out.push(id);
        return out;
    }

    FormCard.FormSpinBoxDelegate {
        label: qsTr("Documents of meetings from this many days back")
        from: 0
        to: 3650
        stepSize: 30
        value: card.settings.scopeDaysBack
        onValueChanged: if (value !== card.settings.scopeDaysBack) card.settings.scopeDaysBack = value
    }
    FormCard.FormTextDelegate {
        text: qsTr("Space")
        description: card.settings.scopeSpace
    }
    FormCard.FormDelegateSeparator {}
    FormCard.FormTextDelegate {
        text: qsTr("Committees")
        description: card.settings.scopeCommittees.length === 0 ? qsTr("All committees (tick some to keep only theirs)")
                                                                : qsTr("%n committee(s) chosen", "", card.settings.scopeCommittees.length)
    }
    Repeater {
        model: card.settings.committeeChoices
        delegate: FormCard.FormCheckDelegate {
            required property var modelData
            text: modelData.name
            checked: card.settings.scopeCommittees.indexOf(modelData.id) >= 0
            onToggled: card.settings.scopeCommittees = card.toggled(card.settings.scopeCommittees, modelData.id, checked)
        }
    }
    FormCard.FormDelegateSeparator {
        visible: card.settings.bodyChoices.length > 1
    }
    Repeater {
        model: card.settings.bodyChoices.length > 1 ? card.settings.bodyChoices : []
        delegate: FormCard.FormCheckDelegate {
            required property var modelData
            text: modelData.name
            description: qsTr("Sync this body (none ticked: all)")
            checked: card.settings.scopeBodies.indexOf(modelData.id) >= 0
            onToggled: card.settings.scopeBodies = card.toggled(card.settings.scopeBodies, modelData.id, checked)
        }
    }
}
