// SPDX-License-Identifier: GPL-2.0-or-later
// Reading PDFs: rendering puts content where the text layer says it is (zoom, rotation,
// device pixel ratio), find and selection return the right text, a corpus of broken PDFs gets
// clear errors from the crash-isolated helper without taking the caller down, and reading,
// searching and printing leave no plaintext on disk.

#include "cache.h"
#include "demopdf.h"
#include "documentstore.h"
#include "isolatedpdf.h"
#include "objectstore.h"
#include "pageimagecache.h"
#include "pdfdocument.h"
#include "printjob.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"
#include "textindexer.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <zlib.h>

using namespace Ratsmappe;

namespace {

// Share of dark pixels inside rect (in image pixels).
double darkShare(const QImage &image, const QRectF &rect)
{
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    if (r.isEmpty()) {
        return 0;
    }
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return double(dark) / double(r.width() * r.height());
}

QByteArray vorlage(const QString &title, int pages = 3)
{
    return Demo::writePdf(
        {Demo::PdfSpec::Style::Vorlage, title, QStringLiteral("Stadt Teststadt"), 42, pages, 0});
}

QByteArray writeQpdf(const std::function<void(QPDF &)> &build,
                     const std::function<void(QPDFWriter &)> &configure = {})
{
    QPDF pdf;
    pdf.emptyPDF();
    build(pdf);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    if (configure) {
        configure(writer);
    }
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

void addPage(QPDF &pdf,
             QPDFObjectHandle contents,
             QPDFObjectHandle resources = QPDFObjectHandle::newDictionary())
{
    QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>");
    page.replaceKey("/Contents", contents);
    page.replaceKey("/Resources", resources);
    QPDFPageDocumentHelper(pdf).addPage(page, false);
}

QByteArray deflate(const QByteArray &raw)
{
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(out.data()),
              &size,
              reinterpret_cast<const Bytef *>(raw.constData()),
              uLong(raw.size()),
              9);
    out.resize(qsizetype(size));
    return out;
}

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

// A File row and one complete PDF version of it; returns the version id.
qint64 storeDocument(Cache &cache, const QString &fileId, const QByteArray &bytes)
{
    return Test::storeDocument(cache, fileId, bytes, QStringLiteral("Vorlage %1").arg(fileId));
}

} // namespace

class PdfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_dir.isValid());
    }

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
        const qint64 version = storeDocument(*cache, QStringLiteral("file-1"), bytes);
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
        const qint64 version = storeDocument(*cache, QStringLiteral("xref"), pdf);
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

    void brokenPdfsGiveErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // a part of the error; empty: any outcome but a hang

        const QByteArray good = vorlage(QStringLiteral("Gute Vorlage"), 4);
        QTest::newRow("not a PDF") << QByteArray("<html><body>Fehler 500</body></html>")
                                   << QStringLiteral("not a readable PDF");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a readable PDF");
        QTest::newRow("truncated") << good.left(good.size() * 2 / 5) << QStringLiteral("not a readable PDF");
        QByteArray garbage = good;
        for (qsizetype i = garbage.size() / 4; i < garbage.size() * 3 / 4; i += 7) {
            garbage[i] = char((i * 131) & 0xff);
        }
        QTest::newRow("garbage streams") << garbage << QString();
        QByteArray xref = good;
        const qsizetype start = xref.lastIndexOf("startxref");
        xref.replace(start, xref.size() - start, "startxref\n999999999\n%%EOF\n");
        QTest::newRow("wrong xref") << xref << QStringLiteral("not a readable PDF");
        QTest::newRow("encrypted, unknown password")
            << writeQpdf(
                   [](QPDF &pdf) { addPage(pdf, pdf.newStream("BT /F1 12 Tf 72 700 Td (geheim) Tj ET")); },
                   [](QPDFWriter &w) {
                       w.setR6EncryptionParameters(
                           "nutzer-9", "eigner-9", true, true, true, true, true, true, qpdf_r3p_full, true);
                   })
            << QStringLiteral("password");
        QTest::newRow("zero pages") << writeQpdf([](QPDF &) { }) << QStringLiteral("no pages");
        // A decompression bomb: 1 KB of Flate that inflates to 400 MB of image data.
        QTest::newRow("decompression bomb") << writeQpdf([](QPDF &pdf) {
            const QByteArray zeros = deflate(QByteArray(400 * 1024 * 1024, '\0'));
            QPDFObjectHandle image = pdf.newStream(zeros.toStdString());
            image.replaceDict(QPDFObjectHandle::parse(
                "<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray "
                "/BitsPerComponent 8 /Filter /FlateDecode >>"));
            image.getDict().replaceKey("/Length", QPDFObjectHandle::newInteger(zeros.size()));
            QPDFObjectHandle resources = QPDFObjectHandle::parse("<< /XObject << >> >>");
            resources.getKey("/XObject").replaceKey("/Im0", image);
            addPage(pdf, pdf.newStream("q 595 0 0 842 0 0 cm /Im0 Do Q"), resources);
        }) << QString();
    }

    void brokenPdfsGiveErrorsNotCrashes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        IsolatedPdf::Limits limits;
        limits.timeoutMs = 20000;
        limits.memoryBytes = 1024LL * 1024 * 1024;
        // Bounded whatever the document does: the helper's limits end it (a hang would answer
        // "longer than"), never the test's patience.
        const IsolatedPdf::Result probe = IsolatedPdf::probe(bytes, limits);
        const IsolatedPdf::Result text = IsolatedPdf::text(bytes, -1, limits);
        if (!expected.isEmpty()) {
            QVERIFY2(probe.error.contains(expected), qPrintable(probe.error));
            QVERIFY2(text.error.contains(expected), qPrintable(text.error));
        } else {
            // Poppler may repair a damaged file; what it cannot repair is a one-line reason.
            QVERIFY2(probe.ok() ? probe.pageCount > 0 : !probe.error.contains(QLatin1Char('\n')),
                     qPrintable(probe.error));
        }
        qInfo() << "probe:" << (probe.ok() ? QStringLiteral("%1 pages").arg(probe.pageCount) : probe.error);
    }

    void crashAndHangOfTheHelperAreContained()
    {
        const QString crasher = m_dir.filePath(QStringLiteral("crasher.sh"));
        const QString hanger = m_dir.filePath(QStringLiteral("hanger.sh"));
        for (const auto &[path, body] :
             {std::pair{crasher, QByteArray("#!/bin/sh\ncat >/dev/null\nkill -SEGV $$\n")},
              std::pair{hanger, QByteArray("#!/bin/sh\ncat >/dev/null\nexec sleep 60\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        const QByteArray pdf = vorlage(QStringLiteral("Egal"), 1);
        qputenv("RATSMAPPE_PDF_WORKER", crasher.toLocal8Bit());
        const IsolatedPdf::Result crashed = IsolatedPdf::probe(pdf);
        QVERIFY2(crashed.error.contains(QLatin1String("crashed")), qPrintable(crashed.error));
        qputenv("RATSMAPPE_PDF_WORKER", hanger.toLocal8Bit());
        IsolatedPdf::Limits quick;
        quick.timeoutMs = 1500;
        const IsolatedPdf::Result hung = IsolatedPdf::probe(pdf, quick);
        QVERIFY2(hung.error.contains(QLatin1String("longer than")), qPrintable(hung.error));
        qunsetenv("RATSMAPPE_PDF_WORKER");
        QVERIFY(IsolatedPdf::probe(pdf).ok()); // the real helper again
    }

    void renderAndTextCommands()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cli-cache"));
        {
            auto cache = Test::createCache(dir);
            storeDocument(
                *cache, QStringLiteral("good"), vorlage(QStringLiteral("Ausbau der Ganztagsbetreuung"), 3));
            storeDocument(*cache, QStringLiteral("broken"), vorlage(QStringLiteral("Kaputt"), 3).left(900));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        env.insert(QStringLiteral("RATSMAPPE_CACHE"), dir);
        const QString png = m_dir.filePath(QStringLiteral("page2.png"));

        const Test::Run render = Test::runRatsmappe({QStringLiteral("render"),
                                                     QStringLiteral("good"),
                                                     QStringLiteral("--page"),
                                                     QStringLiteral("2"),
                                                     QStringLiteral("--dpi"),
                                                     QStringLiteral("50"),
                                                     QStringLiteral("--out"),
                                                     png,
                                                     QStringLiteral("--json")},
                                                    env);
        QVERIFY2(render.exitCode == 0, render.err.constData());
        QCOMPARE(render.json().value(QLatin1String("pages")).toInt(), 3);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(413, 585)); // A4 at 50 dpi
        QVERIFY(darkShare(image, image.rect()) > 0.005);

        const Test::Run text = Test::runRatsmappe(
            {QStringLiteral("text"), QStringLiteral("good"), QStringLiteral("--page"), QStringLiteral("1")},
            env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Ausbau der Ganztagsbetreuung"));
        QVERIFY(!text.out.contains("Seite 2 von 3"));

        // A broken document: exit 1 and one line saying why, never a crash.
        for (const QString &command : {QStringLiteral("render"), QStringLiteral("text")}) {
            QStringList args{command, QStringLiteral("broken")};
            if (command == QLatin1String("render")) {
                args << QStringLiteral("--out") << png;
            }
            const Test::Run broken = Test::runRatsmappe(args, env);
            QVERIFY2(broken.exitCode == 1, broken.err.constData());
            QCOMPARE(broken.err.trimmed().count('\n'), 0);
            QVERIFY2(broken.err.contains("not a readable PDF"), broken.err.constData());
        }
        QCOMPARE(Test::runRatsmappe({QStringLiteral("text"),
                                     QStringLiteral("good"),
                                     QStringLiteral("--page"),
                                     QStringLiteral("9")},
                                    env)
                     .exitCode,
                 1);
        QCOMPARE(Test::runRatsmappe({QStringLiteral("render"), QStringLiteral("good")}, env).exitCode,
                 2); // no --out
        QCOMPARE(Test::runRatsmappe({QStringLiteral("text"), QStringLiteral("nope")}, env).exitCode, 1);
    }

    void textIsIndexedOncePerVersion()
    {
        auto cache = Test::createCache(m_dir.filePath(QStringLiteral("index-cache")));
        Database &db = cache->database();
        storeDocument(
            *cache, QStringLiteral("file-a"), vorlage(QStringLiteral("Neubau der Feuerwache Nord"), 5));
        storeDocument(*cache, QStringLiteral("file-b"), "%PDF-1.4\nkaputt\n%%EOF\n");
        TextIndexer indexer(*cache);
        const TextIndexer::Result first = indexer.indexPending();
        QCOMPARE(first.documents, 1);
        QCOMPARE(first.pages, 5);
        QCOMPARE(first.failed.size(), 1);
        QCOMPARE(first.failed.first().fileId, QStringLiteral("file-b"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'Feuerwache'")
                     .value_or(0),
                 5);
        QCOMPARE(db.queryText(
                     "SELECT target_id FROM search_index WHERE search_index MATCH 'Feuerwache' AND page = 1"),
                 QStringLiteral("file-a"));
        // Done once: a second run finds nothing to do, the failure is not retried.
        const TextIndexer::Result second = indexer.indexPending();
        QCOMPARE(second.documents + int(second.failed.size()), 0);
    }

    void readingSearchingAndPrintingLeaveNoPlaintextOnDisk()
    {
        // Everything a process could write goes to folders of this test, which are scanned after.
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
        QDir().mkpath(home);
        QDir().mkpath(tmp);
        qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toLocal8Bit());
        qputenv("TMPDIR", tmp.toLocal8Bit());

        const QByteArray marker = "Vertraulich7Q4ZK";
        // Uncompressed text, so a leaked copy of the bytes would show the marker in plain.
        const QByteArray pdf = writeQpdf(
            [&](QPDF &q) {
                QPDFObjectHandle resources = QPDFObjectHandle::parse(
                    "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>");
                addPage(
                    q,
                    q.newStream(QByteArray("BT /F1 14 Tf 72 760 Td (" + marker + ") Tj ET").toStdString()),
                    resources);
            },
            [](QPDFWriter &w) { w.setCompressStreams(false); });
        QVERIFY(pdf.contains(marker));

        const QString dir = m_dir.filePath(QStringLiteral("scan-cache"));
        auto cache = Test::createCache(dir);
        const qint64 version = storeDocument(*cache, QStringLiteral("file-secret"), pdf);

        QString error;
        auto doc = PdfDocument::open(DocumentStore(cache->database()).open(version), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->render(0, 100).isNull());
        QCOMPARE(doc->find(0, QString::fromLatin1(marker)).size(), 1);
        QVERIFY(doc->text(0).contains(QString::fromLatin1(marker)));
        QVERIFY(IsolatedPdf::probe(DocumentStore(cache->database()).readAll(version)).ok());
        QVERIFY(IsolatedPdf::text(DocumentStore(cache->database()).readAll(version))
                    .pages.first()
                    .contains(QString::fromLatin1(marker)));
        // Printing through the app's print path (the reader's PrintJob: pages rendered on the
        // RenderQueue's workers from the cache, painted here) onto a PDF "printer" whose output
        // stays in memory.
        QBuffer printed;
        printed.open(QIODevice::WriteOnly);
        {
            PageImageCache images;
            RenderQueue queue([&cache] { return cache->openConnection(); }, &images);
            QPdfWriter printer(&printed);
            printer.setResolution(150);
            printer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the sheet is the page, for comparing
            PrintJob job(&queue, version, &printer, 0, 0, 150, 0);
            QSignalSpy finished(&job, &PrintJob::finished);
            job.start();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QCOMPARE(job.pagesDone(), 1);
        }
        printed.close();
        {
            QString printError;
            const auto sheets = PdfDocument::fromData(printed.data(), &printError);
            QVERIFY2(sheets, qPrintable(printError));
            QCOMPARE(sheets->pageCount(), 1);
            // The marker's ink is on the sheet where it is on the page.
            const QImage source = doc->render(0, 72);
            const QImage sheet = sheets->render(0, 72);
            const QRectF markerArea = doc->find(0, QString::fromLatin1(marker)).first();
            QVERIFY(darkShare(source, markerArea) > 0.05);
            QVERIFY2(darkShare(sheet, markerArea) > 0.5 * darkShare(source, markerArea),
                     qPrintable(QString::number(darkShare(sheet, markerArea))));
            // …and nowhere else: the rest of the sheet is as white as the page.
            QVERIFY(darkShare(sheet, QRectF(0, 0, sheet.width(), markerArea.top() - 4)) < 0.001);
            QVERIFY(darkShare(sheet, QRectF(0, markerArea.bottom() + 4, sheet.width(), sheet.height())) <
                    0.001);
        }
        doc.reset();
        cache.reset();

        for (const QString &folder : {dir, home, tmp}) {
            QCOMPARE(Test::findMarkers(folder, {marker}), QStringList());
        }
        qunsetenv("XDG_CACHE_HOME");
        qunsetenv("TMPDIR");
    }
};

RATSMAPPE_TEST_MAIN(PdfTest)
#include "tst_pdf.moc"
