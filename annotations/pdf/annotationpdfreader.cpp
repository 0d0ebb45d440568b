// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpdfreader.h"

#include "pagespace.h"
#include "workerprotocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace Ratsmappe::AnnotationPdf {

namespace {

// An entry that is not a readable annotation: counted as skipped, the others are kept.
struct Broken : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QString text(QPDFObjectHandle value)
{
    return value.isString() ? QString::fromStdString(value.getUTF8Value()) : QString();
}

double number(QPDFObjectHandle value, double fallback)
{
    if (!value.isNumber()) {
        return fallback;
    }
    const double v = value.getNumericValue();
    return std::isfinite(v) ? v : fallback;
}

QJsonArray pointArray(const QPointF &p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray rectArray(const QRectF &r)
{
    return QJsonArray{r.left(), r.top(), r.right(), r.bottom()};
}

QString colour(QPDFObjectHandle c)
{
    if (!c.isArray()) {
        return {};
    }
    std::vector<double> v;
    for (int i = 0; i < c.getArrayNItems() && i < 4; ++i) {
        v.push_back(std::clamp(number(c.getArrayItem(i), 0), 0.0, 1.0));
    }
    double r = 0, g = 0, b = 0;
    if (v.size() == 1) {
        r = g = b = v[0];
    } else if (v.size() == 3) {
        r = v[0], g = v[1], b = v[2];
    } else if (v.size() == 4) { // CMYK, naively
        r = (1 - v[0]) * (1 - v[3]), g = (1 - v[1]) * (1 - v[3]), b = (1 - v[2]) * (1 - v[3]);
    } else {
        return {}; // [] means transparent
    }
    const auto hex = [](double x) {
        return QStringLiteral("%1").arg(int(std::lround(x * 255)), 2, 16, QLatin1Char('0'));
    };
    return QLatin1Char('#') + hex(r) + hex(g) + hex(b);
}

// The numbers of \a array, at most \a max of them (whatever is not a number ends the list).
std::vector<double> numbers(QPDFObjectHandle array, int max)
{
    std::vector<double> out;
    if (!array.isArray()) {
        return out;
    }
    const int n = std::min(array.getArrayNItems(), max);
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isNumber() || !std::isfinite(item.getNumericValue())) {
            throw Broken("not a number in a point list");
        }
        out.push_back(item.getNumericValue());
    }
    return out;
}

QJsonArray quads(QPDFObjectHandle array, const PageSpace &space)
{
    // Acrobat writes upper-left, upper-right, lower-left, lower-right; the specification and
    // others counter-clockwise from lower-left. The box of the four corners is the same.
    const std::vector<double> v = numbers(array, 8 * ReadLimits::MaxPoints);
    QJsonArray out;
    for (size_t i = 0; i + 8 <= v.size(); i += 8) {
        double x0 = v[i], x1 = v[i], y0 = v[i + 1], y1 = v[i + 1];
        for (size_t k = 2; k < 8; k += 2) {
            x0 = std::min(x0, v[i + k]);
            x1 = std::max(x1, v[i + k]);
            y0 = std::min(y0, v[i + k + 1]);
            y1 = std::max(y1, v[i + k + 1]);
        }
        out.append(rectArray(space.toNormalized(QRectF(QPointF(x0, y0), QPointF(x1, y1)))));
    }
    return out;
}

QJsonArray inkList(QPDFObjectHandle list, const PageSpace &space)
{
    QJsonArray strokes;
    if (!list.isArray()) {
        return strokes;
    }
    int budget = ReadLimits::MaxPoints;
    for (int s = 0; s < list.getArrayNItems() && budget > 0; ++s) {
        const std::vector<double> v = numbers(list.getArrayItem(s), 2 * budget);
        QJsonArray stroke;
        for (size_t i = 0; i + 2 <= v.size(); i += 2) {
            stroke.append(pointArray(space.toNormalized(QPointF(v[i], v[i + 1]))));
        }
        budget -= int(stroke.size());
        if (!stroke.isEmpty()) {
            strokes.append(stroke);
        }
    }
    return strokes;
}

