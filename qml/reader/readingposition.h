// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// Where the member left the document open in a DocumentSession (the cache's read state): read
/// when the document opens, written with save() when the member leaves it.
class ReadingPosition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    /// The page, from 0 (within the document once its pages are known).
    Q_PROPERTY(int page READ page NOTIFY changed)
    /// The zoom: 0 fits the width, -1 the page, else 1 is the page's real size.
    Q_PROPERTY(qreal zoom READ zoom NOTIFY changed)

public:
    explicit ReadingPosition(QObject *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    int page() const;
    qreal zoom() const { return m_zoom; }

    /// Records \a page and \a zoom for the document shown (marking it read).
    Q_INVOKABLE void save(int page, qreal zoom);

Q_SIGNALS:
    void documentChanged();
    void changed();

private:
    void load();

    QPointer<DocumentSession> m_document;
    int m_page = 0;
    qreal m_zoom = 0;
};

} // namespace Ratsmappe
