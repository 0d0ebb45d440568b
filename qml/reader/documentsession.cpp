// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentsession.h"

#include "seenstore.h"

#include "cachecontroller.h"
#include "documentcheck.h"
#include "documentcheckjob.h"
#include "filetitlestore.h"
#include "storeerror.h"

#include <QtConcurrentRun>

#include <algorithm>

namespace Ratsmappe {

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
{ }

// The workers stop here, while the session is whole: their results are dropped.
DocumentSession::~DocumentSession()
{
    close();
}

void DocumentSession::setCacheController(CacheController *controller)
{
    if (controller != m_controller) {
        if (m_controller) {
            disconnect(m_controller, nullptr, this, nullptr);
        }
        m_controller = controller;
        if (m_controller) {
            // Locked: the document closes at once, its workers' connections and its page
            // images with it, before the cache and its key go.
            connect(m_controller, &CacheController::stateChanged, this, [this] {
                if (m_controller->state() != CacheController::Unlocked && m_version) {
                    close();
                    setStatus(Empty);
                    Q_EMIT fileIdChanged();
                    Q_EMIT layoutChanged();
                }
            });
        }
        Q_EMIT cacheControllerChanged();
        open();
    }
}

void DocumentSession::setFileId(const QString &fileId)
{
    if (fileId != m_fileId) {
        m_fileId = fileId;
        open();
    }
}

void DocumentSession::setServerId(const QString &serverId)
{
    if (serverId == m_serverId) {
        return;
    }
    m_serverId = serverId;
    // Set with the file id when a page is made: no second open for the server it already has.
    if (!m_fileId.isEmpty() && !(m_version && m_version->serverId == serverId)) {
        open();
    }
}

void DocumentSession::close()
{
    ++m_openGeneration;
    // Leaving the document ends its check: the helper process is killed, not waited for.
    m_check.reset();
    m_checkFailed = false;
    Q_EMIT closing();
    m_queue.reset();
    m_images.clear();
    setPages({});
    m_outline.clear();
    m_image = QImage();
    m_version.reset();
    m_title.clear();
    m_requests.clearSingle();
}

void DocumentSession::open()
{
    close();
    Cache *cache = this->cache();
    if (!cache || m_fileId.isEmpty()) {
        setStatus(Empty);
    } else {
        try {
            openVersion(cache->database());
        } catch (const StoreError &e) {
            setStatus(Failed, e.message());
        }
    }
    Q_EMIT fileIdChanged();
    Q_EMIT layoutChanged();
}

void DocumentSession::openVersion(Database &db)
{
    if (const auto names = FileTitleStore(db).title(m_fileId, m_serverId)) {
        m_title = names->title;
    }
    m_version = DocumentStore(db).currentVersion(m_fileId, m_serverId);
    if (m_version && m_controller &&
        SeenStore(db).state(m_version->serverId, QStringLiteral("file"), m_fileId) != SeenState::Seen) {
        // Opened is looked at: the lists stop calling it new or changed (issue 18). Off this
        // thread: a sync's transaction must not hold up the document.
        m_controller->writeInBackground(
            [serverId = m_version->serverId, fileId = m_fileId](Database &seenDb) {
                SeenStore(seenDb).markSeen(serverId, QStringLiteral("file"), fileId);
            });
    }
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
}

// Photos and scans can be large: they are read and decoded on a pool thread.
void DocumentSession::loadImage()
{
    setStatus(Loading);
    Cache *cache = this->cache();
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
        setPages({{m_image.size() * 0.75, QStringLiteral("1")}});
        Q_EMIT layoutChanged();
        setStatus(Ready);
    });
}

void DocumentSession::startCheck()
{
    setStatus(Checking);
    m_check = std::make_unique<DocumentCheckJob>(*cache(), *m_controller->documentCheck(), m_version->id);
    connect(m_check.get(), &DocumentCheckJob::progress, this, &DocumentSession::checkProgressChanged);
    connect(m_check.get(), &DocumentCheckJob::finished, this, &DocumentSession::checked);
    m_check->start();
    Q_EMIT checkProgressChanged();
}

