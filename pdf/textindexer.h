// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"
#include "searchindexstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Ratsmappe {

class Cache;

/// Extracts the words of every downloaded PDF once per version, in the crash-isolated helper
/// process (one run for all pages), and feeds each page's words joined by single spaces (the
/// text annotation offsets count in, QuoteLocator::text()) into the cache's full-text index
/// (search_index), with the words' boxes beside it (text form 1). A document that cannot be
/// read is marked with the reason and not tried again.
class TextIndexer
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::TextIndexer)
public:
    struct Failure
    {
        QString fileId;
        QString reason;
    };
    struct Result
    {
        int documents = 0;
        int pages = 0;
        QList<Failure> failed;
    };

    explicit TextIndexer(Cache &cache);
    /// After each document: done so far and the total.
    std::function<void(int done, int total)> onProgress;
    /// After each version is indexed (committed): its pages as they were indexed. SyncSession
    /// carries annotations onto it from here, without reading the PDF again.
    std::function<void(const PendingText &version, const QList<PageLayout> &pages)> onIndexed;
    /// Indexes every current PDF version not indexed yet. Blocking; off the GUI thread.
    Result indexPending();

    /// The pages of an allWords() answer as the index keeps them.
    static QList<PageLayout> layouts(const IsolatedPdf::Result &words);
    /// The pages of \a versionId: from the index when it holds them in text form 1, else read
    /// from the stored bytes in the helper process (nullopt, and \a error, when that fails).
    static std::optional<QList<PageLayout>>
    layoutsOf(Cache &cache, qint64 versionId, QString *error = nullptr);

private:
    Cache &m_cache;
};

} // namespace Ratsmappe
