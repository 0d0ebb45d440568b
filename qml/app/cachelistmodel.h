// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QAbstractListModel>
#include <QPointer>

#include <QtQml/qqmlregistration.h>
#include <algorithm>

namespace Ratsmappe {

class Database;

/// A list model that reads the window's cache: when it is given the cache controller, and
/// again whenever the cache's content changes (unlocked, after every sync). Subclasses read
/// their rows in read() on the GUI thread, or (long lists, issue 18) in the job that
/// backgroundRead() makes, on the controller's CacheReader; errors go to the controller.
class CacheListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// A background read is under way (the rows shown are the previous ones).
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /// The window's cache: the model reads it when it opens and after every sync.
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)

public:
    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void countChanged();
    void cacheControllerChanged();
    void loadingChanged();
    /// A read (on the GUI thread or in the background) has put its rows in place.
    void loaded();

protected:
    /// \a readErrorBreaksCache: a failed read means the cache cannot be used (the controller
    /// shows it as broken), rather than only this list failing.
    explicit CacheListModel(bool readErrorBreaksCache, QObject *parent = nullptr);

    /// Reads the rows from \a db (none when null); may throw StoreError. Background models
    /// are called here with null only (the cache closed): they empty themselves.
    virtual void read(Database *db) = 0;
    /// For a model whose rows may take long to read: the job that reads them on the reader's
    /// thread, made here on the GUI thread with copies of what it needs (it must not touch the
    /// model), returning the Apply that puts them in place on the GUI thread. A newer read
    /// drops an older one's result. None (the default): read() on the GUI thread.
    virtual CacheReader::Job backgroundRead() { return {}; }
    /// The read goes through every meeting or paper of the cache: it runs in the controller's
    /// lane for long lists (CacheController::reader()), so that short reads pass it.
    virtual bool readsLongList() const { return false; }
    /// Reads again from the unlocked cache, or empties the model.
    void reload();

    /// Puts \a next in the place of \a rows as the smallest change views can follow: the rows
    /// before and after the part that differs (by \a key) stay and only change their data; the
    /// part between is removed and inserted. A view keeps its place and its delegates, so a
    /// sync storing a page, or a note saved, does not throw the member back to the top.
    /// Into or out of an empty list it is a reset: there is no place to keep, and a view
    /// creates its first delegates at once rather than at its next layout.
    template<typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf)
    {
        if (rows.isEmpty() || next.isEmpty()) {
            const bool countChanges = rows.size() != next.size();
            beginResetModel();
            rows = std::move(next);
            endResetModel();
            if (countChanges) {
                Q_EMIT countChanged();
            }
            return;
        }
        const qsizetype common = std::min(rows.size(), next.size());
        qsizetype head = 0;
        while (head < common && keyOf(rows.at(head)) == keyOf(next.at(head))) {
            ++head;
        }
        qsizetype tail = 0;
        while (tail < common - head &&
               keyOf(rows.at(rows.size() - 1 - tail)) == keyOf(next.at(next.size() - 1 - tail))) {
            ++tail;
        }
        const qsizetype removed = rows.size() - head - tail;
        const qsizetype inserted = next.size() - head - tail;
        if (removed > 0) {
            beginRemoveRows({}, int(head), int(head + removed - 1));
            rows.remove(head, removed);
            endRemoveRows();
        }
        if (inserted > 0) {
            beginInsertRows({}, int(head), int(head + inserted - 1));
            rows.insert(head, inserted, Row{});
            std::move(next.begin() + head, next.begin() + head + inserted, rows.begin() + head);
            endInsertRows();
        }
        // The rows kept take their new data.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i < head || i >= head + inserted) {
                rows[i] = std::move(next[i]);
            }
        }
        if (head > 0) {
            Q_EMIT dataChanged(index(0), index(int(head - 1)));
        }
        if (tail > 0) {
            Q_EMIT dataChanged(index(int(rows.size() - tail)), index(int(rows.size() - 1)));
        }
        if (removed != inserted) {
            Q_EMIT countChanged();
        }
    }

private:
    void setLoading(bool loading);

    QPointer<CacheController> m_controller;
    bool m_readErrorBreaksCache;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Ratsmappe
