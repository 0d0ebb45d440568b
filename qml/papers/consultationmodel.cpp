// SPDX-License-Identifier: GPL-2.0-or-later
#include "consultationmodel.h"

#include "datetext.h"
#include "paperlisting.h"

namespace Ratsmappe {

void ConsultationModel::setConsultations(const QList<PaperConsultation> &consultations)
{
    beginResetModel();
    m_rows.clear();
    for (const PaperConsultation &c : consultations) {
        QString item = c.agendaNumber.isEmpty() || c.agendaName.isEmpty()
            ? c.agendaName
            : tr("TOP %1: %2").arg(c.agendaNumber, c.agendaName);
        if (item.isEmpty() && !c.agendaNumber.isEmpty()) {
            item = tr("TOP %1").arg(c.agendaNumber);
        }
        QStringList result;
        if (!c.result.isEmpty()) {
            result << c.result;
        }
        if (!c.resolutionText.isEmpty() && c.resolutionText != c.result) {
            result << c.resolutionText;
        }
        m_rows.append({c.meetingId,
                       c.meetingName,
                       DateText::dateTime(QDateTime::fromString(c.meetingStart, Qt::ISODate)),
                       c.meetingCancelled,
                       c.committee,
                       c.agendaItemId,
                       item,
                       c.agendaNonPublic,
                       c.role,
                       c.authoritative,
                       result.join(QLatin1String("\n"))});
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ConsultationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConsultationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MeetingIdRole:
        return row.meetingId;
    case Qt::DisplayRole:
    case MeetingNameRole:
        return row.meetingName;
    case WhenRole:
        return row.when;
    case CancelledRole:
        return row.cancelled;
    case CommitteeRole:
        return row.committee;
    case AgendaItemIdRole:
        return row.agendaItemId;
    case AgendaItemRole:
        return row.agendaItem;
    case NonPublicRole:
        return row.nonPublic;
    case RoleRole:
        return row.role;
    case AuthoritativeRole:
        return row.authoritative;
    case ResultRole:
        return row.result;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsultationModel::roleNames() const
{
    return {{MeetingIdRole, "meetingId"},
            {MeetingNameRole, "meetingName"},
            {WhenRole, "when"},
            {CancelledRole, "cancelled"},
            {CommitteeRole, "committee"},
            {AgendaItemIdRole, "agendaItemId"},
            {AgendaItemRole, "agendaItem"},
            {NonPublicRole, "nonPublic"},
            {RoleRole, "consultationRole"},
            {AuthoritativeRole, "authoritative"},
            {ResultRole, "result"}};
}

} // namespace Ratsmappe
