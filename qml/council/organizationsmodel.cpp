// SPDX-License-Identifier: GPL-2.0-or-later
#include "organizationsmodel.h"

#include "counciltext.h"
#include "datetext.h"
#include "germanfold.h"

#include <QCollator>

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

QList<OrganizationsModel::Row> OrganizationsModel::fetch(Database &db, const QDateTime &now)
{
    const QList<OrganizationSummary> organizations =
        CouncilListing(db, now.toLocalTime().date()).organizations(now);
    QList<Row> rows;
    rows.reserve(organizations.size());
    for (const OrganizationSummary &o : organizations) {
        const QString type = CouncilText::typeText(o.organizationType, o.classification, o.kind);
        rows.append({o, Search::foldWord(QStringList({o.name, o.shortName, type}).join(QLatin1Char(' ')))});
    }
    // Committees before the organizations of no known kind (the "Other" section), each in
    // name order as the member's language sorts.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        const auto rank = [](OrganizationKind k) {
            return k == OrganizationKind::Other ? 1 : 0;
        };
        if (rank(a.organization.kind) != rank(b.organization.kind)) {
            return rank(a.organization.kind) < rank(b.organization.kind);
        }
        if (const int c = collator.compare(a.organization.name, b.organization.name)) {
            return c < 0;
        }
        return std::tie(a.organization.serverId, a.organization.id) <
            std::tie(b.organization.serverId, b.organization.id);
    });
    return rows;
}

void OrganizationsModel::load(Database *db, const QDateTime &now)
{
    setRows(db ? fetch(*db, now.isValid() ? now : QDateTime::currentDateTimeUtc()) : QList<Row>());
}

CacheReader::Job OrganizationsModel::backgroundRead()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return [this, now](Database &db) -> CacheReader::Apply {
        QList<Row> rows = fetch(db, now);
        return [this, rows = std::move(rows)]() mutable {
            setRows(std::move(rows));
        };
    };
}

void OrganizationsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Row &row = m_all.at(i);
        const OrganizationKind kind = row.organization.kind;
        const bool kindMatches =
            m_kind == AllKinds || (m_kind == Factions) == (kind == OrganizationKind::Faction);
        if (kindMatches && (m_filterFolded.isEmpty() || row.folded.contains(m_filterFolded))) {
            m_shown.append(i);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void OrganizationsModel::refilter()
{
    setRows(std::move(m_all));
}

void OrganizationsModel::setKind(KindFilter kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        refilter();
        Q_EMIT kindChanged();
    }
}

void OrganizationsModel::setFilterText(const QString &text)
{
    if (text != m_filterText) {
        m_filterText = text;
        m_filterFolded = Search::foldWord(text);
        refilter();
        Q_EMIT filterTextChanged();
    }
}

int OrganizationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant OrganizationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrganizationSummary &o = m_all.at(m_shown.at(index.row())).organization;
    switch (role) {
    case IdRole:
        return o.id;
    case ServerIdRole:
        return o.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return o.name;
    case ShortNameRole:
        return o.shortName;
    case KindRole:
        return CouncilText::kindKey(o.kind);
    case TypeTextRole:
        return CouncilText::typeText(o.organizationType, o.classification, o.kind);
    case MemberCountRole:
        return o.memberCount;
    case NextMeetingIdRole:
        return o.nextMeetingId;
    case NextMeetingNameRole:
        return o.nextMeetingName;
    case NextMeetingRole:
        return o.nextMeeting.isValid() ? QVariant(o.nextMeeting.toLocalTime()) : QVariant();
    case NextMeetingTextRole:
        return DateText::dateTime(o.nextMeeting);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganizationsModel::roleNames() const
{
    return {{IdRole, "organizationId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {ShortNameRole, "shortName"},
            {KindRole, "kind"},
            {TypeTextRole, "typeText"},
            {MemberCountRole, "memberCount"},
            {NextMeetingIdRole, "nextMeetingId"},
            {NextMeetingNameRole, "nextMeetingName"},
            {NextMeetingRole, "nextMeeting"},
            {NextMeetingTextRole, "nextMeetingText"}};
}

} // namespace Ratsmappe
