// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchstore.h"

#include "database.h"
#include "searchindexstore.h"

#include <QHash>

#include <algorithm>
#include <functional>

#include <optional>

namespace Ratsmappe {

namespace {

// The objects each narrowing lets through, as (server_id, id); ?1 is its value, ?2 the end of a
// date range. A file goes through when one of its owners does.
constexpr const char *ByCommittee = R"sql(
WITH ms AS (SELECT server_id, meeting_id AS id FROM meeting_organizations WHERE organization_id = ?1)
SELECT server_id, id FROM ms
UNION SELECT a.server_id, a.id FROM agenda_items a JOIN ms ON a.server_id = ms.server_id AND a.meeting_id = ms.id
UNION SELECT c.server_id, c.paper_id FROM consultations c JOIN ms ON c.server_id = ms.server_id
    AND c.meeting_id = ms.id WHERE c.paper_id IS NOT NULL
UNION SELECT server_id, id FROM organizations WHERE id = ?1
UNION SELECT server_id, person_id FROM memberships WHERE organization_id = ?1 AND person_id IS NOT NULL
)sql";

constexpr const char *ByDate = R"sql(
WITH ms AS (SELECT server_id, id FROM meetings WHERE substr(start, 1, 10) BETWEEN ?1 AND ?2)
SELECT server_id, id FROM ms
UNION SELECT a.server_id, a.id FROM agenda_items a JOIN ms ON a.server_id = ms.server_id AND a.meeting_id = ms.id
UNION SELECT server_id, id FROM papers WHERE substr(date, 1, 10) BETWEEN ?1 AND ?2
)sql";

constexpr const char *ByPaperType = R"sql(
WITH ps AS (SELECT server_id, id FROM papers WHERE paper_type = ?1)
SELECT server_id, id FROM ps
UNION SELECT c.server_id, c.agenda_item_id FROM consultations c JOIN ps ON c.server_id = ps.server_id
    AND c.paper_id = ps.id WHERE c.agenda_item_id IS NOT NULL
)sql";

// ?1: 0 public, 1 non-public. Persons and organizations are public.
constexpr const char *ByVisibility = R"sql(
SELECT server_id, id FROM meetings WHERE non_public = ?1
UNION SELECT a.server_id, a.id FROM agenda_items a WHERE (coalesce(a.public, 1) = 0 OR EXISTS (SELECT 1
    FROM meetings m WHERE m.server_id = a.server_id AND m.id = a.meeting_id AND m.non_public = 1)) = ?1
UNION SELECT server_id, id FROM papers WHERE non_public = ?1
UNION SELECT server_id, id FROM persons WHERE ?1 = 0
UNION SELECT server_id, id FROM organizations WHERE ?1 = 0
)sql";

} // namespace

SearchStore::SearchStore(Database &db)
    : m_db(db)
{
    m_db.exec(
        "CREATE TEMP TABLE IF NOT EXISTS search_allowed (server_id TEXT NOT NULL, id TEXT NOT NULL, "
        "PRIMARY KEY (server_id, id)) WITHOUT ROWID;"
        "CREATE TEMP TABLE IF NOT EXISTS search_allowed_files (server_id TEXT NOT NULL, id TEXT NOT NULL, "
        "PRIMARY KEY (server_id, id)) WITHOUT ROWID;"
        "CREATE TEMP TABLE IF NOT EXISTS search_step (server_id TEXT NOT NULL, id TEXT NOT NULL, "
        "PRIMARY KEY (server_id, id)) WITHOUT ROWID;");
}

