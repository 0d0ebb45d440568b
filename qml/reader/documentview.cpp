// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentview.h"

#include "cachecontroller.h"
#include "documentcheck.h"
#include "filetitlestore.h"
#include "isolatedpdfjob.h"
#include "readstatestore.h"
#include "renderqueue.h"
#include "storeerror.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrentRun>

#include <algorithm>

namespace Ratsmappe {

namespace {

constexpr int PagesPerFindTask = 16;
constexpr int PagesAhead = 3;

QRectF rotate(const QRectF &r, const QSizeF &page, int rotation)
{
    switch (rotation) {
    case 90:
        return {page.height() - r.bottom(), r.left(), r.height(), r.width()};
    case 180:
        return {page.width() - r.right(), page.height() - r.bottom(), r.width(), r.height()};
    case 270:
        return {r.top(), page.width() - r.right(), r.height(), r.width()};
    default:
        return r;
    }
}

} // namespace

DocumentView::DocumentView(QObject *parent)
    : QObject(parent)
{
    m_checkClock.setInterval(1000);
    connect(&m_checkClock, &QTimer::timeout, this, &DocumentView::checkProgressChanged);
}

DocumentView::~DocumentView()
{
    Q_EMIT closing();
}

void DocumentView::setCacheController(CacheController *controller)
{
    if (controller != m_controller) {
        m_controller = controller;
        Q_EMIT cacheControllerChanged();
        open();
    }
}

void DocumentView::setFileId(const QString &fileId)
{
    if (fileId != m_fileId) {
        m_fileId = fileId;
        open();
    }
}

void DocumentView::close()
{
    ++m_openGeneration;
    // Leaving the document ends its check: the helper process is killed, not waited for.
    m_checkJob.reset();
    m_checkClock.stop();
    m_checkFailed = false;
    Q_EMIT closing();
    m_queue.reset();
    m_images.clear();
    m_pages.clear();
    m_outline.clear();
    m_image = QImage();
    m_version.reset();
    m_title.clear();
    m_hits.clear();
    m_findText.clear();
    ++m_findGeneration;
    m_findPending = 0;
    m_currentHit = -1;
    m_savedPage = 0;
    m_savedZoom = 0;
    m_singlePage = -1;
    m_words.clear();
    m_wordsLoading.clear();
    m_links.clear();
    m_linksLoading.clear();
    m_selection = {};
}

void DocumentView::open()
{
    close();
    Cache *cache = m_controller ? m_controller->cache() : nullptr;
    if (!cache || m_fileId.isEmpty()) {
        setStatus(Empty);
    } else {
        try {
            Database &db = cache->database();
            if (const auto names = FileTitleStore(db).title(m_fileId)) {
                m_title = names->title;
            }
            if (const auto position = ReadStateStore(db).load(m_fileId)) {
                m_savedPage = position->page;
                m_savedZoom = position->zoom;
            }
            m_version = DocumentStore(db).currentVersion(m_fileId);
            if (!m_version) {
                setStatus(NotDownloaded);
            } else if (m_version->kind == DocumentKind::Image) {
                loadImage();
            } else if (m_version->kind != DocumentKind::Pdf) {
                setStatus(Unsupported);
            } else {
                const FirstOpenCheck known = m_controller->documentCheck()->state(db, m_version->id);
                if (known.state == FirstOpenCheck::Passed) {
                    load();
                } else if (known.state == FirstOpenCheck::Failed) {
                    // Remembered: a hostile document costs its time limit once, not every open.
                    m_checkFailed = true;
                    setStatus(Failed, known.error);
                } else {
                    startCheck();
                }
            }
        } catch (const StoreError &e) {
            setStatus(Failed, e.message());
        }
    }
    Q_EMIT fileIdChanged();
    Q_EMIT layoutChanged();
    Q_EMIT findChanged();
    Q_EMIT currentHitChanged();
}

// Photos and scans can be large: they are read and decoded on a pool thread.
void DocumentView::loadImage()
{
    setStatus(Loading);
    Cache *cache = m_controller->cache();
    const qint64 versionId = m_version->id;
    const quint64 generation = m_openGeneration;
    QtConcurrent::run([cache, versionId] {
        try {
            return QImage::fromData(DocumentStore(*cache->openConnection()).readAll(versionId));
        } catch (const StoreError &) {
            return QImage();
        }
    }).then(this, [this, generation](const QImage &image) {
        if (generation != m_openGeneration) {
            return;
        }
        if (image.isNull()) {
            setStatus(Failed,
                      tr("The image cannot be read: it is damaged or in a format Ratsmappe does not know. "
                         "Save it for inspection, or ask the council office for another copy."));
            return;
        }
        m_image = image;
        m_pages = {{m_image.size() * 0.75, QStringLiteral("1")}};
        Q_EMIT layoutChanged();
        setStatus(Ready);
    });
}

// The bytes are read on a pool thread; the helper runs as a child of this thread, without
// blocking it, so it can be killed the moment the member cancels or leaves.
void DocumentView::startCheck()
{
    setStatus(Checking);
    m_checkElapsed.start();
    m_checkClock.start();
    Q_EMIT checkProgressChanged();
    Cache *cache = m_controller->cache();
    const qint64 versionId = m_version->id;
    const quint64 generation = m_openGeneration;
    QtConcurrent::run([cache, versionId]() -> std::pair<QByteArray, QString> {
        try {
            return {DocumentStore(*cache->openConnection()).readAll(versionId), {}};
        } catch (const StoreError &e) {
            return {{}, e.message()};
        }
    }).then(this, [this, generation](const std::pair<QByteArray, QString> &read) {
        if (generation != m_openGeneration || m_status != Checking) {
            return;
        }
        if (!read.second.isEmpty()) {
            m_checkClock.stop();
            m_checkFailed = true;
            setStatus(Failed, read.second); // the cache, not the document: not remembered
            return;
        }
        if (read.first.isEmpty()) {
            checked(DocumentCheck::emptyDocument());
            return;
        }
        m_checkJob = std::make_unique<IsolatedPdfJob>();
        connect(m_checkJob.get(), &IsolatedPdfJob::finished, this, [this](const IsolatedPdf::Result &result) {
            checked(result.error);
        });
        m_checkJob->probe(read.first);
    });
}

void DocumentView::checked(const QString &error)
{
    m_checkClock.stop();
    if (!m_version || m_status != Checking) {
        return;
    }
    try {
        m_controller->documentCheck()->record(m_controller->cache()->database(), m_version->id, error);
    } catch (const StoreError &e) {
        qWarning("The outcome of the first-open check is not kept: %s", qPrintable(e.message()));
    }
    if (!error.isEmpty()) {
        m_checkFailed = true;
        setStatus(Failed, error);
        return;
    }
    m_controller->documentCheck()->markVerified(m_version->id);
    load();
}

int DocumentView::checkSeconds() const
{
    return m_status == Checking && m_checkElapsed.isValid() ? int(m_checkElapsed.elapsed() / 1000) : 0;
}

int DocumentView::checkLimitSeconds() const
{
    return PdfHelperLimits().timeoutMs / 1000;
}

void DocumentView::cancelCheck()
{
    if (m_status != Checking) {
        return;
    }
    ++m_openGeneration; // a read still on its way is dropped
    m_checkJob.reset();
    m_checkClock.stop();
    m_checkFailed = true;
    setStatus(Failed,
              tr("You stopped the check, so the document was not opened. Try again, or save it for "
                 "inspection."));
}

void DocumentView::retryCheck()
{
    Cache *cache = m_controller ? m_controller->cache() : nullptr;
    if (!cache || !m_version || !canRetryCheck()) {
        return;
    }
    try {
        m_controller->documentCheck()->forget(cache->database(), m_version->id);
    } catch (const StoreError &e) {
        setStatus(Failed, e.message());
        return;
    }
    open();
}

// The page sizes and labels come from a worker: this thread never calls Poppler.
void DocumentView::load()
{
    setStatus(Loading);
    Cache *cache = m_controller->cache();
    m_queue = std::make_unique<RenderQueue>([cache] { return cache->openConnection(); }, &m_images);
    connect(m_queue.get(), &RenderQueue::rendered, this, [this](const PageKey &key) {
        Q_EMIT pageRendered(key.page);
    });
    const quint64 generation = m_openGeneration;
    m_queue->run(m_version->id, [this, generation](const PdfDocument *doc, const QString &error) {
        Layout layout;
        layout.error = error;
        if (doc) {
            for (int page = 0; page < doc->pageCount(); ++page) {
                layout.pages.append({doc->pageSize(page), doc->pageLabel(page)});
            }
            layout.outline = doc->outline();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, layout] {
                if (generation == m_openGeneration) {
                    loaded(layout);
                }
            },
            Qt::QueuedConnection);
    });
}

