// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "councillisting.h"

#include <QDate>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Ratsmappe {

/// One person and their memberships, for their page: current ones first (factions on top,
/// then committees by name), former ones after them in a section of their own (the latest
/// to end first).
class PersonMembershipsModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    /// The person's own fields: found, name, formOfAddress, title, affix, faction, emails,
    /// phones, status, nonPublic (only what the server sent).
    Q_PROPERTY(QVariantMap person READ person NOTIFY loaded)
    /// A read has completed (until then an empty list means nothing yet).
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)

public:
    enum Role {
        OrganizationIdRole = Qt::UserRole + 1,
        ServerIdRole,
        OrganizationNameRole,
        KindRole, ///< the organization's: "committee", "faction", "other"
        RoleRole,
        VotingRightRole, ///< 1, 0, or -1 when the server does not say
        PeriodRole,
        OnBehalfOfRole,
        SubtitleRole, ///< role, on whose behalf, vote and period in one line
        CurrentRole,
        SectionRole, ///< "current" or "former"
    };

    explicit PersonMembershipsModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads on the calling thread (tests); memberships are current on \a today (the local date
    /// when invalid).
    void load(Database *db, const QDate &today = {});

    QString personId() const { return m_personId; }
    void setPersonId(const QString &id);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &id);
    QVariantMap person() const { return m_person; }
    bool isReady() const { return m_ready; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void personIdChanged();
    void serverIdChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    struct Result
    {
        std::optional<PersonDetails> person;
        QList<MembershipEntry> memberships;
        QDate today;
        bool read = false;
    };
    static Result fetch(Database &db, const QString &serverId, const QString &personId, const QDate &today);
    void setResult(Result result);

    QString m_personId;
    QString m_serverId;
    QVariantMap m_person;
    QList<MembershipEntry> m_memberships;
    QDate m_today;
    bool m_ready = false;
};

} // namespace Ratsmappe
