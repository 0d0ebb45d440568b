// SPDX-License-Identifier: GPL-2.0-or-later
// Downloads judged as PDF readers judge them, over real HTTP (the demo server on loopback): a
// real PDF with junk before its header, or without its header line, is kept as a PDF and opens
// in the crash-isolated helper, the reader's first-open check and the reader's own Poppler;
// only what is clearly an error page (HTML, XML, JSON, nothing) is refused, with its reason in
// the sync summary.

#include "cache.h"
#include "database.h"
#include "documentcheck.h"
#include "documentstore.h"
#include "isolatedpdf.h"
#include "oparlserver.h"
#include "pdfdocument.h"
#include "syncengine.h"
#include "testmain.h"
#include "testutil.h"

#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Ratsmappe;

namespace {

// A one-page PDF written by qpdf: a heading in Helvetica, large enough to ink many pixels.
QByteArray qpdfDocument()
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>");
    page.replaceKey("/Contents", pdf.newStream("BT /F1 48 Tf 72 700 Td (Haushalt 2027) Tj ET"));
    page.replaceKey("/Resources",
                    QPDFObjectHandle::parse(
                        "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"));
    QPDFPageDocumentHelper(pdf).addPage(page, false);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return dark;
}

struct Served
{
    QString name;
    QByteArray bytes;
    QString reason; ///< part of the skip reason; empty: kept as a PDF
};

} // namespace

class DownloadKindsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void judgedAsPdfReadersDo()
    {
        const QByteArray pdf = qpdfDocument();
        QVERIFY(pdf.startsWith("%PDF-1."));
        const QByteArray headerLine = pdf.left(pdf.indexOf('\n') + 1);
        const QByteArray withoutHeader = pdf.mid(headerLine.size());
        // qpdf's second line is a binary comment; without it the file starts with an object.
        const QByteArray startsWithObject = withoutHeader.mid(withoutHeader.indexOf('\n') + 1);
        QVERIFY(!withoutHeader.contains("%PDF-"));
        QVERIFY(startsWithObject.startsWith("1 0 obj"));

        const QList<Served> served = {
            // A PHP warning printed before the document, as some RIS download scripts do.
            {QStringLiteral("junk before the header"),
             "<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by "
             "(output started at /var/www/ris/download.php:12)<br />\n" +
                 pdf,
             {}},
            {QStringLiteral("no header line"), withoutHeader, {}},
            {QStringLiteral("starts with 1 0 obj"), startsWithObject, {}},
            {QStringLiteral("html"),
             "\r\n<!DOCTYPE html>\n<html lang=\"de\"><head><title>Fehler</title></head>"
             "<body><h1>Die Datei ist nicht verf\xc3\xbc"
             "gbar</h1></body></html>\n",
             QStringLiteral("an HTML page instead of the PDF")},
            {QStringLiteral("json"),
             R"({"error": {"code": 404, "message": "Datei nicht gefunden"}})",
             QStringLiteral("a JSON error answer instead of the PDF: Datei nicht gefunden")},
            {QStringLiteral("xml"),
             "\xEF\xBB\xBF<?xml version=\"1.0\" "
             "encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code></Error>\n",
             QStringLiteral("an XML page instead of the PDF")},
            {QStringLiteral("empty"), QByteArray(), QStringLiteral("an empty answer instead of the PDF")},
        };

        Demo::OParlServer server;
        server.setNow(QDateTime::currentDateTimeUtc().addDays(-1));
        QHash<QString, Served> byFile;
        QJsonArray files;
        for (const Served &s : served) {
            const QString file = server.add(QStringLiteral("File"), {{QStringLiteral("name"), s.name}});
            server.setFileBytes(file, s.bytes, QStringLiteral("application/pdf"));
            byFile.insert(file, s);
            files.append(file);
        }
        server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Rat")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)},
             {QStringLiteral("auxiliaryFile"), files}});
        server.setNow({});

        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        const SyncSummary summary = engine.run(server.systemUrl());
        QVERIFY(summary.complete);
        QHash<QString, QString> skipped;
        for (const SyncSkip &skip : summary.skipped) {
            skipped.insert(skip.id, skip.reason);
        }
        QCOMPARE(summary.downloaded, 3);
        QCOMPARE(skipped.size(), 4);

        const QImage reference = IsolatedPdf::render(pdf, 0, 50).image;
        QVERIFY(darkPixels(reference) > 200);
        Database &db = cache->database();
        DocumentStore docs(db);
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QString &file = it.key();
            const Served &s = it.value();
            const auto version = docs.currentVersion(file);
            if (!s.reason.isEmpty()) {
                QVERIFY2(!version, qPrintable(s.name));
                QCOMPARE(skipped.value(file), s.reason);
                Statement versions(db, "SELECT count(*) FROM file_versions WHERE file_id = ?");
                versions.bind(1, file);
                QVERIFY(versions.next());
                QCOMPARE(versions.integer(0), 0); // nothing of it is kept
                continue;
            }
            QVERIFY2(version && !skipped.contains(file),
                     qPrintable(s.name + QLatin1String(": ") + skipped.value(file)));
            QCOMPARE(version->kind, DocumentKind::Pdf);
            QCOMPARE(docs.readAll(version->id), s.bytes);

            // The reader's first open: the crash-isolated helper reads it and the cache keeps
            // that it passed.
            QCOMPARE(DocumentCheck::probe(db, version->id), QString());
            QCOMPARE(docs.firstOpenCheck(version->id).state, FirstOpenCheck::Passed);
            // The helper renders the page as it renders the intact document.
            const IsolatedPdf::Result rendered = IsolatedPdf::render(s.bytes, 0, 50);
            QVERIFY2(rendered.ok(), qPrintable(s.name + QLatin1String(": ") + rendered.error));
            QCOMPARE(rendered.pageCount, 1);
            QCOMPARE(darkPixels(rendered.image), darkPixels(reference));
            // …and so does the reader's Poppler in this process, reading from the cache.
            QString error;
            const auto doc = PdfDocument::open(docs.open(version->id), &error);
            QVERIFY2(doc, qPrintable(s.name + QLatin1String(": ") + error));
            QCOMPARE(darkPixels(doc->render(0, 50)), darkPixels(reference));
        }
    }
};

RATSMAPPE_TEST_MAIN(DownloadKindsTest)
#include "tst_download_kinds.moc"
