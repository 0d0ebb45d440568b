// SPDX-License-Identifier: GPL-2.0-or-later
// The reader's controller over a real encrypted cache: printing goes through page images
// rendered on the workers and painted on this thread (here onto a PDF in memory), and the
// reading position (page and zoom) comes back when the document is opened again.

#include "cachecontroller.h"
#include "demopdf.h"
#include "documentstore.h"
#include "documentview.h"
#include "objectstore.h"
#include "pagecompare.h"
#include "pdfdocument.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Ratsmappe;

class DocumentViewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<CacheController> m_controller;
    qint64 m_version = 0;
    const QString m_fileId = QStringLiteral("https://ris.example/file/1");
    const QString m_imageId = QStringLiteral("https://ris.example/file/2");
    static constexpr int Pages = 9;

    // A DocumentView on the test document, ready to show pages.
    std::unique_ptr<DocumentView> openView()
    {
        auto view = std::make_unique<DocumentView>();
        view->setCacheController(m_controller.get());
        view->setFileId(m_fileId);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(view->status(), DocumentView::Ready, 60000);
        }();
        return view;
    }

    // The stored document, opened the way the reader's workers open it.
    std::unique_ptr<PdfDocument> openSource()
    {
        QString error;
        auto doc =
            PdfDocument::open(DocumentStore(m_controller->cache()->database()).open(m_version), &error);
        if (!doc) {
            qWarning("%s", qPrintable(error));
        }
        return doc;
    }

private Q_SLOTS:
    // Any warning fails the case: a painter used after its print run ended, a model index
    // out of range and the like only show as warnings.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        const QString dir = m_tmp.filePath(QStringLiteral("c"));
        {
            auto cache = Test::createCache(dir);
            Demo::PdfSpec spec;
            spec.title = QStringLiteral("Haushaltsplanentwurf 2026");
            spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Kämmerei");
            spec.seed = 7;
            spec.pages = Pages;
            m_version = Test::storeDocument(*cache, m_fileId, Demo::writePdf(spec));

            QImage photo(640, 480, QImage::Format_RGB32);
            photo.fill(Qt::darkGreen);
            QByteArray png;
            QBuffer out(&png);
            QVERIFY(out.open(QIODevice::WriteOnly) && photo.save(&out, "PNG"));
            ObjectStore(cache->database())
                .upsert(ObjectKind::File,
                        {},
                        {{QStringLiteral("id"), m_imageId}},
                        QDateTime::currentDateTimeUtc());
            Transaction imageTx(cache->database());
            DocumentWriter image(cache->database(), m_imageId, QStringLiteral("image/png"));
            image.write(png);
            image.finish(DocumentKind::Image);
            imageTx.commit();
        }
        const SecretBytes passphrase = Test::passphrase();
        qputenv("RATSMAPPE_PASSWORD", passphrase.bytes());
        m_controller = std::make_unique<CacheController>();
        m_controller->start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), CacheController::Unlocked, 60000);
        // The first-open check runs in a helper process; this document is our own.
        m_controller->documentCheck()->markVerified(m_version);
    }

    void printsEveryPageIntoMemory()
    {
        const auto view = openView();
        QCOMPARE(view->pageCount(), Pages);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(150);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the sheet is the page, for comparing
            QSignalSpy finished(view.get(), &DocumentView::printFinished);
            QVERIFY(view->printTo(&writer, 0, Pages - 1, 100));
            QVERIFY(view->printing());
            QVERIFY(!view->printTo(&writer, 0, 0, 100)); // one run at a time
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QVERIFY(!view->printing());
            QCOMPARE(view->printProgress(), 1.0);
        }
        buffer.close();
        QString error;
        const auto printed = PdfDocument::fromData(buffer.data(), &error);
        QVERIFY2(printed, qPrintable(error));
        QCOMPARE(printed->pageCount(), Pages);
        // What is on the sheets: every source page, in order (the sheets hold page images, so
        // there is no text layer to compare; the ink is compared instead).
        const auto source = openSource();
        QVERIFY2(source, qPrintable(error));
        const QString wrong = Test::comparePrinted(*printed, *source);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void printsARangeOfPages()
    {
        const auto view = openView();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(100);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QSignalSpy finished(view.get(), &DocumentView::printFinished);
            QVERIFY(view->printTo(&writer, 3, 5, 100));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            QCOMPARE(finished.at(0).at(0).toBool(), true);
        }
        QString error;
        const auto printed = PdfDocument::fromData(buffer.data(), &error);
        QVERIFY2(printed, qPrintable(error));
        QCOMPARE(printed->pageCount(), 3);
        const auto source = openSource();
        const QString wrong = Test::comparePrinted(*printed, *source, 3);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void printRunCanBeCancelled()
    {
        const auto view = openView();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        QSignalSpy finished(view.get(), &DocumentView::printFinished);
        QVERIFY(view->printTo(&writer, 0, Pages - 1, 100));
        // Cancelled once a worker has taken a page (results come back only through this
        // thread's event loop, which does not run here), so a page in flight is dropped too.
        QDeadlineTimer deadline(std::chrono::seconds(60));
        while (view->renderQueue()->inFlight() == 0 && !deadline.hasExpired()) {
            QThread::yieldCurrentThread();
        }
        QVERIFY(view->renderQueue()->inFlight() > 0);
        view->cancelPrint();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!view->printing());
        // Pages still rendering come back and are dropped; once the workers have drained,
        // nothing else can arrive.
        QTRY_VERIFY_WITH_TIMEOUT(view->renderQueue()->isIdle(), 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(view->printProgress(), 0.0);
    }

    void selectsWordsInReadingOrder()
    {
        const auto view = openView();
        QSignalSpy changed(view.get(), &DocumentView::textSelectionChanged);
        view->selectPage(0);
        QTRY_VERIFY_WITH_TIMEOUT(!view->textSelectionRects().isEmpty(), 60000);
        const QString all = view->selectedText();
        QVERIFY2(all.contains(QStringLiteral("Haushaltsplanentwurf")), qPrintable(all));
        const QVariantList boxes = view->textSelectionRects();
        // From the first word to the third: three words, the start of the page's text.
        const QRectF first = boxes.at(0).toRectF();
        const QRectF third = boxes.at(2).toRectF();
        view->selectText(0, third.center(), first.center());
        QCOMPARE(view->textSelectionRects().size(), 3);
        QVERIFY(all.simplified().startsWith(view->selectedText().simplified()));
        view->copySelectedText();
        view->clearTextSelection();
        QCOMPARE(view->textSelectionPage(), -1);
        QVERIFY(view->selectedText().isEmpty());
    }

    void decodesImagesOffTheGuiThread()
    {
        DocumentView view;
        view.setCacheController(m_controller.get());
        view.setFileId(m_imageId);
        QCOMPARE(view.status(), DocumentView::Loading); // decoding on a pool thread
        QTRY_COMPARE_WITH_TIMEOUT(view.status(), DocumentView::Ready, 60000);
        QVERIFY(view.isImage());
        QCOMPARE(view.pageCount(), 1);
        QCOMPARE(view.pageImage(0).size(), QSize(640, 480));
    }

    void restoresPageAndZoom()
    {
        {
            const auto view = openView();
            QCOMPARE(view->savedPage(), 0);
            view->savePosition(7, 1.5);
        }
        const auto again = openView();
        QCOMPARE(again->savedPage(), 7);
        QCOMPARE(again->savedZoom(), 1.5);
    }
};

RATSMAPPE_TEST_MAIN(DocumentViewTest)
#include "tst_documentview.moc"
