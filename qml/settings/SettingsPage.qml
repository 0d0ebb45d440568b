// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigamiaddons.formcard as FormCard

// Everything a member sets without the command line: servers and accounts, security, sync,
// what to keep offline. Each value is stored in the encrypted cache as soon as it changes.
FormCard.FormCardPage {
    id: page

    title: qsTr("Settings")

    FormCard.FormHeader {
        title: qsTr("Council servers and sign-in")
    }
    ServersCard {}

    FormCard.FormHeader {
        title: qsTr("Security")
    }
    SecurityCard {}

    FormCard.FormHeader {
        title: qsTr("Back up annotations")
    }
    AnnotationBackupCard {}

    FormCard.FormHeader {
        title: qsTr("Sync")
    }
    SyncCard {}

    FormCard.FormHeader {
        title: qsTr("What to keep offline")
    }
    ScopeCard {}
}