void DocumentView::loaded(const Layout &layout)
{
    if (layout.pages.isEmpty()) {
        setStatus(Failed,
                  layout.error.isEmpty()
                      ? tr("The document has no pages. Ask the council office for another copy.")
                      : layout.error);
        return;
    }
    m_pages = layout.pages;
    m_outline = layout.outline;
    m_savedPage = std::clamp(m_savedPage, 0, pageCount() - 1);
    Q_EMIT layoutChanged();
    setStatus(Ready);
}

void DocumentView::setStatus(Status status, const QString &error)
{
    if (status != m_status || error != m_error) {
        m_status = status;
        m_error = error;
        Q_EMIT statusChanged();
    }
}

qreal DocumentView::maxPageWidth() const
{
    qreal width = 0;
    for (int page = 0; page < pageCount(); ++page) {
        width = std::max(width, pageSize(page).width());
    }
    return width;
}

qreal DocumentView::maxPageHeight() const
{
    qreal height = 0;
    for (int page = 0; page < pageCount(); ++page) {
        height = std::max(height, pageSize(page).height());
    }
    return height;
}

void DocumentView::setRotation(int rotation)
{
    rotation = ((rotation % 360) + 360) % 360 / 90 * 90;
    if (rotation != m_rotation) {
        m_rotation = rotation;
        Q_EMIT layoutChanged();
        Q_EMIT currentHitChanged();
        requestVisible();
    }
}

