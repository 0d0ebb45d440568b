// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class DocumentSession;

/// Shows one page of a DocumentSession: the rendered image when there is one (scaled from another
/// size while the right one renders), white paper until then. Optionally inverted for reading
/// in the dark.
class PageItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(bool inverted READ inverted WRITE setInverted NOTIFY invertedChanged)
    /// Logical pixels the page is rendered wide for (thumbnails, presentation); 0 follows the
    /// document's scale.
    Q_PROPERTY(int renderWidth READ renderWidth WRITE setRenderWidth NOTIFY renderWidthChanged)
    /// True once an image of the page is shown.
    Q_PROPERTY(bool rendered READ rendered NOTIFY renderedChanged)

public:
    explicit PageItem(QQuickItem *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    int page() const { return m_page; }
    void setPage(int page);
    bool inverted() const { return m_inverted; }
    void setInverted(bool inverted);
    bool rendered() const { return !m_image.isNull(); }
    int renderWidth() const { return m_renderWidth; }
    void setRenderWidth(int width);

Q_SIGNALS:
    void documentChanged();
    void pageChanged();
    void invertedChanged();
    void renderedChanged();
    void renderWidthChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;

private:
    void refresh();

    QPointer<DocumentSession> m_document;
    int m_page = -1;
    bool m_inverted = false;
    int m_renderWidth = 0;
    QImage m_image;
    bool m_imageChanged = false;
};

} // namespace Ratsmappe
