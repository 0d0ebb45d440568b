// SPDX-License-Identifier: GPL-2.0-or-later
#include "searcher.h"

#include "database.h"
#include "objectsearchindex.h"
#include "searchquery.h"
#include "searchwords.h"

#include <QCoreApplication>

#include <algorithm>

namespace Ratsmappe::Search {

namespace {

constexpr int InfixWords = 20;
constexpr int RelatedMeetings = 10;
constexpr int SnippetChars = 80; // on each side of the first match of an own text

const char *const KindOrder[] = {
    "meeting", "agendaItem", "paper", "document", "annotation", "note", "person", "organization"};

// FTS5 marks matches with \x02 … \x03: plain text and the marks' positions.
void unmark(const QString &marked, Hit &hit)
{
    hit.snippet.clear();
    hit.marks.clear();
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(2)) {
            start = int(hit.snippet.size());
        } else if (c == QChar(3)) {
            if (start >= 0 && hit.snippet.size() > start) {
                hit.marks.append({start, int(hit.snippet.size()) - start});
            }
            start = -1;
        } else {
            hit.snippet.append(c.isSpace() ? QChar(u' ') : c);
        }
    }
}

// An own text's snippet: around its first match, the matches marked.
void snippetOf(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &ranges, Hit &hit)
{
    const qsizetype first = ranges.isEmpty() ? 0 : ranges.first().first;
    qsizetype from = qMax<qsizetype>(0, first - SnippetChars);
    qsizetype to = qMin(text.size(), first + 2 * SnippetChars);
    // Whole words at the ends.
    while (from > 0 && !text.at(from - 1).isSpace()) {
        --from;
    }
    while (to < text.size() && !text.at(to).isSpace()) {
        ++to;
    }
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = prefix + text.mid(from, to - from) + (to < text.size() ? QStringLiteral("…") : QString());
    hit.snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    hit.marks.clear();
    for (const auto &[start, end] : ranges) {
        if (start >= from && end <= to) {
            hit.marks.append({int(prefix.size() + start - from), int(end - start)});
        }
    }
}

void addDetails(SearchStore &store, Hit &hit)
{
    const HitDetails d = store.details(hit.kind, hit.serverId, hit.id);
    hit.name = d.name;
    hit.fileName = d.fileName;
    hit.date = d.date;
    hit.dateOnly = d.dateOnly;
    hit.context = d.context;
    hit.meetingId = d.meetingId;
    hit.fileId = d.fileId;
    hit.nonPublic = d.nonPublic;
    hit.cancelled = d.cancelled;
}

} // namespace

QStringList kinds()
{
    QStringList all;
    for (const char *kind : KindOrder) {
        all.append(QString::fromLatin1(kind));
    }
    return all;
}

QString kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Meetings")},
        {QStringLiteral("agendaItem"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Agenda items")},
        {QStringLiteral("paper"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Papers")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Documents")},
        {QStringLiteral("annotation"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Annotations")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Notes")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Persons")},
        {QStringLiteral("organization"), QT_TRANSLATE_NOOP("Ratsmappe::Search", "Committees and factions")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("Ratsmappe::Search", name) : kind;
}

void prepareIndex(Database &db)
{
    ObjectSearchIndex(db).refresh();
    SearchWords::completeIfNeeded(db);
}

Result search(Database &db, const Request &request)
{
    Result result;
    Query query = Query::parse(request.text);
    result.message = query.message();
    result.notice = query.notice();
    if (query.isEmpty()) {
        return result;
    }
    // A word is found inside compounds too, through the words the indexes hold.
    for (QueryTerm &term : query.terms()) {
        if (request.compounds && !term.exclude && term.tokens.size() == 1 &&
            term.tokens.first().size() >= Query::MinInfix) {
            term.infixes = SearchWords::containing(db, term.tokens.first(), InfixWords);
        }
    }
    const QString match = query.ftsExpression();
    const QStringList wanted = request.kinds.isEmpty() ? kinds() : request.kinds;
    const int limit = qMax(1, request.limit);

    SearchStore store(db);
    store.setFilter(request.filter);
    QHash<QString, QList<Hit>> byKind;

    QStringList objectKinds;
    for (const char *kind : {"meeting", "agendaItem", "paper", "person", "organization"}) {
        if (wanted.contains(QLatin1String(kind))) {
            objectKinds.append(QString::fromLatin1(kind));
        }
    }
    QList<IndexHit> found;
    if (!objectKinds.isEmpty()) {
        found = store.objects(match, objectKinds, limit);
    }
    if (wanted.contains(QLatin1String("document"))) {
        found.append(store.documents(match, limit));
    }
    const QHash<std::pair<bool, qint64>, QString> snippets = store.snippets(match, found);
    for (const IndexHit &indexHit : std::as_const(found)) {
        Hit hit;
        hit.kind = indexHit.kind;
        hit.serverId = indexHit.serverId;
        hit.id = indexHit.id;
        hit.page = indexHit.page;
        hit.otherPages = indexHit.otherPages;
        hit.score = -indexHit.score;
        unmark(snippets.value({hit.kind == QLatin1String("document"), indexHit.row}), hit);
        addDetails(store, hit);
        if (hit.kind == QLatin1String("person") || hit.kind == QLatin1String("organization")) {
            hit.meetings = store.meetingsOf(hit.kind, hit.serverId, hit.id, RelatedMeetings);
        }
        byKind[hit.kind].append(hit);
    }

    const bool annotations = wanted.contains(QLatin1String("annotation"));
    const bool notes = wanted.contains(QLatin1String("note"));
    if (annotations || notes) {
        for (const OwnText &own : store.ownTexts(annotations, notes)) {
            QList<std::pair<qsizetype, qsizetype>> ranges;
            if (!query.matches(tokenize(own.text), &ranges)) {
                continue;
            }
            Hit hit;
            hit.kind = own.kind;
            hit.serverId = own.serverId;
            hit.id = own.id;
            hit.name = own.title;
            hit.page = own.page;
            hit.type = own.type;
            hit.color = own.color;
            hit.date = own.modified;
            hit.fileId = own.fileId;
            hit.score = double(ranges.size());
            snippetOf(own.text, ranges, hit);
            if (own.kind == QLatin1String("note")) {
                hit.context = own.title;
                if (own.type == QLatin1String("agendaItem") || own.type == QLatin1String("meeting")) {
                    const HitDetails target = store.details(own.type, own.serverId, own.id);
                    hit.meetingId = target.meetingId;
                } else if (own.type == QLatin1String("paper")) {
                    hit.fileId = store.details(own.type, own.serverId, own.id).fileId;
                }
            }
            byKind[hit.kind].append(hit);
        }
    }

    for (const QString &kind : kinds()) {
        QList<Hit> hits = byKind.value(kind);
        // Best first; equal scores: the newer first (meetings with the same name).
        std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
            if (a.score != b.score) {
                return a.score > b.score;
            }
            return a.date > b.date;
        });
        result.hits.append(hits.mid(0, limit));
    }
    return result;
}

} // namespace Ratsmappe::Search
