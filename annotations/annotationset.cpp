// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationset.h"

#include "annotationcommands.h"
#include "annotationgeometry.h"
#include "storeerror.h"
#include "walcheckpoint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace Ratsmappe {

namespace {

bool createdBefore(const StoredAnnotation &a, const StoredAnnotation &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

qreal clamp01(qreal v)
{
    return std::clamp(v, 0.0, 1.0);
}

QJsonArray point(const QPointF &p)
{
    return QJsonArray{clamp01(p.x()), clamp01(p.y())};
}

QJsonArray rect(const QRectF &r)
{
    const QRectF n = r.normalized();
    return QJsonArray{clamp01(n.left()), clamp01(n.top()), clamp01(n.right()), clamp01(n.bottom())};
}

// A rectangle from QML: a rect value, a map {x, y, width, height} or a list [x0, y0, x1, y1].
std::optional<QRectF> toRect(const QVariant &value)
{
    if (value.canConvert<QRectF>() && value.typeId() != QMetaType::QVariantList) {
        return value.toRectF();
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = value.toMap();
        return QRectF(m.value(QStringLiteral("x")).toDouble(),
                      m.value(QStringLiteral("y")).toDouble(),
                      m.value(QStringLiteral("width")).toDouble(),
                      m.value(QStringLiteral("height")).toDouble());
    }
    const QVariantList list = value.toList();
    if (list.size() == 4) {
        return QRectF(QPointF(list.at(0).toDouble(), list.at(1).toDouble()),
                      QPointF(list.at(2).toDouble(), list.at(3).toDouble()));
    }
    return std::nullopt;
}

// A stroke's point: a point value, or a map {x, y, pressure} where the pen gives a pressure.
std::optional<QJsonArray> toInkPoint(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = value.toMap();
        QJsonArray p =
            point(QPointF(m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble()));
        const auto pressure = m.constFind(QStringLiteral("pressure"));
        if (pressure != m.constEnd() && pressure->isValid()) {
            p.append(clamp01(pressure->toDouble()));
        }
        return p;
    }
    if (value.canConvert<QPointF>()) {
        return point(value.toPointF());
    }
    return std::nullopt;
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
    std::sort(loaded.begin(), loaded.end(), createdBefore);
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

std::optional<StoredAnnotation> AnnotationSet::make(int page, const QString &type, const QString &color)
{
    if (!m_db) {
        setError(tr("No document is open."));
        return std::nullopt;
    }
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !colour.match(color).hasMatch()) {
        setError(tr("“%1” is not a colour of the form #rrggbb.").arg(color));
        return std::nullopt;
    }
    if (page < 0) {
        setError(tr("An annotation needs a page."));
        return std::nullopt;
    }
    StoredAnnotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.serverId = m_serverId;
    a.fileId = m_fileId;
    a.versionId = m_versionId;
    a.type = type;
    a.page = page;
    a.color = color.isEmpty() ? defaultColor(type) : color.toLower();
    return a;
}

namespace {

QString commandText(const QString &type)
{
    if (type == QLatin1String("highlight")) {
        return AnnotationSet::tr("Highlight");
    } else if (type == QLatin1String("underline")) {
        return AnnotationSet::tr("Underline");
    } else if (type == QLatin1String("strikeout")) {
        return AnnotationSet::tr("Strike Out");
    } else if (type == QLatin1String("squiggly")) {
        return AnnotationSet::tr("Squiggly Underline");
    } else if (type == QLatin1String("ink")) {
        return AnnotationSet::tr("Ink");
    } else if (type == QLatin1String("note")) {
        return AnnotationSet::tr("Note");
    } else if (type == QLatin1String("freetext")) {
        return AnnotationSet::tr("Text Box");
    } else if (type == QLatin1String("rectangle")) {
        return AnnotationSet::tr("Rectangle");
    }
    return AnnotationSet::tr("Arrow");
}

} // namespace

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

QString AnnotationSet::addMarkup(int page,
                                 const QString &type,
                                 const QString &color,
                                 const QVariantList &rects,
                                 const QString &quote,
                                 const QString &prefix,
                                 const QString &suffix,
                                 int start,
                                 int end)
{
    if (!AnnotationStore::isTextMarkup(type)) {
        setError(tr("“%1” is not a kind of text markup.").arg(type));
        return {};
    }
    std::optional<StoredAnnotation> a = make(page, type, color);
    if (!a) {
        return {};
    }
    QJsonArray boxes;
    for (const QVariant &value : rects) {
        if (const std::optional<QRectF> r = toRect(value)) {
            boxes.append(rect(*r));
        }
    }
    if (boxes.isEmpty()) {
        setError(tr("Text markup needs the boxes of its words."));
        return {};
    }
    a->geometry = {{QStringLiteral("rects"), boxes}};
    a->quote = quote;
    a->prefix = prefix;
    a->suffix = suffix;
    a->start = start;
    a->end = end;
    return push(new AnnotationCommand(this, commandText(type), {{std::nullopt, *a}})) ? a->id : QString();
}

QString AnnotationSet::addInk(int page, const QVariantList &strokes, qreal width, const QString &color)
{
    std::optional<StoredAnnotation> a = make(page, QStringLiteral("ink"), color);
    if (!a) {
        return {};
    }
    // A list of points is one stroke: C++ callers' QVariantList{stroke} copies the stroke.
    const bool flat = !strokes.isEmpty() && strokes.first().typeId() != QMetaType::QVariantList;
    const QList<QVariantList> lists = flat ? QList<QVariantList>{strokes} : [&] {
        QList<QVariantList> all;
        for (const QVariant &stroke : strokes) {
            all.append(stroke.toList());
        }
        return all;
    }();
    QJsonArray lines;
    for (const QVariantList &stroke : lists) {
        QJsonArray points;
        for (const QVariant &value : stroke) {
            if (const std::optional<QJsonArray> p = toInkPoint(value)) {
                points.append(*p);
            }
        }
        if (!points.isEmpty()) {
            lines.append(points);
        }
    }
    if (lines.isEmpty()) {
        setError(tr("An ink drawing needs at least one point."));
        return {};
    }
    a->geometry = {{QStringLiteral("strokes"), lines},
                   {QStringLiteral("width"), width > 0 ? std::min(width, 0.1) : 0.003}};
    return push(new AnnotationCommand(this, commandText(a->type), {{std::nullopt, *a}})) ? a->id : QString();
}

QString AnnotationSet::addNote(int page, const QPointF &at, const QString &text, const QString &color)
{
    std::optional<StoredAnnotation> a = make(page, QStringLiteral("note"), color);
    if (!a) {
        return {};
    }
    a->geometry = {{QStringLiteral("point"), point(at)}};
    a->text = text;
    return push(new AnnotationCommand(this, commandText(a->type), {{std::nullopt, *a}})) ? a->id : QString();
}

QString AnnotationSet::addFreeText(int page, const QRectF &box, const QString &text, const QString &color)
{
    std::optional<StoredAnnotation> a = make(page, QStringLiteral("freetext"), color);
    if (!a) {
        return {};
    }
    a->geometry = {{QStringLiteral("rect"), rect(box)}};
    a->text = text;
    return push(new AnnotationCommand(this, commandText(a->type), {{std::nullopt, *a}})) ? a->id : QString();
}

QString AnnotationSet::addRectangle(int page, const QRectF &box, const QString &color)
{
    std::optional<StoredAnnotation> a = make(page, QStringLiteral("rectangle"), color);
    if (!a) {
        return {};
    }
    a->geometry = {{QStringLiteral("rect"), rect(box)}};
    return push(new AnnotationCommand(this, commandText(a->type), {{std::nullopt, *a}})) ? a->id : QString();
}

QString AnnotationSet::addArrow(int page, const QPointF &from, const QPointF &to, const QString &color)
{
    std::optional<StoredAnnotation> a = make(page, QStringLiteral("arrow"), color);
    if (!a) {
        return {};
    }
    a->geometry = {{QStringLiteral("from"), point(from)}, {QStringLiteral("to"), point(to)}};
    return push(new AnnotationCommand(this, commandText(a->type), {{std::nullopt, *a}})) ? a->id : QString();
}

std::optional<StoredAnnotation> AnnotationSet::existing(const QString &id)
{
    if (!m_db) {
        setError(tr("No document is open."));
        return std::nullopt;
    }
    std::optional<StoredAnnotation> a = annotation(id);
    if (!a) {
        setError(tr("There is no such annotation."));
    }
    return a;
}

bool AnnotationSet::edit(const StoredAnnotation &after, const QString &text)
{
    const std::optional<StoredAnnotation> before = annotation(after.id);
    if (before && *before == after) {
        setError({});
        return true; // nothing changes: no undo step and no commit
    }
    return push(new AnnotationCommand(this, text, {{before, after}}));
}

bool AnnotationSet::move(const QString &id, qreal dx, qreal dy)
{
    std::optional<StoredAnnotation> a = existing(id);
    if (!a) {
        return false;
    }
    a->geometry = AnnotationGeometry::translated(a->geometry, dx, dy);
    return edit(*a, tr("Move"));
}

bool AnnotationSet::resize(const QString &id, const QRectF &bounds)
{
    std::optional<StoredAnnotation> a = existing(id);
    if (!a) {
        return false;
    }
    if (AnnotationStore::isTextMarkup(a->type)) {
        setError(tr("Text markup takes the size of its words."));
        return false;
    }
    a->geometry = AnnotationGeometry::scaled(a->geometry, bounds);
    return edit(*a, tr("Resize"));
}

bool AnnotationSet::recolor(const QString &id, const QString &color)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    std::optional<StoredAnnotation> a = existing(id);
    if (!a) {
        return false;
    }
    if (!colour.match(color).hasMatch()) {
        setError(tr("“%1” is not a colour of the form #rrggbb.").arg(color));
        return false;
    }
    a->color = color.toLower();
    return edit(*a, tr("Change Colour"));
}

