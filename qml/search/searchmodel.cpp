// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchmodel.h"

#include "cache.h"
#include "database.h"
#include "searchworker.h"
#include "storeerror.h"

#include <QLocale>
#include <QRegularExpression>
#include <QVariantMap>

namespace Ratsmappe {

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(180);
    connect(&m_timer, &QTimer::timeout, this, &SearchModel::refresh);
    m_thread.setObjectName(QStringLiteral("search"));
}

SearchModel::~SearchModel()
{
    stopWorker();
}

void SearchModel::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, &SearchModel::cacheStateChanged);
        // What a sync brought may be found now: a query that found nothing runs again. Rows
        // the member is reading are left alone (a sync changes the cache every few seconds).
        connect(controller, &CacheController::contentChanged, this, [this] {
            if (!m_query.trimmed().isEmpty() && m_hits.isEmpty() && !m_running) {
                schedule();
            }
        });
    }
    cacheStateChanged();
    Q_EMIT cacheControllerChanged();
}

void SearchModel::cacheStateChanged()
{
    setCache(CacheController::usableCache(m_controller));
}

void SearchModel::setCache(Cache *cache)
{
    if (cache == m_cache) {
        return;
    }
    stopWorker();
    m_cache = cache;
    if (cache) {
        startWorker(cache);
    }
    if (!m_query.isEmpty()) {
        refresh();
    }
}

void SearchModel::startWorker(Cache *cache)
{
    try {
        m_worker = new SearchWorker(cache->openConnection());
    } catch (const StoreError &e) {
        setResults({}, tr("The cache cannot be searched: %1").arg(e.message()), {});
        return;
    }
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::finished, this, &SearchModel::finished, Qt::QueuedConnection);
    m_thread.start();
}

void SearchModel::stopWorker()
{
    if (!m_worker) {
        return;
    }
    m_worker->supersede(++m_generation);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
    setRunning(false);
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    Q_EMIT queryChanged();
    schedule();
}

