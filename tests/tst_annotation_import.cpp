// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations import` (issue 17, docs/annotations.md "Import") with the real parts: a
// council on a real OParl server on loopback synced by the real `ratsmappe`, PDFs "annotated by
// other tools" written with libqpdf (every kind Ratsmappe edits, QuadPoints in both corner
// orders, kinds it does not edit with and without an appearance, a broken entry, a link, a
// popup), read by the real annotation worker and Poppler. Geometry kept on the same document in
// other bytes, re-anchored on a changed version; importing twice adds nothing; an /NM that is an
// annotation's UUID updates it. The reader's single drawing: after importing the cached
// version's own annotations, the render queue's Poppler no longer draws them, the overlay does.

#include "annotationimport.h"
#include "annotationlisting.h"
#include "annotationpainter.h"
#include "annotationset.h"
#include "annotationstore.h"
#include "annotationworker.h"
#include "cache.h"
#include "carryover.h"
#include "clicontract.h"
#include "documentstore.h"
#include "pageimagecache.h"
#include "pdfdocument.h"
#include "pdfsamples.h"
#include "quotelocator.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

constexpr double PageW = 595, PageH = 842;

// Three pages of lines of made-up words, Helvetica 11 pt from the top.
QList<QStringList> lines()
{
    QList<QStringList> pages;
    for (int p = 0; p < 3; ++p) {
        QStringList page;
        for (int l = 0; l < 12; ++l) {
            page << QStringLiteral("Zeile%1x%2 Haushalt%1y%2 Antrag%1z%2 Beschluss%1w%2 Ende%1v%2")
                        .arg(p)
                        .arg(l);
        }
        pages << page;
    }
    return pages;
}

using Annotate = std::function<void(QPDF &, std::vector<QPDFPageObjectHelper> &)>;

// The PDF of \a pages; \a shift new lines inserted before the first page's text (a changed
// version: the text moved down); \a annotate adds annotations.
QByteArray makePdf(const QList<QStringList> &pages,
                   int shift = 0,
                   const Annotate &annotate = {},
                   bool objectStreams = false)
{
    return Test::PdfSamples::writeQpdf(
        [&](QPDF &pdf) {
            for (qsizetype p = 0; p < pages.size(); ++p) {
                QByteArray stream;
                double y = 770;
                QStringList text = pages.at(p);
                for (int i = 0; p == 0 && i < shift; ++i) {
                    text.prepend(QStringLiteral("Eingefuegt%1 neue%1 Zeile%1 davor%1").arg(i));
                }
                for (const QString &line : std::as_const(text)) {
                    stream +=
                        "BT /F1 11 Tf 72 " + QByteArray::number(y) + " Td (" + line.toLatin1() + ") Tj ET\n";
                    y -= 14;
                }
                Test::PdfSamples::addPage(
                    pdf,
                    pdf.newStream(stream.toStdString()),
                    QPDFObjectHandle::parse(
                        "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"));
            }
            if (annotate) {
                std::vector<QPDFPageObjectHelper> all = QPDFPageDocumentHelper(pdf).getAllPages();
                annotate(pdf, all);
            }
        },
        [objectStreams](QPDFWriter &w) {
            if (objectStreams) {
                w.setObjectStreamMode(qpdf_o_generate);
            }
        });
}

// The normalized box of \a quote on \a page of \a pdf.
QRectF quoteBox(const QByteArray &pdf, int page, const QString &quote)
{
    QString error;
    const auto doc = PdfDocument::fromData(pdf, &error);
    if (!doc) {
        return {};
    }
    const QuoteLocator locator(doc->words(page), doc->pageSize(page));
    const auto match = locator.find(quote);
    QRectF box;
    for (const QRectF &r : match ? match->rects : QList<QRectF>()) {
        box = box.isNull() ? r : box.united(r);
    }
    return box;
}

// Normalized → PDF user space of the A4 page.
QRectF toPdf(const QRectF &n)
{
    return QRectF(QPointF(n.left() * PageW, PageH - n.bottom() * PageH),
                  QPointF(n.right() * PageW, PageH - n.top() * PageH));
}
QRectF toNormalized(double x0, double y0, double x1, double y1)
{
    return QRectF(QPointF(x0 / PageW, 1 - y1 / PageH), QPointF(x1 / PageW, 1 - y0 / PageH));
}

std::string num(double v)
{
    return QByteArray::number(v, 'f', 3).toStdString();
}
std::string rectText(const QRectF &r)
{
    return "[" + num(r.left()) + " " + num(r.top()) + " " + num(r.right()) + " " + num(r.bottom()) + "]";
}
// QuadPoints of \a r: Acrobat's order (upper-left, upper-right, lower-left, lower-right) or the
// specification's (counter-clockwise from lower-left).
std::string quads(const QRectF &r, bool acrobat)
{
    const std::string l = num(r.left()), rt = num(r.right()), b = num(r.top()), t = num(r.bottom());
    return acrobat ? "[" + l + " " + t + " " + rt + " " + t + " " + l + " " + b + " " + rt + " " + b + "]"
                   : "[" + l + " " + b + " " + rt + " " + b + " " + rt + " " + t + " " + l + " " + t + "]";
}

