// SPDX-License-Identifier: GPL-2.0-or-later
// AnnotationImport: one annotation of another program's PDF as the cache keeps annotations.
#include "annotationimport.h"

#include "quotelocator.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Ratsmappe {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QJsonArray rectArray(const QRectF &r)
{
    return QJsonArray{r.left(), r.top(), r.right(), r.bottom()};
}

QRectF rectOf(const QJsonValue &value)
{
    const QJsonArray r = value.toArray();
    return r.size() == 4 ? QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                                  QPointF(r.at(2).toDouble(), r.at(3).toDouble()))
                               .normalized()
                         : QRectF();
}

bool near(const QRectF &a, const QRectF &b)
{
    const double d = AnnotationImport::SameBounds;
    return std::abs(a.left() - b.left()) <= d && std::abs(a.top() - b.top()) <= d &&
        std::abs(a.right() - b.right()) <= d && std::abs(a.bottom() - b.bottom()) <= d;
}

QString typeOf(const QString &subtype)
{
    static const QHash<QString, QString> types = {{QStringLiteral("Highlight"), QStringLiteral("highlight")},
                                                  {QStringLiteral("Underline"), QStringLiteral("underline")},
                                                  {QStringLiteral("StrikeOut"), QStringLiteral("strikeout")},
                                                  {QStringLiteral("Squiggly"), QStringLiteral("squiggly")},
                                                  {QStringLiteral("Ink"), QStringLiteral("ink")},
                                                  {QStringLiteral("Text"), QStringLiteral("note")},
                                                  {QStringLiteral("FreeText"), QStringLiteral("freetext")},
                                                  {QStringLiteral("Square"), QStringLiteral("rectangle")},
                                                  {QStringLiteral("Line"), QStringLiteral("arrow")}};
    return types.value(subtype, QStringLiteral("foreign"));
}

// The words of \a page whose centres lie in one of \a rects: the quote they make, with its
// context and offsets (as QuoteLocator gives them). Nothing when no word is there (a scan).
void quoteUnder(StoredAnnotation &a, const QList<QRectF> &rects, const PageLayout &page)
{
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < page.boxes.size(); ++i) {
        const QPointF centre = page.boxes.at(i).center();
        if (std::any_of(
                rects.begin(), rects.end(), [&centre](const QRectF &r) { return r.contains(centre); })) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0) {
        return;
    }
    const int start = page.starts.at(first);
    const int end = last + 1 < page.starts.size() ? page.starts.at(last + 1) - 1 : int(page.text.size());
    const int before = std::max(0, start - QuoteLocator::ContextLength);
    a.quote = page.text.mid(start, end - start);
    a.prefix = page.text.mid(before, start - before);
    a.suffix = page.text.mid(end, QuoteLocator::ContextLength);
    a.start = start;
    a.end = end;
}

QJsonObject geometryOf(const QString &type, const QJsonObject &json)
{
    const QRectF rect = rectOf(json.value(QLatin1String("rect")));
    if (AnnotationStore::isTextMarkup(type)) {
        QJsonArray rects = json.value(QLatin1String("quads")).toArray();
        if (rects.isEmpty()) {
            rects.append(rectArray(rect));
        }
        return {{QStringLiteral("rects"), rects}};
    }
    QJsonObject g;
    if (type == QLatin1String("ink")) {
        g.insert(QStringLiteral("strokes"), json.value(QLatin1String("ink")).toArray());
    } else if (type == QLatin1String("note")) {
        g.insert(QStringLiteral("point"), QJsonArray{rect.left(), rect.top()});
    } else if (type == QLatin1String("arrow")) {
        const QJsonObject line = json.value(QLatin1String("line")).toObject();
        const QJsonArray from = line.value(QLatin1String("from")).toArray();
        const QJsonArray to = line.value(QLatin1String("to")).toArray();
        g.insert(QStringLiteral("from"), from.size() == 2 ? from : QJsonArray{rect.left(), rect.bottom()});
        g.insert(QStringLiteral("to"), to.size() == 2 ? to : QJsonArray{rect.right(), rect.top()});
        const QJsonArray endings = line.value(QLatin1String("endings")).toArray();
        if (!endings.isEmpty() &&
            endings != QJsonArray{QStringLiteral("None"), QStringLiteral("OpenArrow")}) {
            g.insert(QStringLiteral("lineEndings"), endings);
        }
    } else {
        g.insert(QStringLiteral("rect"), rectArray(rect));
    }
    if (type == QLatin1String("foreign")) {
        g.insert(QStringLiteral("subtype"), str(json, "subtype"));
        g.insert(QStringLiteral("dictionary"), str(json, "dictionary"));
        if (json.contains(QLatin1String("appearance"))) {
            g.insert(QStringLiteral("appearance"), str(json, "appearance"));
        }
    }
    if (json.contains(QLatin1String("width")) && type != QLatin1String("foreign") &&
        type != QLatin1String("note")) {
        g.insert(QStringLiteral("width"), json.value(QLatin1String("width")).toDouble());
    }
    if (type == QLatin1String("ink") && json.value(QLatin1String("opacity")).toDouble(1) < 1) {
        g.insert(QStringLiteral("opacity"), json.value(QLatin1String("opacity")).toDouble());
    }
    if (type == QLatin1String("freetext") && json.contains(QLatin1String("fontSize"))) {
        g.insert(QStringLiteral("fontSize"), json.value(QLatin1String("fontSize")).toDouble());
    }
    return g;
}

} // namespace

