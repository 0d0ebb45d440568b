// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingmodel.h"

#include "database.h"

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

void MeetingModel::load(Database *db, const QString &meetingId)
{
    beginResetModel();
    m_rows.clear();
    if (db && !meetingId.isEmpty()) {
        addDocuments(*db, meetingId, tr("Meeting documents"), false);
        Statement items(*db,
                        "SELECT id, number, name, coalesce(public, 1), consultation_id FROM agenda_items "
                        "WHERE meeting_id = ? AND deleted = 0 ORDER BY sort_order, number");
        items.bind(1, meetingId);
        while (items.next()) {
            const QString itemId = items.text(0);
            const bool nonPublic = items.integer(3) == 0;
            QString section =
                items.text(1).isEmpty() ? items.text(2) : tr("TOP %1: %2").arg(items.text(1), items.text(2));
            if (nonPublic) {
                section = tr("%1 (not public)").arg(section);
            }
            const auto before = m_rows.size();
            Statement papers(
                *db,
                "SELECT DISTINCT paper_id FROM consultations WHERE deleted = 0 AND paper_id IS NOT NULL "
                "AND (id = ?1 OR agenda_item_id = ?2)");
            papers.bind(1, items.text(4)).bind(2, itemId);
            while (papers.next()) {
                addDocuments(*db, papers.text(0), section, nonPublic);
            }
            addDocuments(*db, itemId, section, nonPublic);
            if (m_rows.size() == before) {
                m_rows.append({section, {}, tr("No documents"), {}, false, false, {}, nonPublic});
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void MeetingModel::addDocuments(Database &db, const QString &ownerId, const QString &section, bool nonPublic)
{
    Statement st(
        db,
        "SELECT f.id, coalesce(nullif(f.name, ''), f.file_name, f.id), l.role, f.late, v.kind, f.non_public "
        "FROM file_links l JOIN files f ON f.id = l.file_id "
        "LEFT JOIN file_versions v ON v.id = f.current_version AND v.complete = 1 "
        "WHERE l.owner_id = ? AND f.deleted = 0 "
        "ORDER BY CASE l.role WHEN 'invitation' THEN 0 WHEN 'mainFile' THEN 1 WHEN 'resultsProtocol' THEN 2 "
        "ELSE 3 END, f.name");
    st.bind(1, ownerId);
    while (st.next()) {
        const bool downloaded = !st.isNull(4);
        m_rows.append({section,
                       st.text(0),
                       st.text(1),
                       roleLabel(st.text(2)),
                       st.integer(3) != 0,
                       downloaded,
                       downloaded ? st.text(4) : QString(),
                       nonPublic || st.integer(5) != 0});
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
            {NonPublicRole, "nonPublic"}};
}

} // namespace Ratsmappe
