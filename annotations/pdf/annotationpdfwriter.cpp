// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpdfwriter.h"

#include "annotationappearance.h"
#include "pdfcanvas.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace Ratsmappe::AnnotationPdf {

namespace {

using Appearance::Quad;
using Appearance::Stream;

/// Thrown while one annotation is built; add() turns it into its answer.
struct BadAnnotation : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QPDFObjectHandle rectangle(const QRectF &r)
{
    // QRectF's top is the smaller y, which in user space is the lower edge.
    return QPDFObjectHandle::newFromRectangle({r.left(), r.top(), r.right(), r.bottom()});
}

QPDFObjectHandle numbers(std::initializer_list<double> values)
{
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    for (const double v : values) {
        array.appendItem(QPDFObjectHandle::newReal(v, 3, true));
    }
    return array;
}

QPDFObjectHandle colour(const QColor &c)
{
    return numbers({c.redF(), c.greenF(), c.blueF()});
}

// A PDF date: D:YYYYMMDDHHmmSSZ.
std::string pdfDate(const QDateTime &when)
{
    const QDateTime utc = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    return "D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toStdString() + 'Z';
}

QPointF pointAt(const PageSpace &space, const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
        throw BadAnnotation("a point is not two numbers");
    }
    return space.toPdf(QPointF(a.at(0).toDouble(), a.at(1).toDouble()));
}

QRectF rectAt(const PageSpace &space, const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 4 || std::any_of(a.begin(), a.end(), [](const QJsonValue &v) { return !v.isDouble(); })) {
        throw BadAnnotation("a rectangle is not four numbers");
    }
    const QRectF r = space.toPdf(QRectF(QPointF(a.at(0).toDouble(), a.at(1).toDouble()),
                                        QPointF(a.at(2).toDouble(), a.at(3).toDouble())));
    if (!r.isValid()) {
        throw BadAnnotation("a rectangle is empty");
    }
    return r;
}

// What PDF has no place for, as the importer reads it back (contract of issue 17).
std::string ratsmappeJson(const QJsonObject &a, const QString &type)
{
    QJsonObject json;
    for (const char *key : {"quote", "prefix", "suffix", "start", "end"}) {
        if (a.contains(QLatin1String(key))) {
            json.insert(QLatin1String(key), a.value(QLatin1String(key)));
        }
    }
    QJsonObject geometry = a.value(QLatin1String("geometry")).toObject();
    if (type == QLatin1String("foreign")) {
        // The PDF holds these itself (its dictionary and appearance); twice would double the size.
        for (const char *key : {"image", "appearance", "dictionary"}) {
            geometry.remove(QLatin1String(key));
        }
    }
    json.insert(QStringLiteral("geometry"), geometry);
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

QPDFObjectHandle form(QPDF &pdf, const Stream &s, const QPDFObjectHandle &font)
{
    QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dict.replaceKey("/BBox", rectangle(s.bbox));
    if (s.matrix != std::array<double, 6>{1, 0, 0, 1, 0, 0}) {
        const auto &m = s.matrix;
        dict.replaceKey("/Matrix", numbers({m[0], m[1], m[2], m[3], m[4], m[5]}));
    }
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    QPDFObjectHandle state = QPDFObjectHandle::newDictionary();
    state.replaceKey("/Type", QPDFObjectHandle::newName("/ExtGState"));
    state.replaceKey("/CA", QPDFObjectHandle::newReal(s.strokeOpacity, 3, true));
    state.replaceKey("/ca", QPDFObjectHandle::newReal(s.fillOpacity, 3, true));
    if (s.multiply) {
        // As a highlighter: the text under it stays dark.
        state.replaceKey("/BM", QPDFObjectHandle::newName("/Multiply"));
    }
    QPDFObjectHandle states = QPDFObjectHandle::newDictionary();
    states.replaceKey("/GS0", state);
    states.replaceKey("/GS1", QPDFObjectHandle::parse(nullptr, "<< /Type /ExtGState /CA 1 /ca 1 >>"));
    resources.replaceKey("/ExtGState", states);
    if (s.font) {
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/Helv", font);
        resources.replaceKey("/Font", fonts);
    }
    dict.replaceKey("/Resources", resources);
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, s.ops);
    stream.replaceDict(dict);
    return stream;
}

QPDFObjectHandle appearanceDictionary(QPDFObjectHandle normal)
{
    QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
    ap.replaceKey("/N", normal);
    return ap;
}

