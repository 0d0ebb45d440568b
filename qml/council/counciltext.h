// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "councillisting.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Ratsmappe {

/// How the council pages write periods, kinds and roles, the same in every list.
class CouncilText
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::CouncilText)
public:
    /// A date without the weekday, four-digit year ("01.05.2024"): periods read better without.
    static QString date(const QDate &date);
    /// "since 01.05.2024", "01.05.2019 – 30.04.2024", "until 30.04.2024", "from 01.05.2030" (a
    /// start after \a today), or an empty string when neither date is known.
    static QString period(const QDate &start, const QDate &end, const QDate &today);
    /// "committee", "faction" or "other": the rows' kind, as QML sections and filters use it.
    static QString kindKey(OrganizationKind kind);
    /// The organization's type as the server says it ("Ausschuss"), else its kind in words.
    static QString
    typeText(const QString &organizationType, const QString &classification, OrganizationKind kind);
    /// "advisory" for a member without a vote, else empty.
    static QString votingText(const std::optional<bool> &votingRight);
    /// The non-empty parts joined with " · ".
    static QString joined(const QStringList &parts);
};

} // namespace Ratsmappe
