// SPDX-License-Identifier: GPL-2.0-or-later
// Reading, searching and printing a document from the encrypted cache leave no plaintext on
// disk: in process, through the crash-isolated helper and through the reader's print path.

#include "documentstore.h"
#include "isolatedpdf.h"
#include "pageimagecache.h"
#include "pdfdocument.h"
#include "pdfsamples.h"
#include "printjob.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::PdfSamples;

class PdfPlaintextTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
        const qint64 version = storeNamedDocument(*cache, QStringLiteral("file-secret"), pdf);

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

RATSMAPPE_TEST_MAIN(PdfPlaintextTest)
#include "tst_pdf_plaintext.moc"