double borderWidth(QPDFObjectHandle dict)
{
    QPDFObjectHandle bs = dict.getKey("/BS");
    if (bs.isDictionary() && bs.getKey("/W").isNumber()) {
        return number(bs.getKey("/W"), 1);
    }
    QPDFObjectHandle border = dict.getKey("/Border");
    if (border.isArray() && border.getArrayNItems() >= 3) {
        return number(border.getArrayItem(2), 1);
    }
    return -1;
}

// Keys that point out of the annotation into the document (its page, the page tree, other
// annotations, its appearance): never copied, at any level, or one annotation would drag in the
// whole document.
bool pointsOutside(const std::string &key)
{
    for (const char *outside : {"/P",
                                "/Parent",
                                "/Popup",
                                "/IRT",
                                "/AP",
                                "/Rect",
                                "/Annots",
                                "/StructParent",
                                "/Kids",
                                "/Resources"}) {
        if (key == outside) {
            return true;
        }
    }
    return false;
}

// A direct copy of \a object to \a depth and within \a budget objects in all, streams and what
// lies deeper or beyond left out: a dictionary from elsewhere may hold reference loops or lead
// anywhere, and a stream has no place in the unparsed text.
QPDFObjectHandle directCopy(QPDFObjectHandle object, int depth, int &budget)
{
    if (object.isStream() || depth > ReadLimits::MaxDepth || --budget < 0) {
        return QPDFObjectHandle::newNull();
    }
    if (object.isArray()) {
        QPDFObjectHandle out = QPDFObjectHandle::newArray();
        for (int i = 0; i < object.getArrayNItems() && i < ReadLimits::MaxPoints && budget > 0; ++i) {
            out.appendItem(directCopy(object.getArrayItem(i), depth + 1, budget));
        }
        return out;
    }
    if (object.isDictionary()) {
        QPDFObjectHandle out = QPDFObjectHandle::newDictionary();
        for (const std::string &key : object.getKeys()) {
            if (!pointsOutside(key) && budget > 0) {
                out.replaceKey(key, directCopy(object.getKey(key), depth + 1, budget));
            }
        }
        return out;
    }
    return object.isIndirect() ? object.shallowCopy() : object;
}

QString dictionaryText(QPDFObjectHandle dict)
{
    // An annotation's own keys are a few dozen objects; a budget keeps a hostile one small.
    int budget = 4096;
    QPDFObjectHandle copy = directCopy(dict, 0, budget);
    return QString::fromStdString(copy.unparseResolved());
}

