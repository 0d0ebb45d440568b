// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationlistmodel.h"

#include "annotationsummary.h"

#include "carriedannotation.h"

#include "cache.h"
#include "storeerror.h"

#include <QTimer>

namespace Ratsmappe {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void AnnotationListModel::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (m_controller) {
        connect(m_controller, &CacheController::stateChanged, this, &AnnotationListModel::queryEdited);
        // A sync may have carried annotations over to new versions (other pages, needs attention).
        connect(m_controller, &CacheController::contentChanged, this, &AnnotationListModel::queryEdited);
    }
    queryEdited();
}

void AnnotationListModel::setScope(Scope scope)
{
    if (scope != m_scope) {
        m_scope = scope;
        queryEdited();
    }
}

void AnnotationListModel::setFileId(const QString &fileId)
{
    if (fileId != m_fileId) {
        m_fileId = fileId;
        queryEdited();
    }
}

void AnnotationListModel::setServerId(const QString &serverId)
{
    if (serverId != m_serverId) {
        m_serverId = serverId;
        queryEdited();
    }
}

void AnnotationListModel::setMeetingId(const QString &meetingId)
{
    if (meetingId != m_meetingId) {
        m_meetingId = meetingId;
        queryEdited();
    }
}

void AnnotationListModel::setColor(const QString &color)
{
    if (color != m_filter.color) {
        m_filter.color = color;
        queryEdited();
    }
}

void AnnotationListModel::setType(const QString &type)
{
    if (type != m_filter.type) {
        m_filter.type = type;
        queryEdited();
    }
}

void AnnotationListModel::setNeedsAttentionOnly(bool only)
{
    if (only != m_filter.needsAttentionOnly) {
        m_filter.needsAttentionOnly = only;
        queryEdited();
    }
}

// Several properties are set at once when QML creates the model: one read for all of them.
void AnnotationListModel::queryEdited()
{
    Q_EMIT queryChanged();
    if (!m_reloadQueued) {
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &AnnotationListModel::reload);
    }
}

void AnnotationListModel::reload()
{
    m_reloadQueued = false;
    QList<AnnotationListEntry> rows;
    Cache *cache = CacheController::usableCache(m_controller);
    if (cache) {
        try {
            AnnotationListing listing(cache->database());
            switch (m_scope) {
            case Document:
                rows = listing.forFile(m_fileId, m_serverId, m_filter);
                break;
            case Meeting:
                rows = listing.forMeeting(m_meetingId, m_serverId, m_filter);
                break;
            case All:
                rows = listing.all(m_filter);
                break;
            }
        } catch (const StoreError &) {
            rows.clear(); // the cache closed under us: an empty list
        }
    }
    const int before = count();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != count()) {
        Q_EMIT countChanged();
    }
}

int AnnotationListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString AnnotationListModel::typeName(const QString &type)
{
    return AnnotationSummary::typeName(type);
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AnnotationListEntry &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case FileIdRole:
        return row.fileId;
    case ServerIdRole:
        return row.serverId;
    case TitleRole:
        return row.title;
    case PageRole:
        return row.page;
    case TypeRole:
        return row.type;
    case TypeNameRole:
        // A kind from another program is named by its PDF name (Stamp, Circle, …).
        return row.subtype.isEmpty() ? typeName(row.type) : row.subtype;
    case ColorRole:
        return row.color;
    case Qt::DisplayRole:
    case SnippetRole: {
        const QString snippet = row.quote.isEmpty() ? row.text : row.quote;
        return snippet.simplified().left(200);
    }
    case TextRole:
        return row.text;
    case QuoteRole:
        return row.quote;
    case NeedsAttentionRole:
        return row.needsAttention;
    case AttentionReasonRole:
        return CarriedAnnotation::reasonText(row.attentionReason, row.type);
    case ModifiedRole:
        return row.modified;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    return {
        {IdRole, "annotationId"},
        {FileIdRole, "fileId"},
        {ServerIdRole, "serverId"},
        {TitleRole, "title"},
        {PageRole, "page"},
        {TypeRole, "type"},
        {TypeNameRole, "typeName"},
        {ColorRole, "color"},
        {SnippetRole, "snippet"},
        {TextRole, "text"},
        {QuoteRole, "quote"},
        {NeedsAttentionRole, "needsAttention"},
        {AttentionReasonRole, "attentionReason"},
        {ModifiedRole, "modified"},
    };
}

} // namespace Ratsmappe
