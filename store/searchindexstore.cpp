// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchindexstore.h"

#include "database.h"
#include "searchwords.h"

#include <QtEndian>

#include <cstring>

namespace Ratsmappe {

QList<PendingText> SearchIndexStore::pending() const
{
    Statement st(m_db,
                 "SELECT v.id, v.file_id, coalesce(f.name, f.file_name, '') FROM file_versions v "
                 "JOIN files f ON f.current_version = v.id "
                 "WHERE v.complete = 1 AND v.kind = 'pdf' AND v.text_indexed = 0 AND f.deleted = 0");
    QList<PendingText> pending;
    while (st.next()) {
        pending.append({st.integer(0), st.text(1), st.text(2)});
    }
    return pending;
}

void SearchIndexStore::savePages(const PendingText &version, const QStringList &pages)
{
    Transaction tx(m_db);
    const bool replaced = removeText(m_db, version.versionId);
    SearchWords vocabulary(m_db);
    Statement insert(m_db,
                     "INSERT INTO search_index(rowid, target_id, kind, version_id, page, title, body) "
                     "VALUES (?, ?, 'page', ?, ?, ?, ?)");
    for (qsizetype page = 0; page < qMin<qsizetype>(pages.size(), MaxPage); ++page) {
        insert.bind(1, pageRow(version.versionId, int(page + 1)))
            .bind(2, version.fileId)
            .bind(3, version.versionId)
            .bind(4, qint64(page + 1))
            .bind(5, version.title)
            .bind(6, pages.at(page))
            .run();
        vocabulary.collect(pages.at(page));
    }
    vocabulary.collect(version.title);
    vocabulary.flush();
    if (replaced) {
        SearchWords::rebuild(m_db); // the replaced text's words must not stay in the list
    }
    Statement(m_db, "DELETE FROM page_words WHERE version_id = ?").bind(1, version.versionId).run();
    Statement(m_db,
              "UPDATE file_versions SET text_indexed = 1, text_form = 0, text_error = NULL WHERE id = ?")
        .bind(1, version.versionId)
        .run();
    tx.commit();
}

namespace {

// One word in page_words: its start in the page's text and its box, little-endian.
struct PackedWord
{
    qint32 start;
    float x, y, w, h;
};
static_assert(sizeof(PackedWord) == 20);

QByteArray packWords(const PageLayout &page)
{
    QByteArray out(page.starts.size() * qsizetype(sizeof(PackedWord)), Qt::Uninitialized);
    for (qsizetype i = 0; i < page.starts.size(); ++i) {
        const QRectF &r = page.boxes.at(i);
        const PackedWord w{qToLittleEndian(qint32(page.starts.at(i))),
                           qToLittleEndian(float(r.x())),
                           qToLittleEndian(float(r.y())),
                           qToLittleEndian(float(r.width())),
                           qToLittleEndian(float(r.height()))};
        memcpy(out.data() + i * qsizetype(sizeof(PackedWord)), &w, sizeof(PackedWord));
    }
    return out;
}

bool unpackWords(const QByteArray &bytes, PageLayout &page)
{
    if (bytes.size() % qsizetype(sizeof(PackedWord)) != 0) {
        return false;
    }
    const qsizetype count = bytes.size() / qsizetype(sizeof(PackedWord));
    page.starts.resize(count);
    page.boxes.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        PackedWord w;
        memcpy(&w, bytes.constData() + i * qsizetype(sizeof(PackedWord)), sizeof(PackedWord));
        page.starts[i] = qFromLittleEndian(w.start);
        page.boxes[i] = QRectF(
            qFromLittleEndian(w.x), qFromLittleEndian(w.y), qFromLittleEndian(w.w), qFromLittleEndian(w.h));
    }
    return true;
}

} // namespace

