// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h" // moc needs the whole type of the cacheController property
#include "documentstore.h"
#include "pageimagecache.h"
#include "pdfdocument.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Ratsmappe {

class IsolatedPdfJob;
class RenderQueue;

/// One document open in the reader: checks a PDF version's first open in the helper process,
/// then has its pages rendered on worker threads (RenderQueue) for the PageItems that show them.
/// Page geometry here is in PDF points as displayed (after rotation); the QML side multiplies
/// with `scale` (logical pixels per point). Finding and copying text also run on the workers.
/// Printing (DocumentPrinter) and the outline (OutlineModel) are types of their own bound to it.
class DocumentView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString fileId READ fileId WRITE setFileId NOTIFY fileIdChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    /// The failure is the first-open check's (remembered per version, or cancelled): it can be
    /// tried again.
    Q_PROPERTY(bool canRetryCheck READ canRetryCheck NOTIFY statusChanged)
    /// Whole seconds the first-open check has been running, and its limit.
    Q_PROPERTY(int checkSeconds READ checkSeconds NOTIFY checkProgressChanged)
    Q_PROPERTY(int checkLimitSeconds READ checkLimitSeconds CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY fileIdChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY layoutChanged)
    Q_PROPERTY(qreal maxPageWidth READ maxPageWidth NOTIFY layoutChanged)
    Q_PROPERTY(qreal maxPageHeight READ maxPageHeight NOTIFY layoutChanged)
    Q_PROPERTY(bool isImage READ isImage NOTIFY layoutChanged)
    Q_PROPERTY(int rotation READ rotation WRITE setRotation NOTIFY layoutChanged)
    Q_PROPERTY(qreal scale READ scale WRITE setScale NOTIFY scaleChanged)
    Q_PROPERTY(qreal devicePixelRatio READ devicePixelRatio WRITE setDevicePixelRatio NOTIFY scaleChanged)
    /// Where the member left the document: page from 0, zoom (0 = fit width).
    Q_PROPERTY(int savedPage READ savedPage NOTIFY layoutChanged)
    Q_PROPERTY(qreal savedZoom READ savedZoom NOTIFY layoutChanged)
    Q_PROPERTY(int linksRevision READ linksRevision NOTIFY linksChanged)
    Q_PROPERTY(QString findText READ findText NOTIFY findChanged)
    Q_PROPERTY(bool finding READ finding NOTIFY findChanged)
    Q_PROPERTY(int hitCount READ hitCount NOTIFY findChanged)
    Q_PROPERTY(int currentHit READ currentHit NOTIFY currentHitChanged)
    Q_PROPERTY(int currentHitPage READ currentHitPage NOTIFY currentHitChanged)
    Q_PROPERTY(QRectF currentHitRect READ currentHitRect NOTIFY currentHitChanged)
    /// Text selected in reading order (press and drag): the page, the selected words' boxes in
    /// displayed points, and their text.
    Q_PROPERTY(int textSelectionPage READ textSelectionPage NOTIFY textSelectionChanged)
    Q_PROPERTY(QVariantList textSelectionRects READ textSelectionRects NOTIFY textSelectionChanged)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY textSelectionChanged)

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

    explicit DocumentView(QObject *parent = nullptr);
    ~DocumentView() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString fileId() const { return m_fileId; }
    void setFileId(const QString &fileId);
    Status status() const { return m_status; }
    QString errorMessage() const { return m_error; }
    bool canRetryCheck() const { return m_status == Failed && m_checkFailed; }
    int checkSeconds() const;
    int checkLimitSeconds() const;
    QString title() const { return m_title; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    qreal maxPageWidth() const;
    qreal maxPageHeight() const;
    /// The document's outline (bookmarks), in document order.
    QList<PdfOutlineEntry> outline() const { return m_outline; }
    /// The open version (0 when none is).
    qint64 versionId() const { return m_version ? m_version->id : 0; }
    int rotation() const { return m_rotation; }
    void setRotation(int rotation);
    qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr);
    int savedPage() const { return m_savedPage; }
    qreal savedZoom() const { return m_savedZoom; }
    QString findText() const { return m_findText; }
    bool finding() const { return m_findPending > 0; }
    int hitCount() const { return static_cast<int>(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    int currentHitPage() const;
    QRectF currentHitRect() const;
    bool isImage() const { return !m_image.isNull(); }
    int textSelectionPage() const { return m_selection.page; }
    QVariantList textSelectionRects() const;
    QString selectedText() const;

    /// The page's size as displayed, in points.
    Q_INVOKABLE QSizeF pageSize(int page) const;
    Q_INVOKABLE QString pageLabel(int page) const;
    /// The page (from 0) whose label or number is \a text, or -1.
    Q_INVOKABLE int pageForLabel(const QString &text) const;
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
    /// Starts finding \a text in every page; an empty text clears the hits.
    Q_INVOKABLE void find(const QString &text);
    /// Moves to the next or previous hit (wrapping around).
    Q_INVOKABLE void nextHit(bool forward);
    /// Hit rectangles on \a page, in displayed points.
    Q_INVOKABLE QVariantList hitsOn(int page) const;
    /// The page's links as {rect (display units), page (-1 for outside), url}; loaded on a
    /// worker the first time a page asks (linksRevision changes when they arrive).
    Q_INVOKABLE QVariantList linksOn(int page);
    /// Selects the words of \a page from the one at \a from to the one at \a to (displayed
    /// points), in reading order. The page's words are read on a worker the first time.
    Q_INVOKABLE void selectText(int page, const QPointF &from, const QPointF &to);
    /// Selects every word of \a page.
    Q_INVOKABLE void selectPage(int page);
    Q_INVOKABLE void clearTextSelection();
    /// Copies the selected words to the clipboard (textCopied tells).
    Q_INVOKABLE void copySelectedText();
    /// Copies the text under \a area (displayed points) of \a page to the clipboard.
    Q_INVOKABLE void copyText(int page, const QRectF &area);
    /// Records where the member is (read_state).
    Q_INVOKABLE void savePosition(int page, qreal zoom);
    /// Writes the stored bytes to \a url (a local file), the member's explicit export. Returns an
    /// error for the member, or "" when saved.
    Q_INVOKABLE QString saveCopy(const QUrl &url);
    /// Asks where to save a copy with the system's file dialog, which starts in the member's
    /// Documents folder with the document's name filled in, and saves it there; saveFinished
    /// tells how it went (nothing when the member cancels).
    Q_INVOKABLE void saveCopyAs();
    Q_INVOKABLE QString suggestedFileName() const;
    /// Where a save dialog starts: the suggested name in the member's Documents folder (else
    /// Downloads, else home), never the program's working directory.
    QUrl suggestedSaveUrl() const;
    QUrl saveFolder() const;
    /// The workers of the open document (null when none is open): tests wait for it to drain
    /// before they say that something did not arrive.
    RenderQueue *renderQueue() const { return m_queue.get(); }

    /// The best image there is now for \a page at the current scale, or \a width logical
    /// pixels wide when given (maybe another size).
    QImage pageImage(int page, int width = 0) const;
    /// Area (unrotated points) ↔ displayed points.
    QRectF toDisplay(int page, const QRectF &area) const;
    QRectF fromDisplay(int page, const QRectF &area) const;

Q_SIGNALS:
    void cacheControllerChanged();
    void fileIdChanged();
    void statusChanged();
    void checkProgressChanged();
    void layoutChanged();
    void scaleChanged();
    void findChanged();
    void currentHitChanged();
    void pageRendered(int page);
    void linksChanged();
    void textCopied(const QString &text);
    /// The open document is closing (another opens, or this view ends): jobs on its workers
    /// end now.
    void closing();
    void textSelectionChanged();
    /// \a message is where the copy went, or why it was not saved.
    void saveFinished(bool ok, const QString &message);

private:
    struct PageInfo
    {
        QSizeF size; // unrotated points
        QString label;
    };
    struct Layout
    {
        QList<PageInfo> pages;
        QList<PdfOutlineEntry> outline;
        QString error;
    };
    struct Hit
    {
        int page;
        QRectF rect; // unrotated points
    };
    struct TextSelection
    {
        int page = -1;
        QPointF from; // displayed points; a null `to` with `all` selects the whole page
        QPointF to;
        bool all = false;
        int first = -1; // word indexes, inclusive
        int last = -1;
    };
    void open();
    void close();
    void loadWords(int page);
    void updateTextSelection();
    int wordAt(int page, const QPointF &displayed) const;
    void setStatus(Status status, const QString &error = {});
    void startCheck();
    void checked(const QString &error);
    void loadImage();
    void load();
    void loaded(const Layout &layout);
    void foundOnPage(quint64 generation, int page, const QList<QRectF> &rects);
    PageKey keyFor(int page, int width = 0) const;
    void requestVisible();

    CacheController *m_controller = nullptr; // the window's, outlives every page
    QString m_fileId;
    QString m_title;
    std::optional<FileVersion> m_version;
    Status m_status = Empty;
    QString m_error;
    QList<PageInfo> m_pages;
    QList<PdfOutlineEntry> m_outline;
    QImage m_image; // an image document
    int m_rotation = 0;
    qreal m_scale = 1;
    qreal m_dpr = 1;
    int m_savedPage = 0;
    qreal m_savedZoom = 0;
    int m_first = 0;
    int m_last = -1;
    bool m_forward = true;
    int m_thumbFirst = 0;
    int m_thumbLast = -1;
    int m_thumbWidth = 0;
    int m_singlePage = -1;
    int m_singleWidth = 0;
    // The pages on screen, 3 ahead, 1 behind, and some slack stay even beyond the budget.
    PageImageCache m_images{PageImageCache::DefaultBudget, 8};
    std::unique_ptr<RenderQueue> m_queue;
    std::unique_ptr<IsolatedPdfJob> m_checkJob; // the first-open check's helper process
    QTimer m_checkClock; // ticks checkSeconds while the check runs
    QElapsedTimer m_checkElapsed;
    bool m_checkFailed = false;
    QString m_findText;
    quint64 m_findGeneration = 0;
    quint64 m_openGeneration = 0; // results of an earlier document are dropped
    int m_findPending = 0;
    QList<Hit> m_hits;
    int linksRevision() const { return m_linksRevision; }
    QHash<int, QList<PdfLink>> m_links; // per page, read on a worker when first shown
    QSet<int> m_linksLoading;
    int m_linksRevision = 0;
    QHash<int, QList<PdfWord>> m_words; // per page, read on a worker when first selected in
    QSet<int> m_wordsLoading;
    TextSelection m_selection;
    int m_currentHit = -1;
};

} // namespace Ratsmappe
