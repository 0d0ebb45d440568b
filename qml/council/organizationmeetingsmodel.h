// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "councillisting.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// One organization's meetings, for its page: upcoming ones first (soonest on top), then past
/// ones (most recent first), as the meetings list orders them.
class OrganizationMeetingsModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString organizationId READ organizationId WRITE setOrganizationId NOTIFY organizationIdChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    /// A read has completed (until then an empty list means nothing yet).
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole,
        StartRole,
        WhenRole, ///< "Mo., 30.11.2026, 16:00", empty without a start
        CancelledRole,
        NonPublicRole,
        UpcomingRole,
        SectionRole, ///< "upcoming" or "past"
    };

    explicit OrganizationMeetingsModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads on the calling thread (tests); upcoming and past are told apart at \a now (the
    /// current time when invalid).
    void load(Database *db, const QDateTime &now = {});

    QString organizationId() const { return m_organizationId; }
    void setOrganizationId(const QString &id);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &id);
    bool isReady() const { return m_ready; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void organizationIdChanged();
    void serverIdChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    static QList<OrganizationMeeting>
    fetch(Database &db, const QString &serverId, const QString &organizationId, const QDateTime &now);
    void setRows(QList<OrganizationMeeting> rows, const QDateTime &now, bool ready);

    QString m_organizationId;
    QString m_serverId;
    QList<OrganizationMeeting> m_meetings;
    QDateTime m_now;
    bool m_ready = false;
};

} // namespace Ratsmappe
