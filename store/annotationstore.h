// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// One annotation as the cache keeps it: the member's own record, never the server's.
///
/// `geometry` is in normalized coordinates of the unrotated page (0..1, origin top left):
/// - text markup (highlight, underline, strikeout, squiggly): `{"rects": [[x0, y0, x1, y1], …]}`,
///   one rectangle per line of the quote;
/// - ink: `{"strokes": [[[x, y] or [x, y, pressure], …], …], "width": w}` (a pen's points as
///   AnnotationSet::addInk keeps them: rounded to 1e-5, the pressure to 1e-3);
/// - arrow: `{"from": [x, y], "to": [x, y]}`;
/// - note: `{"point": [x, y]}`; freetext and rectangle: `{"rect": [x0, y0, x1, y1]}`;
/// - foreign (a kind imported from another program that Ratsmappe draws but does not edit):
///   `{"rect": […], "subtype": "Stamp", "image": base64 PNG, "appearance": base64 one-page PDF,
///   "dictionary": "<< … >>"}` (docs/annotations.md).
/// Any kind may carry `"embedded": true`: it is one of the annotations inside its version's own
/// PDF, which the reader then renders without them (hasEmbedded()).
/// Other keys are kept as they are (line widths, font sizes).
struct StoredAnnotation
{
    QString id; ///< a UUID, lower case, without braces
    QString serverId;
    QString fileId; ///< the OParl id of the file
    qint64 versionId = 0; ///< the document version it was made on
    QString type;
    int page = 0; ///< from 0
    QJsonObject geometry;
    QString color; ///< "#rrggbb"
    QString text; ///< the member's note
    // Text markup: the W3C TextQuoteSelector and the quote's characters on the page.
    QString quote;
    QString prefix;
    QString suffix;
    int start = -1;
    int end = -1;
    bool needsAttention = false;
    QString attentionReason; ///< why, a stable word: quote-changed, quote-not-found, ambiguous, …
    // Carrying over to new versions (docs/annotations.md).
    QString originId; ///< the annotation this one was carried from; empty for one the member made
    qint64 carriedTo = 0; ///< the version this one was carried to; 0: not (yet)
    QString placement; ///< how a carried one was placed: exact, fuzzy, position, none; else empty
    double confidence = -1; ///< 0..1 for a carried one; -1 otherwise
    QDateTime created; ///< UTC, to the millisecond
    QDateTime modified;

    bool operator==(const StoredAnnotation &other) const = default;
};

/// The queries on annotations. Every write is its own transaction, committed durably
/// (synchronous=FULL) before it returns: a finished stroke survives a crash or power loss.
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationStore)
public:
    explicit AnnotationStore(Database &db)
        : m_db(db)
    { }

    static const QStringList &types();
    static bool isTextMarkup(const QString &type);
    /// The bounding box of every point and rectangle in \a geometry (normalized); null when none.
    static QRectF bounds(const QJsonObject &geometry);

    /// Stores a new annotation: a new UUID (unless \a annotation has one), created and modified
    /// now (unless set). Returns it as stored. StoreError::InvalidArgument for an unknown type,
    /// a colour that is not "#rrggbb", or a version that is not the file's.
    StoredAnnotation add(StoredAnnotation annotation);
    /// Writes every field of \a annotation over the stored one with its id (created stays, and
    /// so do originId, carriedTo, placement and confidence, which only carrying sets; they are
    /// read back into \a annotation); modified becomes now. False when there is none.
    bool update(StoredAnnotation &annotation);
    /// Writes \a annotation as it is, every field (its id, dates and carrying too), in the
    /// caller's transaction and without checks: for a caller that checked it and writes more in
    /// the same transaction (a restore).
    void insertAsIs(const StoredAnnotation &annotation);
    /// The same over the stored annotation with its id.
    void replaceAsIs(const StoredAnnotation &annotation);
    /// Inserts \a added (ids, created and modified as add() gives them) and writes \a updated
    /// over the stored ones (as update(), without reading them back; modified becomes now), all in
    /// one durable transaction: an import is in the cache whole or not at all.
    void write(QList<StoredAnnotation> &added, QList<StoredAnnotation> &updated);
    bool remove(const QString &id);
    std::optional<StoredAnnotation> get(const QString &id) const;
    /// A file's annotations on every version; \a serverId empty: the file of any server.
    QList<StoredAnnotation> forFile(const QString &fileId, const QString &serverId = {}) const;
    QList<StoredAnnotation> forVersion(qint64 versionId) const;
    /// Whether an annotation on \a versionId stands for one embedded in that version's PDF:
    /// then the reader renders the PDF without its own annotations, so none is drawn twice.
    bool hasEmbedded(qint64 versionId) const;
    QList<StoredAnnotation> all() const;
    /// The annotations not carried to a newer version yet whose version is not their file's
    /// current complete PDF version (of a live file whose text could be read): what
    /// AnnotationCarrier still has to carry, read through carryTargets() and toCarry().
    QList<StoredAnnotation> pendingCarry() const;

    /// A file's current complete PDF version, to which annotations are carried.
    struct CarryTarget
    {
        QString serverId;
        QString fileId;
        qint64 versionId = 0;
    };
    /// The files with pendingCarry() annotations, each with its current version.
    QList<CarryTarget> carryTargets() const;
    /// The file \a versionId is a version of; nullopt when there is none.
    std::optional<CarryTarget> versionTarget(qint64 versionId) const;
    /// The annotations of \a target's file that are on other versions and not carried yet.
    QList<StoredAnnotation> toCarry(const CarryTarget &target) const;

    /// Copies the annotations carried from one version to \a toVersion: inserts the copies and
    /// marks each copy's origin as carried to \a toVersion, in one durable transaction. A copy's
    /// `modified` is its origin's as it was read: a copy whose origin was edited, removed or
    /// carried since (by the window, or by another process's sync) is left out and its origin
    /// stays pending, so nothing the member did meanwhile is lost or brought back. \a copies
    /// keeps the ones inserted, with their ids (new ones are made when empty) and modified now.
    void carry(qint64 toVersion, QList<StoredAnnotation> &copies);

private:
    /// Throws for a bad type, colour or page, and (\a version) a version that is not the file's.
    void check(const StoredAnnotation &annotation, bool version = true) const;
    QList<StoredAnnotation> select(const char *where, const QStringList &args) const;

    Database &m_db;
};

} // namespace Ratsmappe