// The contract's appearance capsule: one page, its MediaBox the annotation's /Rect, drawing the
// normal appearance where a viewer draws it.
QByteArray capsule(QPDFObjectHandle dict, const QRectF &rect)
{
    QPDFAnnotationObjectHelper annotation(dict);
    QPDFObjectHandle appearance = annotation.getAppearanceStream("/N");
    if (!appearance.isStream()) {
        return {};
    }
    const std::string content = annotation.getPageContentForAppearance("/Fm0", 0, 0, 0);
    if (content.empty()) {
        return {};
    }
    QPDF out;
    out.emptyPDF();
    QPDFObjectHandle form = out.copyForeignObject(appearance);
    QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
    xobjects.replaceKey("/Fm0", form);
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
    page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
    page.replaceKey("/MediaBox",
                    QPDFObjectHandle::newArray(
                        QPDFObjectHandle::Rectangle(rect.left(), rect.top(), rect.right(), rect.bottom())));
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", out.newStream(content));
    QPDFPageDocumentHelper(out).addPage(QPDFPageObjectHelper(out.makeIndirectObject(page)), false);
    QPDFWriter writer(out);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

std::optional<QJsonObject> readOne(QPDFObjectHandle dict, const PageSpace &space, int page)
{
    if (!dict.isDictionary()) {
        throw Broken("not a dictionary");
    }
    QPDFObjectHandle subtypeName = dict.getKey("/Subtype");
    if (!subtypeName.isName()) {
        throw Broken("no /Subtype");
    }
    const QString subtype = QString::fromStdString(subtypeName.getName()).mid(1);
    if (subtype == QLatin1String("Link") || subtype == QLatin1String("Widget") ||
        subtype == QLatin1String("Popup")) {
        return std::nullopt;
    }
    QPDFObjectHandle rectObject = dict.getKey("/Rect");
    if (!rectObject.isRectangle()) {
        throw Broken("no /Rect");
    }
    const QPDFObjectHandle::Rectangle r = rectObject.getArrayAsRectangle();
    const QRectF pdfRect = QRectF(QPointF(r.llx, r.lly), QPointF(r.urx, r.ury)).normalized();
    if (!std::isfinite(pdfRect.width()) || !std::isfinite(pdfRect.height())) {
        throw Broken("a /Rect out of range");
    }
    QJsonObject a{{QStringLiteral("page"), page},
                  {QStringLiteral("subtype"), subtype},
                  {QStringLiteral("rect"), rectArray(space.toNormalized(pdfRect))},
                  {QStringLiteral("color"), colour(dict.getKey("/C"))},
                  {QStringLiteral("contents"), text(dict.getKey("/Contents"))},
                  {QStringLiteral("author"), text(dict.getKey("/T"))},
                  {QStringLiteral("name"), text(dict.getKey("/NM"))}};
    const QString modified = isoDate(text(dict.getKey("/M")));
    if (!modified.isEmpty()) {
        a.insert(QStringLiteral("modified"), modified);
    }
    const QString created = isoDate(text(dict.getKey("/CreationDate")));
    if (!created.isEmpty()) {
        a.insert(QStringLiteral("created"), created);
    }
    if (dict.hasKey("/QuadPoints")) {
        a.insert(QStringLiteral("quads"), quads(dict.getKey("/QuadPoints"), space));
    }
    if (dict.hasKey("/InkList")) {
        a.insert(QStringLiteral("ink"), inkList(dict.getKey("/InkList"), space));
    }
    const std::vector<double> line = numbers(dict.getKey("/L"), 4);
    if (line.size() == 4) {
        QJsonArray endings;
        QPDFObjectHandle le = dict.getKey("/LE");
        for (int i = 0; le.isArray() && i < 2 && i < le.getArrayNItems(); ++i) {
            QPDFObjectHandle e = le.getArrayItem(i);
            endings.append(e.isName() ? QString::fromStdString(e.getName()).mid(1) : QStringLiteral("None"));
        }
        while (endings.size() < 2) {
            endings.append(QStringLiteral("None"));
        }
        a.insert(
            QStringLiteral("line"),
            QJsonObject{{QStringLiteral("from"), pointArray(space.toNormalized(QPointF(line[0], line[1])))},
                        {QStringLiteral("to"), pointArray(space.toNormalized(QPointF(line[2], line[3])))},
                        {QStringLiteral("endings"), endings}});
    }
    const double width = borderWidth(dict);
    if (width >= 0) {
        a.insert(QStringLiteral("width"), space.toNormalizedLength(width));
    }
    if (dict.getKey("/CA").isNumber()) {
        a.insert(QStringLiteral("opacity"), std::clamp(number(dict.getKey("/CA"), 1), 0.0, 1.0));
    }
    static const QRegularExpression tf(QStringLiteral("([0-9]*\\.?[0-9]+)\\s+Tf"));
    const QRegularExpressionMatch size = tf.match(text(dict.getKey("/DA")));
    if (size.hasMatch() && size.captured(1).toDouble() > 0) {
        a.insert(QStringLiteral("fontSize"), size.captured(1).toDouble() / space.box().height());
    }
    const QString own = text(dict.getKey("/RatsmappeAnnotation"));
    if (!own.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(own.toUtf8());
        if (json.isObject()) {
            a.insert(QStringLiteral("ratsmappe"), json.object());
        }
    }
    if (!isEditableSubtype(subtype)) {
        a.insert(QStringLiteral("dictionary"), dictionaryText(dict));
        QByteArray appearance;
        try {
            appearance = capsule(dict, pdfRect);
        } catch (const std::exception &) {
            // An appearance qpdf cannot copy: the annotation stays, drawn as a frame.
        }
        if (!appearance.isEmpty()) {
            a.insert(QStringLiteral("appearance"), QString::fromLatin1(appearance.toBase64()));
        }
    }
    return a;
}

} // namespace