void SearchStore::setFilter(const SearchFilter &filter)
{
    m_db.exec("DELETE FROM temp.search_allowed; DELETE FROM temp.search_allowed_files;");
    m_filtered = filter.isActive();
    if (!m_filtered) {
        return;
    }
    bool first = true;
    // Each narrowing's objects; what every narrowing lets through stays.
    const auto narrow = [this, &first](const char *sql, const QVariant &a, const QVariant &b = {}) {
        m_db.exec("DELETE FROM temp.search_step");
        const QByteArray fill = QByteArray("INSERT OR IGNORE INTO temp.search_step ") + sql;
        Statement st(m_db, fill.constData());
        st.bind(1, a);
        if (b.isValid()) {
            st.bind(2, b);
        }
        st.run();
        if (first) {
            m_db.exec("INSERT INTO temp.search_allowed SELECT * FROM temp.search_step");
            first = false;
        } else {
            m_db.exec("DELETE FROM temp.search_allowed WHERE NOT EXISTS (SELECT 1 FROM temp.search_step s "
                      "WHERE s.server_id = search_allowed.server_id AND s.id = search_allowed.id)");
        }
    };
    if (!filter.committeeId.isEmpty()) {
        narrow(ByCommittee, filter.committeeId);
    }
    if (filter.from.isValid() || filter.until.isValid()) {
        narrow(ByDate,
               (filter.from.isValid() ? filter.from : QDate(1, 1, 1)).toString(Qt::ISODate),
               (filter.until.isValid() ? filter.until : QDate(9999, 12, 31)).toString(Qt::ISODate));
    }
    if (!filter.paperType.isEmpty()) {
        narrow(ByPaperType, filter.paperType);
    }
    if (filter.visibility != SearchFilter::Visibility::Any) {
        narrow(ByVisibility, qint64(filter.visibility == SearchFilter::Visibility::NonPublic ? 1 : 0));
    }
    Statement files(
        m_db,
        "INSERT OR IGNORE INTO temp.search_allowed_files SELECT l.server_id, l.file_id FROM file_links l "
        "JOIN temp.search_allowed a ON a.server_id = l.server_id AND a.id = l.owner_id");
    files.run();
    if (filter.visibility == SearchFilter::Visibility::Public) {
        m_db.exec(
            "DELETE FROM temp.search_allowed_files WHERE EXISTS (SELECT 1 FROM files f WHERE f.server_id = "
            "search_allowed_files.server_id AND f.id = search_allowed_files.id AND f.non_public = 1)");
    }
}

QList<IndexHit> SearchStore::objects(const IndexQuery &query, const QStringList &kinds, int limitPerKind)
{
    Statement st(
        m_db,
        "SELECT o.rowid, r.kind, r.server_id, r.id, ratsmappe_rank(search_objects, 10.0, 1.0, ?3) AS score "
        "FROM search_objects o JOIN search_object_rows r ON r.row = o.rowid "
        "WHERE search_objects MATCH ?1 AND (?2 = 0 OR EXISTS (SELECT 1 FROM temp.search_allowed a "
        "WHERE a.server_id = r.server_id AND a.id = r.id)) ORDER BY score");
    st.bind(1, query.match).bind(2, qint64(m_filtered ? 1 : 0)).bind(3, query.phraseWeights);
    QHash<QString, int> taken;
    QList<IndexHit> hits;
    while (st.next()) {
        const QString kind = st.text(1);
        if ((!kinds.isEmpty() && !kinds.contains(kind)) || taken.value(kind) >= limitPerKind) {
            continue;
        }
        ++taken[kind];
        IndexHit hit;
        hit.row = st.integer(0);
        hit.kind = kind;
        hit.serverId = st.text(2);
        hit.id = st.text(3);
        hit.score = st.real(4);
        hits.append(hit);
    }
    return hits;
}

