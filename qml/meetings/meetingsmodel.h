// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "meetinglisting.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;

/// The meetings in the cache, upcoming ones first (soonest at the top), then past ones,
/// most recent first: the order a member looks for them.
class MeetingsModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StartRole,
        CancelledRole,
        UpcomingRole,
        ServerIdRole, ///< the meeting's server: another server may have a meeting with the same id
    };

    explicit MeetingsModel(QObject *parent = nullptr)
        : CacheListModel(true, parent)
    { }

    /// Reads the meetings from \a db (nothing when null). Upcoming and past are told apart at
    /// \a now, the current time when invalid (tests pin it, so their reference stays valid).
    void load(Database *db, const QDateTime &now = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void read(Database *db) override { load(db); }

private:
    QList<MeetingSummary> m_meetings;
    QDateTime m_now;
};

} // namespace Ratsmappe