QPDFObjectHandle borderStyle(double width)
{
    QPDFObjectHandle bs = QPDFObjectHandle::newDictionary();
    bs.replaceKey("/W", QPDFObjectHandle::newReal(width, 2, true));
    bs.replaceKey("/S", QPDFObjectHandle::newName("/S"));
    return bs;
}

// True when \a existing is the annotation \a id, or the one an `embedded` annotation stands for:
// the same subtype at (nearly) the same place.
bool sameAnnotation(QPDFObjectHandle existing,
                    const std::string &id,
                    bool embedded,
                    const std::string &subtype,
                    const QRectF &rect)
{
    if (!existing.isDictionary()) {
        return false;
    }
    QPDFObjectHandle nm = existing.getKey("/NM");
    if (nm.isString() && nm.getUTF8Value() == id) {
        return true;
    }
    QPDFObjectHandle r = existing.getKey("/Rect");
    if (!embedded || !existing.getKey("/Subtype").isNameAndEquals(subtype) || !r.isRectangle()) {
        return false;
    }
    const auto box = r.getArrayAsRectangle();
    constexpr double Slack = 2;
    return std::abs(std::min(box.llx, box.urx) - rect.left()) < Slack &&
        std::abs(std::min(box.lly, box.ury) - rect.top()) < Slack &&
        std::abs(std::max(box.llx, box.urx) - rect.right()) < Slack &&
        std::abs(std::max(box.lly, box.ury) - rect.bottom()) < Slack;
}

// The page's /Annots as its own direct array (a shared or indirect one is copied first).
QPDFObjectHandle annotsOf(QPDFPageObjectHelper page)
{
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) {
        annots = QPDFObjectHandle::newArray();
    } else if (annots.isIndirect()) {
        annots = annots.shallowCopy();
    }
    page.getObjectHandle().replaceKey("/Annots", annots);
    return annots;
}

} // namespace

AnnotationPdfWriter::AnnotationPdfWriter(QPDF &pdf)
    : m_pdf(pdf)
{ }

AnnotationPdfWriter::~AnnotationPdfWriter() = default;

std::string AnnotationPdfWriter::addAll(const QList<QJsonObject> &annotations,
                                        const std::vector<QPDFPageObjectHelper> &pages)
{
    for (const QJsonObject &a : annotations) {
        const int page = a.value(QLatin1String("page")).toInt(-1);
        if (page < 0 || size_t(page) >= pages.size()) {
            return "annotation " + a.value(QLatin1String("id")).toString().toStdString() + " is on page " +
                std::to_string(page + 1) + " of a document with " + std::to_string(pages.size()) + " pages";
        }
        const std::string error = add(pages.at(size_t(page)), PageSpace(pages.at(size_t(page))), a);
        if (!error.empty()) {
            return error;
        }
    }
    return {};
}

