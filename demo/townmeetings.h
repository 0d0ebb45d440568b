// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "towncouncil.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <deque>
#include <utility>
#include <vector>

namespace Ratsmappe::Demo {

class Agenda;
class Random;
class TownRecorder;
struct SizeParams;
struct TownPdfs;

/// Two years of meetings of the town's bodies: from about 100 weeks before to 8 weeks after
/// the anchor, some cancelled, each with an invitation, an agenda of standing items, papers
/// and a non-public part, and minutes once held. Papers advised in a committee go on to the
/// council; the budget draft is brought into the council in the autumn; now and then a
/// Tischvorlage comes the day before.
class MeetingPlanner
{
public:
    MeetingPlanner(TownRecorder &recorder,
                   Random &random,
                   const SizeParams &params,
                   const TownPdfs &pdfs,
                   const QList<CouncilBody> &bodies,
                   const QDateTime &anchor);

    /// Adds every meeting with its agenda items, papers, consultations and files.
    void build();

private:
    struct Slot
    {
        QDateTime start;
        int body;
    };
    /// Every meeting's start, in date order across all bodies.
    std::vector<Slot> schedule();
    void addMeeting(const Slot &slot);
    /// The budget draft's first reading, in the first council meeting after mid-autumn.
    void addBudget(Agenda &agenda, const Slot &slot, const QDateTime &invited);
    void addPaperItems(Agenda &agenda, const Slot &slot, const QDateTime &invited);
    /// A new paper of a random kind and topic for \a slot's body: its id and name.
    std::pair<QString, QString> newPaper(const Slot &slot, const QDateTime &invited);
    void addNonPublicPart(Agenda &agenda, const Slot &slot, const QDateTime &invited);
    QString
    addPaper(const QString &name, const QString &type, const QDateTime &date, bool nonPublic, int body);

    TownRecorder &m_recorder;
    Random &m_random;
    const SizeParams &m_params;
    const TownPdfs &m_pdfs;
    const QList<CouncilBody> &m_bodies;
    QDateTime m_anchor;
    std::deque<std::pair<QString, QString>> m_forCouncil; // papers (id, name) advised in a committee
    QHash<QString, QJsonArray> m_consultations; // by paper, set when all meetings are made
    QHash<int, int> m_sessionNumbers; // by body
    QHash<int, int> m_paperNumbers; // by year
    bool m_budgetPlaced = false;
};

} // namespace Ratsmappe::Demo
