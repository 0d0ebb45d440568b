// SPDX-License-Identifier: GPL-2.0-or-later
#include "membersmodel.h"

#include "counciltext.h"

#include <QCollator>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

namespace {

// Chairs first, then their deputies, then everyone else.
int roleRank(const QString &role)
{
    const QString r = role.toLower();
    if (!r.contains(QLatin1String("vorsitz")) && !r.contains(QLatin1String("chair"))) {
        return 2;
    }
    return r.contains(QLatin1String("stellv")) || r.contains(QLatin1String("deputy")) ? 1 : 0;
}

} // namespace

MembersModel::Result
MembersModel::fetch(Database &db, const QString &serverId, const QString &organizationId, const QDate &today)
{
    Result result;
    result.today = today;
    result.read = true;
    if (organizationId.isEmpty()) {
        return result;
    }
    const CouncilListing listing(db, today);
    result.organization = listing.organization(serverId, organizationId);
    result.members = listing.members(serverId, organizationId);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(result.members.begin(),
              result.members.end(),
              [&collator](const MembershipEntry &a, const MembershipEntry &b) {
                  if (a.current != b.current) {
                      return a.current;
                  }
                  if (a.current && roleRank(a.role) != roleRank(b.role)) {
                      return roleRank(a.role) < roleRank(b.role);
                  }
                  if (!a.current && a.endDate != b.endDate) {
                      return a.endDate > b.endDate;
                  }
                  if (const int c = collator.compare(a.personSortKey, b.personSortKey)) {
                      return c < 0;
                  }
                  return std::tie(a.startDate, a.id) < std::tie(b.startDate, b.id);
              });
    return result;
}

void MembersModel::load(Database *db, const QDate &today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    setResult(db ? fetch(*db, m_serverId, m_organizationId, day) : Result{{}, {}, day, false});
}

CacheReader::Job MembersModel::backgroundRead()
{
    const QDate today = QDate::currentDate();
    return [this, today, serverId = m_serverId, organizationId = m_organizationId](
               Database &db) -> CacheReader::Apply {
        Result result = fetch(db, serverId, organizationId, today);
        return [this, result = std::move(result)]() mutable {
            setResult(std::move(result));
        };
    };
}

void MembersModel::setResult(Result result)
{
    beginResetModel();
    m_members = std::move(result.members);
    m_today = result.today;
    m_organization.clear();
    if (const auto &o = result.organization) {
        m_organization = {{QStringLiteral("found"), true},
                          {QStringLiteral("name"), o->name},
                          {QStringLiteral("shortName"), o->shortName},
                          {QStringLiteral("typeText"),
                           CouncilText::typeText(o->organizationType, o->classification, o->kind)},
                          {QStringLiteral("kind"), CouncilText::kindKey(o->kind)},
                          {QStringLiteral("period"), CouncilText::period(o->startDate, o->endDate, m_today)},
                          {QStringLiteral("website"), o->website}};
    } else {
        m_organization = {{QStringLiteral("found"), false}};
    }
    m_ready = result.read;
    QSet<QString> current;
    for (const MembershipEntry &m : std::as_const(m_members)) {
        if (m.current) {
            current.insert(m.serverId + QLatin1Char(' ') + m.personId);
        }
    }
    m_currentCount = static_cast<int>(current.size());
    endResetModel();
    Q_EMIT countChanged();
}

void MembersModel::setOrganizationId(const QString &id)
{
    if (id != m_organizationId) {
        m_organizationId = id;
        reload();
        Q_EMIT organizationIdChanged();
    }
}

void MembersModel::setServerId(const QString &id)
{
    if (id != m_serverId) {
        m_serverId = id;
        reload();
        Q_EMIT serverIdChanged();
    }
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MembershipEntry &m = m_members.at(index.row());
    // A faction's members all sit for it: saying so on every row adds nothing.
    const QString faction = m.onBehalfOfName.isEmpty() ? m.faction : m.onBehalfOfName;
    const QString shownFaction =
        faction == m_organization.value(QStringLiteral("name")).toString() ? QString() : faction;
    switch (role) {
    case PersonIdRole:
        return m.personId;
    case ServerIdRole:
        return m.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return m.personName;
    case RoleRole:
        return m.role;
    case VotingRightRole:
        return m.votingRight ? (*m.votingRight ? 1 : 0) : -1;
    case PeriodRole:
        return CouncilText::period(m.startDate, m.endDate, m_today);
    case FactionRole:
        return shownFaction;
    case SubtitleRole:
        return CouncilText::joined({m.role,
                                    shownFaction,
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

QHash<int, QByteArray> MembersModel::roleNames() const
{
    return {{PersonIdRole, "personId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {RoleRole, "role"},
            {VotingRightRole, "votingRight"},
            {PeriodRole, "period"},
            {FactionRole, "faction"},
            {SubtitleRole, "subtitle"},
            {CurrentRole, "current"},
            {SectionRole, "section"}};
}

} // namespace Ratsmappe
