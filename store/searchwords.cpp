// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchwords.h"

#include "database.h"
#include "germanfold.h"

namespace Ratsmappe {

void SearchWords::collect(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    Search::tokenizeUtf8(utf8.constData(), utf8.size(), [this](const char *folded, int size, int, int) {
        if (size >= 4) { // shorter words hold nothing worth finding inside
            m_pending.insert(QString::fromUtf8(folded, size));
        }
        return true;
    });
}

void SearchWords::flush()
{
    if (m_pending.isEmpty()) {
        return;
    }
    Statement insert(m_db, "INSERT OR IGNORE INTO search_words(word) VALUES (?)");
    Statement terms(m_db, "INSERT INTO search_terms(rowid, word) VALUES (?, ?)");
    for (const QString &word : std::as_const(m_pending)) {
        insert.bind(1, word).run();
        if (m_db.changes() > 0) {
            terms.bind(1, m_db.lastInsertId()).bind(2, word).run();
        }
    }
    m_pending.clear();
}

void SearchWords::rebuild(Database &db)
{
    db.exec("INSERT INTO search_terms(search_terms) VALUES ('delete-all')");
    db.exec("DELETE FROM search_words");
    // fts5vocab lists each index's words; temp tables, so nothing of them stays in the file.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_words USING fts5vocab(main, search_index, "
            "row)");
    db.exec(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_objects_words USING fts5vocab(main, search_objects, "
        "row)");
    db.exec("INSERT OR IGNORE INTO search_words(word) SELECT term FROM temp.search_index_words WHERE "
            "length(term) >= 4 UNION SELECT term FROM temp.search_objects_words WHERE length(term) >= 4");
    db.exec("INSERT INTO search_terms(search_terms) VALUES ('rebuild')");
    db.exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('search_words_complete', '1')");
}

void SearchWords::markStale(Database &db)
{
    db.exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('search_words_complete', '0')");
}

void SearchWords::completeIfNeeded(Database &db)
{
    if (db.queryText("SELECT value FROM settings WHERE key = 'search_words_complete'") !=
        QLatin1String("1")) {
        Transaction tx(db);
        rebuild(db);
        tx.commit();
    }
}

QStringList SearchWords::containing(Database &db, const QString &part, int limit)
{
    if (part.size() < 3) {
        return {};
    }
    // The trigram tokenizer folds case only; our words are folded already.
    Statement st(db,
                 "SELECT w.word FROM search_terms t JOIN search_words w ON w.id = t.rowid "
                 "WHERE search_terms MATCH ?1 AND substr(w.word, 1, length(?2)) <> ?2 "
                 "ORDER BY length(w.word) LIMIT ?3");
    st.bind(1, QLatin1Char('"') + part + QLatin1Char('"')).bind(2, part).bind(3, qint64(limit));
    QStringList words;
    while (st.next()) {
        words.append(st.text(0));
    }
    return words;
}

} // namespace Ratsmappe
