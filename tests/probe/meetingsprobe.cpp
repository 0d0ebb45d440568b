// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingsprobe.h"

#include "itemsearch.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Ratsmappe {

namespace {

void collectDelegates(QQuickItem *item, QList<QQuickItem *> *delegates)
{
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == QLatin1String("meetingDelegate")) {
            delegates->append(child);
        } else {
            collectDelegates(child, delegates);
        }
    }
}

} // namespace

MeetingsProbe::MeetingsProbe(CacheController &controller, QQuickWindow &window)
    : m_window(&window)
    , m_firstSync(
          controller,
          [this] { printWhenLaidOut(true); },
          [](const QString &reason) {
              std::fprintf(stderr,
                           "ratsmappe-probe --probe-meetings: the cache cannot be opened: %s\n",
                           qPrintable(reason));
              QCoreApplication::exit(2);
          })
{ }

QStringList MeetingsProbe::delegateTitles(QQuickWindow &window)
{
    QQuickItem *list = findItemByName(window.contentItem(), QLatin1String("meetingsList"));
    if (!list) {
        return {};
    }
    QList<QQuickItem *> delegates;
    collectDelegates(list, &delegates);
    std::sort(delegates.begin(), delegates.end(), [list](QQuickItem *a, QQuickItem *b) {
        return a->mapToItem(list, QPointF()).y() < b->mapToItem(list, QPointF()).y();
    });
    QStringList titles;
    for (QQuickItem *delegate : std::as_const(delegates)) {
        titles << delegate->property("text").toString();
    }
    return titles;
}

// The list creates its delegates when it lays out after the model was reloaded, with or
// without a frame on the screen: look again every 100 ms until it has them (or is empty), and
// at least once more after the first look, so that it has laid out all it shows.
void MeetingsProbe::printWhenLaidOut(bool firstLook)
{
    if (!m_window) {
        QCoreApplication::exit(1);
        return;
    }
    if (firstLook) {
        // The overview is the start page: the meetings list reads once its page is shown.
        QMetaObject::invokeMethod(m_window, "showMeetings");
    }
    const QStringList titles = delegateTitles(*m_window);
    QQuickItem *list = findItemByName(m_window->contentItem(), QLatin1String("meetingsList"));
    const QObject *model = list ? list->property("model").value<QObject *>() : nullptr;
    const bool read = model && !model->property("loading").toBool();
    const bool complete = !titles.isEmpty() || (read && list->property("count").toInt() == 0);
    if (firstLook || !complete) {
        m_window->requestUpdate();
        QTimer::singleShot(std::chrono::milliseconds(100), this, [this] { printWhenLaidOut(false); });
        return;
    }
    for (const QString &title : titles) {
        std::printf("%s\n", title.toUtf8().constData());
    }
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Ratsmappe
