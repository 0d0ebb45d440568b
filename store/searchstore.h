// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// What a search is narrowed to. Empty or invalid members narrow nothing.
struct SearchFilter
{
    enum class Visibility { Any, Public, NonPublic };
    QString committeeId; ///< an organization: its meetings, their agenda items and papers, its members
    QDate from; ///< meetings from this day, papers dated from it
    QDate until;
    QString paperType; ///< papers of this type, and the agenda items that consult them
    Visibility visibility = Visibility::Any;

    bool isActive() const
    {
        return !committeeId.isEmpty() || from.isValid() || until.isValid() || !paperType.isEmpty() ||
            visibility != Visibility::Any;
    }
};

/// A row of a full-text index that matched: an object (meeting, agendaItem, paper, person,
/// organization) or a page of a document's current version.
struct IndexHit
{
    QString kind; ///< as above, or "document"
    QString serverId;
    QString id; ///< the object's or the file's OParl id
    qint64 row = 0; ///< in search_objects or search_index
    double score = 0; ///< BM25 as SQLite gives it: lower is better
    int page = 0; ///< documents: from 1
    QList<int> otherPages; ///< documents: further pages that match, best first
};

/// A full-text query: the FTS5 expression and ratsmappe_rank's phrase weights for it
/// (searchextensions.h).
struct IndexQuery
{
    QString match;
    QString phraseWeights;
};

/// What a hit shows beside its snippet.
struct HitDetails
{
    QString name;
    QString fileName; ///< documents
    QDateTime date; ///< a meeting's start; an agenda item's meeting; a paper's date
    bool dateOnly = false; ///< date is a day (a paper's, a document's), not an instant
    QString context; ///< committees; the meeting of an agenda item; a paper's reference and type; a
                     ///< document's owner
    QString meetingId; ///< meetings, agenda items; a document's meeting
    QString fileId; ///< a paper's main file
    bool nonPublic = false;
    bool cancelled = false;
};

/// A text of the member's own (an annotation or a note), searched in memory by the caller.
struct OwnText
{
    QString kind; ///< "annotation" or "note"
    QString serverId;
    QString id; ///< annotation UUID, or the note's target id
    QString fileId; ///< annotations: their document
    int page = 0; ///< annotations: from 1
    QString type; ///< annotations: highlight, note, …; notes: the target's kind
    QString color;
    QString title; ///< the document's or the target's name
    QString text; ///< what is searched: quote and note text of an annotation, a note's text
    QDateTime modified;
};

/// A meeting as a person's or committee's hit lists it.
struct RelatedMeeting
{
    QString serverId;
    QString id;
    QString name;
    QDateTime start;
};

/// The search's queries over the full-text indexes (search_objects and search_index), the
/// member's annotations and notes, and the filters. One search at a time per connection.
class SearchStore
{
public:
    explicit SearchStore(Database &db);

    /// Narrows the following calls to \a filter (temporary tables of what it lets through).
    void setFilter(const SearchFilter &filter);

    /// The best objects matching \a query, at most \a limitPerKind of each kind in \a kinds
    /// (empty: all), best first.
    QList<IndexHit> objects(const IndexQuery &query, const QStringList &kinds, int limitPerKind);
    /// The best documents (current versions of live files) whose pages match, at most \a limit,
    /// each with its best page first.
    QList<IndexHit> documents(const IndexQuery &query, int limit);
    /// The indexed text (title, body) of \a hits' rows, by kind ("document" or not) and row: the
    /// caller finds the matches in them (a snippet from FTS5 would run the query once more).
    QHash<std::pair<bool, qint64>, std::pair<QString, QString>> texts(const QList<IndexHit> &hits);
    HitDetails details(const QString &kind, const QString &serverId, const QString &id);

    /// The member's annotations on current versions and notes the filter lets through.
    QList<OwnText> ownTexts(bool annotations, bool notes);

    /// The meetings of a committee, or of the committees a person is a member of, newest first.
    QList<RelatedMeeting>
    meetingsOf(const QString &kind, const QString &serverId, const QString &id, int limit);

private:
    bool allowedFile(const QString &serverId, const QString &fileId);
    Database &m_db;
    bool m_filtered = false;
};

} // namespace Ratsmappe