QPDFObjectHandle add(QPDF &pdf, QPDFPageObjectHelper &page, const std::string &dict)
{
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) {
        // An indirect /Annots array, as some writers make them.
        annots = pdf.makeIndirectObject(QPDFObjectHandle::newArray());
        page.getObjectHandle().replaceKey("/Annots", annots);
    }
    QPDFObjectHandle a = pdf.makeIndirectObject(QPDFObjectHandle::parse(dict));
    a.replaceKey("/P", page.getObjectHandle());
    annots.appendItem(a);
    return a;
}

// An appearance: a form drawing \a content in a box of \a w × \a h.
QPDFObjectHandle appearance(QPDF &pdf, const std::string &content, double w, double h)
{
    QPDFObjectHandle form = pdf.newStream(content);
    form.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Form /BBox [0 0 " + num(w) + " " +
                                             num(h) + "] >>"));
    QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
    ap.replaceKey("/N", form);
    return ap;
}

QRectF rectOf(const QJsonValue &v)
{
    const QJsonArray r = v.toArray();
    return QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                  QPointF(r.at(2).toDouble(), r.at(3).toDouble()));
}

bool near(const QRectF &a, const QRectF &b, double eps = 0.005)
{
    return std::abs(a.left() - b.left()) <= eps && std::abs(a.top() - b.top()) <= eps &&
        std::abs(a.right() - b.right()) <= eps && std::abs(a.bottom() - b.bottom()) <= eps;
}

QByteArray describe(const QRectF &r)
{
    return QByteArray::number(r.left()) + ',' + QByteArray::number(r.top()) + ',' +
        QByteArray::number(r.right()) + ',' + QByteArray::number(r.bottom());
}

// What the test expects of one imported annotation.
struct Expected
{
    QString type;
    int page; // from 1, as ls prints it
    QString color;
    QString text;
    QRectF rect;
};

} // namespace

class AnnotationImportTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Council m_council;
    QList<QStringList> m_pages = lines();
    QByteArray m_base = makePdf(m_pages);
    QString m_file;
    QList<Expected> m_expected;

    QString cacheWith(const QByteArray &bytes)
    {
        m_council.server.setFileBytes(m_file, bytes);
        return syncedCache(m_council);
    }

    Run import(const QString &dir, const QString &pdfPath, bool json = true)
    {
        QStringList a{QStringLiteral("annotations"),
                      QStringLiteral("import"),
                      m_file,
                      pdfPath,
                      QStringLiteral("--cache"),
                      dir};
        if (json) {
            a << QStringLiteral("--json");
        }
        return ratsmappe(a);
    }

    QJsonArray list(const QString &dir)
    {
        const Run r = ratsmappe({QStringLiteral("annotations"),
                                 QStringLiteral("ls"),
                                 m_file,
                                 QStringLiteral("--json"),
                                 QStringLiteral("--cache"),
                                 dir});
        return QJsonDocument::fromJson(r.out).array();
    }

    std::unique_ptr<Cache> open(const QString &dir)
    {
        return Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
    }

    // The PDF "annotated elsewhere": every kind, on the base document's pages (in other bytes
    // when \a objectStreams), on a version with \a shift lines inserted.
    QByteArray annotatedEverything(bool objectStreams)
    {
        const QString q1 = QStringLiteral("Haushalt0y2 Antrag0z2");
        const QString q2 = QStringLiteral("Beschluss0w4 Ende0v4");
        const QString q3 = QStringLiteral("Antrag1z3 Beschluss1w3");
        const QString q4 = QStringLiteral("Zeile1x6 Haushalt1y6");
        const QRectF b1 = quoteBox(m_base, 0, q1), b2 = quoteBox(m_base, 0, q2), b3 = quoteBox(m_base, 1, q3),
                     b4 = quoteBox(m_base, 1, q4);
        m_expected = {
            {QStringLiteral("highlight"), 1, QStringLiteral("#ffff00"), QStringLiteral("Wichtig"), b1},
            {QStringLiteral("underline"), 1, QStringLiteral("#0000ff"), {}, b2},
            {QStringLiteral("strikeout"), 2, QStringLiteral("#ff0000"), {}, b3},
            {QStringLiteral("squiggly"), 2, QStringLiteral("#00ff00"), QStringLiteral("Prüfen"), b4},
            {QStringLiteral("note"),
             1,
             QStringLiteral("#ffff00"),
             QStringLiteral("Notiz am Rand"),
             toNormalized(520, 720, 520, 720)},
            {QStringLiteral("foreign"), 1, QStringLiteral("#808080"), {}, toNormalized(350, 400, 450, 450)},
            {QStringLiteral("ink"), 2, QStringLiteral("#ff0000"), {}, toNormalized(100, 100, 200, 120)},
            {QStringLiteral("freetext"),
             2,
             QStringLiteral("#000000"),
             QStringLiteral("Freitext"),
             toNormalized(300, 300, 450, 350)},
            {QStringLiteral("foreign"), 2, QStringLiteral("#0000ff"), {}, toNormalized(400, 150, 500, 250)},
            {QStringLiteral("rectangle"), 3, QStringLiteral("#ff0000"), {}, toNormalized(100, 200, 250, 300)},
            {QStringLiteral("arrow"), 3, QStringLiteral("#0000ff"), {}, toNormalized(100, 500, 300, 600)},
            {QStringLiteral("foreign"), 3, QStringLiteral("#00ff00"), {}, toNormalized(300, 600, 400, 700)},
        };
        return makePdf(
            m_pages,
            0,
            [&](QPDF &pdf, std::vector<QPDFPageObjectHelper> &p) {
                QPDFObjectHandle highlight =
                    add(pdf,
                        p[0],
                        "<< /Type /Annot /Subtype /Highlight /Rect " + rectText(toPdf(b1)) + " /QuadPoints " +
                            quads(toPdf(b1), true) +
                            " /C [1 1 0] /T (Kollegin) /M (D:20261101120000+01'00') /Contents (Wichtig) >>");
                QPDFObjectHandle popup =
                    add(pdf, p[0], "<< /Type /Annot /Subtype /Popup /Rect [400 600 550 700] >>");
                popup.replaceKey("/Parent", highlight);
                highlight.replaceKey("/Popup", popup);
                add(pdf,
                    p[0],
                    "<< /Type /Annot /Subtype /Underline /Rect " + rectText(toPdf(b2)) + " /QuadPoints " +
                        quads(toPdf(b2), false) + " /C [0 0 1] >>");
                add(pdf,
                    p[0],
                    "<< /Type /Annot /Subtype /Text /Rect [520 700 540 720] /Name /Comment /C [1 1 0] "
                    "/Contents <FEFF004E006F00740069007A00200061006D002000520061006E0064> >>");
                add(pdf,
                    p[0],
                    "<< /Type /Annot /Subtype /Link /Rect [72 100 200 120] /A << /S /URI /URI "
                    "(https://ratsmappe.example) >> >>");
                add(pdf,
                    p[0],
                    "<< /Type /Annot /Subtype /Highlight /QuadPoints [1 2 3 4 5 6 7 8] >>"); // no /Rect
                QPDFObjectHandle stamp = add(
                    pdf, p[0], "<< /Type /Annot /Subtype /Stamp /Rect [350 400 450 450] /Name /Approved >>");
                stamp.replaceKey("/AP", appearance(pdf, "1 0 0 rg 0 0 100 50 re f", 100, 50));
                add(pdf,
                    p[1],
                    "<< /Type /Annot /Subtype /StrikeOut /Rect " + rectText(toPdf(b3)) + " /QuadPoints " +
                        quads(toPdf(b3), true) + " /C [1 0 0] >>");
                add(pdf,
                    p[1],
                    "<< /Type /Annot /Subtype /Squiggly /Rect " + rectText(toPdf(b4)) + " /QuadPoints " +
                        quads(toPdf(b4), false) + " /C [0 1 0] /Contents <FEFF0050007200FC00660065006E> >>");
                add(pdf,
                    p[1],
                    "<< /Type /Annot /Subtype /Ink /Rect [98 98 202 122] /InkList [[100 100 150 120 200 "
                    "100]] "
                    "/BS << /W 2 >> /C [1 0 0] >>");
                add(pdf,
                    p[1],
                    "<< /Type /Annot /Subtype /FreeText /Rect [300 300 450 350] /DA (/Helv 12 Tf 0 g) "
                    "/C [0 0 0] /Contents (Freitext) >>");
                QPDFObjectHandle circle =
                    add(pdf, p[1], "<< /Type /Annot /Subtype /Circle /Rect [400 150 500 250] /C [0 0 1] >>");
                circle.replaceKey(
                    "/AP",
                    appearance(pdf,
                               "0 0 1 RG 4 w 50 2 m 77 2 98 23 98 50 c 98 77 77 98 50 98 c 23 98 2 77 "
                               "2 50 c 2 23 23 2 50 2 c S",
                               100,
                               100));
                add(pdf,
                    p[2],
                    "<< /Type /Annot /Subtype /Square /Rect [100 200 250 300] /C [1 0 0] /BS << /W 3 >> >>");
                add(pdf,
                    p[2],
                    "<< /Type /Annot /Subtype /Line /Rect [95 495 305 605] /L [100 500 300 600] /LE [/None "
                    "/OpenArrow] "
                    "/C [0 0 1] >>");
                // A kind Ratsmappe does not edit, without an appearance: drawn as a frame.
                add(pdf,
                    p[2],
                    "<< /Type /Annot /Subtype /Polygon /Rect [300 600 400 700] /Vertices [300 600 400 600 "
                    "350 700] "
                    "/C [0 1 0] >>");
            },
            objectStreams);
    }

    static void checkRows(const QJsonArray &rows, const QList<Expected> &expected)
    {
        QCOMPARE(rows.size(), expected.size());
        QList<bool> matched(expected.size(), false);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QRectF rect = rectOf(row.value(QLatin1String("rect")));
            bool found = false;
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const Expected &e = expected.at(i);
                if (!matched.at(i) && row.value(QLatin1String("type")).toString() == e.type &&
                    row.value(QLatin1String("page")).toInt() == e.page && near(rect, e.rect)) {
                    QCOMPARE(row.value(QLatin1String("color")).toString(), e.color);
                    QCOMPARE(row.value(QLatin1String("text")).toString(), e.text);
                    matched[i] = found = true;
                    break;
                }
            }
            QVERIFY2(found,
                     QByteArray("unexpected: " + QJsonDocument(row).toJson(QJsonDocument::Compact) + " at " +
                                describe(rect)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_council.bauInvitation;
        QVERIFY(!quoteBox(m_base, 0, QStringLiteral("Haushalt0y2 Antrag0z2")).isNull());
    }

    // Every kind from another program is listed after the import with its type, page, colour,
    // text and bounds; kinds Ratsmappe does not edit as foreign with their appearance; the broken
    // entry is counted; the link and the popup are not annotations. The PDF is the cached
    // document in other bytes (object streams): geometry kept, nothing placed.
    void importsEveryKind()
    {
        const QString dir = cacheWith(m_base);
        QVERIFY(!dir.isEmpty());
        const QByteArray foreign = annotatedEverything(true);
        QVERIFY(foreign != m_base);
        const Run r = import(dir, writeFile(QStringLiteral("everything.pdf"), foreign));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = r.json();
        QCOMPARE(out.value(QLatin1String("added")).toInt(), 12);
        QCOMPARE(out.value(QLatin1String("updated")).toInt(), 0);
        QCOMPARE(out.value(QLatin1String("unchanged")).toInt(), 0);
        QCOMPARE(out.value(QLatin1String("skipped")).toInt(), 1);
        QCOMPARE(out.value(QLatin1String("needsAttention")).toInt(), 0);
        QCOMPARE(out.value(QLatin1String("file")).toString(), m_file);
        checkRows(out.value(QLatin1String("annotations")).toArray(), m_expected);
        const QJsonArray listed = list(dir);
        checkRows(listed, m_expected);
        for (const QJsonValue &v : listed) {
            // The same pages: nothing had to be placed.
            QVERIFY(v.toObject().value(QLatin1String("placement")).isNull());
            QVERIFY(!v.toObject().value(QLatin1String("needsAttention")).toBool());
        }

        const auto cache = open(dir);
        int images = 0, frames = 0;
        for (const StoredAnnotation &a : AnnotationStore(cache->database()).forFile(m_file)) {
            if (AnnotationStore::isTextMarkup(a.type)) {
                QVERIFY2(!a.quote.isEmpty(), qPrintable(a.type));
                QVERIFY(a.start >= 0);
            }
            if (a.type != QLatin1String("foreign")) {
                QVERIFY(!a.geometry.contains(QLatin1String("embedded")));
                continue;
            }
            const QString subtype = a.geometry.value(QLatin1String("subtype")).toString();
            QVERIFY(
                QStringList({QStringLiteral("Stamp"), QStringLiteral("Circle"), QStringLiteral("Polygon")})
                    .contains(subtype));
            QVERIFY(a.geometry.value(QLatin1String("dictionary"))
                        .toString()
                        .contains(QLatin1String("/Subtype /") + subtype));
            QVERIFY(
                !a.geometry.value(QLatin1String("dictionary")).toString().contains(QLatin1String("/Rect")));
            const QImage image = QImage::fromData(
                QByteArray::fromBase64(a.geometry.value(QLatin1String("image")).toString().toLatin1()),
                "PNG");
            if (subtype == QLatin1String("Polygon")) {
                QVERIFY(image.isNull()); // no appearance: the app draws a frame
                ++frames;
                continue;
            }
            QVERIFY2(!image.isNull(), qPrintable(subtype));
            QVERIFY(!a.geometry.value(QLatin1String("appearance")).toString().isEmpty());
            ++images;
            if (subtype == QLatin1String("Stamp")) {
                // The red stamp fills its box: about 150 dpi, red and opaque.
                QVERIFY2(std::abs(image.width() - 208) <= 2, QByteArray::number(image.width()));
                const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
                QVERIFY2(c.red() > 200 && c.green() < 60 && c.alpha() > 200,
                         qPrintable(c.name(QColor::HexArgb)));
            } else {
                // The circle's inside shows the page through it.
                QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2).alpha(), 0);
            }
        }
        QCOMPARE(images, 2);
        QCOMPARE(frames, 1);

        // Importing the same file again adds nothing.
        const Run again = import(dir, writeFile(QStringLiteral("everything.pdf"), foreign));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value(QLatin1String("added")).toInt(), 0);
        QCOMPARE(again.json().value(QLatin1String("unchanged")).toInt(), 12);
        QCOMPARE(list(dir).size(), 12);

        // Plain output: the counts.
        const Run plain = import(dir, writeFile(QStringLiteral("everything.pdf"), foreign), false);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("0 added") && plain.out.contains("12 unchanged"), plain.out.constData());
    }

    // A changed version (four lines inserted before the text): the highlight lands on its words
    // in the cached version, not where it was on the page of the PDF it came from.
    // Acrobat writes /P (the page) on every annotation, and a page leads to the whole page tree:
    // a foreign annotation's dictionary is copied without what points out of it, so a long
    // document with one on every page is read in one go instead of running out of time.
    void foreignOnEveryPageOfALongDocument()
    {
        constexpr int Pages = 300;
        const QByteArray bytes = Test::PdfSamples::writeQpdf([](QPDF &pdf) {
            for (int i = 0; i < Pages; ++i) {
                Test::PdfSamples::addPage(pdf, pdf.newStream("BT /F1 11 Tf 72 770 Td (Seite) Tj ET\n"));
            }
            for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(pdf).getAllPages()) {
                QPDFObjectHandle circle = pdf.makeIndirectObject(
                    QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Circle /Rect [100 100 200 150] /C [1 "
                                            "0 0] /Contents (Kreis) >>"));
                circle.replaceKey("/P", page.getObjectHandle());
                page.getObjectHandle().replaceKey("/Annots", QPDFObjectHandle::newArray({circle}));
            }
        });
        PdfHelperLimits limits;
        limits.timeoutMs = 30000;
        const AnnotationWorker::Result read = AnnotationWorker::run(QStringLiteral("read"), bytes, limits);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const QJsonArray annotations =
            QJsonDocument::fromJson(read.output).object().value(QLatin1String("annotations")).toArray();
        QCOMPARE(annotations.size(), Pages);
        for (const QJsonValue &a : annotations) {
            const QString dictionary = a.toObject().value(QLatin1String("dictionary")).toString();
            QVERIFY2(dictionary.contains(QLatin1String("/Circle")) && dictionary.size() < 400,
                     qPrintable(dictionary));
        }
    }

    void reanchoredOnChangedVersion()
    {
        const QByteArray shifted = makePdf(m_pages, 4);
        const QString dir = cacheWith(shifted);
        QVERIFY(!dir.isEmpty());
        const QString quote = QStringLiteral("Antrag0z5 Beschluss0w5");
        const QRectF before = quoteBox(m_base, 0, quote);
        const QRectF after = quoteBox(shifted, 0, quote);
        QVERIFY(after.top() > before.top() + 0.05);
        const QByteArray foreign = makePdf(m_pages, 0, [&](QPDF &pdf, std::vector<QPDFPageObjectHelper> &p) {
            add(pdf,
                p[0],
                "<< /Type /Annot /Subtype /Highlight /Rect " + rectText(toPdf(before)) + " /QuadPoints " +
                    quads(toPdf(before), true) + " /C [1 1 0] >>");
            // Ink in the margin beside the quote's line moves with it.
            add(pdf,
                p[0],
                "<< /Type /Annot /Subtype /Ink /Rect [20 0 60 842] /InkList [[30 " +
                    num(toPdf(before).top()) + " 50 " + num(toPdf(before).bottom()) + "]] /C [1 0 0] >>");
        });
        const Run r = import(dir, writeFile(QStringLiteral("old.pdf"), foreign));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 2);
        const QJsonArray rows = list(dir);
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QRectF rect = rectOf(row.value(QLatin1String("rect")));
            QCOMPARE(row.value(QLatin1String("placement")).toString(), QStringLiteral("exact"));
            if (row.value(QLatin1String("type")).toString() == QLatin1String("highlight")) {
                QCOMPARE(row.value(QLatin1String("quote")).toString(), quote);
                QVERIFY2(near(rect, after, 0.002), QByteArray(describe(rect) + " vs " + describe(after)));
            } else {
                QVERIFY2(std::abs(rect.center().y() - after.center().y()) < 0.01, describe(rect));
            }
        }
    }

    // An /NM that is an annotation's UUID: newer and different updates it, never a duplicate;
    // older leaves it.
    void uuidUpdatesNeverDuplicates()
    {
        const QString dir = cacheWith(m_base);
        QVERIFY(!dir.isEmpty());
        const QString quote = QStringLiteral("Haushalt0y7 Antrag0z7");
        const Run added = ratsmappe({QStringLiteral("annotations"),
                                     QStringLiteral("add"),
                                     m_file,
                                     QStringLiteral("--page"),
                                     QStringLiteral("1"),
                                     QStringLiteral("--quote"),
                                     quote,
                                     QStringLiteral("--text"),
                                     QStringLiteral("alt"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("--cache"),
                                     dir});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = added.json().value(QLatin1String("id")).toString();
        const QRectF box = quoteBox(m_base, 0, quote);
        const auto withNm = [&](const char *date, const char *text) {
            return makePdf(m_pages, 0, [&](QPDF &pdf, std::vector<QPDFPageObjectHelper> &p) {
                add(pdf,
                    p[0],
                    "<< /Type /Annot /Subtype /Highlight /Rect " + rectText(toPdf(box)) + " /QuadPoints " +
                        quads(toPdf(box), true) + " /C [1 0.921569 0.231373] /NM (" + id.toStdString() +
                        ") /M (" + date + ") /Contents (" + text + ") >>");
            });
        };
        Run r = import(dir, writeFile(QStringLiteral("old.pdf"), withNm("D:20000101000000Z", "veraltet")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("unchanged")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 0);
        r = import(dir, writeFile(QStringLiteral("new.pdf"), withNm("D:20991231000000Z", "neu")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("updated")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 0);
        const QJsonArray rows = list(dir);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("id")).toString(), id);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("text")).toString(), QStringLiteral("neu"));
    }

    // A PDF that is no PDF, or needs a password: a clear error (exit 1), nothing changed. An
    // owner password alone does not stop reading.
    void unreadableChangesNothing()
    {
        const QString dir = cacheWith(m_base);
        QVERIFY(!dir.isEmpty());
        Run r = import(dir, writeFile(QStringLiteral("garbage.pdf"), QByteArray(4096, 'x')), false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be read"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QByteArray annotated = makePdf(m_pages, 0, [](QPDF &pdf, std::vector<QPDFPageObjectHelper> &p) {
            add(pdf, p[0], "<< /Type /Annot /Subtype /Square /Rect [100 200 250 300] /C [1 0 0] >>");
        });
        QPDF locked;
        locked.processMemoryFile("a", annotated.constData(), size_t(annotated.size()));
        const auto encrypt = [&](const char *user) {
            QPDFWriter w(locked);
            w.setOutputMemory();
            w.setR6EncryptionParameters(
                user, "owner-secret", true, true, true, true, true, true, qpdf_r3p_full, true);
            w.write();
            auto b = w.getBufferSharedPointer();
            return QByteArray(reinterpret_cast<const char *>(b->getBuffer()), qsizetype(b->getSize()));
        };
        r = import(dir, writeFile(QStringLiteral("user.pdf"), encrypt("user-secret")), false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QCOMPARE(list(dir).size(), 0);
        r = import(dir, writeFile(QStringLiteral("owner.pdf"), encrypt("")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toInt(), 1);
        // Usage.
        r = ratsmappe({QStringLiteral("annotations"),
                       QStringLiteral("import"),
                       m_file,
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 2);
        // A foreign annotation only comes from a PDF.
        r = ratsmappe({QStringLiteral("annotations"),
                       QStringLiteral("add"),
                       m_file,
                       QStringLiteral("--page"),
                       QStringLiteral("1"),
                       QStringLiteral("--rect"),
                       QStringLiteral("0.1,0.1,0.2,0.2"),
                       QStringLiteral("--type"),
                       QStringLiteral("foreign"),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains("foreign"), r.err.constData());
    }

    // The reader draws every annotation once: a cached PDF with its own highlight is drawn by
    // Poppler until the import makes it the member's ("embedded"); then Poppler's render of that
    // version leaves it out and the overlay's set has it.
    void readerDrawsOnce()
    {
        qputenv("RATSMAPPE_ANNOTATION_WORKER",
                QFile::encodeName(Test::binDir() + QStringLiteral("/ratsmappe-annotation-worker")));
        qputenv("RATSMAPPE_PDF_WORKER",
                QFile::encodeName(Test::binDir() + QStringLiteral("/ratsmappe-pdf-worker")));
        const QString quote = QStringLiteral("Haushalt0y3 Antrag0z3 Beschluss0w3");
        const QRectF box = quoteBox(m_base, 0, quote);
        const QByteArray own = makePdf(m_pages, 0, [&](QPDF &pdf, std::vector<QPDFPageObjectHelper> &p) {
            const QRectF r = toPdf(box);
            QPDFObjectHandle h = add(pdf,
                                     p[0],
                                     "<< /Type /Annot /Subtype /Highlight /Rect " + rectText(r) +
                                         " /QuadPoints " + quads(r, true) + " /C [1 1 0] >>");
            h.replaceKey("/AP",
                         appearance(pdf,
                                    "1 1 0 rg 0 0 " + num(r.width()) + " " + num(r.height()) + " re f",
                                    r.width(),
                                    r.height()));
            add(pdf, p[1], "<< /Type /Annot /Subtype /Square /Rect [100 200 250 300] /C [1 0 0] >>");
        });
        const QString dir = m_tmp.filePath(QStringLiteral("reader"));
        auto cache = Test::createCache(dir);
        const qint64 version = Test::PdfSamples::storeNamedDocument(*cache, QStringLiteral("f-own"), own);
        const auto fileVersion = DocumentStore(cache->database()).version(version);
        QVERIFY(fileVersion);

        PageImageCache images;
        RenderQueue queue([&cache] { return cache->openConnection(); }, &images, 1);
        const PageKey key{version, 0, 595, 0, 100};
        // Blue is what yellow takes away: the highlight's middle, between the words' strokes.
        const auto tint = [&]() {
            images.clear();
            QSignalSpy rendered(&queue, &RenderQueue::rendered);
            queue.setWanted({key});
            if (!rendered.wait(20000)) {
                return -1.0;
            }
            const QImage image = images.image(key);
            const QRect area = QRectF(box.left() * image.width(),
                                      box.top() * image.height(),
                                      box.width() * image.width(),
                                      box.height() * image.height())
                                   .toAlignedRect();
            double blue = 0;
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x) {
                    blue += qBlue(image.pixel(x, y));
                    ++n;
                }
            }
            return n ? blue / n : -1.0;
        };
        const double before = tint();
        QVERIFY2(before >= 0 && before < 60, QByteArray::number(before));

        AnnotationImport import(cache->database(), fileVersion->serverId, QStringLiteral("f-own"), version);
        const AnnotationImport::Result result = import.run(own);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.sameDocument);
        QCOMPARE(result.added, 2);
        AnnotationStore store(cache->database());
        QVERIFY(store.hasEmbedded(version));
        for (const StoredAnnotation &a : store.forVersion(version)) {
            QVERIFY(a.geometry.value(QLatin1String("embedded")).toBool());
        }

        queue.annotationsChanged();
        const double after = tint();
        QVERIFY2(after > 150, QByteArray::number(after));

        AnnotationSet set;
        set.open(&cache->database(), fileVersion->serverId, QStringLiteral("f-own"), version);
        QCOMPARE(set.count(), 2);
        QCOMPARE(set.onPage(0).size(), 1);
        QCOMPARE(set.onPage(0).first().type, QStringLiteral("highlight"));
        QVERIFY(near(AnnotationStore::bounds(set.onPage(0).first().geometry), box, 0.002));

        // Importing the same bytes again changes nothing.
        const AnnotationImport::Result again = import.run(own);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
    }

    // A foreign annotation is positioned: carried to a new version beside the words it sat by,
    // its appearance as it was.
    void foreignIsCarriedOver()
    {
        qputenv("RATSMAPPE_PDF_WORKER",
                QFile::encodeName(Test::binDir() + QStringLiteral("/ratsmappe-pdf-worker")));
        const QString dir = m_tmp.filePath(QStringLiteral("carry"));
        auto cache = Test::createCache(dir);
        const QString file = QStringLiteral("f-carry");
        const qint64 v1 = Test::PdfSamples::storeNamedDocument(*cache, file, m_base);
        const QString words = QStringLiteral("Zeile0x5 Haushalt0y5");
        const QRectF before = quoteBox(m_base, 0, words);
        StoredAnnotation a;
        a.serverId = DocumentStore(cache->database()).version(v1)->serverId;
        a.fileId = file;
        a.versionId = v1;
        a.type = QStringLiteral("foreign");
        a.color = QStringLiteral("#808080");
        a.geometry = {{QStringLiteral("rect"), QJsonArray{0.02, before.top(), 0.08, before.bottom()}},
                      {QStringLiteral("subtype"), QStringLiteral("Stamp")},
                      {QStringLiteral("image"), QStringLiteral("aW1hZ2U=")}};
        a = AnnotationStore(cache->database()).add(a);
        const QByteArray shifted = makePdf(m_pages, 4);
        const qint64 v2 = Test::PdfSamples::storeNamedDocument(*cache, file, shifted);
        const QRectF after = quoteBox(shifted, 0, words);
        const AnnotationCarrier::Result carried = AnnotationCarrier(*cache).carryPending();
        QCOMPARE(carried.carried(), 1);
        const QList<StoredAnnotation> copies = AnnotationStore(cache->database()).forVersion(v2);
        QCOMPARE(copies.size(), 1);
        const StoredAnnotation &copy = copies.first();
        QCOMPARE(copy.type, QStringLiteral("foreign"));
        QCOMPARE(copy.originId, a.id);
        QCOMPARE(copy.geometry.value(QLatin1String("subtype")), a.geometry.value(QLatin1String("subtype")));
        QCOMPARE(copy.geometry.value(QLatin1String("image")), a.geometry.value(QLatin1String("image")));
        const QRectF moved = AnnotationStore::bounds(copy.geometry);
        QVERIFY2(std::abs(moved.top() - after.top()) < 0.002,
                 QByteArray(describe(moved) + " vs " + describe(after)));
        QVERIFY(std::abs(moved.left() - 0.02) < 1e-9);
    }

    // The painter draws a foreign annotation's image into its rectangle, turned with the page;
    // without an image, a thin frame.
    void painterDrawsForeign()
    {
        QImage red(40, 20, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        StoredAnnotation a;
        a.id = QStringLiteral("f1");
        a.type = QStringLiteral("foreign");
        a.color = QStringLiteral("#0000ff");
        a.geometry = {{QStringLiteral("rect"), QJsonArray{0.2, 0.1, 0.6, 0.3}},
                      {QStringLiteral("subtype"), QStringLiteral("Stamp")},
                      {QStringLiteral("image"), QString::fromLatin1(png.toBase64())}};
        const QImage layer = AnnotationPainter::layer({a}, QSizeF(200, 400), 0);
        QCOMPARE(layer.pixelColor(80, 80), QColor(Qt::red));
        QCOMPARE(layer.pixelColor(20, 80).alpha(), 0);
        // Turned 90° clockwise: the page is 400 × 200 on screen; the rectangle's centre (0.4,
        // 0.2 of the page) is at (400 − 0.2 × 400, 0.4 × 200).
        const QImage turned = AnnotationPainter::layer({a}, QSizeF(400, 200), 90);
        QCOMPARE(turned.pixelColor(320, 80), QColor(Qt::red));
        a.id = QStringLiteral("f2");
        a.geometry.remove(QStringLiteral("image"));
        const QImage framed = AnnotationPainter::layer({a}, QSizeF(200, 400), 0);
        QCOMPARE(framed.pixelColor(80, 80).alpha(), 0);
        QCOMPARE(framed.pixelColor(40, 80), QColor(Qt::blue));
    }

    // A foreign annotation is drawn and deleted, never edited.
    void foreignIsReadOnly()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("readonly"));
        auto cache = Test::createCache(dir);
        const qint64 version = Test::PdfSamples::storeNamedDocument(*cache, QStringLiteral("f-ro"), m_base);
        const auto fileVersion = DocumentStore(cache->database()).version(version);
        StoredAnnotation a;
        a.serverId = fileVersion->serverId;
        a.fileId = QStringLiteral("f-ro");
        a.versionId = version;
        a.type = QStringLiteral("foreign");
        a.color = QStringLiteral("#808080");
        a.geometry = {{QStringLiteral("rect"), QJsonArray{0.1, 0.1, 0.3, 0.2}}};
        QCOMPARE(Test::failureOf([&] { AnnotationStore(cache->database()).add(a); }),
                 StoreError::InvalidArgument);
        a.geometry.insert(QStringLiteral("subtype"), QStringLiteral("Stamp"));
        a = AnnotationStore(cache->database()).add(a);
        AnnotationSet set;
        set.open(&cache->database(), a.serverId, a.fileId, version);
        QVERIFY(!set.move(a.id, 0.1, 0));
        QVERIFY(set.errorMessage().contains(QLatin1String("only be deleted")));
        QVERIFY(!set.resize(a.id, QRectF(0, 0, 0.5, 0.5)));
        QVERIFY(!set.recolor(a.id, QStringLiteral("#ff0000")));
        QVERIFY(!set.setText(a.id, QStringLiteral("x")));
        QCOMPARE(AnnotationStore(cache->database()).get(a.id)->geometry, a.geometry);
        QVERIFY(!set.get(a.id).value(QStringLiteral("editable")).toBool());
        // Listed by its PDF kind.
        const QList<AnnotationListEntry> listed =
            AnnotationListing(cache->database()).forFile(a.fileId, a.serverId, {});
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().type, QStringLiteral("foreign"));
        QCOMPARE(listed.first().subtype, QStringLiteral("Stamp"));
        QVERIFY(set.remove(a.id));
        QVERIFY(!AnnotationStore(cache->database()).get(a.id));
    }
};

RATSMAPPE_TEST_MAIN(AnnotationImportTest)
#include "tst_annotation_import.moc"
