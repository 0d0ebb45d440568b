// SPDX-License-Identifier: GPL-2.0-or-later
// The reader's controller over a real encrypted cache: printing goes through page images
// rendered on the workers and painted on this thread (here onto a PDF in memory), and the
// reading position (page and zoom) comes back when the document is opened again.

#include "cachecontroller.h"
#include "demopdf.h"
#include "documentstore.h"
#include "documentview.h"
#include "objectstore.h"
#include "pdfdocument.h"
#include "testutil.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

// Every item named \a name below \a item in the visual tree.
void collectItems(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (item->objectName() == name) {
        out.append(item);
    }
    for (QQuickItem *child : item->childItems()) {
        collectItems(child, name, out);
    }
}

// The hit highlights drawn on the page items showing \a page.
int highlightsOnPage(QQuickWindow *window, int page)
{
    QList<QQuickItem *> pageItems;
    collectItems(window->contentItem(), QStringLiteral("pageItem"), pageItems);
    int count = 0;
    for (QQuickItem *pageItem : std::as_const(pageItems)) {
        if (pageItem->property("page").toInt() != page) {
            continue;
        }
        QList<QQuickItem *> highlights;
        collectItems(pageItem, QStringLiteral("hitHighlight"), highlights);
        for (QQuickItem *highlight : std::as_const(highlights)) {
            count += highlight->isVisible() && highlight->width() > 0 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

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

private Q_SLOTS:
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
    }

    void printRunCanBeCancelled()
    {
        const auto view = openView();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        QSignalSpy finished(view.get(), &DocumentView::printFinished);
        QVERIFY(view->printTo(&writer, 0, Pages - 1, 100));
        view->cancelPrint();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!view->printing());
        QTest::qWait(200); // pages still rendering arrive and are dropped
        QCOMPARE(finished.count(), 1);
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

    // Defect (issue 9): the reader never highlighted hits on page 1. The page list's delegates
    // that exist when the hits arrive must show them, as later ones do; this runs the app's
    // own compiled ReaderPage.
    void readerPageHighlightsHitsOnTheFirstPage()
    {
        QQmlApplicationEngine engine;
        auto *controller = engine.singletonInstance<CacheController *>("org.kde.ratsmappe", "CacheController");
        QVERIFY(controller);
        controller->start(m_tmp.filePath(QStringLiteral("c")));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        controller->documentCheck()->markVerified(m_version);
        QQmlComponent component(&engine);
        component.setData(QByteArray("import QtQuick\nimport org.kde.kirigami as Kirigami\nimport org.kde.ratsmappe\n"
                                     "Kirigami.ApplicationWindow { width: 800; height: 1100; visible: true\n"
                                     "    pageStack.initialPage: ReaderPage { fileId: \"") +
                              m_fileId.toUtf8() + "\" } }\n",
                          QUrl(QStringLiteral("qrc:/tst_documentview/Window.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        QList<QQuickItem *> readers;
        collectItems(window->contentItem(), QStringLiteral("readerPage"), readers);
        QCOMPARE(readers.size(), 1);
        auto *view = readers.first()->findChild<DocumentView *>();
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->status(), DocumentView::Ready, 60000);
        // Page 1 is on screen before the member searches.
        QTRY_VERIFY_WITH_TIMEOUT(!view->pageImage(0).isNull(), 60000);
        QCOMPARE(highlightsOnPage(window, 0), 0);

        view->find(QStringLiteral("Haushaltsplanentwurf"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->finding() && !view->hitsOn(0).isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(highlightsOnPage(window, 0), int(view->hitsOn(0).size()), 10000);
        // A new search replaces them.
        view->find(QStringLiteral("Quantenkryptographie"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->finding(), 60000);
        QCOMPARE(view->hitCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(highlightsOnPage(window, 0), 0, 10000);
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

QTEST_MAIN(DocumentViewTest)
#include "tst_documentview.moc"