void SearchModel::setKinds(const QStringList &kinds)
{
    if (kinds != m_request.kinds) {
        m_request.kinds = kinds;
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setCommitteeId(const QString &id)
{
    if (id != m_request.filter.committeeId) {
        m_request.filter.committeeId = id;
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setFrom(const QDate &date)
{
    if (date != m_request.filter.from) {
        m_request.filter.from = date;
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setUntil(const QDate &date)
{
    if (date != m_request.filter.until) {
        m_request.filter.until = date;
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setPaperType(const QString &type)
{
    if (type != m_request.filter.paperType) {
        m_request.filter.paperType = type;
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setVisibility(Visibility visibility)
{
    if (visibility != this->visibility()) {
        m_request.filter.visibility = static_cast<SearchFilter::Visibility>(visibility);
        Q_EMIT filterChanged();
        schedule();
    }
}

void SearchModel::setDelay(int ms)
{
    if (ms != m_timer.interval()) {
        m_timer.setInterval(ms);
        Q_EMIT delayChanged();
    }
}

// The running search goes on until the wait is over: typing one more letter does not empty the
// list, and a search that is no longer wanted is interrupted when the next one starts.
void SearchModel::schedule()
{
    m_timer.start();
    // Busy from the first key on: "nothing found" is not shown for what is still being typed.
    setRunning(m_worker && !m_query.trimmed().isEmpty());
}

void SearchModel::refresh()
{
    m_timer.stop();
    const quint64 generation = ++m_generation;
    if (m_query.trimmed().isEmpty() || !m_worker) {
        if (m_worker) {
            m_worker->supersede(generation);
        }
        setResults({}, {}, {});
        setRunning(false);
        return;
    }
    Search::Request request = m_request;
    request.text = m_query;
    m_worker->supersede(generation);
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, generation, request] { worker->run(generation, request); });
    setRunning(true);
}

void SearchModel::finished(quint64 generation, const Search::Result &result, const QString &error)
{
    if (generation != m_generation) {
        return; // an older query's
    }
    if (!error.isEmpty()) {
        setResults({}, tr("The search failed: %1").arg(error), {});
    } else {
        setResults(result.hits, result.message, result.notice);
    }
    // Still busy when the member has typed on since this search started.
    setRunning(m_timer.isActive());
}

void SearchModel::setResults(const QList<Search::Hit> &hits, const QString &message, const QString &notice)
{
    beginResetModel();
    m_hits = hits;
    m_message = message;
    m_notice = notice;
    endResetModel();
    Q_EMIT resultsChanged();
}

void SearchModel::setRunning(bool running)
{
    if (running != m_running) {
        m_running = running;
        Q_EMIT runningChanged();
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchModel::richSnippet(const QString &snippet, const QList<std::pair<int, int>> &marks)
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : marks) {
        if (start < at || start + length > snippet.size()) {
            continue; // overlapping or outside: left plain
        }
        out += snippet.mid(at, start - at).toHtmlEscaped();
        out += QLatin1String("<b>") + snippet.mid(start, length).toHtmlEscaped() + QLatin1String("</b>");
        at = start + length;
    }
    out += snippet.mid(at).toHtmlEscaped();
    return out;
}

namespace {

// Meetings and agenda items with their time; papers, documents and the member's texts by day.
QString formatDate(const QString &kind, const QDateTime &date)
{
    if (!date.isValid()) {
        return {};
    }
    const QLocale locale;
    const QDateTime local = date.toLocalTime();
    const QString day = locale.toString(local.date(), QLocale::LongFormat);
    if (kind == QLatin1String("meeting") || kind == QLatin1String("agendaItem")) {
        // Minutes are enough, whatever the locale's short format says.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return SearchModel::tr("%1, %2", "day, time").arg(day, locale.toString(local.time(), format));
    }
    return day;
}

QVariantList meetingList(const QList<RelatedMeeting> &meetings)
{
    QVariantList out;
    for (const RelatedMeeting &m : meetings) {
        out.append(QVariantMap{{QStringLiteral("id"), m.id},
                               {QStringLiteral("serverId"), m.serverId},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("date"), formatDate(QStringLiteral("meeting"), m.start)}});
    }
    return out;
}

QVariantList pageList(const QList<int> &pages)
{
    QVariantList out;
    for (int page : pages) {
        out.append(page);
    }
    return out;
}

} // namespace

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Search::Hit &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        return hit.kind;
    case KindNameRole:
        return Search::kindName(hit.kind);
    case IdRole:
        return hit.id;
    case ServerIdRole:
        return hit.serverId;
    case Qt::DisplayRole:
    case NameRole:
        return hit.name;
    case FileNameRole:
        return hit.fileName;
    case PageRole:
        return hit.page;
    case OtherPagesRole:
        return pageList(hit.otherPages);
    case SnippetRole:
        return richSnippet(hit.snippet, hit.marks);
    case PlainSnippetRole:
        return hit.snippet;
    case DateRole:
        return formatDate(hit.kind, hit.date);
    case ContextRole:
        return hit.context;
    case MeetingIdRole:
        return hit.meetingId;
    case FileIdRole:
        return hit.fileId;
    case TypeRole:
        return hit.type;
    case ColorRole:
        return hit.color;
    case NonPublicRole:
        return hit.nonPublic;
    case CancelledRole:
        return hit.cancelled;
    case MeetingsRole:
        return meetingList(hit.meetings);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindNameRole, "kindName"},
            {IdRole, "hitId"},
            {ServerIdRole, "serverId"},
            {NameRole, "name"},
            {FileNameRole, "fileName"},
            {PageRole, "page"},
            {OtherPagesRole, "otherPages"},
            {SnippetRole, "snippet"},
            {PlainSnippetRole, "plainSnippet"},
            {DateRole, "date"},
            {ContextRole, "context"},
            {MeetingIdRole, "meetingId"},
            {FileIdRole, "fileId"},
            {TypeRole, "type"},
            {ColorRole, "color"},
            {NonPublicRole, "nonPublic"},
            {CancelledRole, "cancelled"},
            {MeetingsRole, "meetings"}};
}

} // namespace Ratsmappe
