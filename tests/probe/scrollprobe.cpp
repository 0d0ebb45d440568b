// SPDX-License-Identifier: GPL-2.0-or-later
#include "scrollprobe.h"

#include "cachecontroller.h"
#include "documentsession.h"
#include "itemsearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace Ratsmappe {

namespace {

constexpr int SettleMs = 300;

// Resident now, from /proc (Linux).
double currentRssMB()
{
    QFile status(QStringLiteral("/proc/self/statm"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

double peakRssMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

ScrollProbe::ScrollProbe(CacheController &controller, QQuickWindow &window, QString fileId, int stepMs)
    : m_window(&window)
    , m_fileId(std::move(fileId))
    , m_stepMs(std::max(1, stepMs))
    , m_firstSync(
          controller,
          [this] {
              if (!m_done) {
                  open();
              }
          },
          [this](const QString &reason) {
              fail(2, QStringLiteral("the cache cannot be opened: %1").arg(reason));
          })
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::seconds(TimeoutSeconds));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(1, QStringLiteral("no result within %1 s").arg(TimeoutSeconds));
    });
    m_timeout.start();

    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(ProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.push_back(static_cast<double>(now - m_lastTick) / 1e6);
        m_lastTick = now;
    });
    m_stepper.setTimerType(Qt::PreciseTimer);
    m_stepper.setInterval(m_stepMs);
    connect(&m_stepper, &QTimer::timeout, this, &ScrollProbe::step);
}

void ScrollProbe::fail(int code, const QString &message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    std::fprintf(stderr, "ratsmappe-probe --probe-scroll: %s\n", qPrintable(message));
    QCoreApplication::exit(code);
}

void ScrollProbe::open()
{
    if (!m_window) {
        fail(1, QStringLiteral("no window"));
        return;
    }
    // A desktop window: the pages at fit width are about 1,200 pixels wide beside the meetings.
    m_window->resize(WindowWidth, WindowHeight);
    QMetaObject::invokeMethod(m_window, "openDocument", Q_ARG(QString, m_fileId));
    m_page = findItemByName(m_window->contentItem(), QLatin1String("readerPage"));
    m_list = m_page ? findItemByName(m_page, QLatin1String("readerPages")) : nullptr;
    m_view = m_page ? m_page->findChild<DocumentSession *>() : nullptr;
    if (!m_list || !m_view) {
        fail(1, QStringLiteral("the reader did not open"));
        return;
    }
    connect(m_view, &DocumentSession::pageRendered, this, [this] { ++m_rendered; });
    connect(m_view, &DocumentSession::statusChanged, this, &ScrollProbe::waitForReady);
    waitForReady();
}

void ScrollProbe::waitForReady()
{
    std::fprintf(
        stderr, "ratsmappe-probe --probe-scroll: document status %d\n", m_view ? int(m_view->status()) : -1);
    if (!m_view || m_done || m_stepper.isActive()) {
        return;
    }
    switch (m_view->status()) {
    case DocumentSession::Ready:
        // The page goes to the saved position later in this event loop turn; start from the top.
        QTimer::singleShot(SettleMs, this, &ScrollProbe::start);
        return;
    case DocumentSession::Checking:
    case DocumentSession::Loading:
        return;
    default:
        fail(1, QStringLiteral("the document cannot be shown: %1").arg(m_view->errorMessage()));
    }
}

void ScrollProbe::start()
{
    if (!m_page || m_done) {
        return;
    }
    QMetaObject::invokeMethod(m_page, "goToPage", Q_ARG(int, 0));
    m_rendered = 0;
    m_rssBeforeMB = currentRssMB();
    m_gaps.clear();
    m_clock.start();
    m_lastTick = 0;
    m_probe.start();
    m_stepper.start();
}

void ScrollProbe::step()
{
    if (!m_page || !m_list) {
        fail(1, QStringLiteral("the reader closed"));
        return;
    }
    m_lastPageSeen = std::max(m_lastPageSeen, m_page->property("currentPage").toInt());
    if (++m_steps % 200 == 0) {
        std::fprintf(stderr,
                     "ratsmappe-probe --probe-scroll: page %d of %d, contentY %.0f, RSS %.0f MB\n",
                     m_lastPageSeen + 1,
                     m_view->pageCount(),
                     m_list->property("contentY").toDouble(),
                     currentRssMB());
    }
    // At the end the list stops moving (atYEnd misses the bottom margin).
    const double y = m_list->property("contentY").toDouble();
    m_stuckSteps = qFuzzyCompare(y, m_lastY) ? m_stuckSteps + 1 : 0;
    m_lastY = y;
    if (m_stuckSteps >= 3 && m_lastPageSeen >= m_view->pageCount() - 2) {
        finish();
        return;
    }
    QMetaObject::invokeMethod(m_page, "scrollBy", Q_ARG(double, m_list->height()));
}

void ScrollProbe::finish()
{
    m_stepper.stop();
    m_probe.stop();
    m_done = true;
    const double seconds = static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    std::vector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    const QJsonObject result{
        {QStringLiteral("pages"), m_view->pageCount()},
        {QStringLiteral("pagesPassed"), m_lastPageSeen + 1},
        {QStringLiteral("stepMs"), m_stepMs},
        {QStringLiteral("viewport"), QStringLiteral("%1x%2").arg(m_list->width()).arg(m_list->height())},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("probeTicks"), static_cast<int>(sorted.size())},
        {QStringLiteral("longestStallMs"), sorted.empty() ? 0.0 : sorted.back()},
        {QStringLiteral("medianGapMs"), sorted.empty() ? 0.0 : sorted[sorted.size() / 2]},
        {QStringLiteral("gapsOver50Ms"),
         static_cast<int>(std::count_if(sorted.begin(), sorted.end(), [](double gap) { return gap > 50; }))},
        {QStringLiteral("peakRssMB"), peakRssMB()},
        {QStringLiteral("rssBeforeMB"), m_rssBeforeMB},
        {QStringLiteral("rssAfterMB"), currentRssMB()},
        {QStringLiteral("pagesRendered"), m_rendered},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Ratsmappe
