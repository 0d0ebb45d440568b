// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// What an organization is to a member: a committee (Rat, Ausschuss, Beirat, Bezirksvertretung,
/// …), a faction (Fraktion, Gruppe, Partei) or something else (Dienststellen, Verwaltung).
enum class OrganizationKind { Committee, Faction, Other };

/// Tells the kind from OParl's organizationType (preferred: the specification's own words,
/// "Gremium", "Fraktion", "Partei", …) and classification (free text: "Ausschuss",
/// "Gremien", "Ortschaftsrat"), ignoring case. Real servers fill either, both or neither.
OrganizationKind organizationKind(const QString &organizationType, const QString &classification);

/// An organization as the council lists show it.
struct OrganizationSummary
{
    QString id;
    QString serverId;
    QString name;
    QString shortName;
    QString organizationType;
    QString classification;
    OrganizationKind kind = OrganizationKind::Other;
    int memberCount = 0; ///< persons with a current membership
    QString nextMeetingId; ///< the next meeting that is not cancelled, if any
    QString nextMeetingName;
    QDateTime nextMeeting;
};

/// One organization's own fields.
struct OrganizationDetails
{
    QString id;
    QString serverId;
    QString name;
    QString shortName;
    QString organizationType;
    QString classification;
    OrganizationKind kind = OrganizationKind::Other;
    QDate startDate;
    QDate endDate;
    QString website;
};

/// A membership of a person in an organization, seen from either side.
struct MembershipEntry
{
    QString id;
    QString serverId;
    QString personId;
    QString personName;
    QString personSortKey; ///< family name first, for ordering
    QString organizationId;
    QString organizationName;
    OrganizationKind organizationKind = OrganizationKind::Other;
    QString role;
    std::optional<bool> votingRight;
    QDate startDate;
    QDate endDate;
    QString onBehalfOfName; ///< the faction the person sits for (OParl onBehalfOf), if named
    QString faction; ///< the person's current faction(s), comma separated (members list only)
    bool current = true; ///< no end date, or one not passed yet
};

/// A person as the persons list shows it.
struct PersonSummary
{
    QString id;
    QString serverId;
    QString name; ///< as the server names them, else built from the name parts; may be empty
    QString sortKey;
    QString faction; ///< current faction(s), comma separated
    int currentMemberships = 0; ///< organizations (not factions) the person sits in now
};

/// One person's own fields, as far as the server sends them.
struct PersonDetails
{
    QString id;
    QString serverId;
    QString name;
    QString formOfAddress;
    QString title;
    QString affix;
    QString faction;
    QStringList emails;
    QStringList phones;
    QStringList status;
    bool nonPublic = false;
};

/// A meeting of one organization.
struct OrganizationMeeting
{
    QString id;
    QString serverId;
    QString name;
    QDateTime start; ///< invalid when the server sent none
    bool cancelled = false;
    bool nonPublic = false;
};

/// The council pages' queries (issue 18): committees, factions and other organizations with
/// their members and meetings, persons with their memberships. Deleted objects are left out.
/// A membership is current on \a today when it has no end date or one not before \a today.
/// An empty serverId matches any server (a page opened by id alone).
class CouncilListing
{
public:
    CouncilListing(Database &db, const QDate &today)
        : m_db(db)
        , m_today(today)
    { }

    /// Every organization, in no particular order; the next meeting is the first starting at or
    /// after \a now.
    QList<OrganizationSummary> organizations(const QDateTime &now) const;
    std::optional<OrganizationDetails> organization(const QString &serverId, const QString &id) const;
    /// The organization's memberships with their persons, in no particular order; the same
    /// membership listed twice (same person, role and period) once.
    QList<MembershipEntry> members(const QString &serverId, const QString &organizationId) const;
    /// The organization's meetings, in no particular order.
    QList<OrganizationMeeting> meetings(const QString &serverId, const QString &organizationId) const;

    /// Every person, in no particular order.
    QList<PersonSummary> persons() const;
    std::optional<PersonDetails> person(const QString &serverId, const QString &id) const;
    /// The person's memberships with their organizations, in no particular order.
    QList<MembershipEntry> memberships(const QString &serverId, const QString &personId) const;

private:
    bool isCurrent(const QDate &endDate) const { return !endDate.isValid() || endDate >= m_today; }

    Database &m_db;
    QDate m_today;
};

} // namespace Ratsmappe
