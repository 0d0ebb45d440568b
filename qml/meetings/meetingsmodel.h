// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;

/// The meetings in the cache, upcoming ones first (soonest at the top), then past ones,
/// most recent first: the order a member looks for them.
class MeetingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// The window's cache: the model reads it when it opens and after every sync.
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StartRole,
        CancelledRole,
        UpcomingRole,
    };

    using QAbstractListModel::QAbstractListModel;

    /// Reads the meetings from \a db (nothing when null). Upcoming and past are told apart at
    /// \a now, the current time when invalid (tests pin it, so their reference stays valid).
    void load(Database *db, const QDateTime &now = {});

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void cacheControllerChanged();

private:
    void reload();

    struct Meeting
    {
        QString id;
        QString name;
        QDateTime start;
        bool cancelled = false;
    };
    QList<Meeting> m_meetings;
    QDateTime m_now;
    QPointer<CacheController> m_controller;
};

} // namespace Ratsmappe
