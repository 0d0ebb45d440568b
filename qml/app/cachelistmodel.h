// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

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

private:
    void setLoading(bool loading);

    QPointer<CacheController> m_controller;
    bool m_readErrorBreaksCache;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Ratsmappe
