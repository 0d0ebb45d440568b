// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Ratsmappe::Demo {

class Random;
class TownRecorder;
struct SizeParams;

/// A body of the town that meets: the council, a committee or a local body.
struct CouncilBody
{
    QString id;
    QString name;
    QString shortName;
    int interval; // weeks between its meetings
    QString location;
    bool nonPublic; // meets behind closed doors only
    bool council;
};

/// The town's council in the current legislative term: the term, the town hall's rooms, the
/// council, its committees, the local bodies and the factions (Organizations), and their
/// members (Persons with Memberships). The council's members sit in a faction and one or two
/// committees; every local body has its own members.
class CouncilBuilder
{
public:
    /// The term began in the November two years before \a anchor's year.
    CouncilBuilder(TownRecorder &recorder, Random &random, const SizeParams &params, const QDateTime &anchor);

    /// Adds it all to the town; returns the bodies that meet, the council first, then the
    /// committees, then the local bodies.
    QList<CouncilBody> build();

private:
    QString addOrganization(const QString &name,
                            const QString &shortName,
                            const QString &classification,
                            const QString &type,
                            const QString &location);
    void addCommittees(const QString &meetingRoom);
    void addLocalBody(const QString &kind, int index);
    void addPerson(const QList<std::pair<QString, QString>> &roles);
    void addMembers(const QStringList &factionIds);

    TownRecorder &m_recorder;
    Random &m_random;
    const SizeParams &m_params;
    QDateTime m_termStart;
    QDateTime m_setup; // when the term's bodies and members were entered
    QList<CouncilBody> m_bodies;
};

} // namespace Ratsmappe::Demo
