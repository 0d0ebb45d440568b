// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentannotations.h"

#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// One page's annotations drawn over its image (AnnotationPainter), the item as large as the
/// page shows. The page image is never rendered again for them: this item repaints only when
/// its page's annotations, the selection, its size or the rotation change, never when the view
/// scrolls.
///
/// Paints into an image of its own (AnnotationPainter::layer: premultiplied ARGB32, the raster
/// engine's fast format) shown as a texture, with every scene graph backend (the software
/// renderer too). Not a QQuickPaintedItem: under the GPU backends its image is RGBA8888, where
/// QPainter blends through a generic path that makes the same overlay about three times as
/// slow (ink and arrows ten times).
class AnnotationOverlay : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentAnnotations *annotations READ annotations WRITE setAnnotations NOTIFY
                   annotationsChanged)
    /// From 0.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    /// How the page is turned, clockwise: 0, 90, 180 or 270.
    Q_PROPERTY(int pageRotation READ pageRotation WRITE setPageRotation NOTIFY pageRotationChanged)

public:
    explicit AnnotationOverlay(QQuickItem *parent = nullptr);

    DocumentAnnotations *annotations() const { return m_set; }
    void setAnnotations(DocumentAnnotations *annotations);
    int page() const { return m_page; }
    void setPage(int page);
    int pageRotation() const { return m_rotation; }
    void setPageRotation(int rotation);

    /// A point of this item → normalized on the unrotated page, as AnnotationSet takes it.
    Q_INVOKABLE QPointF toPage(const QPointF &point) const;
    Q_INVOKABLE QRectF toPageRect(const QRectF &rect) const;
    /// Normalized on the unrotated page → this item's coordinates.
    Q_INVOKABLE QPointF fromPage(const QPointF &point) const;
    Q_INVOKABLE QRectF fromPageRect(const QRectF &rect) const;

    /// The topmost annotation at \a point (this item's coordinates) within \a tolerance
    /// pixels, or empty. Unlike AnnotationSet::hitTest it knows how large a note's icon shows.
    Q_INVOKABLE QString annotationAt(const QPointF &point, qreal tolerance) const;

    /// How many times the layer was painted: the tests prove scrolling does not repaint.
    int paintCount() const { return m_paints; }

Q_SIGNALS:
    void annotationsChanged();
    void pageChanged();
    void pageRotationChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    QSGNode *updatePaintNode(QSGNode *node, UpdatePaintNodeData *data) override;

private:
    void reload();
    void forgetSet();
    void repaint();

    QPointer<DocumentAnnotations> m_set;
    int m_page = 0;
    int m_rotation = 0;
    QList<StoredAnnotation> m_annotations; // this page's, as last read
    int m_paints = 0;
    bool m_dirty = true; // the layer must be painted again before it shows
    qreal m_paintedRatio = 1; // the device pixel ratio it was painted for
};

} // namespace Ratsmappe
