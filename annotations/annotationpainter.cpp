// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpainter.h"

#include <QCache>
#include <QHash>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Ratsmappe {

namespace {

const QColor SelectionColor(0x3d, 0xae, 0xe9); // Breeze's highlight blue
constexpr qreal NoteSize = 20;
const QColor TextColor(0x23, 0x26, 0x29); // Breeze's text
constexpr qreal Pi = 3.14159265358979323846; // logical pixels, whatever the zoom: an icon, not page content

int quarterTurns(int rotation)
{
    return ((rotation % 360 + 360) % 360) / 90;
}

// The page's unrotated size in pixels when it shows \a size large turned \a rotation.
QSizeF unrotated(const QSizeF &size, int rotation)
{
    return quarterTurns(rotation) % 2 ? size.transposed() : size;
}

// Unrotated page pixels → displayed pixels. Drawing in unrotated pixels under this transform
// keeps pens and text at their size: it only turns and shifts.
QTransform displayTransform(const QSizeF &size, int rotation)
{
    const QSizeF u = unrotated(size, rotation);
    switch (quarterTurns(rotation)) {
    case 1:
        return QTransform(0, 1, -1, 0, u.height(), 0);
    case 2:
        return QTransform(-1, 0, 0, -1, u.width(), u.height());
    case 3:
        return QTransform(0, -1, 1, 0, 0, u.width());
    default:
        return {};
    }
}

struct Page
{
    qreal width;
    qreal height;
    QPointF point(const QJsonArray &p) const
    {
        return {p.at(0).toDouble() * width, p.at(1).toDouble() * height};
    }
    QRectF rect(const QJsonArray &r) const
    {
        return QRectF(QPointF(r.at(0).toDouble() * width, r.at(1).toDouble() * height),
                      QPointF(r.at(2).toDouble() * width, r.at(3).toDouble() * height))
            .normalized();
    }
};

QList<QRectF> rectsOf(const Page &page, const StoredAnnotation &a)
{
    QList<QRectF> rects;
    for (const QJsonValue &r : a.geometry.value(QLatin1String("rects")).toArray()) {
        rects.append(page.rect(r.toArray()));
    }
    return rects;
}

// A line's thickness under a line of text: a fraction of its height, at least a pixel.
qreal lineWidth(const QRectF &line)
{
    return std::max(1.0, line.height() * 0.08);
}

// What painting keeps per thread (Qt Quick paints on its render threads): drawn tiles, icons and
// texts, reused while their size, colour or text stay.
struct Caches
{
    QHash<quint64, QImage> waveMasks;
    QHash<std::pair<QRgb, int>, QImage> noteIcons;
    QCache<QString, QStaticText> laidOut{200};
    QCache<QString, QImage> textImages{32 * 1024}; // kilobytes
    QCache<QString, QImage> foreignImages{64 * 1024}; // kilobytes, decoded PNGs
};

Caches &caches()
{
    thread_local Caches c;
    return c;
}

// \a r on whole pixels.
QRect whole(const QRectF &r)
{
    return QRect(QPoint(int(std::lround(r.left())), int(std::lround(r.top()))),
                 QPoint(int(std::lround(r.right())) - 1, int(std::lround(r.bottom())) - 1));
}

// One period of the wave under a line of text, as coverage only (white, antialiased): drawn
// once per size and thread, then coloured for each line without a painter.
const QImage &waveMask(int amplitude, int pen)
{
    QHash<quint64, QImage> &masks = caches().waveMasks;
    const quint64 key = (quint64(quint32(amplitude)) << 32) | quint32(pen);
    auto it = masks.constFind(key);
    if (it != masks.constEnd()) {
        return *it;
    }
    if (masks.size() > 64) {
        masks.clear();
    }
    const int period = 4 * amplitude;
    const int height = 2 * amplitude + pen + 1;
    QImage tile(period, height, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    {
        QPainter t(&tile);
        t.setRenderHint(QPainter::Antialiasing);
        t.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        const qreal top = pen / 2.0 + 0.5;
        const qreal bottom = height - pen / 2.0 - 0.5;
        t.drawPolyline(QPolygonF{QPointF(-period / 2.0, bottom),
                                 QPointF(0, top),
                                 QPointF(period / 2.0, bottom),
                                 QPointF(period, top),
                                 QPointF(period * 1.5, bottom)});
    }
    return *masks.insert(key, tile);
}

// A wave under a line of text, its size tied to the line's height: one period as a small tile,
// then the strip under the line (on whole pixels) filled with it. Stroking the wave itself
// (hundreds of joins per line) costs a hundred times more.
void paintSquiggly(QPainter &p, const QRectF &line, qreal width, const QColor &color)
{
    const int amplitude = std::max(1, int(std::lround(line.height() * 0.08)));
    const int pen = std::max(1, int(std::lround(width)));
    const QImage &mask = waveMask(amplitude, pen);
    QImage tile(mask.size(), QImage::Format_ARGB32_Premultiplied);
    const QRgb rgba = color.rgba();
    for (int y = 0; y < mask.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(mask.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(tile.scanLine(y));
        for (int x = 0; x < mask.width(); ++x) {
            out[x] = qPremultiply(
                qRgba(qRed(rgba), qGreen(rgba), qBlue(rgba), qAlpha(rgba) * qAlpha(in[x]) / 255));
        }
    }
    const QRect strip(int(std::lround(line.left())),
                      int(std::lround(line.bottom())) - mask.height(),
                      int(std::lround(line.right())) - int(std::lround(line.left())),
                      mask.height());
    p.setBrushOrigin(strip.topLeft());
    p.fillRect(strip, QBrush(tile));
    p.setBrushOrigin(0, 0);
}

void paintMarkup(QPainter &p, const Page &page, const StoredAnnotation &a, const QColor &color, bool onPage)
{
    const QList<QRectF> rects = rectsOf(page, a);
    if (a.type == QLatin1String("highlight")) {
        // On a page image, multiply keeps the text under it dark. Over the window's transparent
        // overlay there is nothing to multiply with (one highlight comes out the same either
        // way) and multiply costs twenty times more: there the alpha lets the text show
        // through. On whole pixels and without antialiasing the fill takes the raster engine's
        // fast path for rectangles.
        QColor fill = color;
        fill.setAlphaF(0.4);
        const QPainter::CompositionMode mode = p.compositionMode();
        p.setRenderHint(QPainter::Antialiasing, false);
        if (onPage) {
            p.setCompositionMode(QPainter::CompositionMode_Multiply);
        }
        for (const QRectF &r : rects) {
            p.fillRect(whole(r), fill);
        }
        p.setCompositionMode(mode);
        p.setRenderHint(QPainter::Antialiasing, true);
        return;
    }
    if (a.type == QLatin1String("squiggly")) {
        p.setRenderHint(QPainter::Antialiasing, false);
        for (const QRectF &r : rects) {
            paintSquiggly(p, r, lineWidth(r), color);
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        return;
    }
    p.setBrush(Qt::NoBrush);
    for (const QRectF &r : rects) {
        const qreal w = lineWidth(r);
        if (a.type == QLatin1String("underline")) {
            p.setPen(QPen(color, w, Qt::SolidLine, Qt::FlatCap));
            const qreal y = r.bottom() - w / 2;
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        } else if (a.type == QLatin1String("strikeout")) {
            p.setPen(QPen(color, w, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        }
    }
}

// Half a circle of \a radius around \a centre from the direction \a from (a unit vector) turning
// away from the stroke to its opposite, as points appended to \a outline: a stroke's round end.
void appendCap(QPolygonF &outline, const QPointF &centre, const QPointF &from, qreal radius)
{
    // About a pixel and a half per segment: as round as an ellipse at these sizes.
    const int segments = std::clamp(int(std::ceil(Pi * radius / 1.5)), 2, 32);
    for (int k = 1; k < segments; ++k) {
        const qreal angle = -Pi * k / segments;
        const qreal c = std::cos(angle);
        const qreal s = std::sin(angle);
        // \a from turned by angle (towards the stroke's outside, away from the other end).
        outline.append(centre + radius * QPointF(from.x() * c - from.y() * s, from.x() * s + from.y() * c));
    }
}

// A stroke as one filled outline: each point pushed out to both sides by half its width (which
// may follow the pen's pressure), along the stroke's normal there, and a round end at both ends,
// all one polygon: one fill per stroke costs a tenth of stroking a wide pen with round joins, and
// a third of filling the ends as ellipses of their own.
void paintStroke(QPainter &p, QPolygonF &outline, const QPolygonF &points, const QList<qreal> &widths)
{
    const qsizetype n = points.size();
    outline.clear();
    outline.reserve(2 * n + 70);
    QPointF firstNormal, lastNormal;
    // One side forwards...
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF d = points.at(std::min(i + 1, n - 1)) - points.at(std::max<qsizetype>(i - 1, 0));
        const qreal length = std::hypot(d.x(), d.y());
        const QPointF normal = length > 0 ? QPointF(-d.y(), d.x()) / length : QPointF(0, 0);
        if (i == 0) {
            firstNormal = normal;
        }
        lastNormal = normal;
        outline.append(points.at(i) + normal * widths.at(i) / 2);
    }
    if (!lastNormal.isNull()) {
        appendCap(outline, points.last(), lastNormal, widths.last() / 2);
    }
    // ...the other backwards.
    for (qsizetype i = n - 1; i >= 0; --i) {
        const QPointF d = points.at(std::min(i + 1, n - 1)) - points.at(std::max<qsizetype>(i - 1, 0));
        const qreal length = std::hypot(d.x(), d.y());
        const QPointF normal = length > 0 ? QPointF(-d.y(), d.x()) / length : QPointF(0, 0);
        outline.append(points.at(i) - normal * widths.at(i) / 2);
    }
    if (!firstNormal.isNull()) {
        appendCap(outline, points.first(), -firstNormal, widths.first() / 2);
    }
    p.drawPolygon(outline, Qt::WindingFill);
    // An end without a direction (the pen rested there, or touched and lifted): a dot.
    if (firstNormal.isNull()) {
        p.drawEllipse(points.first(), widths.first() / 2, widths.first() / 2);
    }
    if (lastNormal.isNull()) {
        p.drawEllipse(points.last(), widths.last() / 2, widths.last() / 2);
    }
}

void paintInk(QPainter &p, const Page &page, const StoredAnnotation &a, const QColor &color)
{
    const qreal width = std::max(0.5, a.geometry.value(QLatin1String("width")).toDouble() * page.width);
    p.setPen(Qt::NoPen);
    // A marker's ink lets the text show through (each stroke is one filled outline, so its own
    // overlaps do not darken).
    const qreal opacity = a.geometry.value(QLatin1String("opacity")).toDouble(1);
    QColor ink = color;
    if (opacity > 0 && opacity < 1) {
        ink.setAlphaF(ink.alphaF() * opacity);
    }
    p.setBrush(ink);
    thread_local QPolygonF points;
    thread_local QPolygonF outline;
    thread_local QList<qreal> widths;
    for (const QJsonValue &strokeValue : a.geometry.value(QLatin1String("strokes")).toArray()) {
        const QJsonArray stroke = strokeValue.toArray();
        if (stroke.isEmpty()) {
            continue;
        }
        // Every point has its own width where the pen gave a pressure: from a third of the pen
        // to all of it.
        points.clear();
        widths.clear();
        for (const QJsonValue &value : stroke) {
            const QJsonArray point = value.toArray();
            points.append(page.point(point));
            widths.append(point.size() > 2
                              ? std::max(0.5, width * (1.0 / 3 + 2.0 / 3 * point.at(2).toDouble()))
                              : width);
        }
        paintStroke(p, outline, points, widths);
    }
}

// The icon's box: its top left corner on the note's point, as PDF viewers pin a note.
QRectF noteBox(const Page &page, const StoredAnnotation &a, const QTransform &display)
{
    const QPointF at = page.point(a.geometry.value(QLatin1String("point")).toArray());
    // Always upright and on the page as displayed: the icon does not turn with the page.
    const QPointF shown = display.map(at);
    const QRectF box(shown, QSizeF(NoteSize, NoteSize));
    return display.inverted().mapRect(box);
}

// True when an image drawn at the device's resolution and copied looks as drawing would: a
// raster device (not a PDF or a printer, which keep vectors) under a transform that only shifts
// and scales evenly.
bool copiesImages(QPainter &p)
{
    const QTransform &t = p.worldTransform();
    const int type = p.device() ? p.device()->devType() : 0;
    return (type == QInternal::Image || type == QInternal::Pixmap) && t.type() <= QTransform::TxScale &&
        t.m11() > 0 && t.m22() == t.m11();
}

void drawNote(QPainter &p, const QRectF &box, const QColor &color)
{
    const qreal fold = box.width() * 0.3;
    QPainterPath body;
    body.moveTo(box.topLeft());
    body.lineTo(box.right() - fold, box.top());
    body.lineTo(box.right(), box.top() + fold);
    body.lineTo(box.bottomRight());
    body.lineTo(box.bottomLeft());
    body.closeSubpath();
    p.setPen(QPen(color.darker(160), 1));
    p.setBrush(color);
    p.drawPath(body);
    QPainterPath corner;
    corner.moveTo(box.right() - fold, box.top());
    corner.lineTo(box.right() - fold, box.top() + fold);
    corner.lineTo(box.right(), box.top() + fold);
    corner.closeSubpath();
    p.setBrush(color.darker(130));
    p.drawPath(corner);
    // Three lines of "text" on the note.
    p.setPen(QPen(color.darker(200), 1));
    for (int i = 1; i <= 3; ++i) {
        const qreal y = box.top() + box.height() * (0.25 + 0.18 * i);
        p.drawLine(QPointF(box.left() + box.width() * 0.2, y), QPointF(box.right() - box.width() * 0.2, y));
    }
}

// The note's icon drawn once per colour and scale (and thread) into an image, then copied: a
// copy of 20 × 20 pixels costs a tenth of drawing the paths. Only where the painter only
// shifts and scales (the window's overlay); otherwise drawn.
void paintNote(QPainter &p, const QRectF &box, const QColor &color)
{
    const QTransform &t = p.worldTransform();
    if (!copiesImages(p)) {
        drawNote(p, box, color);
        return;
    }
    const qreal scale = t.m11() * p.device()->devicePixelRatio();
    const int pixels = int(std::ceil(NoteSize * scale)) + 2; // the outline's antialiasing beyond the box
    QHash<std::pair<QRgb, int>, QImage> &icons = caches().noteIcons;
    const std::pair<QRgb, int> key(color.rgba(), pixels);
    auto it = icons.constFind(key);
    if (it == icons.constEnd()) {
        if (icons.size() > 256) {
            icons.clear();
        }
        QImage icon(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        icon.fill(Qt::transparent);
        icon.setDevicePixelRatio(scale);
        {
            QPainter i(&icon);
            i.setRenderHint(QPainter::Antialiasing);
            drawNote(i, QRectF(QPointF(1, 1) / scale, QSizeF(NoteSize, NoteSize)), color);
        }
        it = icons.insert(key, icon);
    }
    p.drawImage(box.topLeft() - QPointF(1, 1) / scale, *it);
}

// A box's outline \a width pixels wide inside \a r, as four rectangles on whole pixels: crisp, and
// the raster engine's fastest fill (a stroked, antialiased rectangle costs ten times more).
void paintFrame(QPainter &p, const QRectF &r, qreal width, const QColor &color)
{
    const QRect box = whole(r);
    const int w = std::max(1, int(std::lround(width)));
    p.fillRect(QRect(box.left(), box.top(), box.width(), w), color);
    p.fillRect(QRect(box.left(), box.bottom() - w + 1, box.width(), w), color);
    p.fillRect(QRect(box.left(), box.top() + w, w, box.height() - 2 * w), color);
    p.fillRect(QRect(box.right() - w + 1, box.top() + w, w, box.height() - 2 * w), color);
}

// Laid-out texts of the free-text boxes, reused while their text, width and size stay: laying out
// a wrapped paragraph costs far more than drawing it. One cache per thread, as Qt Quick paints
// on its render threads.
const QStaticText &laidOut(const QString &text, const QFont &font, qreal width)
{
    QCache<QString, QStaticText> &cache = caches().laidOut;
    const QString key = QString::number(font.pixelSize()) + QLatin1Char('/') +
        QString::number(width, 'f', 1) + QLatin1Char('/') + text;
    if (QStaticText *found = cache.object(key)) {
        return *found;
    }
    auto *laid = new QStaticText(text);
    laid->setTextWidth(width);
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), font);
    cache.insert(key, laid);
    return *cache.object(key);
}

// The text of a box drawn once into an image of the box's inside (per text, font, size and
// scale, and thread), then copied: even laid out, drawing a paragraph's glyphs costs ten times
// the copy. Only over the window's overlay (on a page image the text may be drawn with subpixel
// antialiasing) and where the painter only shifts and scales; otherwise null.
const QImage *textImage(QPainter &p, const QString &text, const QFont &font, const QSizeF &inside)
{
    const QTransform &t = p.worldTransform();
    if (!copiesImages(p)) {
        return nullptr;
    }
    const qreal scale = t.m11() * p.device()->devicePixelRatio();
    const QSize pixels(int(std::ceil(inside.width() * scale)), int(std::ceil(inside.height() * scale)));
    QCache<QString, QImage> &images = caches().textImages;
    const QString key = font.key() + QLatin1Char('/') + QString::number(inside.width(), 'f', 1) +
        QLatin1Char('/') + QString::number(pixels.width()) + QLatin1Char('x') +
        QString::number(pixels.height()) + QLatin1Char('/') + text;
    if (const QImage *found = images.object(key)) {
        return found;
    }
    auto *image = new QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    image->fill(Qt::transparent);
    image->setDevicePixelRatio(scale);
    {
        QPainter i(image);
        i.setFont(font);
        i.setPen(TextColor);
        i.drawStaticText(QPointF(0, 0), laidOut(text, font, inside.width()));
    }
    const qsizetype kilobytes = std::max<qsizetype>(1, image->sizeInBytes() / 1024);
    if (!images.insert(key, image, kilobytes)) {
        return nullptr; // larger than the whole cache: drawn
    }
    return images.object(key);
}

// A foreign annotation: its appearance as the other program drew it (decoded once, kept per id
// and image), turned with the page like page content; a thin frame where it has none.
void paintForeign(QPainter &p, const Page &page, const StoredAnnotation &a, const QColor &color)
{
    const QRectF box = page.rect(a.geometry.value(QLatin1String("rect")).toArray());
    const QString encoded = a.geometry.value(QLatin1String("image")).toString();
    const QImage *image = nullptr;
    if (!encoded.isEmpty()) {
        QCache<QString, QImage> &images = caches().foreignImages;
        const QString key = a.id + QLatin1Char(':') + QString::number(qHash(encoded));
        image = images.object(key);
        if (!image) {
            auto *decoded = new QImage(QImage::fromData(QByteArray::fromBase64(encoded.toLatin1()), "PNG"));
            const qsizetype kilobytes = std::max<qsizetype>(1, decoded->sizeInBytes() / 1024);
            if (decoded->isNull() || !images.insert(key, decoded, kilobytes)) {
                image = nullptr; // insert() deleted it
            } else {
                image = images.object(key);
            }
        }
    }
    if (image) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(box, *image);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    paintFrame(p, box, std::max(1.0, page.width * 0.001), color);
    p.setRenderHint(QPainter::Antialiasing, true);
}

void paintFreeText(QPainter &p, const Page &page, const StoredAnnotation &a, const QColor &color, bool onPage)
{
    const QRectF box = page.rect(a.geometry.value(QLatin1String("rect")).toArray());
    QColor fill = color;
    fill.setAlphaF(0.12);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(whole(box), fill);
    paintFrame(p, box, std::max(1.0, page.width * 0.0015), color);
    p.setRenderHint(QPainter::Antialiasing, true);
    if (a.text.isEmpty()) {
        return;
    }
    // A size relative to the page (about 11 pt on an A4 page), so it zooms with the page.
    const qreal relative = a.geometry.value(QLatin1String("fontSize")).toDouble(0.014);
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(std::lround(relative * page.height))));
    const qreal margin = font.pixelSize() * 0.3;
    const QRectF inside = box.adjusted(margin, margin, -margin, -margin);
    if (inside.width() <= 0 || inside.height() <= 0) {
        return;
    }
    if (const QImage *image = onPage ? nullptr : textImage(p, a.text, font, inside.size())) {
        p.drawImage(inside.topLeft(), *image);
        return;
    }
    p.save();
    p.setFont(font);
    p.setPen(TextColor);
    p.setClipRect(inside, Qt::IntersectClip); // a long text stays in its box
    p.drawStaticText(inside.topLeft(), laidOut(a.text, font, inside.width()));
    p.restore();
}

// The shaft and the head as one filled outline: a wide pen's caps and joins cost more.
void paintArrow(QPainter &p, const Page &page, const StoredAnnotation &a, const QColor &color)
{
    const QPointF from = page.point(a.geometry.value(QLatin1String("from")).toArray());
    const QPointF to = page.point(a.geometry.value(QLatin1String("to")).toArray());
    const qreal width = std::max(1.0, page.width * 0.003);
    const QPointF d = to - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length <= 0) {
        return;
    }
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal head = std::min(length / 2, width * 5);
    const QPointF base = to - unit * head;
    const QPointF half = normal * width / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF{from + half,
                            base + half,
                            base + normal * head * 0.5,
                            to,
                            base - normal * head * 0.5,
                            base - half,
                            from - half});
}

} // namespace

