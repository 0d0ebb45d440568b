// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingagendamodel.h"

#include "meetingmodel.h"

namespace Ratsmappe {

void MeetingAgendaModel::load(Database *db, const QString &meetingId, const QString &serverId)
{
    // The meeting page's rows are documents under section headings, in agenda order: one row
    // here per heading, its documents gathered.
    MeetingModel documents;
    documents.load(db, meetingId, serverId);
    QList<Row> rows;
    for (int i = 0; i < documents.rowCount(); ++i) {
        const QModelIndex index = documents.index(i, 0);
        const QString heading = documents.data(index, MeetingModel::SectionRole).toString();
        if (rows.isEmpty() || rows.constLast().heading != heading) {
            const QVariantMap item = documents.agendaItem(heading);
            rows.append({documents.data(index, MeetingModel::AgendaItemIdRole).toString(),
                         heading,
                         item.value(QStringLiteral("number")).toString(),
                         item.isEmpty() ? heading : item.value(QStringLiteral("name")).toString(),
                         item.value(QStringLiteral("nonPublic")).toBool(),
                         {},
                         item});
        }
        const QString fileId = documents.data(index, MeetingModel::FileIdRole).toString();
        if (fileId.isEmpty()) {
            continue; // an agenda item without documents
        }
        rows.last().documents.append(
            QVariantMap{{QStringLiteral("fileId"), fileId},
                        {QStringLiteral("serverId"), documents.data(index, MeetingModel::ServerIdRole)},
                        {QStringLiteral("name"), documents.data(index, MeetingModel::NameRole)},
                        {QStringLiteral("roleLabel"), documents.data(index, MeetingModel::RoleLabelRole)},
                        {QStringLiteral("late"), documents.data(index, MeetingModel::LateRole)},
                        {QStringLiteral("downloaded"), documents.data(index, MeetingModel::DownloadedRole)},
                        {QStringLiteral("kind"), documents.data(index, MeetingModel::KindRole)},
                        {QStringLiteral("nonPublic"), documents.data(index, MeetingModel::NonPublicRole)},
                        {QStringLiteral("withdrawn"), documents.data(index, MeetingModel::WithdrawnRole)}});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

void MeetingAgendaModel::setMeetingId(const QString &meetingId)
{
    if (meetingId == m_meetingId) {
        return;
    }
    m_meetingId = meetingId;
    reload();
    Q_EMIT meetingIdChanged();
}

void MeetingAgendaModel::setServerId(const QString &serverId)
{
    if (serverId == m_serverId) {
        return;
    }
    m_serverId = serverId;
    reload();
    Q_EMIT serverIdChanged();
}

int MeetingAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MeetingAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AgendaItemIdRole:
        return row.agendaItemId;
    case Qt::DisplayRole:
    case HeadingRole:
        return row.heading;
    case NumberRole:
        return row.number;
    case NameRole:
        return row.name;
    case NonPublicRole:
        return row.nonPublic;
    case DocumentsRole:
        return row.documents;
    case AgendaItemRole:
        return row.agendaItem;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingAgendaModel::roleNames() const
{
    return {{AgendaItemIdRole, "agendaItemId"},
            {HeadingRole, "heading"},
            {NumberRole, "number"},
            {NameRole, "name"},
            {NonPublicRole, "nonPublic"},
            {DocumentsRole, "documents"},
            {AgendaItemRole, "agendaItem"}};
}

int MeetingAgendaModel::rowOf(const QString &agendaItemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).agendaItemId == agendaItemId) {
            return row;
        }
    }
    return -1;
}

QVariantMap MeetingAgendaModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= m_rows.size()) {
        return values;
    }
    const QModelIndex index = this->index(row, 0);
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        values.insert(QString::fromLatin1(it.value()), data(index, it.key()));
    }
    return values;
}

} // namespace Ratsmappe
