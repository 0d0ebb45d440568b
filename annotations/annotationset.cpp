// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationset.h"

#include "annotationcommands.h"
#include "annotationgeometry.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Ratsmappe {

namespace {

// Drawing and hit-testing order, bottom first: by creation, and annotations made in the same
// millisecond in the order they were made (the store lists them so; their random ids made the
// order, and which of two is on top, a matter of chance).
bool createdBefore(const StoredAnnotation &a, const StoredAnnotation &b)
{
    return a.created < b.created;
}

} // namespace

AnnotationSet::AnnotationSet(QObject *parent)
    : QObject(parent)
    , m_undo(std::make_unique<QUndoStack>())
{
    connect(m_undo.get(), &QUndoStack::indexChanged, this, &AnnotationSet::undoChanged);
}

AnnotationSet::~AnnotationSet()
{
    // The commands know this set: they go first.
    m_undo->clear();
}

void AnnotationSet::open(Database *db, const QString &serverId, const QString &fileId, qint64 versionId)
{
    close();
    if (!db) {
        return;
    }
    QList<StoredAnnotation> loaded;
    try {
        loaded = AnnotationStore(*db).forVersion(versionId);
    } catch (const StoreError &e) {
        setError(e.message());
        return;
    }
    m_db = db;
    m_serverId = serverId;
    m_fileId = fileId;
    m_versionId = versionId;
    loaded.removeIf([&](const StoredAnnotation &a) { return a.serverId != serverId || a.fileId != fileId; });
    std::stable_sort(loaded.begin(), loaded.end(), createdBefore);
    m_annotations = loaded;
    setError({});
    QSet<int> pages;
    for (const StoredAnnotation &a : std::as_const(m_annotations)) {
        pages.insert(a.page);
    }
    Q_EMIT changed();
    for (int page : std::as_const(pages)) {
        Q_EMIT pageChanged(page);
    }
}

void AnnotationSet::close()
{
    m_undo->clear();
    QSet<int> pages;
    for (const StoredAnnotation &a : std::as_const(m_annotations)) {
        pages.insert(a.page);
    }
    const bool had = m_db || !m_annotations.isEmpty();
    m_db = nullptr;
    m_serverId.clear();
    m_fileId.clear();
    m_versionId = 0;
    m_annotations.clear();
    setSelectedId({});
    if (had) {
        Q_EMIT changed();
    }
    for (int page : std::as_const(pages)) {
        Q_EMIT pageChanged(page);
    }
}

QList<StoredAnnotation> AnnotationSet::onPage(int page) const
{
    QList<StoredAnnotation> result;
    for (const StoredAnnotation &a : m_annotations) {
        if (a.page == page) {
            result.append(a);
        }
    }
    return result;
}

std::optional<StoredAnnotation> AnnotationSet::annotation(const QString &id) const
{
    for (const StoredAnnotation &a : m_annotations) {
        if (a.id == id) {
            return a;
        }
    }
    return std::nullopt;
}

QString AnnotationSet::defaultColor(const QString &type)
{
    if (type == QLatin1String("highlight") || type == QLatin1String("note")) {
        return QStringLiteral("#fdbc4b");
    }
    return QStringLiteral("#da4453");
}

bool AnnotationSet::push(AnnotationCommand *command)
{
    std::unique_ptr<AnnotationCommand> owned(command);
    if (!owned->apply(true)) {
        return false;
    }
    owned->skipNext();
    m_undo->push(owned.release());
    setError({});
    return true;
}

QString AnnotationSet::hitTest(int page, const QPointF &at, qreal tolerance) const
{
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        const StoredAnnotation &a = *it;
        if (a.page != page) {
            continue;
        }
        if (a.type == QLatin1String("ink")) {
            const qreal reach = tolerance + a.geometry.value(QLatin1String("width")).toDouble() / 2;
            if (AnnotationGeometry::distanceToInk(a.geometry, at) <= reach) {
                return a.id;
            }
            continue;
        }
        const QRectF box =
            AnnotationStore::bounds(a.geometry).adjusted(-tolerance, -tolerance, tolerance, tolerance);
        if (box.contains(at)) {
            return a.id;
        }
    }
    return {};
}

