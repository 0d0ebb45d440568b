// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationcommands.h"

#include "annotationset.h"

#include <utility>

namespace Ratsmappe {

AnnotationCommand::AnnotationCommand(AnnotationSet *set, const QString &text, QList<Change> changes)
    : QUndoCommand(text)
    , m_set(set)
    , m_changes(std::move(changes))
{ }

bool AnnotationCommand::write(const std::optional<StoredAnnotation> &from,
                              std::optional<StoredAnnotation> &to)
{
    if (!to) {
        return !from || m_set->storeRemove(from->id);
    }
    if (!(from ? m_set->storeUpdate(*to) : m_set->storeInsert(*to))) {
        return false;
    }
    // As stored: the cache sets the times, and a redo of a creation restores them exactly.
    to = m_set->annotation(to->id);
    return true;
}

bool AnnotationCommand::apply(bool forward)
{
    const qsizetype n = m_changes.size();
    for (qsizetype k = 0; k < n; ++k) {
        Change &c = m_changes[forward ? k : n - 1 - k];
        if (write(forward ? c.before : c.after, forward ? c.after : c.before)) {
            continue;
        }
        // Puts back what this step already changed; the error of the refused change stays.
        const QString error = m_set->errorMessage();
        for (qsizetype j = k - 1; j >= 0; --j) {
            Change &done = m_changes[forward ? j : n - 1 - j];
            write(forward ? done.after : done.before, forward ? done.before : done.after);
        }
        m_set->setError(error);
        return false;
    }
    return true;
}

void AnnotationCommand::redo()
{
    if (std::exchange(m_skip, false)) {
        return;
    }
    apply(true);
}

void AnnotationCommand::undo()
{
    if (std::exchange(m_skip, false)) {
        return;
    }
    apply(false);
}

} // namespace Ratsmappe