void AnnotationPainter::paint(QPainter &painter,
                              const QList<StoredAnnotation> &annotations,
                              const QSizeF &size,
                              int rotation,
                              const QString &selectedId,
                              Target target)
{
    if (annotations.isEmpty() || size.isEmpty()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform display = displayTransform(size, rotation);
    painter.setWorldTransform(display, true);
    const QSizeF u = unrotated(size, rotation);
    const Page page{u.width(), u.height()};
    const QTransform base = painter.worldTransform();
    QRectF selected;
    bool found = false;
    for (const StoredAnnotation &a : annotations) {
        QColor color = QColor::fromString(a.color);
        if (!color.isValid()) {
            color = Qt::red;
        }
        if (AnnotationStore::isTextMarkup(a.type)) {
            paintMarkup(painter, page, a, color, target == Target::Page);
        } else if (a.type == QLatin1String("ink")) {
            paintInk(painter, page, a, color);
        } else if (a.type == QLatin1String("note")) {
            // Upright whatever the page's rotation: an icon, not page content.
            painter.setWorldTransform(base);
            paintNote(painter, display.mapRect(noteBox(page, a, display)), color);
            painter.setWorldTransform(display, true);
        } else if (a.type == QLatin1String("freetext")) {
            paintFreeText(painter, page, a, color, target == Target::Page);
        } else if (a.type == QLatin1String("rectangle")) {
            painter.setRenderHint(QPainter::Antialiasing, false);
            paintFrame(painter,
                       page.rect(a.geometry.value(QLatin1String("rect")).toArray()),
                       std::max(1.0, page.width * 0.003),
                       color);
            painter.setRenderHint(QPainter::Antialiasing, true);
        } else if (a.type == QLatin1String("arrow")) {
            paintArrow(painter, page, a, color);
        } else if (a.type == QLatin1String("foreign")) {
            paintForeign(painter, page, a, color);
        }
        if (!selectedId.isEmpty() && a.id == selectedId) {
            found = true;
            if (a.type == QLatin1String("note")) {
                selected = noteBox(page, a, display);
            } else {
                const QRectF b = AnnotationStore::bounds(a.geometry);
                selected = QRectF(QPointF(b.left() * page.width, b.top() * page.height),
                                  QPointF(b.right() * page.width, b.bottom() * page.height));
            }
        }
    }
    if (found) {
        QPen pen(SelectionColor, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(selected.adjusted(-4, -4, 4, 4));
    }
    painter.restore();
}

QImage AnnotationPainter::layer(const QList<StoredAnnotation> &annotations,
                                const QSizeF &size,
                                int rotation,
                                qreal devicePixelRatio)
{
    const QSize pixels = (size * devicePixelRatio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, annotations, size, rotation);
    return image;
}

void AnnotationPainter::clearCaches()
{
    Caches &c = caches();
    c.waveMasks.clear();
    c.noteIcons.clear();
    c.laidOut.clear();
    c.textImages.clear();
    c.foreignImages.clear();
}

QPointF AnnotationPainter::toDisplay(const QPointF &normalized, const QSizeF &size, int rotation)
{
    const QSizeF u = unrotated(size, rotation);
    return displayTransform(size, rotation)
        .map(QPointF(normalized.x() * u.width(), normalized.y() * u.height()));
}

QPointF AnnotationPainter::fromDisplay(const QPointF &displayed, const QSizeF &size, int rotation)
{
    const QSizeF u = unrotated(size, rotation);
    if (u.isEmpty()) {
        return {};
    }
    const QPointF p = displayTransform(size, rotation).inverted().map(displayed);
    return {p.x() / u.width(), p.y() / u.height()};
}

QRectF AnnotationPainter::toDisplay(const QRectF &normalized, const QSizeF &size, int rotation)
{
    return QRectF(toDisplay(normalized.topLeft(), size, rotation),
                  toDisplay(normalized.bottomRight(), size, rotation))
        .normalized();
}

QRectF AnnotationPainter::fromDisplay(const QRectF &displayed, const QSizeF &size, int rotation)
{
    return QRectF(fromDisplay(displayed.topLeft(), size, rotation),
                  fromDisplay(displayed.bottomRight(), size, rotation))
        .normalized();
}

} // namespace Ratsmappe

namespace Ratsmappe {

QRectF AnnotationPainter::noteIcon(const QPointF &point, const QSizeF &size, int rotation)
{
    return QRectF(toDisplay(point, size, rotation), QSizeF(NoteSize, NoteSize));
}

} // namespace Ratsmappe