QList<IndexHit> SearchStore::documents(const IndexQuery &query, int limit)
{
    // One pass over every matching row, in rowid order, which is version by version
    // (SearchIndexStore::pageRow): each version's best pages, without reading a row. Taking the
    // best rows first (ORDER BY score LIMIT) instead ranks everything again whenever they fall
    // on fewer documents than wanted, as they do for a word in many documents' titles.
    constexpr int MorePages = 20;
    struct Candidate
    {
        qint64 version = 0;
        QList<std::pair<double, int>> pages; // (score, page), best first, at most 1 + MorePages
    };
    QList<Candidate> candidates;
    Statement all(m_db,
                  "SELECT rowid, ratsmappe_rank(search_index, 0, 0, 0, 0, 10.0, 1.0, ?2) FROM search_index "
                  "WHERE search_index MATCH ?1");
    all.bind(1, query.match).bind(2, query.phraseWeights);
    while (all.next()) {
        const qint64 row = all.integer(0);
        const qint64 version = SearchIndexStore::versionOfRow(row);
        if (candidates.isEmpty() || candidates.constLast().version != version) {
            candidates.append(Candidate{version, {}});
        }
        auto &pages = candidates.last().pages;
        const std::pair<double, int> page{all.real(1), SearchIndexStore::pageOfRow(row)};
        if (pages.size() <= MorePages || page < pages.constLast()) {
            pages.insert(std::upper_bound(pages.begin(), pages.end(), page), page);
            if (pages.size() > MorePages + 1) {
                pages.removeLast();
            }
        }
    }
    // Equal scores keep the order of their versions: the same hits every time.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.pages.constFirst() < b.pages.constFirst();
    });

    // The best versions that are current versions of live files the filter lets through.
    CachedStatement current(
        m_db,
        "SELECT f.server_id, f.id FROM file_versions v JOIN files f ON f.server_id = v.server_id "
        "AND f.id = v.file_id WHERE v.id = ?1 AND f.current_version = v.id AND f.deleted = 0");
    QList<IndexHit> hits;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (hits.size() >= limit) {
            break;
        }
        current->bind(1, candidate.version);
        const bool found = current->next();
        const QString serverId = found ? current->text(0) : QString();
        const QString fileId = found ? current->text(1) : QString();
        current->reset();
        if (!found || !allowedFile(serverId, fileId)) {
            continue; // an older version, a deleted file, or not let through
        }
        IndexHit hit;
        hit.kind = QStringLiteral("document");
        hit.serverId = serverId;
        hit.id = fileId;
        hit.score = candidate.pages.constFirst().first;
        hit.page = candidate.pages.constFirst().second;
        hit.row = SearchIndexStore::pageRow(candidate.version, hit.page);
        for (qsizetype i = 1; i < candidate.pages.size(); ++i) {
            hit.otherPages.append(candidate.pages.at(i).second);
        }
        hits.append(hit);
    }
    return hits;
}

bool SearchStore::allowedFile(const QString &serverId, const QString &fileId)
{
    if (!m_filtered) {
        return true;
    }
    Statement st(m_db, "SELECT 1 FROM temp.search_allowed_files WHERE server_id = ?1 AND id = ?2");
    return st.bind(1, serverId).bind(2, fileId).next();
}

QHash<std::pair<bool, qint64>, std::pair<QString, QString>> SearchStore::texts(const QList<IndexHit> &hits)
{
    QHash<std::pair<bool, qint64>, std::pair<QString, QString>> out;
    Statement page(m_db, "SELECT title, body FROM search_index WHERE rowid = ?1");
    Statement object(m_db, "SELECT title, body FROM search_objects WHERE rowid = ?1");
    for (const IndexHit &hit : hits) {
        const bool document = hit.kind == QLatin1String("document");
        Statement &st = document ? page : object;
        st.bind(1, hit.row);
        if (st.next()) {
            out.insert({document, hit.row}, {st.text(0), st.text(1)});
        }
        st.reset();
    }
    return out;
}