void SearchIndexStore::savePages(const PendingText &version, const QList<PageLayout> &pages)
{
    Transaction tx(m_db);
    const bool replaced = removeText(m_db, version.versionId);
    Statement(m_db, "DELETE FROM page_words WHERE version_id = ?").bind(1, version.versionId).run();
    SearchWords vocabulary(m_db);
    Statement insert(m_db,
                     "INSERT INTO search_index(rowid, target_id, kind, version_id, page, title, body) "
                     "VALUES (?, ?, 'page', ?, ?, ?, ?)");
    Statement words(m_db, "INSERT INTO page_words(version_id, page, words, text_rowid) VALUES (?, ?, ?, ?)");
    for (qsizetype page = 0; page < qMin<qsizetype>(pages.size(), MaxPage); ++page) {
        const qint64 row = pageRow(version.versionId, int(page + 1));
        insert.bind(1, row)
            .bind(2, version.fileId)
            .bind(3, version.versionId)
            .bind(4, qint64(page + 1))
            .bind(5, version.title)
            .bind(6, pages.at(page).text)
            .run();
        words.bind(1, version.versionId)
            .bind(2, qint64(page + 1))
            .bind(3, packWords(pages.at(page)))
            .bind(4, row)
            .run();
        vocabulary.collect(pages.at(page).text);
    }
    vocabulary.collect(version.title);
    vocabulary.flush();
    if (replaced) {
        SearchWords::rebuild(m_db); // the replaced text's words must not stay in the list
    }
    Statement(m_db,
              "UPDATE file_versions SET text_indexed = 1, text_form = 1, text_error = NULL WHERE id = ?")
        .bind(1, version.versionId)
        .run();
    tx.commit();
}

std::optional<QList<PageLayout>> SearchIndexStore::layouts(qint64 versionId, const QSet<int> *withWords) const
{
    Statement form(m_db, "SELECT text_form FROM file_versions WHERE id = ? AND text_indexed = 1");
    if (!form.bind(1, versionId).next() || form.integer(0) != 1) {
        return std::nullopt;
    }
    QList<PageLayout> pages;
    // Each page's text by its row: a search over search_index's version_id (not indexed) would
    // read every document's text.
    Statement words(
        m_db,
        "SELECT w.page, w.words, s.body FROM page_words w CROSS JOIN search_index s ON s.rowid = "
        "w.text_rowid "
        "WHERE w.version_id = ? AND s.version_id = w.version_id AND s.page = w.page ORDER BY w.page");
    words.bind(1, versionId);
    while (words.next()) {
        const qint64 page = words.integer(0);
        if (page != pages.size() + 1) {
            return std::nullopt;
        }
        PageLayout layout;
        if (!withWords || withWords->contains(int(page - 1))) {
            if (!unpackWords(words.blob(1), layout)) {
                return std::nullopt;
            }
        } else if (words.blob(1).size() % qsizetype(sizeof(PackedWord)) != 0) {
            return std::nullopt; // as unpackWords would
        }
        layout.text = words.text(2);
        pages.append(layout);
    }
    Statement all(m_db, "SELECT count(*) FROM page_words WHERE version_id = ?");
    if (!all.bind(1, versionId).next() || all.integer(0) != pages.size()) {
        return std::nullopt; // a page's text is missing
    }
    return pages;
}

bool SearchIndexStore::removeText(Database &db, qint64 versionId)
{
    Statement state(db, "SELECT text_indexed FROM file_versions WHERE id = ?");
    if (!state.bind(1, versionId).next() || state.integer(0) != 1) {
        return false; // never indexed (or withdrawn, which removed its rows): no row to look for
    }
    state.reset();
    Statement(db, "DELETE FROM search_index WHERE rowid BETWEEN ?1 AND ?2")
        .bind(1, pageRow(versionId, 0))
        .bind(2, pageRow(versionId, MaxPage))
        .run();
    return db.changes() > 0;
}

void SearchIndexStore::markFailed(qint64 versionId, const QString &reason)
{
    Statement(m_db, "UPDATE file_versions SET text_indexed = 2, text_error = ? WHERE id = ?")
        .bind(1, reason)
        .bind(2, versionId)
        .run();
}

} // namespace Ratsmappe
