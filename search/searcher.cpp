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
constexpr int SnippetWords = 24;
constexpr int SnippetLead = 4; // words before the first match shown

const char *const KindOrder[] = {
    "meeting", "agendaItem", "paper", "document", "annotation", "note", "person", "organization"};

// A snippet of \a text around its best place: the window of SnippetWords words (\a words,
// their [start, end) in text order) that holds the most of \a ranges (the matches, likewise), a
// few words before the first of them; the matches marked.
void snippetOf(const QString &text,
               const QList<std::pair<qsizetype, qsizetype>> &words,
               const QList<std::pair<qsizetype, qsizetype>> &ranges,
               Hit &hit)
{
    hit.snippet.clear();
    hit.marks.clear();
    if (words.isEmpty()) {
        hit.snippet = text.simplified();
        return;
    }
    // The word each match begins at.
    QList<qsizetype> at;
    qsizetype w = 0;
    for (const auto &range : ranges) {
        while (w < words.size() && words.at(w).first < range.first) {
            ++w;
        }
        at.append(qMin(w, words.size() - 1));
    }
    qsizetype from = 0;
    qsizetype best = -1;
    for (qsizetype i = 0; i < at.size(); ++i) {
        const qsizetype start = qMax<qsizetype>(0, at.at(i) - SnippetLead);
        const auto inside = std::count_if(
            at.cbegin() + i, at.cend(), [start](qsizetype a) { return a < start + SnippetWords; });
        if (inside > best) {
            best = inside;
            from = start;
        }
    }
    const qsizetype to = qMin(words.size(), from + SnippetWords);
    // From the first word shown; to the end of the last one, or of the text (its full stop).
    const qsizetype first = words.at(from).first;
    const qsizetype last = to == words.size() ? text.size() : words.at(to - 1).second;
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = prefix + QStringView(text).mid(first, last - first).trimmed() +
        (to < words.size() ? QStringLiteral("…") : QString());
    for (QChar &c : hit.snippet) {
        if (c.isSpace()) {
            c = QLatin1Char(' ');
        }
    }
    for (const auto &[start, end] : ranges) {
        if (start >= first && end <= last) {
            hit.marks.append({int(prefix.size() + start - first), int(end - start)});
        }
    }
}

// An indexed row's snippet, from the text (title, body) with more matches; a page's from its
// body wherever the words are found there (its title is the document's name, shown anyway).
// Every word a term finds is marked (a phrase's words each on their own, as in the reader).
void snippetOf(const Highlighter &highlights, const std::pair<QString, QString> &row, bool page, Hit &hit)
{
    struct Found
    {
        QList<std::pair<qsizetype, qsizetype>> words, ranges;
    };
    const auto find = [&highlights](const QString &text) {
        Found f;
        tokenize(text, [&](const char *folded, int size, qsizetype start, qsizetype end) {
            f.words.append({start, end});
            if (highlights(std::string_view(folded, size_t(size)))) {
                f.ranges.append({start, end});
            }
            return true;
        });
        return f;
    };
    const Found body = find(row.second);
    if (page && !body.ranges.isEmpty()) {
        snippetOf(row.second, body.words, body.ranges, hit); // the title is not looked at
        return;
    }
    const Found title = find(row.first);
    if (!page && body.ranges.size() > title.ranges.size()) {
        snippetOf(row.second, body.words, body.ranges, hit);
    } else {
        snippetOf(row.first, title.words, title.ranges, hit);
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
    const IndexQuery indexQuery{query.ftsExpression(), query.phraseWeights()};
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
        found = store.objects(indexQuery, objectKinds, limit);
    }
    if (wanted.contains(QLatin1String("document"))) {
        found.append(store.documents(indexQuery, limit));
    }
    const auto texts = store.texts(found);
    const Highlighter highlights(query);
    for (const IndexHit &indexHit : std::as_const(found)) {
        Hit hit;
        hit.kind = indexHit.kind;
        hit.serverId = indexHit.serverId;
        hit.id = indexHit.id;
        hit.page = indexHit.page;
        hit.otherPages = indexHit.otherPages;
        hit.score = -indexHit.score;
        const bool page = hit.kind == QLatin1String("document");
        snippetOf(highlights, texts.value({page, indexHit.row}), page, hit);
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
            const QList<TextToken> tokens = tokenize(own.text);
            if (!query.matches(tokens, &ranges)) {
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
            QList<std::pair<qsizetype, qsizetype>> words;
            for (const TextToken &token : tokens) {
                words.append({token.start, token.end});
            }
            snippetOf(own.text, words, ranges, hit);
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
