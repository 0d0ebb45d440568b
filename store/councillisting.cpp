// SPDX-License-Identifier: GPL-2.0-or-later
#include "councillisting.h"

#include "database.h"
#include "oparlrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Ratsmappe {

namespace {

// What a word in organizationType or classification says. Factions are asked first: "Gruppe"
// is a faction, but "Arbeitsgruppe" a committee-like body.
std::optional<OrganizationKind> kindOfWord(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression faction(
        QStringLiteral(R"(fraktion|partei|^(rats|kreistags|wähler)?gruppe\b|^gruppen?$|^faction|^party)"));
    static const QRegularExpression committee(QStringLiteral(
        R"(gremi|ausschu|rat\b|räte\b|beirat|kommission|vertretung|versammlung|arbeitskreis|arbeitsgruppe|kreistag|vorstand|ortsvorsteher|committee|council|board)"));
    if (faction.match(t).hasMatch()) {
        return OrganizationKind::Faction;
    }
    if (committee.match(t).hasMatch()) {
        return OrganizationKind::Committee;
    }
    return std::nullopt;
}

QDate dateOf(const QString &text)
{
    // Some servers send a date-time where a date belongs.
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QString key(const QString &serverId, const QString &id)
{
    return serverId + QChar(0x1f) + id;
}

// "Peter Huppertz" from the parts when the server sent no name.
QString personName(const QString &name, const QString &given, const QString &family)
{
    if (!name.trimmed().isEmpty()) {
        return name.trimmed();
    }
    return QStringList({given.trimmed(), family.trimmed()}).join(QLatin1Char(' ')).trimmed();
}

// Family name first, so "Herr Peter Huppertz" sorts under H.
QString personSortKey(const QString &name, const QString &given, const QString &family)
{
    if (!family.trimmed().isEmpty()) {
        return family.trimmed() + QLatin1Char(' ') + given.trimmed();
    }
    const QString n = name.trimmed();
    const qsizetype space = n.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? n : n.mid(space + 1) + QLatin1Char(' ') + n.left(space);
}

// A property that should be a list of strings, as real servers send it: a list, a single
// string, or nothing.
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : array) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty() && s != QLatin1String("N/A")) {
            out.append(s);
        }
    }
    return out;
}

// The person columns every membership query selects, after the membership's own.
constexpr const char *MembershipColumns =
    "ms.id, ms.server_id, ms.person_id, p.name, json_extract(p.data, '$.givenName'), "
    "json_extract(p.data, '$.familyName'), ms.organization_id, o.name, o.organization_type, "
    "o.classification, "
    "ms.role, json_extract(ms.data, '$.votingRight'), ms.start_date, ms.end_date, b.name";

// The faction a membership is on behalf of: a URL, or an embedded object with its id.
constexpr const char *MembershipJoins =
    " FROM memberships ms"
    " LEFT JOIN persons p ON p.server_id = ms.server_id AND p.id = ms.person_id"
    " LEFT JOIN organizations o ON o.server_id = ms.server_id AND o.id = ms.organization_id"
    " LEFT JOIN organizations b ON b.server_id = ms.server_id AND b.deleted = 0 AND b.id = "
    "   coalesce(json_extract(ms.data, '$.onBehalfOf.id'), json_extract(ms.data, '$.onBehalfOf'))"
    " WHERE ms.deleted = 0 AND coalesce(p.deleted, 0) = 0 AND coalesce(o.deleted, 0) = 0";

