// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>

namespace Ratsmappe::Demo {

class Random;
class TownRecorder;

/// One meeting's agenda as the town writes it: numbered items, in order, some with a paper
/// and its consultation, and a result for each paper once the meeting was held.
class Agenda
{
public:
    /// \a decided: the meeting was held (not cancelled), so its papers have results.
    /// Consultations made here are added to \a consultations, by paper.
    Agenda(TownRecorder &recorder,
           Random &random,
           const QString &meetingId,
           const QString &bodyId,
           bool decided,
           const QDateTime &invited,
           QHash<QString, QJsonArray> &consultations);

    /// Adds the next item, about \a paper when not empty; its id.
    QString addItem(const QString &name, const QString &paper, bool isPublic, const QDateTime &created);
    /// The consultation of \a paper on \a item: a decision or advice. Advice on a non-public
    /// item is non-public too: members only.
    void consult(const QString &paper, const QString &item, bool authoritative);

    /// How many items there are so far.
    int size() const { return m_order; }
    const QJsonArray &items() const { return m_items; }

private:
    TownRecorder &m_recorder;
    Random &m_random;
    QString m_meetingId;
    QString m_bodyId;
    bool m_decided;
    QDateTime m_invited;
    QHash<QString, QJsonArray> &m_consultations;
    QJsonArray m_items;
    QSet<QString> m_nonPublicItems;
    int m_order = 0;
};

} // namespace Ratsmappe::Demo
