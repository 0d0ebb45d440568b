// SPDX-License-Identifier: GPL-2.0-or-later
// Reading PDFs in process (PdfDocument): rendering puts content where the text layer says it is
// (zoom, rotation, device pixel ratio), find and selection return the right text, links lead to
// pages and addresses, documents read through the cache's decrypting device, and a damaged
// cross-reference table renders as pdftoppm draws it. tst_pdf_isolated has the crash-isolated
// helper, tst_pdf_plaintext what reading leaves on disk.

#include "documentstore.h"
#include "pdfdocument.h"
#include "pdfsamples.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <qpdf/QPDFPageObjectHelper.hh>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::PdfSamples;

namespace {

// Six words, each in its own standard font and its own content stream, written by hand with a
// cross-reference table whose offsets all point 7 bytes past their objects: Poppler must
// rebuild the table by scanning the file.
QByteArray damagedXrefPdf(const QStringList &words)
{
    const char *fonts[] = {
        "Helvetica", "Times-Roman", "Courier", "Helvetica-Bold", "Times-Bold", "Courier-Bold"};
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"};
    QByteArray contents = "[";
    QByteArray fontDict = "<<";
    for (int i = 0; i < 6; ++i) {
        contents += QByteArray::number(4 + i) + " 0 R ";
        fontDict += " /F" + QByteArray::number(i + 1) + ' ' + QByteArray::number(10 + i) + " 0 R";
    }
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contents +
            "] /Resources << /Font " + fontDict + " >> >> >>";
    for (int i = 0; i < 6; ++i) {
        const QByteArray ops = "BT /F" + QByteArray::number(i + 1) + " 36 Tf 60 " +
            QByteArray::number(700 - 90 * i) + " Td (" + words.at(i).toLatin1() + ") Tj ET";
        objects << "<< /Length " + QByteArray::number(ops.size()) + " >>\nstream\n" + ops + "\nendstream";
    }
    for (const char *font : fonts) {
        objects << "<< /Type /Font /Subtype /Type1 /BaseFont /" + QByteArray(font) + " >>";
    }
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        out += QByteArray::number(offset + 7).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
        QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// Pixels inked in \a reference but not in \a image, over the area both cover.
qint64 inkedOnlyIn(const QImage &reference, const QImage &image, qint64 *referenceInk)
{
    qint64 missing = 0;
    *referenceInk = 0;
    const int width = std::min(reference.width(), image.width());
    const int height = std::min(reference.height(), image.height());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool inked = qGray(reference.pixel(x, y)) < 128;
            *referenceInk += inked ? 1 : 0;
            missing += inked && qGray(image.pixel(x, y)) >= 128 ? 1 : 0;
        }
    }
    return missing;
}

} // namespace

class PdfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void contentIsWhereTheTextLayerSaysAtEveryZoomRotationAndRatio()
    {
        QString error;
        const auto doc = PdfDocument::fromData(vorlage(QStringLiteral("Prüfbericht Straßenbau")), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->pageCount(), 3);
        const QSizeF page = doc->pageSize(0);
        QCOMPARE(page.toSize(), QSize(595, 842));
        const QList<QRectF> hits = doc->find(0, QStringLiteral("straßenbau")); // case-insensitive
        QCOMPARE(hits.size(), 1);
        const QRectF word = hits.first();
        QVERIFY(word.top() < 150); // the title is at the top of page 1

        // 72 dpi: one pixel per point; the word's box is inked, the left margin is not.
        const QImage plain = doc->render(0, 72);
        QCOMPARE(plain.size(), QSize(595, 842));
        QVERIFY(darkShare(plain, word) > 0.08);
        QCOMPARE(darkShare(plain, QRectF(0, 0, 20, 842)), 0.0);

        // Zoom 200 %: twice the pixels, the same place scaled.
        const QImage zoomed = doc->render(0, 144);
        QCOMPARE(zoomed.size(), QSize(1190, 1684));
        const QRectF scaled(word.topLeft() * 2, word.size() * 2);
        QVERIFY(darkShare(zoomed, scaled) > 0.08);

        // A HiDPI screen: device pixels doubled, logical size kept.
        const QImage hidpi = doc->render(0, 72, 0, 2.0);
        QCOMPARE(hidpi.size(), QSize(1190, 1684));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        QCOMPARE((QSizeF(hidpi.size()) / hidpi.devicePixelRatio()).toSize(), QSize(595, 842));
        QVERIFY(darkShare(hidpi, scaled) > 0.08);

        // Rotated 90° clockwise: (x, y) lands on (height - y, x).
        const QImage rotated = doc->render(0, 72, 90);
        QCOMPARE(rotated.size(), QSize(842, 595));
        const QTransform turn = QTransform().translate(page.height(), 0).rotate(90);
        QVERIFY(darkShare(rotated, turn.mapRect(word)) > 0.08);
        QVERIFY(darkShare(rotated, turn.mapRect(word)) > 4 * darkShare(rotated, word));
    }

    void findAndSelectionReturnTheRightText()
    {
        QString error;
        const auto doc =
            PdfDocument::fromData(vorlage(QStringLiteral("Sanierung der Grundschule Am Markt")), &error);
        QVERIFY2(doc, qPrintable(error));
        const QList<QRectF> hits = doc->find(0, QStringLiteral("Grundschule"));
        QVERIFY(!hits.isEmpty());
        // Selecting the title's line gives the title's words, in order.
        const QRectF line(hits.first().left() - 200, hits.first().top(), 595, hits.first().height());
        const QString selected = doc->textIn(0, line);
        QVERIFY2(selected.contains(QLatin1String("Sanierung der Grundschule Am Markt")),
                 qPrintable(selected));
        // Every hit is a word box of the text layer with that text.
        const QList<PdfWord> words = doc->words(0);
        const bool found = std::any_of(words.begin(), words.end(), [&](const PdfWord &w) {
            return w.text.contains(QLatin1String("Grundschule")) && w.box.intersects(hits.first());
        });
        QVERIFY(found);
        QVERIFY(doc->text(0).contains(QLatin1String("Beschlussvorschlag")));
        QVERIFY(doc->find(0, QStringLiteral("Quantenkryptographie")).isEmpty());
        QVERIFY(!doc->outline().isEmpty());
    }

    void linksLeadToPagesAndAddresses()
    {
        const QByteArray bytes = writeQpdf([](QPDF &pdf) {
            addPage(pdf, pdf.newStream("0 0 1 rg 72 700 200 20 re f"));
            addPage(pdf, pdf.newStream("0 0 1 rg 72 700 200 20 re f"));
            const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
            QPDFObjectHandle toPage2 = QPDFObjectHandle::parse(
                "<< /Type /Annot /Subtype /Link /Rect [72 700 272 720] /Border [0 0 0] >>");
            QPDFObjectHandle dest = QPDFObjectHandle::newArray();
            dest.appendItem(pages.at(1).getObjectHandle());
            dest.appendItem(QPDFObjectHandle::newName("/Fit"));
            toPage2.replaceKey("/Dest", dest);
            QPDFObjectHandle web =
                QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Rect [72 600 272 620] /A << /S /URI "
                                        "/URI (https://www.example.de/ratsinfo) >> >>");
            QPDFObjectHandle annots = QPDFObjectHandle::newArray();
            annots.appendItem(pdf.makeIndirectObject(toPage2));
            annots.appendItem(pdf.makeIndirectObject(web));
            QPDFObjectHandle first = pages.at(0).getObjectHandle();
            first.replaceKey("/Annots", annots);
        });
        QString error;
        const auto doc = PdfDocument::fromData(bytes, &error);
        QVERIFY2(doc, qPrintable(error));
        QList<PdfLink> links = doc->links(0);
        QCOMPARE(links.size(), 2);
        std::sort(links.begin(), links.end(), [](const PdfLink &a, const PdfLink &b) {
            return a.box.top() < b.box.top();
        });
        // PDF y grows upwards; our boxes are top-left based: 842 - 720 = 122.
        QCOMPARE(links.at(0).page, 1);
        QVERIFY(std::abs(links.at(0).box.top() - 122) < 1 && std::abs(links.at(0).box.left() - 72) < 1);
        QVERIFY(std::abs(links.at(0).box.width() - 200) < 1 && std::abs(links.at(0).box.height() - 20) < 1);
        QCOMPARE(links.at(1).page, -1);
        QCOMPARE(links.at(1).url, QStringLiteral("https://www.example.de/ratsinfo"));
        QVERIFY(std::abs(links.at(1).box.top() - 222) < 1);
        QVERIFY(doc->links(1).isEmpty());
    }

    void documentReadsThroughTheCachesDecryptingDevice()
    {
        auto cache = Test::createCache(m_dir.filePath(QStringLiteral("device-cache")));
        const QByteArray bytes = Demo::writePdf({Demo::PdfSpec::Style::Budget,
                                                 QStringLiteral("Haushaltsplanentwurf 2027"),
                                                 QStringLiteral("Stadt Teststadt"),
                                                 3,
                                                 120,
                                                 0});
        const qint64 version = storeNamedDocument(*cache, QStringLiteral("file-1"), bytes);
        QString error;
        const auto doc = PdfDocument::open(DocumentStore(cache->database()).open(version), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->pageCount(), 120);
        QVERIFY(!doc->render(99, 30).isNull());
        QVERIFY(doc->text(60).contains(QLatin1String("Seite 61 von 120")));
    }

    // Defect (issue 9): a PDF whose cross-reference table Poppler repairs rendered with a glyph
    // missing in the window and in `ratsmappe render`, while pdftoppm drew it. Every word must be
    // inked, through the cache's device as from memory, and nothing pdftoppm draws may be missing.
    void damagedXrefRendersEveryWordAsPdftoppmDoes()
    {
        const QStringList words{QStringLiteral("Alpha"),
                                QStringLiteral("Bravo"),
                                QStringLiteral("Charlie"),
                                QStringLiteral("Delta"),
                                QStringLiteral("Echo"),
                                QStringLiteral("Foxtrot")};
        const QByteArray pdf = damagedXrefPdf(words);
        QString error;
        const auto fromMemory = PdfDocument::fromData(pdf, &error);
        QVERIFY2(fromMemory, qPrintable(error));
        auto cache = Test::createCache(m_dir.filePath(QStringLiteral("xref-cache")));
        const qint64 version = storeNamedDocument(*cache, QStringLiteral("xref"), pdf);
        const auto fromCache = PdfDocument::open(DocumentStore(cache->database()).open(version), &error);
        QVERIFY2(fromCache, qPrintable(error));
        QCOMPARE(fromCache->pageCount(), 1);
        QCOMPARE(fromCache->text(0).simplified(), words.join(QLatin1Char(' ')));

        constexpr double Dpi = 150;
        const QString file = m_dir.filePath(QStringLiteral("xref.pdf"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
        }
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-r"),
                        QString::number(Dpi),
                        QStringLiteral("-png"),
                        QStringLiteral("-singlefile"),
                        file,
                        m_dir.filePath(QStringLiteral("xref-pdftoppm"))});
        QVERIFY2(
            pdftoppm.waitForFinished(60000) && pdftoppm.exitCode() == 0,
            qPrintable(QStringLiteral("pdftoppm (poppler-utils) did not run: ") + pdftoppm.errorString()));
        const QImage reference(m_dir.filePath(QStringLiteral("xref-pdftoppm.png")));
        QVERIFY(!reference.isNull());

        for (const auto *doc : {fromMemory.get(), fromCache.get()}) {
            const QImage page = doc->render(0, Dpi);
            for (const QString &word : words) {
                const QList<QRectF> hits = doc->find(0, word);
                QCOMPARE(hits.size(), 1);
                const QRectF box(hits.first().topLeft() * Dpi / 72, hits.first().size() * Dpi / 72);
                QVERIFY2(darkShare(page, box) > 0.05, qPrintable(word + QStringLiteral(" is not drawn")));
                QVERIFY(darkShare(reference, box) > 0.05);
            }
            qint64 referenceInk = 0;
            const qint64 missing = inkedOnlyIn(reference, page, &referenceInk);
            QVERIFY(referenceInk > 0);
            qInfo("%lld of pdftoppm's %lld inked pixels not inked here", missing, referenceInk);
            QVERIFY2(missing * 1000 <= referenceInk,
                     qPrintable(QStringLiteral("%1 of pdftoppm's %2 inked pixels are not inked here")
                                    .arg(missing)
                                    .arg(referenceInk)));
        }
    }
};

RATSMAPPE_TEST_MAIN(PdfTest)
#include "tst_pdf.moc"