// The rows of a query that selects MembershipColumns. Servers list the same membership twice
// under two ids now and then: one row for it is enough.
QList<MembershipEntry> readEntries(Statement &st, const QDate &today)
{
    QList<MembershipEntry> out;
    QSet<QString> seen;
    while (st.next()) {
        const QString same = QStringList({st.text(1),
                                          st.text(2),
                                          st.text(6),
                                          st.text(10),
                                          st.text(11),
                                          st.text(12),
                                          st.text(13),
                                          st.text(14)})
                                 .join(QChar(0x1f));
        if (seen.contains(same)) {
            continue;
        }
        seen.insert(same);
        MembershipEntry e;
        e.id = st.text(0);
        e.serverId = st.text(1);
        e.personId = st.text(2);
        e.personName = personName(st.text(3), st.text(4), st.text(5));
        e.personSortKey = personSortKey(e.personName, st.text(4), st.text(5));
        e.organizationId = st.text(6);
        e.organizationName = st.text(7).trimmed();
        e.organizationKind = organizationKind(st.text(8), st.text(9));
        e.role = st.text(10).trimmed();
        if (!st.isNull(11)) {
            e.votingRight = st.integer(11) != 0;
        }
        e.startDate = dateOf(st.text(12));
        e.endDate = dateOf(st.text(13));
        e.onBehalfOfName = st.text(14).trimmed();
        e.current = !e.endDate.isValid() || e.endDate >= today;
        out.append(e);
    }
    return out;
}

} // namespace

OrganizationKind organizationKind(const QString &organizationType, const QString &classification)
{
    if (const auto kind = kindOfWord(organizationType)) {
        return *kind;
    }
    return kindOfWord(classification).value_or(OrganizationKind::Other);
}

QList<OrganizationSummary> CouncilListing::organizations(const QDateTime &now) const
{
    QList<OrganizationSummary> out;
    QHash<QString, qsizetype> index;
    Statement orgs(
        m_db,
        "SELECT id, server_id, name, json_extract(data, '$.shortName'), organization_type, classification "
        "FROM organizations WHERE deleted = 0");
    while (orgs.next()) {
        OrganizationSummary o;
        o.id = orgs.text(0);
        o.serverId = orgs.text(1);
        o.name = orgs.text(2).trimmed();
        o.shortName = orgs.text(3).trimmed();
        o.organizationType = orgs.text(4).trimmed();
        o.classification = orgs.text(5).trimmed();
        o.kind = organizationKind(o.organizationType, o.classification);
        index.insert(key(o.serverId, o.id), out.size());
        out.append(o);
    }

    // One pass over every membership: a town has thousands, and a query per organization
    // would read them again and again.
    QHash<qsizetype, QSet<QString>> members;
    Statement ms(m_db,
                 "SELECT ms.server_id, ms.organization_id, ms.person_id, ms.end_date FROM memberships ms "
                 "JOIN persons p ON p.server_id = ms.server_id AND p.id = ms.person_id AND p.deleted = 0 "
                 "WHERE ms.deleted = 0");
    while (ms.next()) {
        const auto it = index.constFind(key(ms.text(0), ms.text(1)));
        if (it != index.cend() && isCurrent(dateOf(ms.text(3)))) {
            members[*it].insert(ms.text(2));
        }
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        out[it.key()].memberCount = static_cast<int>(it.value().size());
    }

    // Start times carry offsets: julianday() compares the instants. SQLite takes the other
    // columns of a MIN() group from the row with the minimum.
    Statement next(m_db,
                   "SELECT mo.server_id, mo.organization_id, m.id, m.name, m.start, MIN(julianday(m.start)) "
                   "FROM meeting_organizations mo JOIN meetings m ON m.server_id = mo.server_id AND m.id = "
                   "mo.meeting_id "
                   "WHERE m.deleted = 0 AND m.cancelled = 0 AND julianday(m.start) >= julianday(?1) "
                   "GROUP BY mo.server_id, mo.organization_id");
    next.bind(1, now.toUTC().toString(Qt::ISODate));
    while (next.next()) {
        const auto it = index.constFind(key(next.text(0), next.text(1)));
        if (it != index.cend()) {
            OrganizationSummary &o = out[*it];
            o.nextMeetingId = next.text(2);
            o.nextMeetingName = next.text(3);
            o.nextMeeting = QDateTime::fromString(next.text(4), Qt::ISODate);
        }
    }
    return out;
}

