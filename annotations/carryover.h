// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"
#include "reanchor.h"
#include "searchindexstore.h"
#include "textindexer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Ratsmappe {

class Cache;
class Database;

/// Carries a document's annotations over to its new version (docs/annotations.md): each
/// annotation not carried yet is re-anchored (Annotations::reanchor) on the new version's page
/// texts and copied there — a new record naming its origin, with the new page, geometry, quote
/// and offsets, and "needs attention" where it could not be placed with confidence. The original
/// stays on its version, marked as carried. Nothing is ever dropped: the copies on the new
/// version are as many as the annotations carried. One durable transaction per document.
class AnnotationCarrier
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationCarrier)
public:
    struct Document
    {
        QString serverId;
        QString fileId;
        qint64 fromVersion = 0; ///< the (newest) version carried from
        qint64 toVersion = 0;
        int carried = 0;
        int needsAttention = 0;
    };
    struct Result
    {
        QList<Document> documents;
        int carried() const;
        int needsAttention() const;
        void append(const Result &other) { documents.append(other.documents); }
    };

    explicit AnnotationCarrier(Cache &cache)
        : m_cache(cache)
    { }

    /// Carries every annotation whose version is no longer its file's current one (and that was
    /// not carried yet) onto the current version; the page texts come from the index or, when
    /// it does not hold them in words form, from the stored bytes (in the helper process).
    Result carryPending();
    /// Carries the annotations of \a versionId's file that are on other versions and not carried
    /// yet onto \a versionId, whose page texts are \a pages.
    Result carry(qint64 versionId, const QList<PageLayout> &pages);

    /// A carry in three steps, so that the indexer can run them beside its own work
    /// (CarryAlong): prepare() reads what is to be carried and the old versions' pages (any
    /// connection to the cache), place() re-anchors (no cache at all), commit() writes the copies.
    struct Group
    {
        qint64 version = 0; ///< the old version
        QList<StoredAnnotation> originals;
        bool readable = false; ///< its page texts were read
        QList<Annotations::Anchor> anchors;
        QStringList oldTexts;
    };
    struct Prepared
    {
        QString serverId;
        QString fileId;
        qint64 versionId = 0; ///< the version to carry to
        QList<Group> groups;
    };
    static Prepared prepare(Database &db, qint64 versionId);
    static QList<StoredAnnotation> place(const Prepared &prepared, const QList<PageLayout> &pages);
    Result commit(const Prepared &prepared, QList<StoredAnnotation> &copies);

    /// The stable word for an attention reason (StoredAnnotation::attentionReason).
    static QString reasonName(Annotations::Attention reason);
    static QString placementName(Annotations::Placement placement);

    /// The copy of \a original placed at \a placed on a version with pages \a newPages (its
    /// version, id and times are left to the store).
    static StoredAnnotation copyPlaced(const StoredAnnotation &original,
                                       const Annotations::Placed &placed,
                                       const QList<PageLayout> &newPages);
    /// The anchor of \a annotation on its version's pages \a oldPages.
    static Annotations::Anchor anchorOf(const StoredAnnotation &annotation,
                                        const QList<PageLayout> &oldPages);

private:
    Cache &m_cache;
};

/// Carries annotations along with the text indexer (SyncSession): the annotations and the old
/// version's pages are read on a connection of its own while the helper extracts the new
/// version, re-anchoring runs while the indexer saves the pages, and the copies are committed
/// after. What fails is left for AnnotationCarrier::carryPending().
class CarryAlong : public TextIndexer::Companion
{
public:
    explicit CarryAlong(Cache &cache);
    ~CarryAlong() override;

    void whileExtracting(const PendingText &version) override;
    void whileSaving(const PendingText &version, const QList<PageLayout> &pages) override;
    void indexed(const PendingText &version, const QList<PageLayout> &pages) override;

    const AnnotationCarrier::Result &result() const { return m_result; }
    /// The last failure, if any (the annotations concerned wait for carryPending()).
    QString error() const { return m_error; }

private:
    Cache &m_cache;
    AnnotationCarrier m_carrier;
    std::unique_ptr<Database> m_connection;
    AnnotationCarrier::Prepared m_prepared;
    QList<StoredAnnotation> m_copies;
    bool m_ok = false;
    AnnotationCarrier::Result m_result;
    QString m_error;
};

} // namespace Ratsmappe
