// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"
#include "reanchor.h"
#include "searchindexstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ratsmappe {

class Cache;
class CarryLocators;

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
    static StoredAnnotation copyPlaced(const StoredAnnotation &original,
                                       const Annotations::Placed &placed,
                                       const QList<PageLayout> &newPages,
                                       CarryLocators &locators);

    Cache &m_cache;
};

} // namespace Ratsmappe
