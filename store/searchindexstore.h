// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// A document version whose text is not in the search index yet.
struct PendingText
{
    qint64 versionId = 0;
    QString fileId;
    QString title; ///< the file's name, else its file name, else empty
};

/// A page's text as annotations count in it: its words joined by single spaces, where each word
/// starts in it and each word's box (normalized 0..1, origin top left, unrotated page).
struct PageLayout
{
    QString text;
    QList<int> starts;
    QList<QRectF> boxes;
};

/// The text indexer's queries: which PDF versions still need their text extracted, and the
/// full-text index (search_index) filled page by page, once per version.
class SearchIndexStore
{
public:
    explicit SearchIndexStore(Database &db)
        : m_db(db)
    { }

    /// The current, complete PDF versions of live files that are neither indexed nor marked
    /// as unreadable.
    QList<PendingText> pending() const;
    /// Puts the text of \a version's pages (the first is page 1) into the index, replacing what
    /// it held for that version, and marks the version as indexed. Opens its own transaction.
    void savePages(const PendingText &version, const QStringList &pages);
    /// As above with the words' text (text form 1): each page's text goes into the index and its
    /// words' offsets and boxes into page_words.
    void savePages(const PendingText &version, const QList<PageLayout> &pages);
    /// The pages of \a versionId as savePages stored them in text form 1; nullopt when the
    /// version's indexed text is not in that form (or not there). With \a withWords, only the
    /// pages it holds (from 0) get their words' offsets and boxes, the others their text only
    /// (unpacking a page's boxes costs more than reading its text).
    std::optional<QList<PageLayout>> layouts(qint64 versionId, const QSet<int> *withWords = nullptr) const;
    /// Removes \a versionId's pages from the index; true when it had any. By their rowids (FTS5
    /// does not index version_id: a search for it reads the whole index, half a second at 100,000
    /// pages), and not at all for a version that was never indexed. In the caller's transaction.
    static bool removeText(Database &db, qint64 versionId);

    /// Pages past this one are not indexed (their number would not fit in the row's id).
    static constexpr int MaxPage = (1 << 20) - 1;
    /// A page's row in search_index: its version and page number, so that a search's best rows
    /// say which page they are without reading the row (a page read and decrypted per hit) and a
    /// version's rows are one range.
    static constexpr qint64 pageRow(qint64 versionId, int page) { return (versionId << 20) | page; }
    static constexpr qint64 versionOfRow(qint64 row) { return row >> 20; }
    static constexpr int pageOfRow(qint64 row) { return int(row & MaxPage); }
    /// Marks \a versionId as unreadable with \a reason: it is not tried again.
    void markFailed(qint64 versionId, const QString &reason);

private:
    Database &m_db;
};

} // namespace Ratsmappe
