// SPDX-License-Identifier: GPL-2.0-or-later
#include "pageannotationmodel.h"

namespace Ratsmappe {

PageAnnotationModel::PageAnnotationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PageAnnotationModel::setAnnotations(DocumentAnnotations *annotations)
{
    if (annotations == m_set) {
        return;
    }
    if (m_set) {
        disconnect(m_set, nullptr, this, nullptr);
    }
    m_set = annotations;
    if (annotations) {
        annotations->followPage(this, m_page, &PageAnnotationModel::reload, &PageAnnotationModel::forgetSet);
        connect(annotations, &AnnotationSet::selectedChanged, this, &PageAnnotationModel::selectionChanged);
    }
    Q_EMIT annotationsChanged();
    reload();
}

void PageAnnotationModel::forgetSet()
{
    m_set = nullptr; // it is half destroyed: never asked again
}

void PageAnnotationModel::setPage(int page)
{
    if (page != m_page) {
        m_page = page;
        Q_EMIT pageChanged();
        reload();
    }
}

void PageAnnotationModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows = m_set ? m_set->onPage(m_page) : QList<StoredAnnotation>();
    endResetModel();
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

void PageAnnotationModel::selectionChanged()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1), {SelectedRole});
    }
}

int PageAnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PageAnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StoredAnnotation &a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case TypeRole:
        return a.type;
    case BoundsRole:
        return AnnotationStore::bounds(a.geometry);
    case ColorRole:
        return a.color;
    case Qt::DisplayRole:
    case TextRole:
        return a.text;
    case QuoteRole:
        return a.quote;
    case NeedsAttentionRole:
        return a.needsAttention;
    case SelectedRole:
        return m_set && m_set->selectedId() == a.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> PageAnnotationModel::roleNames() const
{
    return {{IdRole, "id"},
            {TypeRole, "type"},
            {BoundsRole, "bounds"},
            {ColorRole, "color"},
            {TextRole, "text"},
            {QuoteRole, "quote"},
            {NeedsAttentionRole, "needsAttention"},
            {SelectedRole, "selected"}};
}

} // namespace Ratsmappe
