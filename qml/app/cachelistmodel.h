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
/// their rows in read(); errors go to the controller.
class CacheListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// The window's cache: the model reads it when it opens and after every sync.
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)

public:
    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);

Q_SIGNALS:
    void countChanged();
    void cacheControllerChanged();

protected:
    /// \a readErrorBreaksCache: a failed read means the cache cannot be used (the controller
    /// shows it as broken), rather than only this list failing.
    explicit CacheListModel(bool readErrorBreaksCache, QObject *parent = nullptr);

    /// Reads the rows from \a db (none when null); may throw StoreError.
    virtual void read(Database *db) = 0;
    /// Reads again from the unlocked cache, or empties the model.
    void reload();

private:
    QPointer<CacheController> m_controller;
    bool m_readErrorBreaksCache;
};

} // namespace Ratsmappe
