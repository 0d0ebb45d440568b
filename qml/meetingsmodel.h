// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;

/// The meetings in the cache, upcoming ones first (soonest at the top), then past ones,
/// most recent first: the order a member looks for them.
class MeetingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CacheController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Meeting
    {
        QString id;
        QString name;
        QDateTime start;
        bool cancelled = false;
    };
    QList<Meeting> m_meetings;
    QDateTime m_now;
};

} // namespace Ratsmappe
