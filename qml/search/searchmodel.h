// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"
#include "searcher.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Cache;
class SearchWorker;

/// The search page's results: what Search::search finds for query, narrowed by the filters, as
/// rows grouped by kind (kindName for the list's sections). The searches run on a thread and a
/// connection of the model's own; a newer query interrupts an older one, whose results are
/// dropped. Typing is waited out for `delay` milliseconds.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// Of Search::kinds(); empty: every kind.
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY filterChanged)
    Q_PROPERTY(QString committeeId READ committeeId WRITE setCommitteeId NOTIFY filterChanged)
    /// Invalid dates narrow nothing.
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate until READ until WRITE setUntil NOTIFY filterChanged)
    Q_PROPERTY(QString paperType READ paperType WRITE setPaperType NOTIFY filterChanged)
    Q_PROPERTY(Visibility visibility READ visibility WRITE setVisibility NOTIFY filterChanged)
    /// Milliseconds a change waits for the next one before it is searched.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    /// Why nothing was searched, or why the search failed ("" when it ran).
    Q_PROPERTY(QString message READ message NOTIFY resultsChanged)
    /// A remark on what was searched ("" when none).
    Q_PROPERTY(QString notice READ notice NOTIFY resultsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    /// Every kind, in the order results are grouped.
    Q_PROPERTY(QStringList allKinds READ allKinds CONSTANT)

public:
    enum Visibility { Any, Public, NonPublic };
    Q_ENUM(Visibility)

    enum Role {
        KindRole = Qt::UserRole + 1,
        KindNameRole,
        IdRole,
        ServerIdRole,
        NameRole,
        FileNameRole,
        PageRole, ///< from 1; 0 when none
        OtherPagesRole,
        SnippetRole, ///< rich text: escaped, the matches in <b>
        PlainSnippetRole,
        DateRole, ///< in the member's locale, "" when none
        ContextRole,
        MeetingIdRole,
        FileIdRole,
        TypeRole,
        ColorRole,
        NonPublicRole,
        CancelledRole,
        MeetingsRole, ///< persons and committees: [{id, serverId, name, date}]
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    /// Searches \a cache (a connection of its own), without a controller (tests).
    void setCache(Cache *cache);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QStringList kinds() const { return m_request.kinds; }
    void setKinds(const QStringList &kinds);
    QString committeeId() const { return m_request.filter.committeeId; }
    void setCommitteeId(const QString &id);
    QDate from() const { return m_request.filter.from; }
    void setFrom(const QDate &date);
    QDate until() const { return m_request.filter.until; }
    void setUntil(const QDate &date);
    QString paperType() const { return m_request.filter.paperType; }
    void setPaperType(const QString &type);
    Visibility visibility() const { return static_cast<Visibility>(m_request.filter.visibility); }
    void setVisibility(Visibility visibility);
    int delay() const { return m_timer.interval(); }
    void setDelay(int ms);
    bool running() const { return m_running; }
    QString message() const { return m_message; }
    QString notice() const { return m_notice; }
    QStringList allKinds() const { return Search::kinds(); }

    /// Searches now (the pending wait cut short).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE QString kindName(const QString &kind) const { return Search::kindName(kind); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// \a snippet as rich text: HTML-escaped, \a marks (start, length) in <b>.
    static QString richSnippet(const QString &snippet, const QList<std::pair<int, int>> &marks);

Q_SIGNALS:
    void cacheControllerChanged();
    void queryChanged();
    void filterChanged();
    void delayChanged();
    void runningChanged();
    void resultsChanged();

private:
    void cacheStateChanged();
    void startWorker(Cache *cache);
    void stopWorker();
    void schedule();
    void finished(quint64 generation, const Search::Result &result, const QString &error);
    void setResults(const QList<Search::Hit> &hits, const QString &message, const QString &notice);
    void setRunning(bool running);

    QPointer<CacheController> m_controller;
    Cache *m_cache = nullptr;
    QThread m_thread;
    SearchWorker *m_worker = nullptr; // lives on m_thread while it runs; deleted after it ended
    QTimer m_timer;
    QString m_query;
    Search::Request m_request;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<Search::Hit> m_hits;
    QString m_message;
    QString m_notice;
};

} // namespace Ratsmappe
