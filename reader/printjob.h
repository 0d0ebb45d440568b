// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QMap>
#include <QObject>
#include <QPainter>
#include <QPointer>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace Ratsmappe {

class RenderQueue;

/// Prints pages of a stored version onto a paged device (a QPrinter, or a QPdfWriter in
/// tests): the workers of a RenderQueue render the page images, and this object paints them
/// one by one on the thread it lives on (the GUI thread), the only thread that ever touches the
/// device. Nothing is written to a file of its own. At most a few pages are rendered ahead, so
/// memory stays bounded for long documents.
class PrintJob : public QObject
{
    Q_OBJECT
public:
    /// Pages \a from to \a to (from 0, inclusive), rendered at \a dpi (at most 300) and turned
    /// by \a rotation degrees. \a device must outlive the job.
    PrintJob(RenderQueue *queue,
             qint64 versionId,
             QPagedPaintDevice *device,
             int from,
             int to,
             int dpi,
             int rotation,
             QObject *parent = nullptr);
    ~PrintJob() override;

    /// Called on cancel() before the painter ends, e.g. QPrinter::abort().
    void setAbort(std::function<void()> abort) { m_abort = std::move(abort); }
    void start();
    /// Stops after the page being painted; finished(false, "") follows.
    void cancel();
    int pageCount() const { return m_to - m_from + 1; }
    int pagesDone() const { return m_done; }
    bool isRunning() const { return m_running; }

    static constexpr int PagesAhead = 2;

Q_SIGNALS:
    void progress(int done, int total);
    /// \a ok false with an empty \a error: cancelled.
    void finished(bool ok, const QString &error);

private:
    void requestMore();
    void arrived(int page, const QImage &image, const QString &error);
    void paintReady();
    void end(bool ok, const QString &error);

    QPointer<RenderQueue> m_queue;
    qint64 m_versionId;
    QPagedPaintDevice *m_device;
    int m_from;
    int m_to;
    int m_dpi;
    int m_rotation;
    int m_next; // the next page to ask for
    int m_done = 0;
    bool m_running = false;
    QMap<int, QImage> m_ready; // rendered, not yet painted
    std::unique_ptr<QPainter> m_painter;
    std::function<void()> m_abort;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Ratsmappe
