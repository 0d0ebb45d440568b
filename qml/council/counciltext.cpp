// SPDX-License-Identifier: GPL-2.0-or-later
#include "counciltext.h"

#include "datetext.h"

namespace Ratsmappe {

QString CouncilText::date(const QDate &date)
{
    return DateText::numericDate(date);
}

QString CouncilText::period(const QDate &start, const QDate &end, const QDate &today)
{
    if (start.isValid() && end.isValid()) {
        return tr("%1 – %2", "a period: start – end").arg(date(start), date(end));
    }
    if (start.isValid()) {
        return start > today ? tr("from %1", "a membership that begins later").arg(date(start))
                             : tr("since %1", "a membership that has begun").arg(date(start));
    }
    if (end.isValid()) {
        return tr("until %1", "a membership with an end date only").arg(date(end));
    }
    return {};
}

QString CouncilText::kindKey(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Committee:
        return QStringLiteral("committee");
    case OrganizationKind::Faction:
        return QStringLiteral("faction");
    case OrganizationKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString
CouncilText::typeText(const QString &organizationType, const QString &classification, OrganizationKind kind)
{
    // The classification is the more specific word ("Ausschuss" rather than "Gremium"), but some
    // servers put a plural there ("Gremien").
    if (!classification.isEmpty() && classification != QLatin1String("Gremien")) {
        return classification;
    }
    if (!organizationType.isEmpty()) {
        return organizationType;
    }
    switch (kind) {
    case OrganizationKind::Committee:
        return tr("Committee");
    case OrganizationKind::Faction:
        return tr("Faction");
    case OrganizationKind::Other:
        break;
    }
    return tr("Organization");
}

QString CouncilText::votingText(const std::optional<bool> &votingRight)
{
    // Voting is the rule: only its absence is worth a word.
    return votingRight == false ? tr("advisory", "a member without a vote") : QString();
}

QString CouncilText::joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part.trimmed());
        }
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace Ratsmappe
