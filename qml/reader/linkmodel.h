// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The links on one page of the document open in a DocumentSession: to another page, or to an
/// address outside. They are read on the session's workers when the page is set and the
/// document is ready; `rect` follows the rotation.
class LinkModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    /// The page, from 0 (-1: none).
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RectRole = Qt::UserRole + 1, ///< the link's area in displayed points
        TargetPageRole, ///< the page it leads to, from 0; -1 for a link outside the document
        UrlRole, ///< the address outside, for a link that leads there
    };
    Q_ENUM(Role)

    explicit LinkModel(QObject *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    int page() const { return m_page; }
    void setPage(int page);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void documentChanged();
    void pageChanged();
    void countChanged();

private:
    void reset();
    void layoutChanged();
    void load();

    QPointer<DocumentSession> m_document;
    int m_page = -1;
    QList<PdfLink> m_links;
    bool m_asked = false; // the links of this page and document are asked for, or here
    quint64 m_request = 0; // an answer for an earlier page is dropped
};

} // namespace Ratsmappe
