// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property
#include "documentstore.h"
#include "pageimagecache.h"
#include "pagelayout.h"
#include "pagerequests.h"
#include "pdfdocument.h"
#include "renderqueue.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace Ratsmappe {

class DocumentCheckJob;

/// One document open in the reader: checks a PDF version's first open in the helper process,
/// reads its layout, then has its pages rendered on worker threads (RenderQueue) for the
/// PageItems that show them. Page geometry here is in PDF points as displayed (after rotation);
/// the QML side multiplies with `scale` (logical pixels per point).
///
/// What the member does with the open document are types of their own bound to it through
/// their `document` property: DocumentFind (with FindHitModel), TextSelection, LinkModel,
/// OutlineModel, DocumentPrinter, DocumentSaver and ReadingPosition. They run their work on
/// this session's workers through runTask().
class DocumentSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString fileId READ fileId WRITE setFileId NOTIFY fileIdChanged)
    /// The file's server, where two servers have a file with the same id; empty: the one file
    /// with that id.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY fileIdChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    /// The failure is the first-open check's (remembered per version, or cancelled): it can be
    /// tried again.
    Q_PROPERTY(bool canRetryCheck READ canRetryCheck NOTIFY statusChanged)
    /// Whole seconds the first-open check has been running, and its limit.
    Q_PROPERTY(int checkSeconds READ checkSeconds NOTIFY checkProgressChanged)
    Q_PROPERTY(int checkLimitSeconds READ checkLimitSeconds CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY fileIdChanged)
    /// The open version's id in the cache (0: none) and its server: what annotations belong to.
    Q_PROPERTY(qint64 versionId READ versionId NOTIFY statusChanged)
    Q_PROPERTY(QString versionServerId READ versionServerId NOTIFY statusChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY layoutChanged)
    Q_PROPERTY(qreal maxPageWidth READ maxPageWidth NOTIFY layoutChanged)
    Q_PROPERTY(qreal maxPageHeight READ maxPageHeight NOTIFY layoutChanged)
    Q_PROPERTY(bool isImage READ isImage NOTIFY layoutChanged)
    Q_PROPERTY(int rotation READ rotation WRITE setRotation NOTIFY layoutChanged)
    Q_PROPERTY(qreal scale READ scale WRITE setScale NOTIFY scaleChanged)
    Q_PROPERTY(qreal devicePixelRatio READ devicePixelRatio WRITE setDevicePixelRatio NOTIFY scaleChanged)

public:
    enum Status {
        Empty, ///< no document chosen
        NotDownloaded,
        Checking, ///< the first open runs in the helper process
        Loading,
        Ready, ///< pages can be shown
        Failed, ///< errorMessage says why
        Unsupported, ///< neither PDF nor image: it can only be saved
    };
    Q_ENUM(Status)

    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString fileId() const { return m_fileId; }
    void setFileId(const QString &fileId);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &serverId);
    Status status() const { return m_status; }
    QString errorMessage() const { return m_error; }
    bool canRetryCheck() const { return m_status == Failed && m_checkFailed; }
    int checkSeconds() const;
    static int checkLimitSeconds();
    QString title() const { return m_title; }
    int pageCount() const { return m_layout.pageCount(); }
    qreal maxPageWidth() const { return m_layout.maxPageWidth(); }
    qreal maxPageHeight() const { return m_layout.maxPageHeight(); }
    bool isImage() const { return !m_image.isNull(); }
    int rotation() const { return m_layout.rotation(); }
    void setRotation(int rotation);
    qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr);

    /// The page's size as displayed, in points.
    Q_INVOKABLE QSizeF pageSize(int page) const { return m_layout.pageSize(page); }
    Q_INVOKABLE QString pageLabel(int page) const { return m_layout.pageLabel(page); }
    /// The page (from 0) whose label or number is \a text, or -1.
    Q_INVOKABLE int pageForLabel(const QString &text) const { return m_layout.pageForLabel(text); }
    /// The pages on screen now; asks for them first, then the next ones in reading direction.
    Q_INVOKABLE void showPages(int first, int last, bool forward);
    /// Thumbnails on screen now, \a width logical pixels wide: asked for after everything else.
    Q_INVOKABLE void showThumbnails(int first, int last, int width);
    /// One page shown \a width logical pixels wide (presentation): asked for first, with the
    /// next page after it. A negative \a page stops.
    Q_INVOKABLE void showSingle(int page, int width);
    /// Stops the first-open check at once (the helper process is killed); the document stays
    /// closed and the check can be tried again.
    Q_INVOKABLE void cancelCheck();
    /// Forgets a failed or cancelled first-open check and checks the version again.
    Q_INVOKABLE void retryCheck();
    /// Renders the pages again after an import took over the document's own annotations (or
    /// they were deleted): whether Poppler draws them is asked of the cache anew
    /// (AnnotationStore::hasEmbedded), so that every annotation is drawn once, by the overlay.
    Q_INVOKABLE void redrawPages();

    /// The open version, when one is.
    const std::optional<FileVersion> &version() const { return m_version; }
    qint64 versionId() const { return m_version ? m_version->id : 0; }
    /// Never null: the store binds a null string as NULL, and a file of no server has ''.
    QString versionServerId() const
    {
        return m_version && !m_version->serverId.isNull() ? m_version->serverId : QStringLiteral("");
    }
    /// The open cache (null while there is none).
    Cache *cache() const { return m_controller ? m_controller->cache() : nullptr; }
    /// The document's outline (bookmarks), in document order.
    QList<PdfOutlineEntry> outline() const { return m_outline; }
    /// The workers of the open document (null when none is open): tests wait for it to drain
    /// before they say that something did not arrive.
    RenderQueue *renderQueue() const { return m_queue.get(); }
    /// How many page images the session holds in memory (none once the window locked).
    int cachedImageCount() const { return m_images.count() + (m_image.isNull() ? 0 : 1); }
    /// The best image there is now for \a page at the current scale, or \a width logical
    /// pixels wide when given (maybe another size).
    QImage pageImage(int page, int width = 0) const;
    /// Area (unrotated points) ↔ displayed points.
    QRectF toDisplay(int page, const QRectF &area) const { return m_layout.toDisplay(page, area); }
    QRectF fromDisplay(int page, const QRectF &area) const { return m_layout.fromDisplay(page, area); }

    /// Runs \a work(const PdfDocument *) on a worker with the open document (null when it
    /// cannot be read there), then \a done with its result on this thread — unless the document
    /// has closed or \a receiver is gone by then. Returns false when no PDF is open.
    template<typename Work, typename Done>
    bool runTask(QObject *receiver, Work work, Done done);

