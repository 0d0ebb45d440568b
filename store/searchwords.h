// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// The words of the search indexes, each once, so a word typed can be found inside compounds
/// (verkehr → Radverkehr): collected as text goes into an index, looked up by any three letters.
class SearchWords
{
public:
    explicit SearchWords(Database &db)
        : m_db(db)
    { }

    /// Collects the folded words of \a text (written by add()s until flush()).
    void collect(const QString &text);
    /// Writes the words collected that are new. In the caller's transaction.
    void flush();

    /// Makes the word list again from what the indexes hold now (after a wipe: words of what was
    /// removed must go). In the caller's transaction.
    static void rebuild(Database &db);
    /// Marks the list as holding words that are gone from the indexes (a document withdrawn):
    /// the next completeIfNeeded() makes it again. In the caller's transaction.
    static void markStale(Database &db);
    /// Rebuilds once, in its own transaction, if the list was never complete (a cache from
    /// before it existed).
    static void completeIfNeeded(Database &db);

    /// Up to \a limit indexed words that hold folded \a part (at least 3 letters) after their
    /// beginning (words it begins are found as its prefix), shortest first.
    static QStringList containing(Database &db, const QString &part, int limit);

private:
    Database &m_db;
    QSet<QString> m_pending;
};

} // namespace Ratsmappe