HitDetails SearchStore::details(const QString &kind, const QString &serverId, const QString &id)
{
    HitDetails d;
    // Prepared once per connection: a search asks for the details of up to a hundred hits.
    const auto row = [&](const char *sql, const std::function<void(Statement &)> &read) {
        CachedStatement st(m_db, sql);
        st->bind(1, serverId).bind(2, id);
        if (st->next()) {
            read(*st);
        }
    };
    if (kind == QLatin1String("meeting")) {
        row("SELECT m.name, m.start, m.non_public, m.cancelled, (SELECT group_concat(o.name, ', ') FROM "
            "meeting_organizations mo JOIN organizations o ON o.server_id = mo.server_id AND o.id = "
            "mo.organization_id WHERE mo.server_id = m.server_id AND mo.meeting_id = m.id) "
            "FROM meetings m WHERE m.server_id = ?1 AND m.id = ?2",
            [&d, &id](Statement &st) {
                d.name = st.text(0);
                d.date = QDateTime::fromString(st.text(1), Qt::ISODate);
                d.nonPublic = st.integer(2) != 0;
                d.cancelled = st.integer(3) != 0;
                d.context = st.text(4);
                d.meetingId = id;
            });
    } else if (kind == QLatin1String("agendaItem")) {
        row("SELECT a.name, a.number, a.meeting_id, m.name, m.start, coalesce(a.public, 1) = 0 OR "
            "coalesce(m.non_public, 0) = 1 FROM agenda_items a LEFT JOIN meetings m ON m.server_id = "
            "a.server_id AND m.id = a.meeting_id WHERE a.server_id = ?1 AND a.id = ?2",
            [&d](Statement &st) {
                d.name = st.isNull(1) || st.text(1).isEmpty() ? st.text(0)
                                                              : st.text(1) + QLatin1Char(' ') + st.text(0);
                d.meetingId = st.text(2);
                d.context = st.text(3);
                d.date = QDateTime::fromString(st.text(4), Qt::ISODate);
                d.nonPublic = st.integer(5) != 0;
            });
    } else if (kind == QLatin1String("paper")) {
        row("SELECT p.name, p.reference, p.paper_type, p.date, p.non_public, (SELECT l.file_id FROM "
            "file_links l "
            "WHERE l.server_id = p.server_id AND l.owner_id = p.id AND l.role = 'mainFile' LIMIT 1) "
            "FROM papers p WHERE p.server_id = ?1 AND p.id = ?2",
            [&d](Statement &st) {
                d.name = st.text(0);
                QStringList context;
                for (int c : {1, 2}) {
                    if (!st.text(c).isEmpty()) {
                        context.append(st.text(c));
                    }
                }
                d.context = context.join(QStringLiteral(" · "));
                d.date = QDateTime(QDate::fromString(st.text(3).left(10), Qt::ISODate), QTime(0, 0));
                d.dateOnly = true;
                d.nonPublic = st.integer(4) != 0;
                d.fileId = st.text(5);
            });
    } else if (kind == QLatin1String("person") || kind == QLatin1String("organization")) {
        const QByteArray sql = QByteArray("SELECT name FROM ") +
            (kind == QLatin1String("person") ? "persons" : "organizations") +
            " WHERE server_id = ?1 AND id = ?2";
        row(sql.constData(), [&d](Statement &st) { d.name = st.text(0); });
    } else if (kind == QLatin1String("document")) {
        row("SELECT coalesce(f.name, f.file_name, f.id), f.file_name, f.non_public, "
            "(SELECT coalesce(p.name, a.name, m.name) FROM file_links l "
            " LEFT JOIN papers p ON p.server_id = l.server_id AND p.id = l.owner_id "
            " LEFT JOIN agenda_items a ON a.server_id = l.server_id AND a.id = l.owner_id "
            " LEFT JOIN meetings m ON m.server_id = l.server_id AND m.id = l.owner_id "
            " WHERE l.server_id = f.server_id AND l.file_id = f.id "
            " ORDER BY p.id IS NULL, a.id IS NULL LIMIT 1), "
            "(SELECT coalesce(m.id, a.meeting_id) FROM file_links l "
            " LEFT JOIN meetings m ON m.server_id = l.server_id AND m.id = l.owner_id "
            " LEFT JOIN agenda_items a ON a.server_id = l.server_id AND a.id = l.owner_id "
            " WHERE l.server_id = f.server_id AND l.file_id = f.id AND (m.id IS NOT NULL OR a.id IS NOT "
            "NULL) "
            " LIMIT 1), f.date FROM files f WHERE f.server_id = ?1 AND f.id = ?2",
            [&d, &id](Statement &st) {
                d.name = st.text(0);
                d.fileName = st.text(1);
                d.nonPublic = st.integer(2) != 0;
                d.context = st.text(3);
                d.meetingId = st.text(4);
                d.fileId = id;
                d.date = QDateTime(QDate::fromString(st.text(5).left(10), Qt::ISODate), QTime(0, 0));
                d.dateOnly = true;
            });
    }
    return d;
}