void DocumentView::setScale(qreal scale)
{
    scale = std::clamp(scale, 0.05, 8.0);
    if (!qFuzzyCompare(scale, m_scale)) {
        m_scale = scale;
        Q_EMIT scaleChanged();
        requestVisible();
    }
}

void DocumentView::setDevicePixelRatio(qreal dpr)
{
    if (dpr > 0 && !qFuzzyCompare(dpr, m_dpr)) {
        m_dpr = dpr;
        Q_EMIT scaleChanged();
        requestVisible();
    }
}

QSizeF DocumentView::pageSize(int page) const
{
    if (page < 0 || page >= pageCount()) {
        return {};
    }
    const QSizeF size = m_pages.at(page).size;
    return (m_rotation == 90 || m_rotation == 270) ? size.transposed() : size;
}

QString DocumentView::pageLabel(int page) const
{
    if (page < 0 || page >= pageCount()) {
        return {};
    }
    const QString label = m_pages.at(page).label;
    return label.isEmpty() ? QString::number(page + 1) : label;
}

int DocumentView::pageForLabel(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (int page = 0; page < pageCount(); ++page) {
        if (m_pages.at(page).label == wanted) {
            return page;
        }
    }
    bool ok = false;
    const int number = wanted.toInt(&ok);
    return ok && number >= 1 && number <= pageCount() ? number - 1 : -1;
}

PageKey DocumentView::keyFor(int page, int width) const
{
    return {m_version ? m_version->id : 0,
            page,
            width > 0 ? width : qRound(pageSize(page).width() * m_scale),
            m_rotation,
            qRound(m_dpr * 100)};
}

void DocumentView::showPages(int first, int last, bool forward)
{
    m_first = first;
    m_last = last;
    m_forward = forward;
    requestVisible();
}

void DocumentView::showThumbnails(int first, int last, int width)
{
    m_thumbFirst = first;
    m_thumbLast = last;
    m_thumbWidth = width;
    requestVisible();
}

void DocumentView::showSingle(int page, int width)
{
    m_singlePage = page;
    m_singleWidth = width;
    requestVisible();
}

