// SPDX-License-Identifier: GPL-2.0-or-later
#include "papermodel.h"

#include "cache.h"
#include "datetext.h"
#include "meetingmodel.h"
#include "paperlisting.h"
#include "seenstore.h"
#include "storeerror.h"

#include <memory>

namespace Ratsmappe {

PaperModel::PaperModel(QObject *parent)
    : CacheListModel(false, parent)
    , m_paper(std::make_unique<PaperDetail>())
{ }

PaperModel::~PaperModel() = default;

void PaperModel::load(Database *db, const QString &paperId, const QString &serverId)
{
    setPaper(db && !paperId.isEmpty() ? PaperListing(*db).paper(paperId, serverId) : PaperDetail());
}

CacheReader::Job PaperModel::backgroundRead()
{
    return [paperId = m_paperId, serverId = m_serverId, this](Database &db) -> CacheReader::Apply {
        auto paper = std::make_shared<PaperDetail>(
            paperId.isEmpty() ? PaperDetail() : PaperListing(db).paper(paperId, serverId));
        // Runs on the GUI thread with the model alive (CacheListModel::reload).
        return [this, paper] {
            setPaper(*paper);
        };
    };
}

void PaperModel::setPaper(const PaperDetail &paper)
{
    beginResetModel();
    *m_paper = paper;
    endResetModel();
    QVariantMap header;
    if (!paper.serverId.isEmpty()) {
        header = {
            {QStringLiteral("serverId"), paper.serverId},
            {QStringLiteral("name"), paper.name},
            {QStringLiteral("reference"), paper.reference},
            {QStringLiteral("paperType"), paper.paperType},
            {QStringLiteral("date"), DateText::date(QDate::fromString(paper.date.left(10), Qt::ISODate))},
            {QStringLiteral("nonPublic"), paper.nonPublic},
            {QStringLiteral("seen"), paper.seen},
            {QStringLiteral("underDirectionOf"), paper.underDirectionOf.join(QLatin1String(", "))},
            {QStringLiteral("originators"), paper.originators.join(QLatin1String(", "))}};
    }
    if (header != m_header) {
        m_header = header;
        Q_EMIT headerChanged();
    }
    m_consultations.setConsultations(paper.consultations);
    Q_EMIT countChanged();
}

void PaperModel::setPaperId(const QString &paperId)
{
    if (paperId == m_paperId) {
        return;
    }
    m_paperId = paperId;
    reload();
    Q_EMIT paperIdChanged();
}

void PaperModel::setServerId(const QString &serverId)
{
    if (serverId == m_serverId) {
        return;
    }
    m_serverId = serverId;
    reload();
    Q_EMIT serverIdChanged();
}

void PaperModel::markSeen()
{
    if (!cacheController() || m_paper->serverId.isEmpty()) {
        return;
    }
    QStringList files;
    for (const AgendaDocument &d : m_paper->documents) {
        files << d.fileId;
    }
    cacheController()->writeInBackground(
        [serverId = m_paper->serverId, paperId = m_paper->id, files](Database &db) {
            Transaction tx(db);
            SeenStore seen(db);
            seen.markSeen(serverId, QStringLiteral("paper"), paperId);
            for (const QString &file : files) {
                seen.markSeen(serverId, QStringLiteral("file"), file);
            }
            tx.commit();
        });
}

int PaperModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_paper->documents.size());
}

QVariant PaperModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgendaDocument &d = m_paper->documents.at(index.row());
    switch (role) {
    case FileIdRole:
        return d.fileId;
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case RoleLabelRole:
        return MeetingModel::roleLabel(d.role);
    case LateRole:
        return d.late;
    case DownloadedRole:
        return d.downloaded;
    case KindRole:
        return d.kind;
    case NonPublicRole:
        return d.nonPublic || m_paper->nonPublic;
    case WithdrawnRole:
        return d.withdrawn;
    case ServerIdRole:
        return m_paper->serverId;
    case SeenRole:
        return d.seen;
    case FailureRole:
        return d.failure;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaperModel::roleNames() const
{
    return {{FileIdRole, "fileId"},
            {NameRole, "name"},
            {RoleLabelRole, "roleLabel"},
            {LateRole, "late"},
            {DownloadedRole, "downloaded"},
            {KindRole, "kind"},
            {NonPublicRole, "nonPublic"},
            {WithdrawnRole, "withdrawn"},
            {ServerIdRole, "serverId"},
            {SeenRole, "seen"},
            {FailureRole, "failure"}};
}

} // namespace Ratsmappe