QVariantMap AnnotationSet::get(const QString &id) const
{
    const std::optional<StoredAnnotation> a = annotation(id);
    if (!a) {
        return {};
    }
    return {{QStringLiteral("id"), a->id},
            {QStringLiteral("type"), a->type},
            {QStringLiteral("page"), a->page},
            {QStringLiteral("color"), a->color},
            {QStringLiteral("text"), a->text},
            {QStringLiteral("quote"), a->quote},
            {QStringLiteral("needsAttention"), a->needsAttention},
            {QStringLiteral("attentionReason"), a->attentionReason},
            {QStringLiteral("bounds"), AnnotationStore::bounds(a->geometry)},
            // A foreign one (imported, of a kind Ratsmappe does not edit) can only be deleted.
            {QStringLiteral("editable"), a->type != QLatin1String("foreign")},
            {QStringLiteral("geometry"), a->geometry.toVariantMap()}};
}

bool AnnotationSet::canUndo() const
{
    return m_undo->canUndo();
}

bool AnnotationSet::canRedo() const
{
    return m_undo->canRedo();
}

QString AnnotationSet::undoText() const
{
    return m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : QString();
}

QString AnnotationSet::redoText() const
{
    return m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : QString();
}

void AnnotationSet::undo()
{
    if (!m_undo->canUndo()) {
        return;
    }
    // Applied here, not by the stack: a step the cache refuses leaves the stack where it is.
    auto *command =
        static_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(m_undo->command(m_undo->index() - 1)));
    if (!command->apply(false)) {
        return;
    }
    command->skipNext();
    m_undo->undo();
    setError({});
}

void AnnotationSet::redo()
{
    if (!m_undo->canRedo()) {
        return;
    }
    auto *command =
        static_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(m_undo->command(m_undo->index())));
    if (!command->apply(true)) {
        return;
    }
    command->skipNext();
    m_undo->redo();
    setError({});
}

void AnnotationSet::setSelectedId(const QString &id)
{
    if (id != m_selectedId) {
        m_selectedId = id;
        Q_EMIT selectedChanged();
    }
}

void AnnotationSet::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

bool AnnotationSet::storeInsert(const StoredAnnotation &annotation)
{
    if (!m_db) {
        setError(tr("No document is open."));
        return false;
    }
    StoredAnnotation stored;
    try {
        stored = AnnotationStore(*m_db).add(annotation);
    } catch (const StoreError &e) {
        setError(e.message());
        return false;
    }
    m_annotations.insert(std::upper_bound(m_annotations.begin(), m_annotations.end(), stored, createdBefore),
                         stored);
    setError({});
    Q_EMIT committed(stored.id);
    Q_EMIT changed();
    Q_EMIT pageChanged(stored.page);
    return true;
}

bool AnnotationSet::storeUpdate(const StoredAnnotation &annotation)
{
    const auto it = std::find_if(m_annotations.begin(), m_annotations.end(), [&](const StoredAnnotation &a) {
        return a.id == annotation.id;
    });
    if (!m_db || it == m_annotations.end()) {
        setError(tr("There is no such annotation."));
        return false;
    }
    StoredAnnotation stored = annotation;
    try {
        if (!AnnotationStore(*m_db).update(stored)) {
            setError(tr("The annotation is no longer in the cache."));
            return false;
        }
    } catch (const StoreError &e) {
        setError(e.message());
        return false;
    }
    const int oldPage = it->page;
    *it = stored;
    setError({});
    Q_EMIT committed(stored.id);
    Q_EMIT changed();
    Q_EMIT pageChanged(stored.page);
    if (oldPage != stored.page) {
        Q_EMIT pageChanged(oldPage);
    }
    return true;
}

bool AnnotationSet::storeRemove(const QString &id)
{
    if (!m_db) {
        setError(tr("No document is open."));
        return false;
    }
    try {
        // Already gone from the cache (removed elsewhere) is what was asked for.
        AnnotationStore(*m_db).remove(id);
    } catch (const StoreError &e) {
        setError(e.message());
        return false;
    }
    const auto it = std::find_if(
        m_annotations.begin(), m_annotations.end(), [&](const StoredAnnotation &a) { return a.id == id; });
    int page = -1;
    if (it != m_annotations.end()) {
        page = it->page;
        m_annotations.erase(it);
    }
    if (id == m_selectedId) {
        setSelectedId({});
    }
    setError({});
    Q_EMIT committed(id);
    Q_EMIT changed();
    if (page >= 0) {
        Q_EMIT pageChanged(page);
    }
    return true;
}

} // namespace Ratsmappe