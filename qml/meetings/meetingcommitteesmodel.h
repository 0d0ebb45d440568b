// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "meetinglisting.h"

#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The committees the cached meetings name, by name: the meetings filter's choices.
class MeetingCommitteesModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole,
        MeetingsRole, ///< how many live meetings name it
    };

    explicit MeetingCommitteesModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of committee \a id, -1 when none.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// The name of committee \a id, empty when it is not listed.
    Q_INVOKABLE QString nameOf(const QString &id) const;

protected:
    void read(Database *db) override;
    CacheReader::Job backgroundRead() override;

private:
    void apply(QList<MeetingCommittee> committees);

    QList<MeetingCommittee> m_committees;
};

} // namespace Ratsmappe
