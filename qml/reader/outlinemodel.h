// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The outline (bookmarks) of the document open in a DocumentSession, one row per entry in
/// document order; `level` says how deep an entry is nested.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::DisplayRole,
        PageRole = Qt::UserRole + 1, ///< from 0; -1 when the entry points nowhere here
        LevelRole,
    };
    Q_ENUM(Role)

    explicit OutlineModel(QObject *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void documentChanged();
    void countChanged();

private:
    void reload();

    QPointer<DocumentSession> m_document;
    int m_rows = 0;
};

} // namespace Ratsmappe
