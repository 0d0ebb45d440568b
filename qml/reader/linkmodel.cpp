// SPDX-License-Identifier: GPL-2.0-or-later
#include "linkmodel.h"

namespace Ratsmappe {

LinkModel::LinkModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void LinkModel::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentSession::closing, this, &LinkModel::reset);
        connect(m_document, &DocumentSession::layoutChanged, this, &LinkModel::layoutChanged);
        connect(m_document, &QObject::destroyed, this, &LinkModel::reset);
    }
    reset();
    load();
    Q_EMIT documentChanged();
}

void LinkModel::setPage(int page)
{
    if (page != m_page) {
        m_page = page;
        reset();
        load();
        Q_EMIT pageChanged();
    }
}

void LinkModel::reset()
{
    ++m_request;
    m_asked = false;
    if (!m_links.isEmpty()) {
        beginResetModel();
        m_links.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
}

// A document that has just been read asks for the links; a turned one moves them.
void LinkModel::layoutChanged()
{
    if (!m_asked) {
        load();
    } else if (!m_links.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {RectRole});
    }
}

void LinkModel::load()
{
    if (m_asked || !m_document || m_page < 0 || m_page >= m_document->pageCount()) {
        return;
    }
    const int page = m_page;
    m_asked = m_document->runTask(
        this,
        [page](const PdfDocument *doc) { return doc ? doc->links(page) : QList<PdfLink>(); },
        [this, request = m_request](const QList<PdfLink> &links) {
            if (request != m_request || links.isEmpty()) {
                return;
            }
            beginInsertRows({}, 0, static_cast<int>(links.size()) - 1);
            m_links = links;
            endInsertRows();
            Q_EMIT countChanged();
        });
}

int LinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_links.size());
}

QVariant LinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PdfLink &link = m_links.at(index.row());
    switch (role) {
    case RectRole:
        return m_document ? m_document->toDisplay(m_page, link.box) : QRectF();
    case TargetPageRole:
        return link.page;
    case UrlRole:
        return link.url;
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkModel::roleNames() const
{
    return {{RectRole, "rect"}, {TargetPageRole, "targetPage"}, {UrlRole, "url"}};
}

} // namespace Ratsmappe