StoredAnnotation AnnotationImport::fromPdf(const QJsonObject &json, const QList<PageLayout> &pages)
{
    StoredAnnotation a;
    a.type = typeOf(str(json, "subtype"));
    a.page = std::max(0, json.value(QLatin1String("page")).toInt());
    a.geometry = geometryOf(a.type, json);
    a.color = str(json, "color");
    if (a.color.isEmpty()) {
        a.color = a.type == QLatin1String("foreign") ? QStringLiteral("#808080")
            : AnnotationStore::isTextMarkup(a.type)  ? QStringLiteral("#ffeb3b")
                                                     : QStringLiteral("#e53935");
    }
    a.text = str(json, "contents");
    const QUuid uuid = QUuid::fromString(str(json, "name"));
    if (!uuid.isNull()) {
        a.id = uuid.toString(QUuid::WithoutBraces).toLower();
    }
    a.created = QDateTime::fromString(str(json, "created"), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(str(json, "modified"), Qt::ISODateWithMs);
    if (!a.modified.isValid()) {
        a.modified = a.created;
    }
    if (AnnotationStore::isTextMarkup(a.type) && a.page < pages.size()) {
        QList<QRectF> rects;
        for (const QJsonValue &r : a.geometry.value(QLatin1String("rects")).toArray()) {
            rects.append(rectOf(r));
        }
        quoteUnder(a, rects, pages.at(a.page));
    }
    // What Ratsmappe wrote beside the PDF's own keys (docs/annotations.md): where the PDF's
    // geometry still agrees with it (no other program moved the annotation), the member's own
    // anchor and geometry as they were made (quote and context, pressure, exact numbers); else
    // its quote only where the words gave none.
    const QJsonObject own = json.value(QLatin1String("ratsmappe")).toObject();
    if (!own.isEmpty()) {
        QJsonObject geometry = own.value(QLatin1String("geometry")).toObject();
        geometry.remove(QStringLiteral("embedded"));
        const bool agrees = !geometry.isEmpty() && a.type != QLatin1String("foreign") &&
            near(AnnotationStore::bounds(geometry), AnnotationStore::bounds(a.geometry));
        if (agrees) {
            a.geometry = geometry;
        }
        if (AnnotationStore::isTextMarkup(a.type) && (agrees || a.quote.isEmpty()) &&
            !str(own, "quote").isEmpty()) {
            a.quote = str(own, "quote");
            a.prefix = str(own, "prefix");
            a.suffix = str(own, "suffix");
            a.start = own.value(QLatin1String("start")).toInt(-1);
            a.end = own.value(QLatin1String("end")).toInt(-1);
        }
    }
    return a;
}

bool AnnotationImport::same(const StoredAnnotation &a, const StoredAnnotation &b)
{
    return a.type == b.type && a.page == b.page && a.text == b.text &&
        near(AnnotationStore::bounds(a.geometry), AnnotationStore::bounds(b.geometry));
}

QByteArray AnnotationImport::appearanceImage(const QByteArray &capsule,
                                             double widthPoints,
                                             double heightPoints,
                                             const PdfHelperLimits &limits)
{
    // About 150 dpi, but no side above 1,500 pixels (a stamp the size of a page).
    constexpr double Dpi = 150;
    constexpr double MaxSide = 1500;
    const double longest = std::max({widthPoints, heightPoints, 1.0});
    const double dpi = std::min(Dpi, MaxSide * 72 / longest);
    const IsolatedPdf::Result rendered = IsolatedPdf::render(capsule, 0, dpi, 0, limits);
    if (!rendered.ok() || rendered.image.isNull()) {
        return {};
    }
    QImage image = rendered.image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            // White to alpha: over a white page it looks exactly as rendered.
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            const int alpha = 255 - std::min({r, g, b});
            if (alpha == 0) {
                line[x] = 0;
                continue;
            }
            const auto channel = [alpha](int c) {
                return 255 - (255 - c) * 255 / alpha;
            };
            line[x] = qRgba(channel(r), channel(g), channel(b), alpha);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Ratsmappe
