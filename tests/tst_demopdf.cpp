// SPDX-License-Identifier: GPL-2.0-or-later
// The demo city's PDFs: exact page counts, German text that survives extraction, a footer on
// every page, byte-identical output for equal specs, scanned pages of a realistic size.

#include "demopdf.h"
#include "testmain.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <memory>

using namespace Ratsmappe;
using Demo::PdfSpec;

namespace {

PdfSpec vorlage(int pages, quint64 seed = 7)
{
    PdfSpec spec;
    spec.style = PdfSpec::Style::Vorlage;
    spec.title = QStringLiteral(
        "Beschlussvorlage 2025/0123: Sanierung der Grundschule Am Markt – Böden, Dächer, Außengelände");
    spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Ausschuss für Bildung und Soziales");
    spec.seed = seed;
    spec.pages = pages;
    return spec;
}

PdfSpec budget(int pages)
{
    PdfSpec spec;
    spec.style = PdfSpec::Style::Budget;
    spec.title = QStringLiteral("Haushaltsplanentwurf 2026/2027 der Stadt Wiesenfeld");
    spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Kämmerei");
    spec.seed = 2026;
    spec.pages = pages;
    return spec;
}

std::unique_ptr<Poppler::Document> load(const QByteArray &pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    if (doc && doc->isLocked())
        doc.reset();
    return doc;
}

QString pageText(Poppler::Document &doc, int index)
{
    const std::unique_ptr<Poppler::Page> page(doc.page(index));
    return page ? page->text(QRectF()).simplified() : QString();
}

QString footer(int page, int total)
{
    return QStringLiteral("Seite %1 von %2").arg(page).arg(total);
}

} // namespace

class DemoPdfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        m_budget = Demo::writePdf(budget(1040));
    }

    void singlePageVorlage()
    {
        const PdfSpec spec = vorlage(1);
        auto doc = load(Demo::writePdf(spec));
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 1);
        const QString text = pageText(*doc, 0);
        QVERIFY2(text.contains(QStringLiteral("Sanierung der Grundschule Am Markt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Außengelände")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ausschuss für Bildung und Soziales")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Vorlagen-Nr. 2025/0123")));
        QVERIFY(text.contains(footer(1, 1)));
    }

    void twentyPageVorlage()
    {
        const QByteArray pdf = Demo::writePdf(vorlage(20));
        auto doc = load(pdf);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 20);
        QString all;
        for (int i = 0; i < doc->numPages(); ++i) {
            const QString text = pageText(*doc, i);
            QVERIFY2(text.contains(footer(i + 1, 20)),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(text)));
            all += text;
        }
        for (const QString &word : {QStringLiteral("Beschlussvorschlag"),
                                    QStringLiteral("Sachverhalt"),
                                    QStringLiteral("Begründung"),
                                    QStringLiteral("Finanzielle Auswirkungen"),
                                    QStringLiteral("Straße"),
                                    QStringLiteral("Gesamtkosten")})
            QVERIFY2(all.contains(word), qPrintable(word));
        QVERIFY(!doc->outline().isEmpty());
        // Every text page carries content beyond header and footer.
        const QString last = pageText(*doc, 19);
        QVERIFY2(last.size() > 200, qPrintable(last));
    }

    void budgetDraft()
    {
        auto doc = load(m_budget);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 1040);
        QVERIFY(pageText(*doc, 0).contains(QStringLiteral("Haushaltsplanentwurf")));
        const QRegularExpression amount(QStringLiteral("\\d{1,3}(\\.\\d{3})+,\\d{2} €"));
        for (const int page : {10, 500, 1039}) {
            const QString text = pageText(*doc, page);
            QVERIFY2(amount.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(text.contains(footer(page + 1, 1040)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Ansatz 2026")));
        }
        QVERIFY(pageText(*doc, 700).contains(QStringLiteral("Produkt")));
        // Bookmarks per Produktbereich, roman page labels for the front matter.
        QVERIFY(doc->outline().size() >= 17);
        const std::unique_ptr<Poppler::Page> first(doc->page(0));
        QCOMPARE(first->label(), QStringLiteral("i"));
    }

    void otherStyles()
    {
        for (const auto style : {PdfSpec::Style::Protocol, PdfSpec::Style::Invitation}) {
            PdfSpec spec;
            spec.style = style;
            spec.title = style == PdfSpec::Style::Protocol
                ? QStringLiteral("Niederschrift über die 12. Sitzung")
                : QStringLiteral("Einladung zur 13. Sitzung");
            spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Haupt- und Finanzausschuss");
            spec.seed = 99;
            spec.pages = 6;
            auto doc = load(Demo::writePdf(spec));
            QVERIFY(doc);
            QCOMPARE(doc->numPages(), 6);
            const QString text = pageText(*doc, 0);
            QVERIFY2(text.contains(spec.title), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("TOP")));
            QVERIFY(pageText(*doc, 5).contains(footer(6, 6)));
        }
    }

    void deterministic()
    {
        const QByteArray a = Demo::writePdf(vorlage(5, 42));
        QCOMPARE(Demo::writePdf(vorlage(5, 42)), a);
        QVERIFY(Demo::writePdf(vorlage(5, 43)) != a);
        QCOMPARE(Demo::writePdf(budget(1040)), m_budget);
        PdfSpec scanned = vorlage(3, 42);
        scanned.scanPages = 1;
        QCOMPARE(Demo::writePdf(scanned), Demo::writePdf(scanned));
    }

    void scanPages()
    {
        PdfSpec spec = vorlage(10);
        spec.scanPages = 4;
        const QByteArray pdf = Demo::writePdf(spec);
        const QByteArray plain = Demo::writePdf(vorlage(10));
        const qsizetype perScan = (pdf.size() - plain.size()) / 4;
        QVERIFY2(perScan > 150'000 && perScan < 260'000, qPrintable(QString::number(perScan)));
        QCOMPARE(pdf.count("/Subtype /Image"), 4);

        auto doc = load(pdf);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 10);
        QVERIFY(pageText(*doc, 9).contains(footer(10, 10)));
        // A scanned page is grey paper with ink, not a white page.
        const std::unique_ptr<Poppler::Page> page(doc->page(8));
        const QImage image = page->renderToImage(50, 50).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        qint64 sum = 0;
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                sum += line[x];
                dark += line[x] < 150;
            }
        }
        const qint64 mean = sum / (image.width() * image.height());
        QVERIFY2(mean > 150 && mean < 245, qPrintable(QString::number(mean)));
        QVERIFY(dark > 100);
    }

    void rendersTitle()
    {
        auto doc = load(Demo::writePdf(vorlage(2)));
        QVERIFY(doc);
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        const std::unique_ptr<Poppler::Page> page(doc->page(0));
        const QImage image = page->renderToImage(50, 50).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        int dark = 0;
        for (int y = 0; y < image.height() / 3; ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x)
                dark += line[x] < 100;
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    }

    // Not a benchmark: prints what the demo server's documents cost. With
    // RATSMAPPE_DEMOPDF_OUT=<dir> it also leaves the files there for a look.
    void sizesAndTimes()
    {
        PdfSpec scanned = vorlage(10);
        scanned.scanPages = 4;
        const QList<std::pair<const char *, PdfSpec>> specs = {
            {"vorlage-20", vorlage(20)}, {"vorlage-10-scan-4", scanned}, {"budget-1040", budget(1040)}};
        const QString outDir = qEnvironmentVariable("RATSMAPPE_DEMOPDF_OUT");
        for (const auto &[name, spec] : specs) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray pdf = Demo::writePdf(spec);
            qInfo("%s: %d pages, %lld bytes, %lld ms", name, spec.pages, qint64(pdf.size()), timer.elapsed());
            if (!outDir.isEmpty()) {
                QFile file(outDir + u'/' + QLatin1String(name) + QStringLiteral(".pdf"));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(pdf);
            }
        }
    }

    void pdftotextAndQpdfCheck()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        RATSMAPPE_REQUIRE(!pdftotext.isEmpty(), "the pdftotext program (poppler-utils)");
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("haushalt.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(Demo::writePdf(budget(40)));
        out.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Haushaltsplanentwurf")));
        QVERIFY(text.contains(QStringLiteral("Kämmerer")));
        QVERIFY(text.contains(QStringLiteral("Seite 40 von 40")));
        QVERIFY(p.readAllStandardError().isEmpty());

        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        RATSMAPPE_REQUIRE(!qpdf.isEmpty(), "the qpdf program (qpdf)");
        p.start(qpdf, {QStringLiteral("--check"), file});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    }

private:
    QByteArray m_budget;
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoPdfTest)
#include "tst_demopdf.moc"
