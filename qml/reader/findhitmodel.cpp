// SPDX-License-Identifier: GPL-2.0-or-later
#include "findhitmodel.h"

#include <algorithm>

namespace Ratsmappe {

namespace {

using Hits = QList<DocumentFind::Hit>;

Hits::const_iterator lowerBound(const Hits &hits, int page)
{
    return std::lower_bound(
        hits.cbegin(), hits.cend(), page, [](const DocumentFind::Hit &hit, int p) { return hit.page < p; });
}

} // namespace

FindHitModel::FindHitModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FindHitModel::setFind(DocumentFind *find)
{
    if (find == m_find) {
        return;
    }
    if (m_find) {
        disconnect(m_find, nullptr, this, nullptr);
    }
    m_find = find;
    if (m_find) {
        connect(m_find, &DocumentFind::hitsAboutToBeAdded, this, &FindHitModel::aboutToAdd);
        connect(m_find, &DocumentFind::hitsAdded, this, &FindHitModel::added);
        connect(m_find, &DocumentFind::hitsAboutToBeCleared, this, &FindHitModel::beginResetModel);
        connect(m_find, &DocumentFind::hitsCleared, this, [this] {
            m_rows = 0;
            endResetModel();
            Q_EMIT countChanged();
        });
        connect(m_find, &DocumentFind::currentChanged, this, [this] { rowsChanged({CurrentRole}); });
        connect(m_find, &DocumentFind::hitRectsChanged, this, [this] { rowsChanged({RectRole}); });
        connect(m_find, &QObject::destroyed, this, [this] { setPage(m_page); });
    }
    setPage(m_page); // counts the rows anew
    Q_EMIT findChanged();
}

void FindHitModel::setPage(int page)
{
    const bool changed = page != m_page;
    const int before = m_rows;
    beginResetModel();
    m_page = page;
    m_rows = 0;
    if (m_find) {
        const Hits &hits = m_find->hitList();
        m_rows = m_page < 0 ? static_cast<int>(hits.size())
                            : static_cast<int>(lowerBound(hits, m_page + 1) - lowerBound(hits, m_page));
    }
    endResetModel();
    if (changed) {
        Q_EMIT pageChanged();
    }
    if (m_rows != before) {
        Q_EMIT countChanged();
    }
}

int FindHitModel::firstHit() const
{
    if (!m_find || m_page < 0) {
        return 0;
    }
    const Hits &hits = m_find->hitList();
    return static_cast<int>(lowerBound(hits, m_page) - hits.cbegin());
}

// A page is searched once per query, so its hits all come in one block.
void FindHitModel::aboutToAdd(int position, const QList<DocumentFind::Hit> &hits)
{
    const int first = firstHit();
    m_adding = m_page < 0
        ? static_cast<int>(hits.size())
        : static_cast<int>(std::count_if(
              hits.cbegin(), hits.cend(), [this](const auto &hit) { return hit.page == m_page; }));
    // Rows of a later page: hit indexes shift by the hits going in before them.
    m_shifted = m_page >= 0 && m_adding == 0 && m_rows > 0 && position <= first;
    if (m_adding > 0) {
        const int row = std::clamp(position - first, 0, m_rows);
        beginInsertRows({}, row, row + m_adding - 1);
    }
}

void FindHitModel::added(int, int)
{
    if (m_adding > 0) {
        m_rows += m_adding;
        m_adding = 0;
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (m_shifted) {
        m_shifted = false;
        rowsChanged({HitIndexRole});
    }
}

void FindHitModel::rowsChanged(const QList<int> &roles)
{
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0), index(m_rows - 1), roles);
    }
}

int FindHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant FindHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_find) {
        return {};
    }
    const int hit = firstHit() + index.row();
    if (hit >= m_find->count()) {
        return {};
    }
    switch (role) {
    case PageRole:
        return m_find->hitList().at(hit).page;
    case RectRole:
        return m_find->displayRect(hit);
    case HitIndexRole:
        return hit;
    case CurrentRole:
        return hit == m_find->currentIndex();
    default:
        return {};
    }
}

QHash<int, QByteArray> FindHitModel::roleNames() const
{
    return {{PageRole, "page"}, {RectRole, "rect"}, {HitIndexRole, "hitIndex"}, {CurrentRole, "current"}};
}

} // namespace Ratsmappe