bool isEditableSubtype(const QString &subtype)
{
    static const QStringList editable = {QStringLiteral("Highlight"),
                                         QStringLiteral("Underline"),
                                         QStringLiteral("StrikeOut"),
                                         QStringLiteral("Squiggly"),
                                         QStringLiteral("Ink"),
                                         QStringLiteral("Text"),
                                         QStringLiteral("FreeText"),
                                         QStringLiteral("Square"),
                                         QStringLiteral("Line")};
    return editable.contains(subtype);
}

QString isoDate(const QString &value)
{
    static const QRegularExpression date(QStringLiteral(
        "^(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:(Z)|([+-])(\\d{2})'?(\\d{2})?'?)?"));
    const QRegularExpressionMatch m = date.match(value.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const auto field = [&m](int i, int fallback) {
        return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt();
    };
    const QDate day(field(1, 1), field(2, 1), field(3, 1));
    const QTime time(field(4, 0), field(5, 0), field(6, 0));
    if (!day.isValid() || !time.isValid()) {
        return {};
    }
    int offset = 0;
    if (!m.captured(8).isEmpty()) {
        offset = (field(9, 0) * 3600 + field(10, 0) * 60) * (m.captured(8) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime at(day, time, QTimeZone::fromSecondsAheadOfUtc(offset));
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject readAnnotations(QPDF &pdf)
{
    QJsonArray pages;
    QJsonArray annotations;
    int skipped = 0;
    int pageIndex = 0;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const PageSpace space(page);
        pages.append(QJsonObject{{QStringLiteral("width"), space.box().width()},
                                 {QStringLiteral("height"), space.box().height()},
                                 {QStringLiteral("rotation"), space.rotation()}});
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        for (int i = 0; annots.isArray() && i < annots.getArrayNItems(); ++i) {
            if (annotations.size() >= ReadLimits::MaxAnnotations) {
                ++skipped;
                continue;
            }
            try {
                if (auto a = readOne(annots.getArrayItem(i), space, pageIndex)) {
                    annotations.append(*a);
                }
            } catch (const std::exception &) {
                ++skipped; // this entry only; the next may be fine
            }
        }
        ++pageIndex;
    }
    QJsonObject result{{QStringLiteral("pages"), pages},
                       {QStringLiteral("annotations"), annotations},
                       {QStringLiteral("skipped"), skipped}};
    if (!annotations.isEmpty()) {
        // Poppler reads the text of annotations' appearances (a free text, a stamp) as the page's
        // own words: the importer compares and anchors on the document without them.
        try {
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
                page.getObjectHandle().removeKey("/Annots");
            }
            QPDFWriter writer(pdf);
            writer.setOutputMemory();
            writer.setPreserveEncryption(false);
            writer.setStaticID(true);
            writer.write();
            const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
            const QByteArray bytes(reinterpret_cast<const char *>(buffer->getBuffer()),
                                   qsizetype(buffer->getSize()));
            result.insert(QStringLiteral("withoutAnnotations"), QString::fromLatin1(bytes.toBase64()));
        } catch (const std::exception &) {
            // A document qpdf reads but cannot write again: its words are read as they are.
        }
    }
    return result;
}

} // namespace Ratsmappe::AnnotationPdf

namespace Ratsmappe::AnnotationPdf::Protocol {

int runRead(QFile &in, std::FILE *out)
{
    const QByteArray bytes = in.readAll();
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    try {
        pdf.processMemoryFile("document", bytes.constData(), size_t(bytes.size()));
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password) {
            return fail(Failure::Encrypted, "the PDF needs a password");
        }
        return fail(Failure::Unreadable, "not a readable PDF");
    } catch (const std::exception &) {
        return fail(Failure::Unreadable, "not a readable PDF");
    }
    QByteArray json;
    try {
        const QJsonObject result = readAnnotations(pdf);
        if (result.value(QLatin1String("pages")).toArray().isEmpty()) {
            return fail(Failure::Unreadable, "the PDF has no pages");
        }
        json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    } catch (const std::exception &) {
        return fail(Failure::Unreadable, "the PDF's pages cannot be read");
    }
    if (std::fwrite(json.constData(), 1, size_t(json.size()), out) != size_t(json.size()) ||
        std::fflush(out) != 0) {
        return fail(Failure::Internal, "stdout closed");
    }
    return 0;
}

} // namespace Ratsmappe::AnnotationPdf::Protocol
