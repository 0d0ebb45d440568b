// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"
#include "isolatedpdf.h"
#include "searchindexstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// Brings the annotations of a PDF annotated elsewhere (a colleague's copy, another program's
/// export) onto a document version in the cache (docs/annotations.md, "Import"):
///
/// 1. the PDF's annotations are read in ratsmappe-annotation-worker (libqpdf, away from the app);
/// 2. when the PDF has the cached version's pages (same count, every page's words the same and
///    in the same places), their geometry is kept; otherwise each is re-anchored on the cached version as a
///    carried annotation is (its quote from the PDF's own words under it, or a guide), with placement,
///    confidence and "needs attention";
/// 3. kinds Ratsmappe does not edit become `foreign`, drawn from their appearance (rendered in
///    the PDF helper);
/// 4. merged: an /NM that is the UUID of an annotation in the cache updates that one when the
///    import differs and is newer, else leaves it; one equal to an annotation already on the
///    version (type, page, bounds within 0.5 % of the page, text) is not added again;
/// 5. when the cached version's own PDF holds annotations that the import matches, they are the
///    same ones: all of the version's own become the member's, marked `"embedded": true`, and
///    the reader stops letting Poppler draw them (AnnotationStore::hasEmbedded).
///
/// Blocking (helper processes); off the GUI thread. Nothing is written before everything was
/// read, and then everything in one durable transaction: a PDF that cannot be read, or a write
/// that fails, changes nothing.
class AnnotationImport
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationImport)
public:
    /// How far an annotation's edges may differ (normalized) and still be the same annotation.
    static constexpr double SameBounds = 0.005;

    struct Row
    {
        StoredAnnotation annotation; ///< as stored now
        QString outcome; ///< added, updated or unchanged
    };
    struct Result
    {
        QString error; ///< for the member; set: nothing changed
        bool unreadable = false; ///< the PDF cannot be read or needs a password
        bool sameDocument = false; ///< the PDF has the version's pages: geometry kept
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0; ///< entries of the PDF that are not readable annotations
        int needsAttention = 0; ///< of those added or updated
        QList<Row> rows; ///< every annotation of the PDF, in its order, then the version's own
        bool ok() const { return error.isEmpty(); }
    };

    /// The version the annotations go to: \a versionId of \a fileId on \a serverId.
    AnnotationImport(Database &db, const QString &serverId, const QString &fileId, qint64 versionId)
        : m_db(db)
        , m_serverId(serverId)
        , m_fileId(fileId)
        , m_versionId(versionId)
    { }

    Result run(const QByteArray &pdf, const PdfHelperLimits &limits = {});

    /// One annotation of the worker's `read` answer (annotationpdfreader.h) as a record on a
    /// page of \a pages (the PDF's own words, for a quote): its id the /NM when that is a UUID,
    /// else empty. Foreign kinds get no image here.
    static StoredAnnotation fromPdf(const QJsonObject &json, const QList<PageLayout> &pages);
    /// Whether \a a and \a b are the same annotation as far as the member can tell.
    static bool same(const StoredAnnotation &a, const StoredAnnotation &b);
    /// The normal appearance of a foreign annotation as a PNG with white made transparent, so
    /// the page shows through where the other program's appearance leaves it blank.
    static QByteArray appearanceImage(const QByteArray &capsule,
                                      double widthPoints,
                                      double heightPoints,
                                      const PdfHelperLimits &limits = {});

private:
    struct Read
    {
        QList<QJsonObject> annotations;
        QList<QSizeF> pageSizes;
        int skipped = 0;
        QByteArray withoutAnnotations; ///< the PDF without its annotations, for its own words
    };
    std::optional<Read> read(const QByteArray &pdf, const PdfHelperLimits &limits, Result &result) const;
    QList<StoredAnnotation> placed(const QList<StoredAnnotation> &candidates,
                                   const QList<PageLayout> &from,
                                   const QList<PageLayout> &to,
                                   bool sameDocument) const;
    void merge(StoredAnnotation candidate, Result &result, const PdfHelperLimits &limits);

    Database &m_db;
    QString m_serverId;
    QString m_fileId;
    qint64 m_versionId;
    QList<StoredAnnotation> m_existing;
    QSet<QString> m_usedIds; ///< the /NM ids this import gave annotations so far
    // What merge() decided to write, with its row in the result; written in one transaction.
    struct Pending
    {
        StoredAnnotation annotation;
        qsizetype row = 0;
    };
    QList<Pending> m_added;
    QList<Pending> m_updated;
};

} // namespace Ratsmappe