// The page presented alone first, then the visible pages (top to bottom), then the next ones
// in reading direction, then one the other way, then thumbnails. Everything else still waiting
// is cancelled.
void DocumentView::requestVisible()
{
    if (!m_queue || pageCount() == 0) {
        return;
    }
    const int first = std::clamp(m_first, 0, pageCount() - 1);
    const int last = std::clamp(m_last, first, pageCount() - 1);
    QList<PageKey> wanted;
    if (m_singlePage >= 0 && m_singlePage < pageCount() && m_singleWidth > 0) {
        wanted.append(keyFor(m_singlePage, m_singleWidth));
        if (m_singlePage + 1 < pageCount()) {
            wanted.append(keyFor(m_singlePage + 1, m_singleWidth));
        }
    }
    for (int page = first; page <= last; ++page) {
        wanted.append(keyFor(page));
    }
    const int step = m_forward ? 1 : -1;
    int ahead = m_forward ? last : first;
    for (int i = 0; i < PagesAhead; ++i) {
        ahead += step;
        if (ahead >= 0 && ahead < pageCount()) {
            wanted.append(keyFor(ahead));
        }
    }
    const int behind = m_forward ? first - 1 : last + 1;
    if (behind >= 0 && behind < pageCount()) {
        wanted.append(keyFor(behind));
    }
    if (m_thumbWidth > 0) {
        const int thumbLast = std::min(m_thumbLast, pageCount() - 1);
        for (int page = std::max(0, m_thumbFirst); page <= thumbLast; ++page) {
            wanted.append(keyFor(page, m_thumbWidth));
        }
    }
    m_queue->setWanted(wanted);
}

QImage DocumentView::pageImage(int page, int width) const
{
    if (!m_image.isNull()) {
        return page == 0 ? m_image : QImage();
    }
    const PageKey key = keyFor(page, width);
    auto &images = const_cast<PageImageCache &>(m_images);
    const QImage exact = images.image(key);
    return exact.isNull() ? images.anyImage(key.versionId, page, m_rotation) : exact;
}

QRectF DocumentView::toDisplay(int page, const QRectF &area) const
{
    return rotate(area, m_pages.value(page).size, m_rotation);
}

QRectF DocumentView::fromDisplay(int page, const QRectF &area) const
{
    // Turning the rest of the way round undoes the rotation.
    const QSizeF shown = pageSize(page);
    return rotate(area, shown, (360 - m_rotation) % 360);
}

void DocumentView::find(const QString &text)
{
    ++m_findGeneration;
    m_hits.clear();
    m_currentHit = -1;
    m_findText = text;
    m_findPending = 0;
    if (m_queue && !text.isEmpty()) {
        const quint64 generation = m_findGeneration;
        for (int start = 0; start < pageCount(); start += PagesPerFindTask) {
            const int end = std::min(start + PagesPerFindTask, pageCount());
            ++m_findPending;
            m_queue->run(
                m_version->id, [this, generation, start, end, text](const PdfDocument *doc, const QString &) {
                    QList<Hit> hits;
                    for (int page = start; doc && page < end; ++page) {
                        for (const QRectF &rect : doc->find(page, text)) {
                            hits.append({page, rect});
                        }
                    }
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, hits] {
                            if (generation != m_findGeneration) {
                                return;
                            }
                            --m_findPending;
                            m_hits.append(hits);
                            std::stable_sort(m_hits.begin(), m_hits.end(), [](const Hit &a, const Hit &b) {
                                return a.page < b.page;
                            });
                            Q_EMIT findChanged();
                            if (m_currentHit < 0 && !m_hits.isEmpty() && m_findPending == 0) {
                                nextHit(true);
                            }
                        },
                        Qt::QueuedConnection);
                });
        }
    }
    Q_EMIT findChanged();
    Q_EMIT currentHitChanged();
}

void DocumentView::nextHit(bool forward)
{
    if (m_hits.isEmpty()) {
        return;
    }
    const int count = hitCount();
    m_currentHit =
        m_currentHit < 0 ? (forward ? 0 : count - 1) : (m_currentHit + (forward ? 1 : count - 1)) % count;
    Q_EMIT currentHitChanged();
}

int DocumentView::currentHitPage() const
{
    return m_currentHit >= 0 && m_currentHit < hitCount() ? m_hits.at(m_currentHit).page : -1;
}

QRectF DocumentView::currentHitRect() const
{
    const int page = currentHitPage();
    return page >= 0 ? toDisplay(page, m_hits.at(m_currentHit).rect) : QRectF();
}

