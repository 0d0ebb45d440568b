// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "agendalisting.h"

#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

/// One step of a paper's path through the committees: a consultation, the meeting and agenda
/// item (TOP) it was on, and what was decided there. Any part may be missing (a consultation
/// not yet on an agenda, a meeting the list has not brought).
struct PaperConsultation
{
    QString id;
    QString meetingId; ///< empty when the consultation names no meeting
    QString meetingName;
    QString meetingStart; ///< ISO 8601; may be empty
    bool meetingCancelled = false;
    QString committee; ///< the meeting's organizations, else the consultation's, joined by ", "
    QString agendaItemId;
    QString agendaNumber;
    QString agendaName;
    bool agendaNonPublic = false;
    QString role; ///< "Vorberatung", "Entscheidung", … as the server says
    bool authoritative = false; ///< the consultation decides
    QString result; ///< the agenda item's result ("einstimmig beschlossen"); may be empty
    QString resolutionText;
};

/// A paper (Vorlage, Antrag, Anfrage) as its page shows it.
struct PaperDetail
{
    QString serverId; ///< empty: no such paper
    QString id;
    QString name;
    QString reference;
    QString paperType;
    QString date; ///< ISO 8601 date; may be empty
    bool nonPublic = false;
    int seen = 0; ///< SeenState
    QStringList underDirectionOf; ///< organization names
    QStringList originators; ///< organization and person names
    QList<AgendaDocument> documents; ///< main file first, then the rest (as on the meeting page)
    QList<PaperConsultation> consultations; ///< by meeting date, those without a meeting last
};

/// The paper page's query.
class PaperListing
{
public:
    explicit PaperListing(Database &db)
        : m_db(db)
    { }

    /// The live paper \a paperId of \a serverId (without a server: the one paper with that id);
    /// an empty detail when there is none.
    PaperDetail paper(const QString &paperId, const QString &serverId = {}) const;

private:
    QStringList
    names(const QString &serverId, const QString &paperId, const char *field, const char *table) const;

    Database &m_db;
};

} // namespace Ratsmappe