std::string AnnotationPdfWriter::add(QPDFPageObjectHelper page, const PageSpace &space, const QJsonObject &a)
{
    const QString type = a.value(QLatin1String("type")).toString();
    const std::string id = a.value(QLatin1String("id")).toString().toStdString();
    try {
        const QJsonObject g = a.value(QLatin1String("geometry")).toObject();
        QColor color = QColor::fromString(a.value(QLatin1String("color")).toString());
        if (!color.isValid()) {
            color = Qt::red; // as the window draws it
        }
        QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
        std::string subtype;
        QRectF rect;
        Stream look;
        int flags = 4; // Print
        const double pageWidth = space.box().width();
        const auto set = [&annot](const char *key, QPDFObjectHandle value) {
            annot.replaceKey(key, value);
        };

        if (type == QLatin1String("highlight") || type == QLatin1String("underline") ||
            type == QLatin1String("strikeout") || type == QLatin1String("squiggly")) {
            subtype = type == QLatin1String("highlight") ? "/Highlight"
                : type == QLatin1String("underline")     ? "/Underline"
                : type == QLatin1String("strikeout")     ? "/StrikeOut"
                                                         : "/Squiggly";
            QList<Quad> quads;
            QPDFObjectHandle points = QPDFObjectHandle::newArray();
            for (const QJsonValue &r : g.value(QLatin1String("rects")).toArray()) {
                const Quad q = Appearance::quadOf(rectAt(space, r), space.rotation());
                quads.append(q);
                for (const QPointF &p : q) {
                    points.appendItem(QPDFObjectHandle::newReal(p.x(), 3, true));
                    points.appendItem(QPDFObjectHandle::newReal(p.y(), 3, true));
                }
            }
            if (quads.isEmpty()) {
                throw BadAnnotation("a text markup without rectangles");
            }
            look = type == QLatin1String("highlight") ? Appearance::highlight(quads, color)
                                                      : Appearance::lineMarkup(type, quads, color);
            rect = look.bbox;
            set("/QuadPoints", points);
        } else if (type == QLatin1String("ink")) {
            subtype = "/Ink";
            const double width = std::max(0.5, space.toPdfLength(g.value(QLatin1String("width")).toDouble()));
            const double opacity = std::clamp(g.value(QLatin1String("opacity")).toDouble(1), 0.0, 1.0);
            QList<QList<QPointF>> strokes;
            QList<QList<double>> pressures;
            QPDFObjectHandle inkList = QPDFObjectHandle::newArray();
            for (const QJsonValue &s : g.value(QLatin1String("strokes")).toArray()) {
                QList<QPointF> stroke;
                QList<double> pressure;
                QPDFObjectHandle path = QPDFObjectHandle::newArray();
                for (const QJsonValue &p : s.toArray()) {
                    stroke.append(pointAt(space, p));
                    if (p.toArray().size() > 2) {
                        pressure.append(p.toArray().at(2).toDouble());
                    }
                    path.appendItem(QPDFObjectHandle::newReal(stroke.last().x(), 3, true));
                    path.appendItem(QPDFObjectHandle::newReal(stroke.last().y(), 3, true));
                }
                if (!stroke.isEmpty()) {
                    strokes.append(stroke);
                    pressures.append(pressure);
                    inkList.appendItem(path);
                }
            }
            if (strokes.isEmpty()) {
                throw BadAnnotation("an ink drawing without points");
            }
            look = Appearance::ink(strokes, pressures, width, opacity, color);
            rect = look.bbox;
            set("/InkList", inkList);
            set("/BS", borderStyle(width));
            if (opacity < 1) {
                set("/CA", QPDFObjectHandle::newReal(opacity, 3, true));
            }
        } else if (type == QLatin1String("note")) {
            subtype = "/Text";
            const QPointF at = pointAt(space, g.value(QLatin1String("point")));
            rect = QRectF(at.x(), at.y() - Appearance::NoteSize, Appearance::NoteSize, Appearance::NoteSize);
            look = Appearance::noteIcon(color);
            flags |= 8 | 16; // NoZoom, NoRotate: an icon, upright with its corner on the point
            set("/Name", QPDFObjectHandle::newName("/Comment"));
            set("/Open", QPDFObjectHandle::newBool(false));
        } else if (type == QLatin1String("freetext")) {
            subtype = "/FreeText";
            rect = rectAt(space, g.value(QLatin1String("rect")));
            // Relative to the page's height, as the window sizes it (about 11 pt on A4).
            const double size = g.value(QLatin1String("fontSize")).toDouble(0.014) * space.box().height();
            const double border = std::max(1.0, pageWidth * 0.0015);
            look = Appearance::freeText(
                rect, space.rotation(), a.value(QLatin1String("text")).toString(), size, border, color);
            std::string da = "0.137 0.149 0.161 rg /Helv ";
            PdfCanvas::appendNumber(da, size);
            da += " Tf";
            set("/DA", QPDFObjectHandle::newString(da));
            set("/BS", borderStyle(border));
        } else if (type == QLatin1String("rectangle")) {
            subtype = "/Square";
            rect = rectAt(space, g.value(QLatin1String("rect")));
            const double width = std::max(1.0, pageWidth * 0.003);
            look = Appearance::square(rect, width, color);
            set("/BS", borderStyle(width));
        } else if (type == QLatin1String("arrow")) {
            subtype = "/Line";
            const QPointF from = pointAt(space, g.value(QLatin1String("from")));
            const QPointF to = pointAt(space, g.value(QLatin1String("to")));
            const double width = std::max(1.0, pageWidth * 0.003);
            std::array<QString, 2> endings{QStringLiteral("None"), QStringLiteral("OpenArrow")};
            const QJsonArray le = g.value(QLatin1String("lineEndings")).toArray();
            if (le.size() == 2) {
                endings = {le.at(0).toString(QStringLiteral("None")),
                           le.at(1).toString(QStringLiteral("None"))};
            }
            look = Appearance::line(from, to, width, endings, color);
            rect = look.bbox;
            set("/L", numbers({from.x(), from.y(), to.x(), to.y()}));
            QPDFObjectHandle names = QPDFObjectHandle::newArray();
            for (const QString &e : endings) {
                names.appendItem(QPDFObjectHandle::newName("/" + e.toStdString()));
            }
            set("/LE", names);
            set("/BS", borderStyle(width));
            if (endings[0].contains(QLatin1String("Closed")) ||
                endings[1].contains(QLatin1String("Closed"))) {
                set("/IC", colour(color));
            }
        } else if (type == QLatin1String("foreign")) {
            rect = rectAt(space, g.value(QLatin1String("rect")));
            subtype = "/" + g.value(QLatin1String("subtype")).toString().toStdString();
            if (subtype.size() < 2) {
                throw BadAnnotation("a foreign annotation without its subtype");
            }
            // Direct objects only: the capsule's dictionary may name nothing in this document.
            annot = QPDFObjectHandle::parse(
                nullptr, g.value(QLatin1String("dictionary")).toString().toStdString(), "foreign annotation");
            if (!annot.isDictionary()) {
                throw BadAnnotation("a foreign annotation's dictionary is not one");
            }
            for (const char *key :
                 {"/P", "/Parent", "/Popup", "/IRT", "/AP", "/Rect", "/Annots", "/StructParent"}) {
                annot.removeKey(key);
            }
            Capsule capsule;
            capsule.bytes =
                QByteArray::fromBase64(g.value(QLatin1String("appearance")).toString().toLatin1());
            capsule.pdf = std::make_unique<QPDF>();
            capsule.pdf->setSuppressWarnings(true);
            capsule.pdf->processMemoryFile(
                "appearance", capsule.bytes.constData(), size_t(capsule.bytes.size()));
            const std::vector<QPDFPageObjectHelper> pages =
                QPDFPageDocumentHelper(*capsule.pdf).getAllPages();
            if (pages.empty()) {
                throw BadAnnotation("a foreign annotation's appearance has no page");
            }
            QPDFPageObjectHelper first = pages.front();
            QPDFObjectHandle normal = m_pdf.copyForeignObject(first.getFormXObjectForPage());
            m_capsules.push_back(std::move(capsule));
            set("/AP", appearanceDictionary(normal));
            // The colour the lists show it in; the other program's own /C where it gave one.
            if (!annot.hasKey("/C")) {
                set("/C", colour(color));
            }
        } else {
            throw BadAnnotation("its type " + type.toStdString() + " has no PDF annotation");
        }

        set("/Type", QPDFObjectHandle::newName("/Annot"));
        set("/Subtype", QPDFObjectHandle::newName(subtype));
        set("/Rect", rectangle(rect));
        set("/P", page.getObjectHandle());
        set("/NM", QPDFObjectHandle::newUnicodeString(id));
        set("/M",
            QPDFObjectHandle::newString(pdfDate(
                QDateTime::fromString(a.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs))));
        set("/CreationDate",
            QPDFObjectHandle::newString(pdfDate(
                QDateTime::fromString(a.value(QLatin1String("created")).toString(), Qt::ISODateWithMs))));
        const QString text = a.value(QLatin1String("text")).toString();
        if (!text.isEmpty()) {
            set("/Contents", QPDFObjectHandle::newUnicodeString(text.toStdString()));
        }
        set("/RatsmappeAnnotation", QPDFObjectHandle::newUnicodeString(ratsmappeJson(a, type)));
        if (type != QLatin1String("foreign")) {
            set("/F", QPDFObjectHandle::newInteger(flags));
            set("/C", colour(color));
            if (!annot.hasKey("/BS")) {
                set("/Border", numbers({0, 0, 0}));
            }
            if (!m_font.isInitialized() && look.font) {
                m_font = helveticaFont(m_pdf);
            }
            set("/AP", appearanceDictionary(form(m_pdf, look, m_font)));
        }
        QPDFObjectHandle annots = annotsOf(page);
        const bool embedded =
            a.value(QLatin1String("geometry")).toObject().value(QLatin1String("embedded")).toBool();
        for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
            if (sameAnnotation(annots.getArrayItem(i), id, embedded, subtype, rect)) {
                annots.eraseItem(i);
            }
        }
        annots.appendItem(m_pdf.makeIndirectObject(annot));
        return {};
    } catch (const std::exception &e) {
        return "annotation " + id + " (" + type.toStdString() + ") cannot be written: " + e.what();
    }
}

} // namespace Ratsmappe::AnnotationPdf
