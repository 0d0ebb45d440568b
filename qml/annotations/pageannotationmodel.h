// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentannotations.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The annotations of one page as rows, bottom to top, for a page's delegates and lists. Reads
/// the page again when its annotations change.
class PageAnnotationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentAnnotations *annotations READ annotations WRITE setAnnotations NOTIFY
                   annotationsChanged)
    /// From 0.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        BoundsRole, ///< QRectF, normalized to the unrotated page
        ColorRole,
        TextRole,
        QuoteRole,
        NeedsAttentionRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit PageAnnotationModel(QObject *parent = nullptr);

    DocumentAnnotations *annotations() const { return m_set; }
    void setAnnotations(DocumentAnnotations *annotations);
    int page() const { return m_page; }
    void setPage(int page);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void annotationsChanged();
    void pageChanged();
    void countChanged();

private:
    void reload();
    void forgetSet();
    void selectionChanged();

    QPointer<DocumentAnnotations> m_set;
    int m_page = 0;
    QList<StoredAnnotation> m_rows;
};

} // namespace Ratsmappe