bool AnnotationSet::setText(const QString &id, const QString &text)
{
    std::optional<StoredAnnotation> a = existing(id);
    if (!a) {
        return false;
    }
    a->text = text;
    return edit(*a, tr("Edit Text"));
}

bool AnnotationSet::remove(const QString &id)
{
    const std::optional<StoredAnnotation> a = existing(id);
    if (!a) {
        return false;
    }
    return push(new AnnotationCommand(this, tr("Delete %1").arg(commandText(a->type)), {{a, std::nullopt}}));
}

int AnnotationSet::erase(int page, const QPointF &at, qreal radius)
{
    QList<AnnotationCommand::Change> changes;
    for (const StoredAnnotation &a : std::as_const(m_annotations)) {
        if (a.page != page || a.type != QLatin1String("ink")) {
            continue;
        }
        const qreal reach = radius + a.geometry.value(QLatin1String("width")).toDouble() / 2;
        if (AnnotationGeometry::distanceToInk(a.geometry, at) <= reach) {
            changes.append({a, std::nullopt});
        }
    }
    if (changes.isEmpty()) {
        return 0;
    }
    const int n = int(changes.size());
    return push(new AnnotationCommand(this, tr("Erase"), changes)) ? n : 0;
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
    // What the member deleted must not stay readable in an old WAL frame; best effort, the
    // removal itself is already committed.
    truncateWalNow(*m_db);
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
