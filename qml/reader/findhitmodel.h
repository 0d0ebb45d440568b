// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentfind.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The hits of a DocumentFind, in page order: all of them (DocumentFind::hits), or those on
/// one page (a page delegate's own, with `page` set). Rows come as the pages are searched and
/// go when another search starts; `rect` follows the rotation.
class FindHitModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentFind *find READ find WRITE setFind NOTIFY findChanged)
    /// Only this page's hits (from 0); -1 for every page.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        PageRole = Qt::UserRole + 1, ///< from 0
        RectRole, ///< the box in displayed points
        HitIndexRole, ///< the hit's place among all hits, as DocumentFind::currentIndex counts
        CurrentRole, ///< the hit is DocumentFind's current one
    };
    Q_ENUM(Role)

    explicit FindHitModel(QObject *parent = nullptr);

    DocumentFind *find() const { return m_find; }
    void setFind(DocumentFind *find);
    int page() const { return m_page; }
    void setPage(int page);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void findChanged();
    void pageChanged();
    void countChanged();

private:
    /// Where this model's rows start among the find's hits.
    int firstHit() const;
    void aboutToAdd(int position, const QList<DocumentFind::Hit> &hits);
    void added(int position, int count);
    void rowsChanged(const QList<int> &roles);

    QPointer<DocumentFind> m_find;
    int m_page = -1;
    int m_rows = 0;
    int m_adding = 0; // rows being inserted
    bool m_shifted = false; // hits go in before this page's
};

} // namespace Ratsmappe
