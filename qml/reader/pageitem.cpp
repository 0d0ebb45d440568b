// SPDX-License-Identifier: GPL-2.0-or-later
#include "pageitem.h"

#include "documentsession.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRectangleNode>

namespace Ratsmappe {

PageItem::PageItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void PageItem::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentSession::pageRendered, this, [this](int page) {
            if (page == m_page) {
                refresh();
            }
        });
        connect(m_document, &DocumentSession::layoutChanged, this, &PageItem::refresh);
        connect(m_document, &DocumentSession::scaleChanged, this, &PageItem::refresh);
    }
    Q_EMIT documentChanged();
    refresh();
}

void PageItem::setPage(int page)
{
    if (page != m_page) {
        m_page = page;
        Q_EMIT pageChanged();
        refresh();
    }
}

void PageItem::setRenderWidth(int width)
{
    if (width != m_renderWidth) {
        m_renderWidth = width;
        Q_EMIT renderWidthChanged();
        refresh();
    }
}

void PageItem::setInverted(bool inverted)
{
    if (inverted != m_inverted) {
        m_inverted = inverted;
        Q_EMIT invertedChanged();
        refresh();
    }
}

void PageItem::refresh()
{
    const bool had = rendered();
    QImage image = m_document && m_page >= 0 ? m_document->pageImage(m_page, m_renderWidth) : QImage();
    if (m_inverted && !image.isNull()) {
        image = image.convertToFormat(QImage::Format_RGB32);
        image.invertPixels();
    }
    if (image.cacheKey() == m_image.cacheKey() && !m_inverted) {
        return;
    }
    m_image = image;
    m_imageChanged = true;
    if (had != rendered()) {
        Q_EMIT renderedChanged();
    }
    update();
}

// Runs on the render thread while the GUI thread waits: reading m_image is safe here.
QSGNode *PageItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    const QRectF bounds = boundingRect();
    if (m_image.isNull()) {
        auto *paper = dynamic_cast<QSGRectangleNode *>(old);
        if (!paper) {
            delete old;
            paper = window()->createRectangleNode();
        }
        paper->setColor(m_inverted ? QColor(0x20, 0x20, 0x20) : Qt::white);
        paper->setRect(bounds);
        return paper;
    }
    auto *node = dynamic_cast<QSGImageNode *>(old);
    if (!node) {
        delete old;
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        m_imageChanged = true;
    }
    if (m_imageChanged) {
        node->setTexture(window()->createTextureFromImage(m_image));
        m_imageChanged = false;
    }
    node->setFiltering(QSGTexture::Linear);
    node->setRect(bounds);
    return node;
}

} // namespace Ratsmappe