QVariantList DocumentView::hitsOn(int page) const
{
    QVariantList rects;
    for (const Hit &hit : m_hits) {
        if (hit.page == page) {
            rects.append(toDisplay(page, hit.rect));
        }
    }
    return rects;
}

QVariantList DocumentView::linksOn(int page)
{
    if (!m_links.contains(page)) {
        if (m_queue && m_version && !m_linksLoading.contains(page)) {
            m_linksLoading.insert(page);
            const quint64 generation = m_openGeneration;
            m_queue->run(m_version->id, [this, generation, page](const PdfDocument *doc, const QString &) {
                const QList<PdfLink> links = doc ? doc->links(page) : QList<PdfLink>();
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, page, links] {
                        if (generation != m_openGeneration) {
                            return;
                        }
                        m_linksLoading.remove(page);
                        m_links.insert(page, links);
                        if (!links.isEmpty()) {
                            ++m_linksRevision;
                            Q_EMIT linksChanged();
                        }
                    },
                    Qt::QueuedConnection);
            });
        }
        return {};
    }
    QVariantList result;
    for (const PdfLink &link : m_links.value(page)) {
        result.append(QVariantMap{{QStringLiteral("rect"), toDisplay(page, link.box)},
                                  {QStringLiteral("page"), link.page},
                                  {QStringLiteral("url"), link.url}});
    }
    return result;
}

void DocumentView::loadWords(int page)
{
    if (!m_queue || m_words.contains(page) || m_wordsLoading.contains(page)) {
        return;
    }
    m_wordsLoading.insert(page);
    const quint64 generation = m_openGeneration;
    m_queue->run(m_version->id, [this, generation, page](const PdfDocument *doc, const QString &) {
        const QList<PdfWord> words = doc ? doc->words(page) : QList<PdfWord>();
        QMetaObject::invokeMethod(
            this,
            [this, generation, page, words] {
                if (generation != m_openGeneration) {
                    return;
                }
                m_wordsLoading.remove(page);
                m_words.insert(page, words);
                if (m_selection.page == page) {
                    updateTextSelection();
                }
            },
            Qt::QueuedConnection);
    });
}

// The word under the point, else the nearest one.
int DocumentView::wordAt(int page, const QPointF &displayed) const
{
    const QList<PdfWord> words = m_words.value(page);
    const QPointF point = fromDisplay(page, QRectF(displayed, QSizeF(0, 0))).topLeft();
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < words.size(); ++i) {
        const QRectF &box = words.at(i).box;
        const qreal dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
        // Lines count more than columns: a point beside a line picks a word of that line.
        const qreal dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()}) * 3;
        const qreal distance = dx * dx + dy * dy;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void DocumentView::selectText(int page, const QPointF &from, const QPointF &to)
{
    if (page < 0 || page >= pageCount() || isImage()) {
        return;
    }
    m_selection = {page, from, to, false, -1, -1};
    loadWords(page);
    updateTextSelection();
}

void DocumentView::selectPage(int page)
{
    if (page < 0 || page >= pageCount() || isImage()) {
        return;
    }
    m_selection = {page, {}, {}, true, -1, -1};
    loadWords(page);
    updateTextSelection();
}

void DocumentView::clearTextSelection()
{
    if (m_selection.page >= 0) {
        m_selection = {};
        Q_EMIT textSelectionChanged();
    }
}

void DocumentView::updateTextSelection()
{
    const int page = m_selection.page;
    if (m_words.contains(page)) {
        if (m_selection.all) {
            m_selection.first = 0;
            m_selection.last = static_cast<int>(m_words.value(page).size()) - 1;
        } else {
            const int a = wordAt(page, m_selection.from);
            const int b = wordAt(page, m_selection.to);
            m_selection.first = std::min(a, b);
            m_selection.last = std::max(a, b);
        }
    }
    Q_EMIT textSelectionChanged();
}

QVariantList DocumentView::textSelectionRects() const
{
    QVariantList rects;
    const QList<PdfWord> words = m_words.value(m_selection.page);
    for (int i = std::max(0, m_selection.first); i <= m_selection.last && i < words.size(); ++i) {
        rects.append(toDisplay(m_selection.page, words.at(i).box));
    }
    return rects;
}

