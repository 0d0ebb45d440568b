// SPDX-License-Identifier: GPL-2.0-or-later
#include "listscrollprobe.h"

#include "itemsearch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>

namespace Ratsmappe {

namespace {

QJsonObject describe(std::vector<double> gaps, const QString &prefix)
{
    std::sort(gaps.begin(), gaps.end());
    const auto at = [&gaps](double fraction) {
        return gaps.empty() ? 0.0
                            : gaps[std::min(gaps.size() - 1, static_cast<size_t>(fraction * gaps.size()))];
    };
    return {{prefix + QStringLiteral("Ticks"), static_cast<int>(gaps.size())},
            {prefix + QStringLiteral("LongestMs"), gaps.empty() ? 0.0 : gaps.back()},
            {prefix + QStringLiteral("MedianMs"), at(0.5)},
            {prefix + QStringLiteral("P99Ms"), at(0.99)}};
}

} // namespace

ListScrollProbe::ListScrollProbe(CacheController &controller,
                                 QQuickWindow &window,
                                 int stepMs,
                                 int pixelsPerStep)
    : m_window(&window)
    , m_stepMs(std::max(1, stepMs))
    , m_pixelsPerStep(std::max(1, pixelsPerStep))
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
        const double gap = static_cast<double>(now - m_lastTick) / 1e6;
        m_gaps.push_back(gap);
        m_lastTick = now;
        if (m_stepper.isActive() && gap > m_longestGap && m_list) {
            m_longestGap = gap;
            m_longestAtStep = m_steps;
            m_longestAtY = m_list->property("contentY").toDouble() - m_list->property("originY").toDouble();
        }
    });
    m_stepper.setTimerType(Qt::PreciseTimer);
    m_stepper.setInterval(m_stepMs);
    connect(&m_stepper, &QTimer::timeout, this, &ListScrollProbe::step);
}

void ListScrollProbe::fail(int code, const QString &message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    std::fprintf(stderr, "ratsmappe-probe --probe-list-scroll: %s\n", qPrintable(message));
    QCoreApplication::exit(code);
}

void ListScrollProbe::open()
{
    if (!m_window) {
        fail(1, QStringLiteral("no window"));
        return;
    }
    m_window->resize(1366, 768);
    QMetaObject::invokeMethod(m_window, "showMeetings");
    m_list = findItemByName(m_window->contentItem(), QLatin1String("meetingsList"));
    if (!m_list) {
        fail(1, QStringLiteral("the meetings list is not there"));
        return;
    }
    waitForRows();
}

// The list's model reads in the background: its rows come after the page shows.
void ListScrollProbe::waitForRows()
{
    if (m_done || !m_list) {
        return;
    }
    if (m_list->property("count").toInt() == 0 || m_list->property("height").toDouble() <= 0) {
        QTimer::singleShot(20, this, &ListScrollProbe::waitForRows);
        return;
    }
    m_list->setProperty("contentY", m_list->property("originY"));
    // The first delegates and images settle before the quiet second is measured.
    QTimer::singleShot(SettleMs, this, &ListScrollProbe::measureIdle);
}

void ListScrollProbe::measureIdle()
{
    if (m_done || !m_list) {
        return;
    }
    m_clock.start();
    m_lastTick = 0;
    m_probe.start();
    QTimer::singleShot(IdleMs, this, [this] {
        m_idleGaps = std::move(m_gaps);
        m_gaps.clear();
        startScrolling();
    });
}

void ListScrollProbe::startScrolling()
{
    m_lastTick = m_clock.nsecsElapsed();
    m_stepper.start();
}

void ListScrollProbe::step()
{
    if (!m_list) {
        fail(1, QStringLiteral("the list went away"));
        return;
    }
    ++m_steps;
    const double y = m_list->property("contentY").toDouble();
    const double end = m_list->property("originY").toDouble() + m_list->property("contentHeight").toDouble() -
        m_list->property("height").toDouble();
    if (y >= end - 1) {
        finish();
        return;
    }
    m_list->setProperty("contentY", std::min(end, y + m_pixelsPerStep));
}

void ListScrollProbe::finish()
{
    m_stepper.stop();
    m_probe.stop();
    m_done = true;
    QJsonObject result{{QStringLiteral("rows"), m_list->property("count").toInt()},
                       {QStringLiteral("steps"), m_steps},
                       {QStringLiteral("stepMs"), m_stepMs},
                       {QStringLiteral("pixelsPerStep"), m_pixelsPerStep},
                       {QStringLiteral("contentHeight"), m_list->property("contentHeight").toDouble()},
                       {QStringLiteral("scrollLongestAtStep"), m_longestAtStep},
                       {QStringLiteral("scrollLongestAtY"), m_longestAtY}};
    const QJsonObject idle = describe(m_idleGaps, QStringLiteral("idle"));
    const QJsonObject scroll = describe(m_gaps, QStringLiteral("scroll"));
    for (auto it = idle.begin(); it != idle.end(); ++it) {
        result.insert(it.key(), it.value());
    }
    for (auto it = scroll.begin(); it != scroll.end(); ++it) {
        result.insert(it.key(), it.value());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Ratsmappe
