// SPDX-License-Identifier: GPL-2.0-or-later
#include "personsmodel.h"

#include "counciltext.h"
#include "germanfold.h"

#include <QCollator>

#include <algorithm>
#include <tuple>

namespace Ratsmappe {

QList<PersonsModel::Row> PersonsModel::fetch(Database &db, const QDate &today)
{
    const QList<PersonSummary> persons = CouncilListing(db, today).persons();
    QList<Row> rows;
    rows.reserve(persons.size());
    for (const PersonSummary &p : persons) {
        rows.append({p, Search::foldWord(QString(p.name + QLatin1Char(' ') + p.faction))});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        // The unnamed at the end.
        if (a.person.sortKey.isEmpty() != b.person.sortKey.isEmpty()) {
            return b.person.sortKey.isEmpty();
        }
        if (const int c = collator.compare(a.person.sortKey, b.person.sortKey)) {
            return c < 0;
        }
        return std::tie(a.person.serverId, a.person.id) < std::tie(b.person.serverId, b.person.id);
    });
    return rows;
}

void PersonsModel::load(Database *db, const QDate &today)
{
    setRows(db ? fetch(*db, today.isValid() ? today : QDate::currentDate()) : QList<Row>());
}

CacheReader::Job PersonsModel::backgroundRead()
{
    const QDate today = QDate::currentDate();
    return [this, today](Database &db) -> CacheReader::Apply {
        QList<Row> rows = fetch(db, today);
        return [this, rows = std::move(rows)]() mutable {
            setRows(std::move(rows));
        };
    };
}

void PersonsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_filterFolded.isEmpty() || m_all.at(i).folded.contains(m_filterFolded)) {
            m_shown.append(i);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void PersonsModel::setFilterText(const QString &text)
{
    if (text != m_filterText) {
        m_filterText = text;
        m_filterFolded = Search::foldWord(text);
        setRows(std::move(m_all));
        Q_EMIT filterTextChanged();
    }
}

int PersonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant PersonsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PersonSummary &p = m_all.at(m_shown.at(index.row())).person;
    switch (role) {
    case IdRole:
        return p.id;
    case ServerIdRole:
        return p.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case FactionRole:
        return p.faction;
    case MembershipCountRole:
        return p.currentMemberships;
    case SubtitleRole:
        return CouncilText::joined(
            {p.faction,
             p.currentMemberships > 0 ? tr("%n committee(s)", nullptr, p.currentMemberships) : QString()});
    case InitialRole:
        return p.sortKey.isEmpty() ? QString() : p.sortKey.left(1).toUpper();
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonsModel::roleNames() const
{
    return {{IdRole, "personId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {FactionRole, "faction"},
            {MembershipCountRole, "membershipCount"},
            {SubtitleRole, "subtitle"},
            {InitialRole, "initial"}};
}

} // namespace Ratsmappe
