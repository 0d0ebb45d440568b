// SPDX-License-Identifier: GPL-2.0-or-later
#include "personmembershipsmodel.h"

#include "counciltext.h"

#include <QCollator>

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

PersonMembershipsModel::Result PersonMembershipsModel::fetch(Database &db,
                                                             const QString &serverId,
                                                             const QString &personId,
                                                             const QDate &today)
{
    Result result;
    result.today = today;
    result.read = true;
    if (personId.isEmpty()) {
        return result;
    }
    const CouncilListing listing(db, today);
    result.person = listing.person(serverId, personId);
    result.memberships = listing.memberships(serverId, personId);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(result.memberships.begin(),
              result.memberships.end(),
              [&collator](const MembershipEntry &a, const MembershipEntry &b) {
                  if (a.current != b.current) {
                      return a.current;
                  }
                  const bool aFaction = a.organizationKind == OrganizationKind::Faction;
                  const bool bFaction = b.organizationKind == OrganizationKind::Faction;
                  if (a.current && aFaction != bFaction) {
                      return aFaction;
                  }
                  if (!a.current && a.endDate != b.endDate) {
                      return a.endDate > b.endDate;
                  }
                  if (const int c = collator.compare(a.organizationName, b.organizationName)) {
                      return c < 0;
                  }
                  return std::tie(a.startDate, a.id) < std::tie(b.startDate, b.id);
              });
    return result;
}

void PersonMembershipsModel::load(Database *db, const QDate &today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    setResult(db ? fetch(*db, m_serverId, m_personId, day) : Result{{}, {}, day, false});
}

CacheReader::Job PersonMembershipsModel::backgroundRead()
{
    const QDate today = QDate::currentDate();
    return [this, today, serverId = m_serverId, personId = m_personId](Database &db) -> CacheReader::Apply {
        Result result = fetch(db, serverId, personId, today);
        return [this, result = std::move(result)]() mutable {
            setResult(std::move(result));
        };
    };
}

void PersonMembershipsModel::setResult(Result result)
{
    beginResetModel();
    m_memberships = std::move(result.memberships);
    m_today = result.today;
    if (const auto &p = result.person) {
        m_person = {{QStringLiteral("found"), true},
                    {QStringLiteral("name"), p->name},
                    {QStringLiteral("formOfAddress"), p->formOfAddress},
                    {QStringLiteral("title"), p->title},
                    {QStringLiteral("affix"), p->affix},
                    {QStringLiteral("faction"), p->faction},
                    {QStringLiteral("emails"), p->emails},
                    {QStringLiteral("phones"), p->phones},
                    {QStringLiteral("status"), p->status.join(QStringLiteral(", "))},
                    {QStringLiteral("nonPublic"), p->nonPublic}};
    } else {
        m_person = {{QStringLiteral("found"), false}};
    }
    m_ready = result.read;
    endResetModel();
    Q_EMIT countChanged();
}

void PersonMembershipsModel::setPersonId(const QString &id)
{
    if (id != m_personId) {
        m_personId = id;
        reload();
        Q_EMIT personIdChanged();
    }
}

void PersonMembershipsModel::setServerId(const QString &id)
{
    if (id != m_serverId) {
        m_serverId = id;
        reload();
        Q_EMIT serverIdChanged();
    }
}

int PersonMembershipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_memberships.size());
}

QVariant PersonMembershipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MembershipEntry &m = m_memberships.at(index.row());
    switch (role) {
    case OrganizationIdRole:
        return m.organizationId;
    case ServerIdRole:
        return m.serverId;
    case Qt::DisplayRole:
    case OrganizationNameRole:
        return m.organizationName;
    case KindRole:
        return CouncilText::kindKey(m.organizationKind);
    case RoleRole:
        return m.role;
    case VotingRightRole:
        return m.votingRight ? (*m.votingRight ? 1 : 0) : -1;
    case PeriodRole:
        return CouncilText::period(m.startDate, m.endDate, m_today);
    case OnBehalfOfRole:
        return m.onBehalfOfName;
    case SubtitleRole:
        return CouncilText::joined({m.role,
                                    m.onBehalfOfName,
                                    CouncilText::votingText(m.votingRight),
                                    CouncilText::period(m.startDate, m.endDate, m_today)});
    case CurrentRole:
        return m.current;
    case SectionRole:
        return m.current ? QStringLiteral("current") : QStringLiteral("former");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonMembershipsModel::roleNames() const
{
    return {{OrganizationIdRole, "organizationId"},
            {ServerIdRole, "serverId"},
            {OrganizationNameRole, "organizationName"},
            {KindRole, "kind"},
            {RoleRole, "role"},
            {VotingRightRole, "votingRight"},
            {PeriodRole, "period"},
            {OnBehalfOfRole, "onBehalfOf"},
            {SubtitleRole, "subtitle"},
            {CurrentRole, "current"},
            {SectionRole, "section"}};
}

} // namespace Ratsmappe
