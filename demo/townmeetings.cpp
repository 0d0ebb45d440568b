// SPDX-License-Identifier: GPL-2.0-or-later
#include "townmeetings.h"

#include "demorandom.h"
#include "oparlserver.h"
#include "townagenda.h"
#include "towndata.h"
#include "townpdfs.h"
#include "townrecorder.h"

#include <QJsonObject>

#include <algorithm>

namespace Ratsmappe::Demo {

MeetingPlanner::MeetingPlanner(TownRecorder &recorder,
                               Random &random,
                               const SizeParams &params,
                               const TownPdfs &pdfs,
                               const QList<CouncilBody> &bodies,
                               const QDateTime &anchor)
    : m_recorder(recorder)
    , m_random(random)
    , m_params(params)
    , m_pdfs(pdfs)
    , m_bodies(bodies)
    , m_anchor(anchor)
{ }

void MeetingPlanner::build()
{
    // In date order across all bodies, so that papers advised in a committee go on to the
    // council.
    for (const Slot &slot : schedule()) {
        addMeeting(slot);
    }
    for (auto it = m_consultations.cbegin(); it != m_consultations.cend(); ++it) {
        m_recorder.change(it.key(), {{QStringLiteral("consultation"), it.value()}});
    }
}

std::vector<MeetingPlanner::Slot> MeetingPlanner::schedule()
{
    std::vector<Slot> schedule;
    const QDateTime first = m_anchor.addDays(-7 * 100);
    const QDateTime last = m_anchor.addDays(7 * 8);
    for (int b = 0; b < m_bodies.size(); ++b) {
        QDateTime t = first.addDays(m_random.range(0, m_bodies[b].interval * 7 - 1));
        while (t < last) {
            const int weekday = t.date().dayOfWeek();
            const QDateTime start =
                t.addDays(weekday > 4 ? 8 - weekday : 0).addSecs(3600 * (16 + m_random.range(0, 2)));
            schedule.push_back({start, b});
            t = t.addDays(7 * m_bodies[b].interval);
        }
    }
    std::stable_sort(
        schedule.begin(), schedule.end(), [](const Slot &a, const Slot &b) { return a.start < b.start; });
    return schedule;
}

void MeetingPlanner::addMeeting(const Slot &slot)
{
    const CouncilBody &body = m_bodies.at(slot.body);
    const bool held = slot.start < m_anchor;
    const bool cancelled = m_random.chance(3);
    const QDateTime invited = slot.start.addDays(-14);
    const int number = ++m_sessionNumbers[slot.body];
    const QString name = QStringLiteral("%1. Sitzung: %2").arg(number).arg(body.name);
    QJsonObject meeting{{QStringLiteral("name"), name},
                        {QStringLiteral("start"), slot.start.toString(Qt::ISODate)},
                        {QStringLiteral("end"), slot.start.addSecs(3600 * 3).toString(Qt::ISODate)},
                        {QStringLiteral("organization"), QJsonArray{body.id}},
                        {QStringLiteral("location"), body.location},
                        {QStringLiteral("meetingState"),
                         cancelled ? QStringLiteral("abgesagt")
                                   : (held ? QStringLiteral("durchgeführt") : QStringLiteral("eingeladen"))}};
    if (cancelled) {
        meeting.insert(QLatin1String("cancelled"), true);
    }
    if (body.nonPublic) {
        meeting.insert(OParlServer::nonPublicProperty(), true);
    }
    const QString meetingId =
        m_recorder.add(QStringLiteral("Meeting"), meeting, invited.addDays(-7), invited.addDays(-7));
    ++m_recorder.summary().meetings;

    // The agenda: standing items, papers, then the non-public part.
    Agenda agenda(m_recorder, m_random, meetingId, body.id, held && !cancelled, invited, m_consultations);
    const bool allNonPublic = body.nonPublic;
    agenda.addItem(QStringLiteral("Eröffnung, Begrüßung und Feststellung der Beschlussfähigkeit"),
                   {},
                   !allNonPublic,
                   invited);
    agenda.addItem(
        QStringLiteral("Genehmigung der Niederschrift der letzten Sitzung"), {}, !allNonPublic, invited);
    if (body.council && !m_budgetPlaced && slot.start > m_anchor.addDays(-45)) {
        addBudget(agenda, slot, invited);
    }
    addPaperItems(agenda, slot, invited);
    agenda.addItem(QStringLiteral("Mitteilungen der Verwaltung"), {}, !allNonPublic, invited);
    addNonPublicPart(agenda, slot, invited);

    QJsonObject files{{QStringLiteral("agendaItem"), agenda.items()},
                      {QStringLiteral("invitation"),
                       m_recorder.addFile(QStringLiteral("Einladung %1").arg(name),
                                          m_random.pick(m_pdfs.invitation),
                                          invited,
                                          allNonPublic)}};
    if (held && !cancelled) {
        files.insert(QLatin1String("resultsProtocol"),
                     m_recorder.addFile(QStringLiteral("Niederschrift %1").arg(name),
                                        m_random.pick(m_pdfs.protocol),
                                        slot.start.addDays(10),
                                        allNonPublic));
    }
    m_recorder.change(meetingId, files);
}

void MeetingPlanner::addBudget(Agenda &agenda, const Slot &slot, const QDateTime &invited)
{
    m_budgetPlaced = true;
    const int year = m_anchor.date().year() + 1;
    const QString paper = addPaper(QStringLiteral("Haushaltsplanentwurf %1").arg(year),
                                   QStringLiteral("Beschlussvorlage"),
                                   invited,
                                   false,
                                   slot.body);
    agenda.consult(
        paper,
        agenda.addItem(
            QStringLiteral("Haushaltsplanentwurf %1: Einbringung").arg(year), paper, true, invited),
        false);
}

void MeetingPlanner::addPaperItems(Agenda &agenda, const Slot &slot, const QDateTime &invited)
{
    const CouncilBody &body = m_bodies.at(slot.body);
    const int papers = m_random.range(m_params.itemsMin, m_params.itemsMax);
    for (int p = 0; p < papers; ++p) {
        QString paper;
        QString name;
        bool authoritative = body.council;
        if (body.council && !m_forCouncil.empty() && m_random.chance(60)) {
            std::tie(paper, name) = m_forCouncil.front();
            m_forCouncil.pop_front();
            authoritative = true;
        } else {
            std::tie(paper, name) = newPaper(slot, invited);
        }
        const QString item = agenda.addItem(name, paper, !body.nonPublic, invited);
        agenda.consult(paper, item, authoritative);
        // A Tischvorlage: handed out the day before, after the invitation.
        if (m_random.chance(8)) {
            const QDateTime late = slot.start.addDays(-1);
            m_recorder.change(
                item,
                {{QStringLiteral("auxiliaryFile"),
                  QJsonArray{m_recorder.addFile(QStringLiteral("Tischvorlage zu TOP %1").arg(agenda.size()),
                                                m_random.pick(m_pdfs.anlage),
                                                late,
                                                body.nonPublic)}}});
        }
    }
}

std::pair<QString, QString> MeetingPlanner::newPaper(const Slot &slot, const QDateTime &invited)
{
    const CouncilBody &body = m_bodies.at(slot.body);
    const int kind = m_random.range(0, 99);
    const QString topicName = pickTopic(m_random, topics);
    const QString faction = m_random.pick(factions);
    const QString type = kind < 50 ? QStringLiteral("Beschlussvorlage")
        : kind < 70                ? QStringLiteral("Informationsvorlage")
        : kind < 85                ? QStringLiteral("Antrag")
                                   : QStringLiteral("Anfrage");
    const QString name = type == QLatin1String("Antrag")
        ? QStringLiteral("Antrag der %1: %2").arg(faction, topicName)
        : type == QLatin1String("Anfrage") ? QStringLiteral("Anfrage der %1 zu: %2").arg(faction, topicName)
                                           : topicName;
    const QString paper = addPaper(name, type, invited, body.nonPublic, slot.body);
    if (!body.council && type == QLatin1String("Beschlussvorlage") && m_random.chance(50)) {
        m_forCouncil.emplace_back(paper, name);
    }
    return {paper, name};
}

void MeetingPlanner::addNonPublicPart(Agenda &agenda, const Slot &slot, const QDateTime &invited)
{
    // Members only (docs/server-protocol.md).
    for (int n = m_random.range(0, 2); n > 0; --n) {
        const QString name = pickTopic(m_random, nonPublicTopics);
        const QString paper = addPaper(name, QStringLiteral("Beschlussvorlage"), invited, true, slot.body);
        agenda.consult(paper, agenda.addItem(name, paper, false, invited), true);
    }
}

QString MeetingPlanner::addPaper(
    const QString &name, const QString &type, const QDateTime &date, bool nonPublic, int body)
{
    const int year = date.date().year();
    const QString reference =
        QStringLiteral("%1/%2").arg(year).arg(++m_paperNumbers[year], 4, 10, QLatin1Char('0'));
    const QDateTime created = date.addDays(-m_random.range(10, 30));
    const int mainPdf = name.startsWith(QLatin1String("Haushaltsplanentwurf"))
        ? m_pdfs.budget
        : m_random.pick(m_pdfs.vorlage);
    QJsonObject fields{
        {QStringLiteral("name"), name},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("date"), created.date().toString(Qt::ISODate)},
        {QStringLiteral("paperType"), type},
        {QStringLiteral("mainFile"),
         m_recorder.addFile(type + QStringLiteral(" ") + reference, mainPdf, created, nonPublic)},
        {QStringLiteral("underDirectionOf"), QJsonArray{m_bodies.at(body).id}}};
    QJsonArray aux;
    for (int a = m_random.range(0, 4); a > 0; --a) {
        aux.append(m_recorder.addFile(QStringLiteral("Anlage %1 zu %2").arg(aux.size() + 1).arg(reference),
                                      m_random.pick(m_pdfs.anlage),
                                      created,
                                      nonPublic));
    }
    if (!aux.isEmpty()) {
        fields.insert(QLatin1String("auxiliaryFile"), aux);
    }
    if (nonPublic) {
        fields.insert(OParlServer::nonPublicProperty(), true);
    }
    ++m_recorder.summary().papers;
    return m_recorder.add(QStringLiteral("Paper"), fields, created, created);
}

} // namespace Ratsmappe::Demo
