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

/// One organization and its members, for its page: current members first (chairs on top, then
/// by family name), former ones after them in a section of their own (the latest to leave
/// first). A person with two memberships (a new role) has two rows.
class MembersModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString organizationId READ organizationId WRITE setOrganizationId NOTIFY organizationIdChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    /// The organization's own fields: found, name, shortName, typeText, kind, period, website.
    Q_PROPERTY(QVariantMap organization READ organization NOTIFY loaded)
    /// A read has completed (until then an empty list means nothing yet).
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)
    /// Persons with a current membership (one person may have two rows).
    Q_PROPERTY(int currentCount READ currentCount NOTIFY loaded)

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole,
        RoleRole, ///< the member's role as the server says it ("Vorsitz"); may be empty
        VotingRightRole, ///< 1, 0, or -1 when the server does not say
        PeriodRole, ///< "since 01.11.2023", "01.05.2019 – 30.04.2024" or empty
        FactionRole, ///< on whose behalf, else the person's current faction; empty for factions
        SubtitleRole, ///< role, faction, vote and period in one line
        CurrentRole,
        SectionRole, ///< "current" or "former"
    };

    explicit MembersModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads on the calling thread (tests); memberships are current on \a today (the local date
    /// when invalid).
    void load(Database *db, const QDate &today = {});

    QString organizationId() const { return m_organizationId; }
    void setOrganizationId(const QString &id);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &id);
    QVariantMap organization() const { return m_organization; }
    bool isReady() const { return m_ready; }
    int currentCount() const { return m_currentCount; }

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
    struct Result
    {
        std::optional<OrganizationDetails> organization;
        QList<MembershipEntry> members;
        QDate today;
        bool read = false;
    };
    static Result
    fetch(Database &db, const QString &serverId, const QString &organizationId, const QDate &today);
    void setResult(Result result);

    QString m_organizationId;
    QString m_serverId;
    QVariantMap m_organization;
    QList<MembershipEntry> m_members;
    QDate m_today;
    bool m_ready = false;
    int m_currentCount = 0;
};

} // namespace Ratsmappe
