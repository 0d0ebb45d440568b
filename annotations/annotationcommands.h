// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace Ratsmappe {

class AnnotationSet;

/// One undo step of an AnnotationSet: a list of annotations, each from one state to another
/// (none → one: created; one → none: removed; one → another: edited). Redo and undo write each
/// change to the cache before memory; a change the cache refuses stops the step and puts the
/// ones already made back, so memory and cache stay one.
///
/// The set applies a step itself and then lets the stack call redo() or undo() without doing
/// it again (skipNext), so that a refused step never moves the stack.
class AnnotationCommand : public QUndoCommand
{
public:
    struct Change
    {
        std::optional<StoredAnnotation> before;
        std::optional<StoredAnnotation> after;
    };

    AnnotationCommand(AnnotationSet *set, const QString &text, QList<Change> changes);

    /// Applies the step forward (redo) or backward (undo); false when the cache refused.
    bool apply(bool forward);
    /// The next redo() or undo() the stack calls has already been applied.
    void skipNext() { m_skip = true; }

    void redo() override;
    void undo() override;

    const QList<Change> &changes() const { return m_changes; }

private:
    // From one state to the other, writing to the cache first; \a to becomes what was stored.
    bool write(const std::optional<StoredAnnotation> &from, std::optional<StoredAnnotation> &to);

    AnnotationSet *m_set;
    QList<Change> m_changes;
    bool m_skip = false;
};

} // namespace Ratsmappe
