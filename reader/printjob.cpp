// SPDX-License-Identifier: GPL-2.0-or-later
#include "printjob.h"

#include "pdfdocument.h"
#include "renderqueue.h"

#include <QPagedPaintDevice>

#include <algorithm>

namespace Ratsmappe {

PrintJob::PrintJob(RenderQueue *queue,
                   qint64 versionId,
                   QPagedPaintDevice *device,
                   int from,
                   int to,
                   int dpi,
                   int rotation,
                   QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_versionId(versionId)
    , m_device(device)
    , m_from(from)
    , m_to(std::max(from, to))
    , m_dpi(std::clamp(dpi, 72, 300))
    , m_rotation(rotation)
    , m_next(from)
{ }

PrintJob::~PrintJob()
{
    *m_alive = false;
    if (m_painter && m_painter->isActive()) {
        m_painter->end();
    }
}

void PrintJob::start()
{
    if (m_running || !m_queue) {
        return;
    }
    m_running = true;
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_device)) {
        end(false, tr("The printer cannot be used."));
        return;
    }
    m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
    Q_EMIT progress(0, pageCount());
    requestMore();
}

void PrintJob::cancel()
{
    if (m_running) {
        if (m_abort) {
            m_abort();
        }
        end(false, {});
    }
}

// Keeps at most PagesAhead pages rendering or waiting to be painted.
void PrintJob::requestMore()
{
    while (m_running && m_queue && m_next <= m_to && m_next - (m_from + m_done) < PagesAhead) {
        const int page = m_next++;
        const int dpi = m_dpi;
        const int rotation = m_rotation;
        QPointer<PrintJob> self(this);
        m_queue->run(
            m_versionId,
            [self, alive = m_alive, page, dpi, rotation](const PdfDocument *doc, const QString &error) {
                if (!*alive) {
                    return; // cancelled or gone: skip the work
                }
                const QImage image = doc ? doc->render(page, dpi, rotation) : QImage();
                const QString problem = !doc ? error
                    : image.isNull()         ? PrintJob::tr("Page %1 could not be rendered.").arg(page + 1)
                                             : QString();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, page, image, problem] {
                        if (self) {
                            self->arrived(page, image, problem);
                        }
                    },
                    Qt::QueuedConnection);
            });
    }
}

void PrintJob::arrived(int page, const QImage &image, const QString &error)
{
    if (!m_running) {
        return;
    }
    if (!error.isEmpty()) {
        end(false, error);
        return;
    }
    m_ready.insert(page, image);
    paintReady();
}

// Pages are painted in order, each on its own sheet, scaled to fit and centred.
void PrintJob::paintReady()
{
    while (m_running && m_ready.contains(m_from + m_done)) {
        const QImage image = m_ready.take(m_from + m_done);
        if (m_done > 0 && !m_device->newPage()) {
            end(false, tr("The printer stopped accepting pages."));
            return;
        }
        const QRect target = m_painter->viewport();
        const QSize size = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        const QPoint topLeft(target.x() + (target.width() - size.width()) / 2, target.y());
        m_painter->drawImage(QRect(topLeft, size), image);
        ++m_done;
        Q_EMIT progress(m_done, pageCount());
    }
    if (m_running && m_from + m_done > m_to) {
        end(true, {});
        return;
    }
    requestMore();
}

void PrintJob::end(bool ok, const QString &error)
{
    m_running = false;
    *m_alive = false;
    m_ready.clear();
    if (m_painter && m_painter->isActive()) {
        m_painter->end();
    }
    Q_EMIT finished(ok, error);
}

} // namespace Ratsmappe