// Words of a line joined by spaces, lines by line breaks.
QString DocumentView::selectedText() const
{
    QString text;
    const QList<PdfWord> words = m_words.value(m_selection.page);
    const PdfWord *previous = nullptr;
    for (int i = std::max(0, m_selection.first); i <= m_selection.last && i < words.size(); ++i) {
        const PdfWord &word = words.at(i);
        if (previous) {
            const bool sameLine = std::abs(previous->box.center().y() - word.box.center().y()) <
                std::max(previous->box.height(), word.box.height()) / 2;
            text += sameLine ? QLatin1Char(' ') : QLatin1Char('\n');
        }
        text += word.text;
        previous = &word;
    }
    return text;
}

void DocumentView::copySelectedText()
{
    const QString text = selectedText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
    Q_EMIT textCopied(text);
}

void DocumentView::copyText(int page, const QRectF &area)
{
    if (!m_queue || page < 0 || page >= pageCount()) {
        return;
    }
    const QRectF points = fromDisplay(page, area.normalized());
    m_queue->run(m_version->id, [this, page, points](const PdfDocument *doc, const QString &) {
        const QString text = doc ? doc->textIn(page, points) : QString();
        QMetaObject::invokeMethod(
            this,
            [this, text] {
                if (!text.isEmpty()) {
                    QGuiApplication::clipboard()->setText(text);
                }
                Q_EMIT textCopied(text);
            },
            Qt::QueuedConnection);
    });
}

void DocumentView::savePosition(int page, qreal zoom)
{
    Cache *cache = m_controller ? m_controller->cache() : nullptr;
    if (!cache || !m_version || m_status != Ready) {
        return;
    }
    try {
        ReadStateStore(cache->database()).save(m_fileId, {page, zoom});
    } catch (const StoreError &e) {
        qWarning("Reading position not saved: %s", qPrintable(e.message()));
    }
}

QString DocumentView::suggestedFileName() const
{
    Cache *cache = m_controller ? m_controller->cache() : nullptr;
    if (!cache) {
        return {};
    }
    const auto names = FileTitleStore(cache->database()).title(m_fileId);
    const QString name = names ? names->fileName : QString();
    return name.isEmpty() ? m_title : name;
}

QUrl DocumentView::saveFolder() const
{
    for (const auto location : {QStandardPaths::DocumentsLocation, QStandardPaths::DownloadLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            return QUrl::fromLocalFile(folder);
        }
    }
    return QUrl::fromLocalFile(QDir::homePath());
}

QUrl DocumentView::suggestedSaveUrl() const
{
    QString name = suggestedFileName();
    // A name from the server is a name, never a path.
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty()) {
        name = tr("document");
    }
    if (m_version && m_version->kind == DocumentKind::Pdf &&
        !name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        name += QLatin1String(".pdf");
    }
    return QUrl::fromLocalFile(QDir(saveFolder().toLocalFile()).filePath(name));
}

QString DocumentView::saveCopy(const QUrl &url)
{
    Cache *cache = m_controller ? m_controller->cache() : nullptr;
    if (!cache || !m_version) {
        return tr("The document is not in the cache. Sync again to download it.");
    }
    // A dialog gives a file URL; a path typed elsewhere may come without a scheme.
    const QString path = url.isLocalFile() ? url.toLocalFile()
        : url.scheme().isEmpty()           ? url.path()
                                           : QString();
    if (path.isEmpty()) {
        return tr("Only files on this computer can be written: %1").arg(url.toDisplayString());
    }
    try {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(DocumentStore(cache->database()).readAll(m_version->id)) < 0 || !file.commit()) {
            return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

// Qt's widget file dialog (or the desktop's, through the platform theme), as for printing: Qt
// Quick's own dialog leaves the name field empty for a file that does not exist yet and appends
// a typed absolute path to the folder it shows.
void DocumentView::saveCopyAs()
{
    const QString path =
        QFileDialog::getSaveFileName(nullptr, tr("Save Document"), suggestedSaveUrl().toLocalFile());
    if (path.isEmpty()) {
        return; // cancelled
    }
    const QString problem = saveCopy(QUrl::fromLocalFile(path));
    Q_EMIT saveFinished(problem.isEmpty(), problem.isEmpty() ? QDir::toNativeSeparators(path) : problem);
}

} // namespace Ratsmappe
