// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingmodel.h"

#include "agendalisting.h"
#include "notestore.h"

#include <QVariantList>

namespace Ratsmappe {

namespace {

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("invitation")) {
        return MeetingModel::tr("Invitation");
    }
    if (role == QLatin1String("resultsProtocol")) {
        return MeetingModel::tr("Minutes");
    }
    if (role == QLatin1String("verbatimProtocol")) {
        return MeetingModel::tr("Verbatim minutes");
    }
    if (role == QLatin1String("mainFile")) {
        return MeetingModel::tr("Paper");
    }
    if (role == QLatin1String("resolutionFile")) {
        return MeetingModel::tr("Resolution");
    }
    return MeetingModel::tr("Attachment");
}

} // namespace

void MeetingModel::load(Database *db, const QString &meetingId, const QString &serverId)
{
    beginResetModel();
    m_rows.clear();
    m_items.clear();
    if (db && !meetingId.isEmpty()) {
        const MeetingAgenda agenda = AgendaListing(*db).agenda(meetingId, serverId);
        const NoteStore notes(*db);
        const auto noteOn = [&](const QString &target) {
            const auto note = notes.get(agenda.serverId, target);
            return note ? note->text : QString();
        };
        addDocuments(agenda.documents, tr("Meeting documents"), false, agenda.serverId, {});
        for (const AgendaEntry &item : agenda.items) {
            QString section =
                item.number.isEmpty() ? item.name : tr("TOP %1: %2").arg(item.number, item.name);
            if (item.nonPublic) {
                section = tr("%1 (not public)").arg(section);
            }
            // Two items of the same number and name (a server's mistake) share one heading;
            // the notes go to the first.
            if (!m_items.contains(section)) {
                QVariantList papers;
                for (const AgendaPaper &paper : item.papers) {
                    papers.append(QVariantMap{{QStringLiteral("id"), paper.id},
                                              {QStringLiteral("name"), paper.name},
                                              {QStringLiteral("reference"), paper.reference},
                                              {QStringLiteral("note"), noteOn(paper.id)}});
                }
                m_items.insert(section,
                               {{QStringLiteral("id"), item.id},
                                {QStringLiteral("serverId"), agenda.serverId},
                                {QStringLiteral("number"), item.number},
                                {QStringLiteral("name"), item.name},
                                {QStringLiteral("nonPublic"), item.nonPublic},
                                {QStringLiteral("note"), noteOn(item.id)},
                                {QStringLiteral("papers"), papers}});
            }
            addDocuments(item.documents, section, item.nonPublic, agenda.serverId, item.id);
            if (item.documents.isEmpty()) {
                m_rows.append({section,
                               {},
                               tr("No documents"),
                               {},
                               false,
                               false,
                               {},
                               item.nonPublic,
                               false,
                               {},
                               item.id});
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void MeetingModel::addDocuments(const QList<AgendaDocument> &documents,
                                const QString &section,
                                bool nonPublic,
                                const QString &serverId,
                                const QString &agendaItemId)
{
    for (const AgendaDocument &d : documents) {
        m_rows.append({section,
                       d.fileId,
                       d.name,
                       roleLabel(d.role),
                       d.late,
                       d.downloaded,
                       d.kind,
                       nonPublic || d.nonPublic,
                       d.withdrawn,
                       serverId,
                       agendaItemId});
    }
}

void MeetingModel::setMeetingId(const QString &meetingId)
{
    if (meetingId == m_meetingId) {
        return;
    }
    m_meetingId = meetingId;
    reload();
    Q_EMIT meetingIdChanged();
}

void MeetingModel::setServerId(const QString &serverId)
{
    if (serverId == m_serverId) {
        return;
    }
    m_serverId = serverId;
    reload();
    Q_EMIT serverIdChanged();
}

int MeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MeetingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case FileIdRole:
        return row.fileId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case RoleLabelRole:
        return row.role;
    case LateRole:
        return row.late;
    case DownloadedRole:
        return row.downloaded;
    case KindRole:
        return row.kind;
    case NonPublicRole:
        return row.nonPublic;
    case WithdrawnRole:
        return row.withdrawn;
    case ServerIdRole:
        return row.serverId;
    case AgendaItemIdRole:
        return row.agendaItemId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingModel::roleNames() const
{
    return {{SectionRole, "section"},
            {FileIdRole, "fileId"},
            {NameRole, "name"},
            {RoleLabelRole, "roleLabel"},
            {LateRole, "late"},
            {DownloadedRole, "downloaded"},
            {KindRole, "kind"},
            {NonPublicRole, "nonPublic"},
            {WithdrawnRole, "withdrawn"},
            {ServerIdRole, "serverId"},
            {AgendaItemIdRole, "agendaItemId"}};
}

QVariantMap MeetingModel::agendaItem(const QString &section) const
{
    return m_items.value(section);
}

int MeetingModel::rowOfAgendaItem(const QString &agendaItemId) const
{
    for (int row = 0; !agendaItemId.isEmpty() && row < m_rows.size(); ++row) {
        if (m_rows.at(row).agendaItemId == agendaItemId) {
            return row;
        }
    }
    return -1;
}

} // namespace Ratsmappe
