// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingcommitteesmodel.h"

#include <memory>

namespace Ratsmappe {

void MeetingCommitteesModel::apply(QList<MeetingCommittee> committees)
{
    const bool countChanges = committees.size() != m_committees.size();
    beginResetModel();
    m_committees = std::move(committees);
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void MeetingCommitteesModel::read(Database *db)
{
    apply(db ? MeetingCommitteeListing(*db).committees() : QList<MeetingCommittee>());
}

CacheReader::Job MeetingCommitteesModel::backgroundRead()
{
    return [this](Database &db) -> CacheReader::Apply {
        auto committees = std::make_shared<QList<MeetingCommittee>>(MeetingCommitteeListing(db).committees());
        return [this, committees] {
            apply(std::move(*committees));
        };
    };
}

int MeetingCommitteesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_committees.size());
}

QVariant MeetingCommitteesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MeetingCommittee &c = m_committees.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case ServerIdRole:
        return c.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case MeetingsRole:
        return c.meetings;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingCommitteesModel::roleNames() const
{
    return {
        {IdRole, "committeeId"}, {ServerIdRole, "serverId"}, {NameRole, "name"}, {MeetingsRole, "meetings"}};
}

int MeetingCommitteesModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_committees.size(); ++i) {
        if (m_committees.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString MeetingCommitteesModel::nameOf(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? QString() : m_committees.at(row).name;
}

} // namespace Ratsmappe
