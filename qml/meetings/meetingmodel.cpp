// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingmodel.h"

#include "agendalisting.h"
#include "cache.h"
#include "datetext.h"
#include "notestore.h"
#include "seenstore.h"
#include "storeerror.h"

#include <QDateTime>
#include <QLocale>
#include <QVariantList>

#include <memory>

#include <tuple>

namespace Ratsmappe {

QString MeetingModel::roleLabel(const QString &role)
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

namespace {

// "Mo., 30.11.2026, 16:00–18:30"; an end on another day is written in full; no start: nothing.
QString meetingTime(const QString &startText, const QString &endText)
{
    const QDateTime start = QDateTime::fromString(startText, Qt::ISODate);
    if (!start.isValid()) {
        return {};
    }
    const QString from = DateText::dateTime(start);
    const QDateTime end = QDateTime::fromString(endText, Qt::ISODate);
    if (!end.isValid() || end <= start) {
        return from;
    }
    if (end.toLocalTime().date() == start.toLocalTime().date()) {
        return MeetingModel::tr("%1–%2", "meeting from–until on one day")
            .arg(from, DateText::time(end.toLocalTime().time()));
    }
    return MeetingModel::tr("%1 – %2", "meeting from–until over days").arg(from, DateText::dateTime(end));
}

} // namespace

MeetingModel::Content
MeetingModel::readContent(Database &db, const QString &meetingId, const QString &serverId)
{
    Content content;
    if (meetingId.isEmpty()) {
        return content;
    }
    const MeetingAgenda agenda = AgendaListing(db).agenda(meetingId, serverId);
    if (agenda.serverId.isEmpty()) {
        return content;
    }
    QVariantList organizations;
    for (const AgendaOrganization &o : agenda.header.organizations) {
        organizations.append(QVariantMap{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name}});
    }
    content.header = {{QStringLiteral("serverId"), agenda.serverId},
                      {QStringLiteral("name"), agenda.header.name},
                      {QStringLiteral("when"), meetingTime(agenda.header.start, agenda.header.end)},
                      {QStringLiteral("place"), agenda.header.place},
                      {QStringLiteral("cancelled"), agenda.header.cancelled},
                      {QStringLiteral("organizations"), organizations},
                      {QStringLiteral("seen"), agenda.header.seen}};

    const NoteStore notes(db);
    const auto noteOn = [&](const QString &target) {
        const auto note = notes.get(agenda.serverId, target);
        return note ? note->text : QString();
    };
    const auto addDocuments = [&](const QList<AgendaDocument> &documents,
                                  const QString &section,
                                  bool nonPublic,
                                  const QString &agendaItemId) {
        for (const AgendaDocument &d : documents) {
            content.rows.append({section,
                                 d.fileId,
                                 d.name,
                                 roleLabel(d.role),
                                 d.late,
                                 d.downloaded,
                                 d.kind,
                                 nonPublic || d.nonPublic,
                                 d.withdrawn,
                                 agenda.serverId,
                                 agendaItemId,
                                 d.seen,
                                 d.failure});
        }
    };
    addDocuments(agenda.documents, tr("Meeting documents"), false, {});
    bool nonPublicPart = false;
    for (const AgendaEntry &item : agenda.items) {
        QString section = item.number.isEmpty() ? item.name : tr("TOP %1: %2").arg(item.number, item.name);
        if (item.nonPublic) {
            section = tr("%1 (not public)").arg(section);
        }
        // Two items of the same number and name (a server's mistake) share one heading;
        // the notes go to the first.
        if (!content.items.contains(section)) {
            QVariantList papers;
            for (const AgendaPaper &paper : item.papers) {
                papers.append(QVariantMap{{QStringLiteral("id"), paper.id},
                                          {QStringLiteral("name"), paper.name},
                                          {QStringLiteral("reference"), paper.reference},
                                          {QStringLiteral("note"), noteOn(paper.id)}});
            }
            // Where the agenda turns from public to not public, the page says so once.
            const bool firstNonPublic = item.nonPublic && !nonPublicPart;
            nonPublicPart = nonPublicPart || item.nonPublic;
            content.items.insert(section,
                                 {{QStringLiteral("id"), item.id},
                                  {QStringLiteral("serverId"), agenda.serverId},
                                  {QStringLiteral("number"), item.number},
                                  {QStringLiteral("name"), item.name},
                                  {QStringLiteral("nonPublic"), item.nonPublic},
                                  {QStringLiteral("firstNonPublic"), firstNonPublic},
                                  {QStringLiteral("result"), item.result},
                                  {QStringLiteral("resolutionText"), item.resolutionText},
                                  {QStringLiteral("seen"), item.seen},
                                  {QStringLiteral("note"), noteOn(item.id)},
                                  {QStringLiteral("papers"), papers}});
        }
        addDocuments(item.documents, section, item.nonPublic, item.id);
        if (item.documents.isEmpty()) {
            content.rows.append({section,
                                 {},
                                 tr("No documents"),
                                 {},
                                 false,
                                 false,
                                 {},
                                 item.nonPublic,
                                 false,
                                 {},
                                 item.id,
                                 0,
                                 {}});
        }
    }
    return content;
}

void MeetingModel::load(Database *db, const QString &meetingId, const QString &serverId)
{
    setContent(db ? readContent(*db, meetingId, serverId) : Content());
}

CacheReader::Job MeetingModel::backgroundRead()
{
    return [meetingId = m_meetingId, serverId = m_serverId, this](Database &db) -> CacheReader::Apply {
        auto content = std::make_shared<Content>(readContent(db, meetingId, serverId));
        // Runs on the GUI thread with the model alive (CacheListModel::reload).
        return [this, content] {
            setContent(std::move(*content));
        };
    };
}

void MeetingModel::setContent(Content content)
{
    // The items first: the rows' section headings read them when they appear.
    if (content.items != m_items) {
        m_items = std::move(content.items);
        ++m_itemsRevision;
        Q_EMIT itemsChanged();
    }
    replaceRows(m_rows, std::move(content.rows), [](const Row &row) {
        return std::tie(row.section, row.kind, row.fileId, row.agendaItemId);
    });
    if (content.header != m_header) {
        m_header = std::move(content.header);
        Q_EMIT headerChanged();
    }
}

void MeetingModel::markSeen()
{
    const QString serverId = m_header.value(QStringLiteral("serverId")).toString();
    if (!cacheController() || serverId.isEmpty()) {
        return;
    }
    cacheController()->writeInBackground([serverId, meetingId = m_meetingId](Database &db) {
        SeenStore(db).markMeetingSeen(serverId, meetingId);
    });
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
    case SeenRole:
        return row.seen;
    case FailureRole:
        return row.failure;
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
            {AgendaItemIdRole, "agendaItemId"},
            {SeenRole, "seen"},
            {FailureRole, "failure"}};
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
