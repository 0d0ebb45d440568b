// SPDX-License-Identifier: GPL-2.0-or-later
// The reader's controller over a real encrypted cache: printing goes through page images
// rendered on the workers and painted on this thread (here onto a PDF in memory), and the
// reading position (page and zoom) comes back when the document is opened again.

#include "cachecontroller.h"
#include "demopdf.h"
#include "documentprinter.h"
#include "documentstore.h"
#include "documentview.h"
#include "objectstore.h"
#include "outlinemodel.h"
#include "pagecompare.h"
#include "pdfdocument.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Ratsmappe;

namespace {

// Whether a process is still there: a zombie (killed, not yet reaped) counts as gone.
bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype state = line.lastIndexOf(')') + 2; // "pid (name) S …"
    return state < line.size() && line.at(state) != 'Z' && line.at(state) != 'X';
}

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

    // A helper program that tells its process id and then hangs, as a decompression bomb does.
    QString hangingHelper(const QString &pidFile)
    {
        const QString path = m_tmp.filePath(QStringLiteral("hanging-helper.sh"));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly)) {
            return {};
        }
        script.write(QByteArray("#!/bin/sh\necho $$ > '") + pidFile.toLocal8Bit() +
                     "'\ncat >/dev/null\nexec sleep 300\n");
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    // A stored document nobody has checked yet; returns its file id.
    QString storeUnchecked(const QString &name, const QByteArray &bytes)
    {
        const QString fileId = QStringLiteral("https://ris.example/file/") + name;
        Test::storeDocument(*m_controller->cache(), fileId, bytes);
        return fileId;
    }

    // Opens \a fileId with the hanging helper and returns the helper's process id once it runs.
    qint64 startHangingCheck(DocumentView &view, const QString &fileId)
    {
        const QString pidFile = m_tmp.filePath(QStringLiteral("helper-%1.pid").arg(++m_helpers));
        qputenv("RATSMAPPE_PDF_WORKER", hangingHelper(pidFile).toLocal8Bit());
        view.setCacheController(m_controller.get());
        view.setFileId(fileId);
        qint64 pid = 0;
        [&] {
            QCOMPARE(view.status(), DocumentView::Checking);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && (pid = readPid(pidFile)) > 0, 60000);
            QVERIFY(processRuns(pid));
        }();
        qunsetenv("RATSMAPPE_PDF_WORKER");
        return pid;
    }

    static qint64 readPid(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    // The window's cache controller (the QML singleton of \a engine), unlocked on the test
    // cache, with the test document checked.
    void startWindowCache(QQmlApplicationEngine &engine, CacheController *&controller)
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop"); // the window's look (gui.cpp)
        controller = engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        controller->start(m_tmp.filePath(QStringLiteral("c")));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        controller->documentCheck()->markVerified(m_version);
    }

    // A Kirigami window of the app's own compiled QML with \a body inside it, and the reader
    // pages in it.
    void loadWindow(QQmlApplicationEngine &engine,
                    const QByteArray &body,
                    std::unique_ptr<QObject> &root,
                    QList<QQuickItem *> &readers)
    {
        QQmlComponent component(&engine);
        component.setData(
            QByteArray(
                "import QtQuick\nimport org.kde.kirigami as Kirigami\nimport org.kde.ratsmappe.reader\n"
                "Kirigami.ApplicationWindow { visible: true\n") +
                body + "\n}\n",
            QUrl(QStringLiteral("qrc:/tst_documentview/Window.qml")));
        root.reset(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        collectItems(window->contentItem(), QStringLiteral("readerPage"), readers);
    }

    int m_helpers = 0;

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
            DocumentPrinter printer;
            printer.setDocument(view.get());
            QSignalSpy finished(&printer, &DocumentPrinter::printFinished);
            QVERIFY(printer.printTo(&writer, 0, Pages - 1, 100));
            QVERIFY(printer.printing());
            QVERIFY(!printer.printTo(&writer, 0, 0, 100)); // one run at a time
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QVERIFY(!printer.printing());
            QCOMPARE(printer.printProgress(), 1.0);
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
            DocumentPrinter printer;
            printer.setDocument(view.get());
            QSignalSpy finished(&printer, &DocumentPrinter::printFinished);
            QVERIFY(printer.printTo(&writer, 3, 5, 100));
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
        DocumentPrinter printer;
        printer.setDocument(view.get());
        QSignalSpy finished(&printer, &DocumentPrinter::printFinished);
        QVERIFY(printer.printTo(&writer, 0, Pages - 1, 100));
        // Cancelled once a worker has taken a page (results come back only through this
        // thread's event loop, which does not run here), so a page in flight is dropped too.
        QDeadlineTimer deadline(std::chrono::seconds(60));
        while (view->renderQueue()->inFlight() == 0 && !deadline.hasExpired()) {
            QThread::yieldCurrentThread();
        }
        QVERIFY(view->renderQueue()->inFlight() > 0);
        printer.cancelPrint();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!printer.printing());
        // Pages still rendering come back and are dropped; once the workers have drained,
        // nothing else can arrive.
        QTRY_VERIFY_WITH_TIMEOUT(view->renderQueue()->isIdle(), 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(printer.printProgress(), 0.0);
        // Closing the document ends a run on its workers too: the printer says so and is free.
        QBuffer second;
        QVERIFY(second.open(QIODevice::WriteOnly));
        QPdfWriter secondWriter(&second);
        QVERIFY(printer.printTo(&secondWriter, 0, Pages - 1, 100));
        view->setFileId(m_imageId);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(!printer.printing());
    }

    // The outline as an item model: one row per entry, in document order, emptied when
    // another document opens.
    void outlineModelListsTheOutline()
    {
        const auto view = openView();
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(view.get());
        const QList<PdfOutlineEntry> outline = openSource()->outline();
        QVERIFY(!outline.isEmpty());
        QCOMPARE(model.count(), int(outline.size()));
        for (int row = 0; row < model.count(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(OutlineModel::TitleRole).toString(), outline.at(row).title);
            QCOMPARE(index.data(OutlineModel::PageRole).toInt(), outline.at(row).page);
            QCOMPARE(index.data(OutlineModel::LevelRole).toInt(), outline.at(row).level);
        }
        QSignalSpy counted(&model, &OutlineModel::countChanged);
        view->setFileId(m_imageId);
        QCOMPARE(model.count(), 0);
        QCOMPARE(counted.count(), 1);
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

    // Defect: hits on page 1 were never highlighted (issue 9).
    void findHighlightsHitsOnEveryPageIncludingTheFirst()
    {
        const auto view = openView();
        QSignalSpy found(view.get(), &DocumentView::findChanged);
        // The title is on page 1; the document's name heads every page.
        view->find(QStringLiteral("Haushaltsplanentwurf"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->finding() && view->hitCount() > 0, 60000);
        QVERIFY2(!view->hitsOn(0).isEmpty(), "no hit highlighted on page 1");
        QCOMPARE(view->currentHit(), 0);
        QCOMPARE(view->currentHitPage(), 0);
        // Every hit belongs to one page's highlights, and the first ones to page 1.
        int highlighted = 0;
        for (int page = 0; page < view->pageCount(); ++page) {
            highlighted += int(view->hitsOn(page).size());
        }
        QCOMPARE(highlighted, view->hitCount());
        const QRectF first = view->hitsOn(0).first().toRectF();
        QVERIFY(QRectF(QPointF(0, 0), view->pageSize(0)).contains(first));
        QCOMPARE(view->currentHitRect(), first);
    }

    // Defect (issue 9): the reader never highlighted hits on page 1. The page list's delegates
    // that exist when the hits arrive must show them, as later ones do; this runs the app's
    // own compiled ReaderPage.
    void readerPageHighlightsHitsOnTheFirstPage()
    {
        QQmlApplicationEngine engine;
        CacheController *controller = nullptr;
        startWindowCache(engine, controller);
        QVERIFY(controller && !QTest::currentTestFailed());
        std::unique_ptr<QObject> root;
        QList<QQuickItem *> readers;
        loadWindow(engine,
                   QByteArray("width: 800; height: 1100\npageStack.initialPage: ReaderPage { fileId: \"") +
                       m_fileId.toUtf8() + "\" }",
                   root,
                   readers);
        QCOMPARE(readers.size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(root.get());
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

    // Two readers open at once, each on its own file: each page has its own document session,
    // shows its own pages and finds on its own.
    void twoReadersShowTheirOwnDocuments()
    {
        QQmlApplicationEngine engine;
        CacheController *controller = nullptr;
        startWindowCache(engine, controller);
        QVERIFY(controller && !QTest::currentTestFailed());
        const QString otherId = QStringLiteral("https://ris.example/file/other");
        Demo::PdfSpec spec;
        spec.title = QStringLiteral("Bebauungsplan Nord");
        spec.seed = 11;
        spec.pages = 3;
        controller->documentCheck()->markVerified(
            Test::storeDocument(*controller->cache(), otherId, Demo::writePdf(spec)));
        std::unique_ptr<QObject> root;
        QList<QQuickItem *> readers;
        loadWindow(engine,
                   QByteArray("width: 1600; height: 1000\n"
                              "Row { anchors.fill: parent\n"
                              "    ReaderPage { width: 800; height: 1000; fileId: \"") +
                       m_fileId.toUtf8() +
                       "\" }\n"
                       "    ReaderPage { width: 800; height: 1000; fileId: \"" +
                       otherId.toUtf8() + "\" } }",
                   root,
                   readers);
        QCOMPARE(readers.size(), 2);
        auto *first = readers.at(0)->findChild<DocumentView *>();
        auto *second = readers.at(1)->findChild<DocumentView *>();
        QVERIFY(first && second && first != second);
        QTRY_COMPARE_WITH_TIMEOUT(first->status(), DocumentView::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second->status(), DocumentView::Ready, 60000);
        QCOMPARE(first->fileId(), m_fileId);
        QCOMPARE(second->fileId(), otherId);
        QCOMPARE(first->pageCount(), Pages);
        QCOMPARE(second->pageCount(), 3);
        QCOMPARE(readers.at(0)->property("title").toString(), first->title());
        QCOMPARE(readers.at(1)->property("title").toString(), second->title());
        QVERIFY(first->title() != second->title());
        // Each shows its own first page, and every page item of a reader shows its document.
        QTRY_VERIFY_WITH_TIMEOUT(!first->pageImage(0).isNull() && !second->pageImage(0).isNull(), 60000);
        for (int i = 0; i < 2; ++i) {
            QList<QQuickItem *> pageItems;
            collectItems(readers.at(i), QStringLiteral("pageItem"), pageItems);
            QVERIFY(!pageItems.isEmpty());
            for (QQuickItem *pageItem : std::as_const(pageItems)) {
                QCOMPARE(pageItem->property("view").value<QObject *>(),
                         static_cast<QObject *>(i == 0 ? first : second));
            }
        }
        // Finding in one leaves the other alone.
        first->find(QStringLiteral("Haushaltsplanentwurf"));
        QTRY_VERIFY_WITH_TIMEOUT(!first->finding() && first->hitCount() > 0, 60000);
        QCOMPARE(second->findText(), QString());
        QCOMPARE(second->hitCount(), 0);
    }

    void failedFirstOpenCheckIsRememberedAndNotProbedAgain()
    {
        const QString fileId =
            storeUnchecked(QStringLiteral("broken"), QByteArray("%PDF-1.4\nkaputt\n%%EOF\n"));
        QString reason;
        {
            DocumentView view;
            view.setCacheController(m_controller.get());
            view.setFileId(fileId);
            QCOMPARE(view.status(), DocumentView::Checking);
            QTRY_COMPARE_WITH_TIMEOUT(view.status(), DocumentView::Failed, 60000);
            reason = view.errorMessage();
            QVERIFY2(reason.contains(QLatin1String("not a readable PDF")), qPrintable(reason));
            QVERIFY(view.canRetryCheck());
        }
        // The next open shows the remembered reason at once: no helper runs (a helper that
        // cannot even start would say so instead).
        qputenv("RATSMAPPE_PDF_WORKER", "/nonexistent/ratsmappe-pdf-worker");
        DocumentView again;
        again.setCacheController(m_controller.get());
        again.setFileId(fileId);
        QCOMPARE(again.status(), DocumentView::Failed);
        QCOMPARE(again.errorMessage(), reason);
        QVERIFY(again.canRetryCheck());
        // Try Again forgets it and checks anew (here: the helper cannot start).
        again.retryCheck();
        QCOMPARE(again.status(), DocumentView::Checking);
        QTRY_COMPARE_WITH_TIMEOUT(again.status(), DocumentView::Failed, 60000);
        QVERIFY2(again.errorMessage().contains(QLatin1String("cannot be started")),
                 qPrintable(again.errorMessage()));
        qunsetenv("RATSMAPPE_PDF_WORKER");
    }

    void cancellingOrLeavingTheCheckKillsTheHelper()
    {
        const QString fileId = storeUnchecked(QStringLiteral("slow"), Demo::writePdf({}));
        {
            DocumentView view;
            const qint64 pid = startHangingCheck(view, fileId);
            view.cancelCheck();
            QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
            QCOMPARE(view.status(), DocumentView::Failed);
            QVERIFY(view.canRetryCheck());
        }
        {
            // Leaving for another document.
            DocumentView view;
            const qint64 pid = startHangingCheck(view, fileId);
            view.setFileId(QString());
            QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
        }
        qint64 pid = 0;
        {
            // Closing the reader.
            DocumentView view;
            pid = startHangingCheck(view, fileId);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
    }

    void savesWhereTheMemberSaid()
    {
        const auto view = openView();
        const QUrl suggested = view->suggestedSaveUrl();
        QVERIFY(suggested.isLocalFile());
        QVERIFY2(suggested.fileName().endsWith(QLatin1String(".pdf")), qPrintable(suggested.toString()));
        QCOMPARE(QFileInfo(suggested.toLocalFile()).absolutePath(), view->saveFolder().toLocalFile());
        QVERIFY(view->saveFolder().toLocalFile() != QDir::currentPath());

        const QString folder = m_tmp.filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + QStringLiteral("/copy.pdf");
        QCOMPARE(view->saveCopy(QUrl::fromLocalFile(target)), QString());
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().startsWith("%PDF"));
        // An absolute path without a scheme, as typed.
        const QString typed = folder + QStringLiteral("/typed.pdf");
        QCOMPARE(view->saveCopy(QUrl(typed)), QString());
        QVERIFY(QFile::exists(typed));
        // A folder that does not exist: a reason, not silence.
        const QString failed =
            view->saveCopy(QUrl::fromLocalFile(folder + QStringLiteral("/no/such/dir/x.pdf")));
        QVERIFY(!failed.isEmpty());
    }

    void decodesImagesOffTheGuiThread()
    {
        DocumentView view;
        view.setCacheController(m_controller.get());
        view.setFileId(m_imageId);
        // Decoded on a pool thread: Loading until its result arrives — or Ready at once when the
        // decode finished before QFuture::then() was attached, which then runs the continuation
        // right away (seen on a loaded machine).
        QVERIFY(view.status() == DocumentView::Loading || view.status() == DocumentView::Ready);
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
