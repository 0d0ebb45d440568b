// SPDX-License-Identifier: GPL-2.0-or-later
// AnnotationSet: creating and editing annotations, each change one undo command.
#include "annotationset.h"

#include "annotationcommands.h"
#include "annotationgeometry.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Ratsmappe {

namespace {

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

// \a v in 0..1, rounded to \a steps steps: a pen's point to 1e-5 of the page (a hundredth of a
// pixel on a 1,200 px wide page), far below what shows, and written as at most 7 characters
// instead of 17 digits (the stored JSON half as long). Rounded before it is kept, so the set's
// memory and the cache hold the same numbers.
qreal rounded(qreal v, qreal steps)
{
    return std::round(clamp01(v) * steps) / steps;
}

constexpr qreal PointSteps = 1e5;
constexpr qreal PressureSteps = 1e3;

QJsonArray inkPoint(const QPointF &p)
{
    return QJsonArray{rounded(p.x(), PointSteps), rounded(p.y(), PointSteps)};
}

// A stroke's point: a point value, or a map {x, y, pressure} where the pen gives a pressure.
std::optional<QJsonArray> toInkPoint(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = value.toMap();
        QJsonArray p = inkPoint(
            QPointF(m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble()));
        const auto pressure = m.constFind(QStringLiteral("pressure"));
        if (pressure != m.constEnd() && pressure->isValid()) {
            p.append(rounded(pressure->toDouble(), PressureSteps));
        }
        return p;
    }
    if (value.canConvert<QPointF>()) {
        return inkPoint(value.toPointF());
    }
    return std::nullopt;
}

} // namespace

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
    } else if (type == QLatin1String("foreign")) {
        return AnnotationSet::tr("Imported Annotation");
    }
    return AnnotationSet::tr("Arrow");
}

} // namespace

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

QString
AnnotationSet::addInk(int page, const QVariantList &strokes, qreal width, const QString &color, qreal opacity)
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
    if (opacity > 0 && opacity < 1) {
        a->geometry.insert(QStringLiteral("opacity"), opacity);
    }
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

std::optional<StoredAnnotation> AnnotationSet::changeable(const QString &id)
{
    std::optional<StoredAnnotation> a = existing(id);
    if (a && a->type == QLatin1String("foreign")) {
        // Drawn from another program's appearance, which Ratsmappe cannot redraw changed.
        setError(tr("An annotation of a kind Ratsmappe cannot edit, imported from another program, can only "
                    "be deleted."));
        return std::nullopt;
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
    // The member changed it by hand: it has had their attention (and a check made on the
    // comparison page meanwhile is not undone by this write).
    StoredAnnotation edited = after;
    edited.needsAttention = false;
    edited.attentionReason.clear();
    return push(new AnnotationCommand(this, text, {{before, edited}}));
}

bool AnnotationSet::move(const QString &id, qreal dx, qreal dy)
{
    std::optional<StoredAnnotation> a = changeable(id);
    if (!a) {
        return false;
    }
    a->geometry = AnnotationGeometry::translated(a->geometry, dx, dy);
    return edit(*a, tr("Move"));
}

bool AnnotationSet::resize(const QString &id, const QRectF &bounds)
{
    std::optional<StoredAnnotation> a = changeable(id);
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
    std::optional<StoredAnnotation> a = changeable(id);
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
    std::optional<StoredAnnotation> a = changeable(id);
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

} // namespace Ratsmappe