// The job stays until the document closes: it is still emitting this.
void DocumentSession::checked(const QString &error)
{
    if (m_status != Checking) {
        return;
    }
    if (!error.isEmpty()) {
        m_checkFailed = true;
        setStatus(Failed, error);
        return;
    }
    load();
}

int DocumentSession::checkSeconds() const
{
    return m_status == Checking && m_check ? m_check->seconds() : 0;
}

int DocumentSession::checkLimitSeconds()
{
    return DocumentCheckJob::limitSeconds();
}

void DocumentSession::cancelCheck()
{
    if (m_status != Checking) {
        return;
    }
    m_check.reset(); // the helper is killed, a read still on its way is dropped
    m_checkFailed = true;
    setStatus(Failed,
              tr("You stopped the check, so the document was not opened. Try again, or save it for "
                 "inspection."));
}

void DocumentSession::retryCheck()
{
    Cache *cache = this->cache();
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
void DocumentSession::load()
{
    setStatus(Loading);
    Cache *cache = this->cache();
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

void DocumentSession::loaded(const Layout &layout)
{
    if (layout.pages.isEmpty()) {
        setStatus(Failed,
                  layout.error.isEmpty()
                      ? tr("The document has no pages. Ask the council office for another copy.")
                      : layout.error);
        return;
    }
    setPages(layout.pages);
    m_outline = layout.outline;
    Q_EMIT layoutChanged();
    setStatus(Ready);
}

void DocumentSession::setStatus(Status status, const QString &error)
{
    if (status != m_status || error != m_error) {
        m_status = status;
        m_error = error;
        Q_EMIT statusChanged();
    }
}

void DocumentSession::setRotation(int rotation)
{
    if (m_layout.setRotation(rotation)) {
        Q_EMIT layoutChanged();
        requestVisible();
    }
}

void DocumentSession::setPages(const QList<PageLayout::Page> &pages)
{
    const int rotation = m_layout.rotation();
    m_layout = PageLayout(pages);
    m_layout.setRotation(rotation);
}

void DocumentSession::setScale(qreal scale)
{
    scale = std::clamp(scale, 0.05, 8.0);
    if (!qFuzzyCompare(scale, m_scale)) {
        m_scale = scale;
        Q_EMIT scaleChanged();
        requestVisible();
    }
}

void DocumentSession::setDevicePixelRatio(qreal dpr)
{
    if (dpr > 0 && !qFuzzyCompare(dpr, m_dpr)) {
        m_dpr = dpr;
        Q_EMIT scaleChanged();
        requestVisible();
    }
}

PageKey DocumentSession::keyFor(int page, int width) const
{
    return {versionId(),
            page,
            width > 0 ? width : qRound(pageSize(page).width() * m_scale),
            m_layout.rotation(),
            qRound(m_dpr * 100)};
}

void DocumentSession::showPages(int first, int last, bool forward)
{
    m_requests.setVisible(first, last, forward);
    requestVisible();
}

void DocumentSession::showThumbnails(int first, int last, int width)
{
    m_requests.setThumbnails(first, last, width);
    requestVisible();
}

void DocumentSession::showSingle(int page, int width)
{
    m_requests.setSingle(page, width);
    requestVisible();
}

// Everything wanted before, and no longer, that is still waiting is cancelled.
void DocumentSession::redrawPages()
{
    if (!m_queue) {
        return;
    }
    m_queue->annotationsChanged();
    m_images.clear();
    requestVisible();
}

void DocumentSession::requestVisible()
{
    if (!m_queue) {
        return;
    }
    QList<PageKey> keys;
    for (const PageRequests::Request &request : m_requests.wanted(pageCount())) {
        keys.append(keyFor(request.page, request.width));
    }
    m_queue->setWanted(keys);
}

QImage DocumentSession::pageImage(int page, int width) const
{
    if (!m_image.isNull()) {
        return page == 0 ? m_image : QImage();
    }
    const PageKey key = keyFor(page, width);
    auto &images = const_cast<PageImageCache &>(m_images);
    const QImage exact = images.image(key);
    return exact.isNull() ? images.anyImage(key.versionId, page, m_layout.rotation()) : exact;
}

} // namespace Ratsmappe
