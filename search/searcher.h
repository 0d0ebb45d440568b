// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "searchstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {
class Database;
}

namespace Ratsmappe::Search {

/// One search: what was typed, which kinds, narrowed how, how many of each kind.
struct Request
{
    QString text;
    QStringList kinds; ///< of kinds(); empty: all
    SearchFilter filter;
    int limit = 50; ///< per kind
    bool compounds = true; ///< a word is also found inside compounds (verkehr in Radverkehr)
};

/// One thing found.
struct Hit
{
    QString kind; ///< meeting, agendaItem, paper, document, annotation, note, person, organization
    QString serverId;
    QString id; ///< the OParl id of the object or file; an annotation's UUID; a note's target
    QString name;
    QString fileName; ///< documents
    int page = 0; ///< documents and annotations: from 1
    QList<int> otherPages; ///< documents: more pages that match
    QString snippet; ///< plain text
    QList<std::pair<int, int>> marks; ///< the matches in snippet: start and length
    double score = 0; ///< higher is better; compares hits of one kind only
    QDateTime date;
    bool dateOnly = false; ///< date is a day (papers, documents), not an instant
    QString context; ///< committees, meeting, reference and type, owner, the note's target
    QString meetingId; ///< where a meeting, agenda item or document belongs
    QString fileId; ///< the document to open (a paper's main file, an annotation's document)
    QString type; ///< annotations: their type; notes: what they are about
    QString color; ///< annotations
    bool nonPublic = false;
    bool cancelled = false;
    QList<RelatedMeeting> meetings; ///< persons and committees: their meetings, newest first
};

struct Result
{
    QList<Hit> hits; ///< grouped by kind in kinds() order, best first within a kind
    QString message; ///< why nothing was searched ("" when it was)
    QString notice; ///< a remark on what was searched ("" when none)
};

/// The kinds in the order results are grouped.
QStringList kinds();
/// A kind's name for people ("Sitzungen"), translated.
QString kindName(const QString &kind);

/// Searches the cache on \a db: the full-text indexes, the member's annotations and notes. Never
/// throws for what the member typed; StoreError only when the cache fails (or is interrupted).
Result search(Database &db, const Request &request);

/// Brings the object index and the word list up to date (what a sync does after it stored
/// objects), for a cache that was not synced since it got them. Opens its own transactions.
void prepareIndex(Database &db);

} // namespace Ratsmappe::Search
