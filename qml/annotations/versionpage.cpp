// SPDX-License-Identifier: GPL-2.0-or-later
#include "versionpage.h"

#include "annotationpainter.h"
#include "cache.h"
#include "cachecontroller.h"
#include "documentstore.h"
#include "isolatedpdf.h"
#include "storeerror.h"

#include <QPainter>
#include <QtConcurrent>

namespace Ratsmappe {

namespace {

// Sharp enough for a comparison beside another page on a laptop screen.
constexpr double RenderDpi = 110;

} // namespace

VersionPage::VersionPage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{ }

void VersionPage::setCacheController(CacheController *controller)
{
    if (controller == m_controller) {
        return;
    }
    m_controller = controller;
    Q_EMIT sourceChanged();
    load();
}

void VersionPage::setAnnotationId(const QString &id)
{
    if (id == m_annotationId) {
        return;
    }
    m_annotationId = id;
    Q_EMIT sourceChanged();
    load();
}

qreal VersionPage::aspectRatio() const
{
    return m_image.isNull() ? 1.414 : qreal(m_image.height()) / m_image.width();
}

void VersionPage::load()
{
    if (m_loading) {
        m_reload = true;
        return;
    }
    m_annotation.reset();
    m_image = {};
    m_error.clear();
    Cache *cache = CacheController::usableCache(m_controller);
    if (!cache || m_annotationId.isEmpty()) {
        Q_EMIT stateChanged();
        update();
        return;
    }
    QByteArray bytes;
    try {
        m_annotation = AnnotationStore(cache->database()).get(m_annotationId);
        if (m_annotation) {
            // Decrypted in memory only, for the helper's pipe.
            bytes = DocumentStore(cache->database()).readAll(m_annotation->versionId);
        }
    } catch (const StoreError &e) {
        m_error = e.message();
    }
    if (!m_annotation && m_error.isEmpty()) {
        m_error = tr("This annotation is no longer in the cache.");
    }
    if (!m_error.isEmpty()) {
        Q_EMIT stateChanged();
        update();
        return;
    }
    const int page = m_annotation->page;
    m_loading = true;
    // Nobody waits for the helper: an item that goes (the member leaves the page) drops the
    // result, as the continuation is bound to it.
    QtConcurrent::run([bytes = std::move(bytes), page] {
        const IsolatedPdf::Result result = IsolatedPdf::render(bytes, page, RenderDpi);
        return Rendered{result.image, result.error};
    }).then(this, [this](const Rendered &result) { rendered(result); });
    Q_EMIT stateChanged();
}

void VersionPage::rendered(const Rendered &result)
{
    m_loading = false;
    if (m_reload) {
        m_reload = false;
        load();
        return;
    }
    m_image = result.image;
    m_error = result.error;
    Q_EMIT stateChanged();
    update();
}

void VersionPage::paint(QPainter *painter)
{
    const QSizeF area = size();
    painter->fillRect(QRectF(QPointF(), area), Qt::white);
    if (m_image.isNull() || !m_annotation || area.isEmpty()) {
        return;
    }
    // The page fills the item's width or height, whichever it meets first, centred.
    const QSizeF pageSize = QSizeF(m_image.size()).scaled(area, Qt::KeepAspectRatio);
    const QRectF target(
        QPointF((area.width() - pageSize.width()) / 2, (area.height() - pageSize.height()) / 2), pageSize);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
    painter->save();
    painter->translate(target.topLeft());
    AnnotationPainter::paint(*painter, {*m_annotation}, pageSize, 0, m_annotation->id);
    painter->restore();
}

} // namespace Ratsmappe