Q_SIGNALS:
    void cacheControllerChanged();
    void fileIdChanged();
    void statusChanged();
    void checkProgressChanged();
    void layoutChanged();
    void scaleChanged();
    void pageRendered(int page);
    /// The open document is closing (another opens, or this session ends): jobs on its workers
    /// end now, and what was found or selected in it goes.
    void closing();

private:
    struct Layout
    {
        QList<PageLayout::Page> pages;
        QList<PdfOutlineEntry> outline;
        QString error;
    };
    void open();
    void openVersion(Database &db);
    void close();
    void setStatus(Status status, const QString &error = {});
    void startCheck();
    void checked(const QString &error);
    void loadImage();
    void load();
    void loaded(const Layout &layout);
    /// New pages, turned as the old ones were.
    void setPages(const QList<PageLayout::Page> &pages);
    PageKey keyFor(int page, int width = 0) const;
    void requestVisible();

    CacheController *m_controller = nullptr; // the window's, outlives every page
    QString m_fileId;
    QString m_serverId;
    QString m_title;
    std::optional<FileVersion> m_version;
    Status m_status = Empty;
    QString m_error;
    PageLayout m_layout;
    QList<PdfOutlineEntry> m_outline;
    QImage m_image; // an image document
    qreal m_scale = 1;
    qreal m_dpr = 1;
    PageRequests m_requests;
    // The pages on screen, 3 ahead, 1 behind, and some slack stay even beyond the budget.
    PageImageCache m_images{PageImageCache::DefaultBudget, 8};
    std::unique_ptr<RenderQueue> m_queue;
    std::unique_ptr<DocumentCheckJob> m_check; // the first-open check, kept until the document closes
    bool m_checkFailed = false;
    quint64 m_openGeneration = 0; // results of an earlier document are dropped
};

// The task posts its result to this session, which outlives its workers (the queue waits for
// them), and checks the receiver there, on this thread.
template<typename Work, typename Done>
bool DocumentSession::runTask(QObject *receiver, Work work, Done done)
{
    if (!m_queue || !m_version) {
        return false;
    }
    m_queue->run(m_version->id,
                 [this,
                  generation = m_openGeneration,
                  guard = QPointer<QObject>(receiver),
                  work = std::move(work),
                  done = std::move(done)](const PdfDocument *doc, const QString &) {
                     auto result = work(doc);
                     QMetaObject::invokeMethod(
                         this,
                         [this, generation, guard, done, result = std::move(result)] {
                             if (guard && generation == m_openGeneration) {
                                 done(result);
                             }
                         },
                         Qt::QueuedConnection);
                 });
    return true;
}

} // namespace Ratsmappe
