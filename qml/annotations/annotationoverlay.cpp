// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationoverlay.h"

#include "annotationgeometry.h"
#include "annotationpainter.h"

#include <QJsonArray>
#include <QQuickWindow>
#include <QSGImageNode>

namespace Ratsmappe {

AnnotationOverlay::AnnotationOverlay(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void AnnotationOverlay::repaint()
{
    m_dirty = true;
    update();
}

void AnnotationOverlay::setAnnotations(DocumentAnnotations *annotations)
{
    if (annotations == m_set) {
        return;
    }
    if (m_set) {
        disconnect(m_set, nullptr, this, nullptr);
    }
    m_set = annotations;
    if (annotations) {
        annotations->followPage(this, m_page, &AnnotationOverlay::reload, &AnnotationOverlay::forgetSet);
    }
    Q_EMIT annotationsChanged();
    reload();
}

void AnnotationOverlay::forgetSet()
{
    m_set = nullptr;
}

void AnnotationOverlay::setPage(int page)
{
    if (page != m_page) {
        m_page = page;
        Q_EMIT pageChanged();
        reload();
    }
}

void AnnotationOverlay::setPageRotation(int rotation)
{
    rotation = ((rotation % 360 + 360) % 360) / 90 * 90;
    if (rotation != m_rotation) {
        m_rotation = rotation;
        Q_EMIT pageRotationChanged();
        repaint();
    }
}

void AnnotationOverlay::reload()
{
    const QList<StoredAnnotation> now = m_set ? m_set->onPage(m_page) : QList<StoredAnnotation>();
    if (now == m_annotations) {
        return;
    }
    m_annotations = now;
    repaint();
}

void AnnotationOverlay::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        repaint();
    }
}

void AnnotationOverlay::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemDevicePixelRatioHasChanged && !qFuzzyCompare(value.realValue, m_paintedRatio)) {
        repaint(); // its pixels are the screen's
    }
}

namespace {

// The layer's node: its image node as its child, and the texture, which it deletes itself (not
// every backend's image node deletes a texture it owns when it gets another one).
class LayerNode : public QSGNode
{
public:
    explicit LayerNode(QSGImageNode *child)
        : image(child)
    {
        appendChildNode(child); // owned and deleted as its child
    }
    ~LayerNode() override { delete texture; }
    void setTexture(QSGTexture *next)
    {
        image->setTexture(next);
        delete texture;
        texture = next;
    }

    QSGImageNode *const image;
    QSGTexture *texture = nullptr;
};

} // namespace

// On Qt Quick's render thread while the GUI thread waits, as QQuickPaintedItem paints. Moving the
// item (scrolling) does not come here.
QSGNode *AnnotationOverlay::updatePaintNode(QSGNode *node, UpdatePaintNodeData *)
{
    auto *layer = static_cast<LayerNode *>(node);
    const QSizeF shown = size();
    if (m_annotations.isEmpty() || shown.isEmpty()) {
        delete layer; // nothing to show: no texture either
        m_dirty = true;
        return nullptr;
    }
    if (!layer) {
        layer = new LayerNode(window()->createImageNode());
        layer->image->setFiltering(QSGTexture::Linear);
        m_dirty = true;
    }
    if (m_dirty) {
        ++m_paints;
        m_paintedRatio = window()->effectiveDevicePixelRatio();
        const QImage image = AnnotationPainter::layer(m_annotations, shown, m_rotation, m_paintedRatio);
        layer->setTexture(window()->createTextureFromImage(image, QQuickWindow::TextureHasAlphaChannel));
        m_dirty = false;
    }
    layer->image->setRect(boundingRect());
    return layer;
}

QString AnnotationOverlay::annotationAt(const QPointF &point, qreal tolerance) const
{
    const QSizeF shown = size();
    if (shown.isEmpty()) {
        return {};
    }
    const QPointF at = toPage(point);
    // The page's own width in pixels: normalized distances count in it, as ink widths do.
    const qreal pageWidth = m_rotation % 180 ? shown.height() : shown.width();
    const qreal reach = tolerance / pageWidth;
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        const StoredAnnotation &a = *it;
        if (a.type == QLatin1String("note")) {
            const QJsonArray p = a.geometry.value(QLatin1String("point")).toArray();
            const QRectF icon = AnnotationPainter::noteIcon(
                QPointF(p.at(0).toDouble(), p.at(1).toDouble()), shown, m_rotation);
            if (icon.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point)) {
                return a.id;
            }
        } else if (a.type == QLatin1String("ink")) {
            const qreal width = a.geometry.value(QLatin1String("width")).toDouble();
            if (AnnotationGeometry::distanceToInk(a.geometry, at) <= reach + width / 2) {
                return a.id;
            }
        } else if (fromPageRect(AnnotationStore::bounds(a.geometry))
                       .adjusted(-tolerance, -tolerance, tolerance, tolerance)
                       .contains(point)) {
            return a.id;
        }
    }
    return {};
}

QPointF AnnotationOverlay::toPage(const QPointF &point) const
{
    return AnnotationPainter::fromDisplay(point, size(), m_rotation);
}

QRectF AnnotationOverlay::toPageRect(const QRectF &rect) const
{
    return AnnotationPainter::fromDisplay(rect, size(), m_rotation);
}

QPointF AnnotationOverlay::fromPage(const QPointF &point) const
{
    return AnnotationPainter::toDisplay(point, size(), m_rotation);
}

QRectF AnnotationOverlay::fromPageRect(const QRectF &rect) const
{
    return AnnotationPainter::toDisplay(rect, size(), m_rotation);
}

} // namespace Ratsmappe
