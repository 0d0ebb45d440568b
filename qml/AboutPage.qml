// SPDX-License-Identifier: GPL-2.0-or-later
import org.kde.kirigamiaddons.formcard as FormCard

// Shows the KAboutData that gui.cpp sets; FormCard reads it from org.kde.coreaddons.
FormCard.AboutPage {}
