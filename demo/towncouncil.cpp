// SPDX-License-Identifier: GPL-2.0-or-later
#include "towncouncil.h"

#include "demorandom.h"
#include "towndata.h"
#include "townrecorder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Ratsmappe::Demo {

CouncilBuilder::CouncilBuilder(TownRecorder &recorder,
                               Random &random,
                               const SizeParams &params,
                               const QDateTime &anchor)
    : m_recorder(recorder)
    , m_random(random)
    , m_params(params)
    , m_termStart(QDate(anchor.date().year() - 2, 11, 1), QTime(0, 0), QTimeZone::UTC)
    , m_setup(m_termStart.addDays(-30))
{ }

QList<CouncilBody> CouncilBuilder::build()
{
    const QString town = m_recorder.summary().name;
    m_recorder.add(
        QStringLiteral("LegislativeTerm"),
        {{QStringLiteral("name"),
          QStringLiteral("Wahlperiode %1–%2")
              .arg(m_termStart.date().year())
              .arg(m_termStart.date().year() + 5)},
         {QStringLiteral("startDate"), m_termStart.date().toString(Qt::ISODate)},
         {QStringLiteral("endDate"), m_termStart.date().addYears(5).addDays(-1).toString(Qt::ISODate)}},
        m_termStart,
        m_termStart);
    const auto townHallRoom = [&](const QString &room) {
        return m_recorder.add(QStringLiteral("Location"),
                              {{QStringLiteral("description"), QStringLiteral("Rathaus, %1").arg(room)},
                               {QStringLiteral("streetAddress"), QStringLiteral("Marktplatz 1")},
                               {QStringLiteral("locality"), town}},
                              m_setup,
                              m_setup);
    };
    const QString townHall = townHallRoom(QStringLiteral("Ratssaal"));
    const QString meetingRoom = townHallRoom(QStringLiteral("Sitzungssaal 2"));

    const QString councilName = QStringLiteral("Rat der Stadt %1").arg(town);
    m_bodies.append(
        {addOrganization(
             councilName, QStringLiteral("Rat"), QStringLiteral("Rat"), QStringLiteral("Gremium"), townHall),
         councilName,
         QStringLiteral("Rat"),
         m_params.intervalMax + 1,
         townHall,
         false,
         true});
    addCommittees(meetingRoom);
    for (int i = 0; i < m_params.districts; ++i) {
        addLocalBody(QStringLiteral("Bezirksvertretung"), i + 3);
    }
    for (int i = 0; i < m_params.villages; ++i) {
        addLocalBody(QStringLiteral("Ortschaftsrat"), i);
    }
    QStringList factionIds;
    for (const QString &f : factions) {
        factionIds.append(addOrganization(f,
                                          f.section(QLatin1Char(' '), 0, 0),
                                          QStringLiteral("Fraktion"),
                                          QStringLiteral("Fraktion"),
                                          {}));
    }
    addMembers(factionIds);
    return m_bodies;
}

QString CouncilBuilder::addOrganization(const QString &name,
                                        const QString &shortName,
                                        const QString &classification,
                                        const QString &type,
                                        const QString &location)
{
    QJsonObject fields{{QStringLiteral("name"), name},
                       {QStringLiteral("shortName"), shortName},
                       {QStringLiteral("organizationType"), type},
                       {QStringLiteral("classification"), classification},
                       {QStringLiteral("startDate"), m_termStart.date().toString(Qt::ISODate)}};
    if (!location.isEmpty()) {
        fields.insert(QLatin1String("location"), location);
    }
    ++m_recorder.summary().organizations;
    return m_recorder.add(QStringLiteral("Organization"), fields, m_setup, m_setup);
}

void CouncilBuilder::addCommittees(const QString &meetingRoom)
{
    for (int i = 0; i < m_params.committees; ++i) {
        const QString name = committeeNames.at(i % committeeNames.size());
        const QString shortName = name.section(QLatin1Char(' '), 0, 0);
        m_bodies.append(
            {addOrganization(
                 name, shortName, QStringLiteral("Ausschuss"), QStringLiteral("Gremium"), meetingRoom),
             name,
             shortName,
             m_random.range(m_params.intervalMin, m_params.intervalMax),
             meetingRoom,
             name.startsWith(QLatin1String("Rechnungsprüfung")),
             false});
    }
}

void CouncilBuilder::addLocalBody(const QString &kind, int index)
{
    const QString place = placeNames.at(index % placeNames.size()) +
        (index >= placeNames.size() ? QStringLiteral(" %1").arg(index / placeNames.size() + 1) : QString());
    const QString location = m_recorder.add(
        QStringLiteral("Location"),
        {{QStringLiteral("description"), QStringLiteral("Dorfgemeinschaftshaus %1").arg(place)},
         {QStringLiteral("locality"), place}},
        m_setup,
        m_setup);
    const QString name = kind + QLatin1Char(' ') + place;
    m_bodies.append({addOrganization(name, place, kind, QStringLiteral("Gremium"), location),
                     name,
                     place,
                     m_random.range(m_params.intervalMin, m_params.intervalMax + 1),
                     location,
                     false,
                     false});
}

void CouncilBuilder::addPerson(const QList<std::pair<QString, QString>> &roles)
{
    const QString given = m_random.pick(firstNames);
    const QString family = m_random.pick(lastNames);
    const QString person =
        m_recorder.add(QStringLiteral("Person"),
                       {{QStringLiteral("name"), QString(given + QLatin1Char(' ') + family)},
                        {QStringLiteral("givenName"), given},
                        {QStringLiteral("familyName"), family}},
                       m_setup,
                       m_setup);
    QJsonArray memberships;
    for (const auto &[org, role] : roles) {
        memberships.append(
            m_recorder.add(QStringLiteral("Membership"),
                           {{QStringLiteral("person"), person},
                            {QStringLiteral("organization"), org},
                            {QStringLiteral("role"), role},
                            {QStringLiteral("startDate"), m_termStart.date().toString(Qt::ISODate)}},
                           m_setup,
                           m_setup));
    }
    m_recorder.change(person, {{QStringLiteral("membership"), memberships}});
    ++m_recorder.summary().persons;
}

void CouncilBuilder::addMembers(const QStringList &factionIds)
{
    for (int i = 0; i < m_params.councilSize; ++i) {
        QList<std::pair<QString, QString>> roles{
            {m_bodies.first().id, i == 0 ? QStringLiteral("Bürgermeister/in") : QStringLiteral("Mitglied")},
            {factionIds.at(i % factionIds.size()), QStringLiteral("Mitglied")}};
        roles.append({m_bodies.at(1 + i % m_params.committees).id, QStringLiteral("Mitglied")});
        if (i % 3 == 0) {
            roles.append(
                {m_bodies.at(1 + (i + 2) % m_params.committees).id, QStringLiteral("stellv. Mitglied")});
        }
        addPerson(roles);
    }
    for (int o = 1 + m_params.committees; o < m_bodies.size(); ++o) {
        for (int i = 0; i < 7; ++i) {
            addPerson({{m_bodies.at(o).id, i == 0 ? QStringLiteral("Vorsitz") : QStringLiteral("Mitglied")}});
        }
    }
}

} // namespace Ratsmappe::Demo