std::optional<OrganizationDetails> CouncilListing::organization(const QString &serverId,
                                                                const QString &id) const
{
    Statement st(m_db,
                 "SELECT id, server_id, name, organization_type, classification, data FROM organizations "
                 "WHERE id = ?1 AND (ifnull(?2, '') = '' OR server_id = ?2) AND deleted = 0 ORDER BY "
                 "server_id LIMIT 1");
    st.bind(1, id).bind(2, serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    const QJsonObject data = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    OrganizationDetails o;
    o.id = st.text(0);
    o.serverId = st.text(1);
    o.name = st.text(2).trimmed();
    o.organizationType = st.text(3).trimmed();
    o.classification = st.text(4).trimmed();
    o.kind = organizationKind(o.organizationType, o.classification);
    o.shortName = data.value(QLatin1String("shortName")).toString().trimmed();
    o.startDate = dateOf(data.value(QLatin1String("startDate")).toString());
    o.endDate = dateOf(data.value(QLatin1String("endDate")).toString());
    o.website = data.value(QLatin1String("website")).toString().trimmed();
    return o;
}

QList<MembershipEntry> CouncilListing::members(const QString &serverId, const QString &organizationId) const
{
    const QByteArray sql = QByteArray("SELECT ") + MembershipColumns + MembershipJoins +
        " AND ms.organization_id = ?1 AND (ifnull(?2, '') = '' OR ms.server_id = ?2)";
    Statement st(m_db, sql.constData());
    st.bind(1, organizationId).bind(2, serverId);
    QList<MembershipEntry> out = readEntries(st, m_today);

    // The members' current factions, in one query for the whole organization.
    Statement factions(
        m_db,
        "SELECT ms.server_id, ms.person_id, o.name, o.organization_type, o.classification, ms.end_date "
        "FROM memberships ms JOIN organizations o ON o.server_id = ms.server_id AND o.id = "
        "ms.organization_id "
        "WHERE ms.deleted = 0 AND o.deleted = 0 AND ms.person_id IN (SELECT person_id FROM memberships "
        "WHERE organization_id = ?1 AND (ifnull(?2, '') = '' OR server_id = ?2)) ORDER BY o.name");
    factions.bind(1, organizationId).bind(2, serverId);
    QHash<QString, QStringList> byPerson;
    while (factions.next()) {
        if (organizationKind(factions.text(3), factions.text(4)) == OrganizationKind::Faction &&
            isCurrent(dateOf(factions.text(5)))) {
            QStringList &names = byPerson[key(factions.text(0), factions.text(1))];
            const QString name = factions.text(2).trimmed();
            if (!name.isEmpty() && !names.contains(name)) {
                names.append(name);
            }
        }
    }
    for (MembershipEntry &e : out) {
        e.faction = byPerson.value(key(e.serverId, e.personId)).join(QStringLiteral(", "));
    }
    return out;
}

QList<OrganizationMeeting> CouncilListing::meetings(const QString &serverId,
                                                    const QString &organizationId) const
{
    Statement st(
        m_db,
        "SELECT m.id, m.server_id, m.name, m.start, m.cancelled, m.non_public FROM meeting_organizations mo "
        "JOIN meetings m ON m.server_id = mo.server_id AND m.id = mo.meeting_id "
        "WHERE mo.organization_id = ?1 AND (ifnull(?2, '') = '' OR mo.server_id = ?2) AND m.deleted = 0");
    st.bind(1, organizationId).bind(2, serverId);
    QList<OrganizationMeeting> out;
    while (st.next()) {
        out.append({st.text(0),
                    st.text(1),
                    st.text(2).trimmed(),
                    QDateTime::fromString(st.text(3), Qt::ISODate),
                    st.integer(4) != 0,
                    st.integer(5) != 0});
    }
    return out;
}

QList<PersonSummary> CouncilListing::persons() const
{
    QList<PersonSummary> out;
    QHash<QString, qsizetype> index;
    Statement st(
        m_db,
        "SELECT id, server_id, name, json_extract(data, '$.givenName'), json_extract(data, '$.familyName') "
        "FROM persons WHERE deleted = 0");
    while (st.next()) {
        PersonSummary p;
        p.id = st.text(0);
        p.serverId = st.text(1);
        p.name = personName(st.text(2), st.text(3), st.text(4));
        p.sortKey = personSortKey(p.name, st.text(3), st.text(4));
        index.insert(key(p.serverId, p.id), out.size());
        out.append(p);
    }

    Statement ms(
        m_db,
        "SELECT ms.server_id, ms.person_id, o.name, o.organization_type, o.classification, ms.end_date, o.id "
        "FROM memberships ms JOIN organizations o ON o.server_id = ms.server_id AND o.id = "
        "ms.organization_id "
        "WHERE ms.deleted = 0 AND o.deleted = 0 ORDER BY o.name");
    QHash<qsizetype, QStringList> factions;
    QHash<qsizetype, QSet<QString>> organizations; // a person may hold two roles in one
    while (ms.next()) {
        const auto it = index.constFind(key(ms.text(0), ms.text(1)));
        if (it == index.cend() || !isCurrent(dateOf(ms.text(5)))) {
            continue;
        }
        if (organizationKind(ms.text(3), ms.text(4)) == OrganizationKind::Faction) {
            QStringList &names = factions[*it];
            const QString name = ms.text(2).trimmed();
            if (!name.isEmpty() && !names.contains(name)) {
                names.append(name);
            }
        } else {
            organizations[*it].insert(ms.text(6));
        }
    }
    for (auto it = factions.cbegin(); it != factions.cend(); ++it) {
        out[it.key()].faction = it.value().join(QStringLiteral(", "));
    }
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it) {
        out[it.key()].currentMemberships = static_cast<int>(it.value().size());
    }
    return out;
}

