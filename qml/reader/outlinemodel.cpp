// SPDX-License-Identifier: GPL-2.0-or-later
#include "outlinemodel.h"

#include "documentsession.h"

namespace Ratsmappe {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OutlineModel::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentSession::layoutChanged, this, &OutlineModel::reload);
        connect(m_document, &QObject::destroyed, this, &OutlineModel::reload);
    }
    reload();
    Q_EMIT documentChanged();
}

// A new layout comes with every open and rotation: the rows are read anew.
void OutlineModel::reload()
{
    const int before = m_rows;
    beginResetModel();
    m_rows = m_document ? static_cast<int>(m_document->outline().size()) : 0;
    endResetModel();
    if (m_rows != before) {
        Q_EMIT countChanged();
    }
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_document) {
        return {};
    }
    const QList<PdfOutlineEntry> outline = m_document->outline();
    if (index.row() >= outline.size()) {
        return {};
    }
    const PdfOutlineEntry &entry = outline.at(index.row());
    switch (role) {
    case TitleRole:
        return entry.title;
    case PageRole:
        return entry.page;
    case LevelRole:
        return entry.level;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    return {{TitleRole, "title"}, {PageRole, "page"}, {LevelRole, "level"}};
}

} // namespace Ratsmappe
