// SPDX-License-Identifier: GPL-2.0-or-later
// PDFs through the crash-isolated helper: a corpus of broken PDFs gets clear errors without
// taking the caller down, a crash or a hang of the helper is contained, `ratsmappe render` and
// `text` answer a broken document with one line, and the text index reads each version once.

#include "isolatedpdf.h"
#include "pdfsamples.h"
#include "testmain.h"
#include "testutil.h"
#include "textindexer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::PdfSamples;

namespace {

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

} // namespace

class PdfIsolatedTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 12: the helper that parses hostile PDFs starts with a minimal environment, never
    // with the passphrase or server password this process was given. A stand-in helper writes
    // down the environment it got.
    void helperGetsNoSecrets()
    {
        const QString seen = m_dir.filePath(QStringLiteral("helper-environment"));
        const QString helper = Test::writeFile(m_dir.path(),
                                               QStringLiteral("env-helper.sh"),
                                               "#!/bin/sh\n/usr/bin/env > '" + QFile::encodeName(seen) +
                                                   "'\n/bin/cat > /dev/null\necho 1\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("RATSMAPPE_PDF_WORKER", QFile::encodeName(helper));
        qputenv("RATSMAPPE_PASSWORD", "geheime-passphrase");
        qputenv("RATSMAPPE_SERVER_PASSWORD", "geheimes-serverpasswort");
        qputenv("LANG", "C.UTF-8");
        const IsolatedPdf::Result result = IsolatedPdf::probe(vorlage(QStringLiteral("Vorlage"), 1));
        qunsetenv("RATSMAPPE_PDF_WORKER");
        qunsetenv("RATSMAPPE_PASSWORD");
        qunsetenv("RATSMAPPE_SERVER_PASSWORD");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray environment = file.readAll();
        QVERIFY2(!environment.contains("geheim"), environment.constData());
        QVERIFY2(!environment.contains("RATSMAPPE_"), environment.constData());
        QVERIFY2(environment.contains("LANG=C.UTF-8"), environment.constData());
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
            storeNamedDocument(
                *cache, QStringLiteral("good"), vorlage(QStringLiteral("Ausbau der Ganztagsbetreuung"), 3));
            storeNamedDocument(
                *cache, QStringLiteral("broken"), vorlage(QStringLiteral("Kaputt"), 3).left(900));
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
        storeNamedDocument(
            *cache, QStringLiteral("file-a"), vorlage(QStringLiteral("Neubau der Feuerwache Nord"), 5));
        storeNamedDocument(*cache, QStringLiteral("file-b"), "%PDF-1.4\nkaputt\n%%EOF\n");
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
};

RATSMAPPE_TEST_MAIN(PdfIsolatedTest)
#include "tst_pdf_isolated.moc"