std::optional<PersonDetails> CouncilListing::person(const QString &serverId, const QString &id) const
{
    Statement st(m_db,
                 "SELECT id, server_id, name, data FROM persons WHERE id = ?1 AND (ifnull(?2, '') = '' OR "
                 "server_id = ?2) "
                 "AND deleted = 0 ORDER BY server_id LIMIT 1");
    st.bind(1, id).bind(2, serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    const QJsonObject data = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
    PersonDetails p;
    p.id = st.text(0);
    p.serverId = st.text(1);
    p.name = personName(st.text(2),
                        data.value(QLatin1String("givenName")).toString(),
                        data.value(QLatin1String("familyName")).toString());
    p.formOfAddress = data.value(QLatin1String("formOfAddress")).toString().trimmed();
    p.title = strings(data.value(QLatin1String("title"))).join(QLatin1Char(' '));
    p.affix = data.value(QLatin1String("affix")).toString().trimmed();
    p.emails = strings(data.value(QLatin1String("email")));
    p.phones = strings(data.value(QLatin1String("phone")));
    p.status = strings(data.value(QLatin1String("status")));
    p.nonPublic = isNonPublic(data);

    QStringList factions;
    for (const MembershipEntry &m : memberships(p.serverId, p.id)) {
        if (m.current && m.organizationKind == OrganizationKind::Faction && !m.organizationName.isEmpty() &&
            !factions.contains(m.organizationName)) {
            factions.append(m.organizationName);
        }
    }
    factions.sort();
    p.faction = factions.join(QStringLiteral(", "));
    return p;
}

QList<MembershipEntry> CouncilListing::memberships(const QString &serverId, const QString &personId) const
{
    const QByteArray sql = QByteArray("SELECT ") + MembershipColumns + MembershipJoins +
        " AND ms.person_id = ?1 AND (ifnull(?2, '') = '' OR ms.server_id = ?2)";
    Statement st(m_db, sql.constData());
    st.bind(1, personId).bind(2, serverId);
    return readEntries(st, m_today);
}

} // namespace Ratsmappe