QList<OwnText> SearchStore::ownTexts(bool annotations, bool notes)
{
    QList<OwnText> texts;
    if (annotations) {
        // Only annotations on the version each file shows now: a hit opens where it is drawn.
        Statement st(
            m_db,
            "SELECT a.id, a.server_id, a.file_id, a.page, a.type, a.color, coalesce(f.name, "
            "f.file_name, f.id), trim(coalesce(a.quote, '') || ' ' || coalesce(a.text, '')), a.modified "
            "FROM annotations a JOIN files f ON f.server_id = a.server_id AND f.id = a.file_id "
            "AND f.current_version = a.version_id WHERE f.deleted = 0 AND (?1 = 0 OR EXISTS (SELECT 1 "
            "FROM temp.search_allowed_files s WHERE s.server_id = f.server_id AND s.id = f.id))");
        st.bind(1, qint64(m_filtered ? 1 : 0));
        while (st.next()) {
            if (st.text(7).isEmpty()) {
                continue; // ink and shapes without a note: nothing to find
            }
            texts.append({QStringLiteral("annotation"),
                          st.text(1),
                          st.text(0),
                          st.text(2),
                          int(st.integer(3)) + 1,
                          st.text(4),
                          st.text(5),
                          st.text(6),
                          st.text(7),
                          QDateTime::fromString(st.text(8), Qt::ISODate)});
        }
    }
    if (notes) {
        Statement st(
            m_db,
            "SELECT n.server_id, n.target_id, n.text, n.modified, "
            "CASE WHEN a.id IS NOT NULL THEN 'agendaItem' WHEN p.id IS NOT NULL THEN 'paper' "
            "WHEN m.id IS NOT NULL THEN 'meeting' WHEN f.id IS NOT NULL THEN 'document' ELSE '' END, "
            "coalesce(a.name, p.name, m.name, f.name, f.file_name, n.target_id) FROM notes n "
            "LEFT JOIN agenda_items a ON a.server_id = n.server_id AND a.id = n.target_id "
            "LEFT JOIN papers p ON p.server_id = n.server_id AND p.id = n.target_id "
            "LEFT JOIN meetings m ON m.server_id = n.server_id AND m.id = n.target_id "
            "LEFT JOIN files f ON f.server_id = n.server_id AND f.id = n.target_id "
            "WHERE trim(n.text) <> '' AND (?1 = 0 OR EXISTS (SELECT 1 FROM temp.search_allowed s WHERE "
            "s.server_id = n.server_id AND s.id = n.target_id) OR EXISTS (SELECT 1 FROM "
            "temp.search_allowed_files s WHERE s.server_id = n.server_id AND s.id = n.target_id))");
        st.bind(1, qint64(m_filtered ? 1 : 0));
        while (st.next()) {
            OwnText note;
            note.kind = QStringLiteral("note");
            note.serverId = st.text(0);
            note.id = st.text(1);
            note.text = st.text(2);
            note.modified = QDateTime::fromString(st.text(3), Qt::ISODate);
            note.type = st.text(4);
            note.title = st.text(5);
            note.fileId = note.type == QLatin1String("document") ? note.id : QString();
            texts.append(note);
        }
    }
    return texts;
}

QList<RelatedMeeting>
SearchStore::meetingsOf(const QString &kind, const QString &serverId, const QString &id, int limit)
{
    QList<RelatedMeeting> meetings;
    Statement st(
        m_db,
        kind == QLatin1String("person")
            ? "SELECT DISTINCT m.server_id, m.id, m.name, m.start FROM memberships ms "
              "JOIN meeting_organizations mo ON mo.server_id = ms.server_id AND mo.organization_id = "
              "ms.organization_id JOIN meetings m ON m.server_id = mo.server_id AND m.id = mo.meeting_id "
              "WHERE ms.server_id = ?1 AND ms.person_id = ?2 AND ms.deleted = 0 AND m.deleted = 0 "
              "AND (ms.start_date IS NULL OR substr(m.start, 1, 10) >= ms.start_date) "
              "AND (ms.end_date IS NULL OR substr(m.start, 1, 10) <= ms.end_date) "
              "ORDER BY m.start DESC LIMIT ?3"
            : "SELECT m.server_id, m.id, m.name, m.start FROM meeting_organizations mo "
              "JOIN meetings m ON m.server_id = mo.server_id AND m.id = mo.meeting_id "
              "WHERE mo.server_id = ?1 AND mo.organization_id = ?2 AND m.deleted = 0 "
              "ORDER BY m.start DESC LIMIT ?3");
    st.bind(1, serverId).bind(2, id).bind(3, qint64(limit));
    while (st.next()) {
        meetings.append({st.text(0), st.text(1), st.text(2), QDateTime::fromString(st.text(3), Qt::ISODate)});
    }
    return meetings;
}

} // namespace Ratsmappe
