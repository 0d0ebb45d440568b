// SPDX-License-Identifier: GPL-2.0-or-later
#include "townagenda.h"

#include "demorandom.h"
#include "oparlserver.h"
#include "townrecorder.h"

#include <QJsonObject>

namespace Ratsmappe::Demo {

Agenda::Agenda(TownRecorder &recorder,
               Random &random,
               const QString &meetingId,
               const QString &bodyId,
               bool decided,
               const QDateTime &invited,
               QHash<QString, QJsonArray> &consultations)
    : m_recorder(recorder)
    , m_random(random)
    , m_meetingId(meetingId)
    , m_bodyId(bodyId)
    , m_decided(decided)
    , m_invited(invited)
    , m_consultations(consultations)
{ }

QString Agenda::addItem(const QString &name, const QString &paper, bool isPublic, const QDateTime &created)
{
    QJsonObject item{{QStringLiteral("meeting"), m_meetingId},
                     {QStringLiteral("number"), QString::number(m_order + 1)},
                     {QStringLiteral("order"), m_order + 1},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("public"), isPublic}};
    if (!paper.isEmpty()) {
        item.insert(QLatin1String("consultation"), paper);
    }
    if (m_decided && !paper.isEmpty()) {
        item.insert(QLatin1String("result"),
                    m_random.chance(85) ? QStringLiteral("einstimmig beschlossen")
                                        : QStringLiteral("mehrheitlich beschlossen"));
    }
    ++m_order;
    ++m_recorder.summary().agendaItems;
    const QString id = m_recorder.add(QStringLiteral("AgendaItem"), item, created, created);
    m_items.append(id);
    if (!isPublic) {
        m_nonPublicItems.insert(id);
    }
    return id;
}

void Agenda::consult(const QString &paper, const QString &item, bool authoritative)
{
    QJsonObject fields{{QStringLiteral("paper"), paper},
                       {QStringLiteral("agendaItem"), item},
                       {QStringLiteral("meeting"), m_meetingId},
                       {QStringLiteral("organization"), QJsonArray{m_bodyId}},
                       {QStringLiteral("authoritative"), authoritative},
                       {QStringLiteral("role"),
                        authoritative ? QStringLiteral("Entscheidung") : QStringLiteral("Vorberatung")}};
    if (m_nonPublicItems.contains(item)) {
        fields.insert(OParlServer::nonPublicProperty(), true);
    }
    const QString c = m_recorder.add(QStringLiteral("Consultation"), fields, m_invited, m_invited);
    m_consultations[paper].append(c);
}

} // namespace Ratsmappe::Demo
