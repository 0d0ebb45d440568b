// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

class QUndoStack;

namespace Ratsmappe {

class AnnotationCommand;
class Database;

/// The member's annotations on one version of one document, as the window edits them: kept in
/// memory for drawing, every change a command on an undo stack, and every command committed
/// durably to the cache (AnnotationStore) before the call returns — a finished stroke or edit
/// is never lost, a killed process loses at most what was still being drawn. Undo and redo
/// are commits too. Undo history lives as long as this object; the annotations live in the
/// cache.
///
/// Geometry is normalized to the unrotated page (0..1, origin top left), as AnnotationStore
/// keeps it; QML converts with AnnotationOverlay.
class AnnotationSet : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    /// What Ctrl+Z / Ctrl+Shift+Z would do, for menus ("Undo Highlight").
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoChanged)
    /// The selected annotation's id; empty: none.
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    /// Why the last change could not be committed (empty after one that was); the change is
    /// then not made in memory either.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit AnnotationSet(QObject *parent = nullptr);
    ~AnnotationSet() override;

    /// Loads the annotations of \a versionId (a version of \a fileId of \a serverId) and
    /// edits them from now on; the undo history starts empty. \a db must outlive this set or
    /// the next close().
    void open(Database *db, const QString &serverId, const QString &fileId, qint64 versionId);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    qint64 versionId() const { return m_versionId; }

    int count() const { return int(m_annotations.size()); }
    /// Every annotation, in the order they were created.
    const QList<StoredAnnotation> &annotations() const { return m_annotations; }
    /// The annotations of \a page (from 0), bottom to top.
    QList<StoredAnnotation> onPage(int page) const;
    std::optional<StoredAnnotation> annotation(const QString &id) const;

    // Creating. Each returns the new annotation's id, or empty when it could not be committed.
    // Colours are "#rrggbb"; an empty colour takes the kind's default.
    /// Text markup (highlight, underline, strikeout, squiggly) on the words of a quote: \a rects
    /// one per line (QRectF, normalized), the quote, its context and its offsets as
    /// QuoteLocator counts them.
    Q_INVOKABLE QString addMarkup(int page,
                                  const QString &type,
                                  const QString &color,
                                  const QVariantList &rects,
                                  const QString &quote,
                                  const QString &prefix,
                                  const QString &suffix,
                                  int start,
                                  int end);
    /// Freehand ink: \a strokes a list of strokes, each a list of points — QPointF, or a map
    /// {x, y, pressure} (pressure 0..1) where the pen reports it. \a width is normalized to
    /// the page's width. \a opacity below 1 makes a marker: the text shows through it (kept in
    /// the geometry as "opacity").
    Q_INVOKABLE QString
    addInk(int page, const QVariantList &strokes, qreal width, const QString &color, qreal opacity = 1);
    /// A sticky note pinned at \a point.
    Q_INVOKABLE QString addNote(int page, const QPointF &point, const QString &text, const QString &color);
    Q_INVOKABLE QString addFreeText(int page, const QRectF &rect, const QString &text, const QString &color);
    Q_INVOKABLE QString addRectangle(int page, const QRectF &rect, const QString &color);
    Q_INVOKABLE QString addArrow(int page, const QPointF &from, const QPointF &to, const QString &color);

    // Editing: one undo step and one commit each; false when there is no such annotation or
    // the commit failed.
    /// Moves by \a dx, \a dy (normalized), kept on the page.
    Q_INVOKABLE bool move(const QString &id, qreal dx, qreal dy);
    /// Scales the annotation's geometry into \a bounds (normalized). Text markup cannot be
    /// resized (its words decide its size): false.
    Q_INVOKABLE bool resize(const QString &id, const QRectF &bounds);
    Q_INVOKABLE bool recolor(const QString &id, const QString &color);
    Q_INVOKABLE bool setText(const QString &id, const QString &text);
    Q_INVOKABLE bool remove(const QString &id);
    /// The eraser: removes every ink annotation of \a page that passes within \a radius
    /// (normalized to the page's width) of \a point, as one undo step. Returns how many.
    Q_INVOKABLE int erase(int page, const QPointF &point, qreal radius);

    /// The topmost annotation of \a page at \a point (within \a tolerance, normalized), or
    /// empty.
    Q_INVOKABLE QString hitTest(int page, const QPointF &point, qreal tolerance) const;
    /// One annotation for QML: id, type, page, color, text, quote, needsAttention,
    /// attentionReason, bounds (QRectF, normalized), geometry (a map as stored); empty when
    /// there is none.
    Q_INVOKABLE QVariantMap get(const QString &id) const;

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    QString errorMessage() const { return m_error; }

    /// The kind's colour when none is given: Breeze yellow for highlights, red for the other
    /// markup and drawings, yellow for notes.
    static QString defaultColor(const QString &type);

Q_SIGNALS:
    void changed();
    /// The annotations of \a page changed (added, edited, removed, undone): redraw that page.
    void pageChanged(int page);
    void undoChanged();
    void selectedChanged();
    void errorChanged();
    /// \a id was committed durably to the cache (created, changed or removed).
    void committed(const QString &id);

private:
    friend class AnnotationCommand;
    // Used by the undo commands: write to the cache first, then to memory. False (and
    // errorMessage) when the cache refused.
    bool storeInsert(const StoredAnnotation &annotation);
    bool storeUpdate(const StoredAnnotation &annotation);
    bool storeRemove(const QString &id);
    void setError(const QString &error);
    // Applies \a command and puts it on the stack; a refused one is deleted and not pushed.
    bool push(AnnotationCommand *command);
    // A new annotation of this set's document, with \a colour checked (empty: the default).
    std::optional<StoredAnnotation> make(int page, const QString &type, const QString &color);
    bool edit(const StoredAnnotation &after, const QString &text);
    std::optional<StoredAnnotation> existing(const QString &id);
    /// existing(), but none (with errorMessage) for a foreign one, which can only be deleted.
    std::optional<StoredAnnotation> changeable(const QString &id);

    Database *m_db = nullptr;
    QString m_serverId;
    QString m_fileId;
    qint64 m_versionId = 0;
    QList<StoredAnnotation> m_annotations;
    QString m_selectedId;
    QString m_error;
    std::unique_ptr<QUndoStack> m_undo;
};

} // namespace Ratsmappe
