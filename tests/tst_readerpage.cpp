// SPDX-License-Identifier: GPL-2.0-or-later
// The app's own compiled ReaderPage in a Kirigami window over a real encrypted cache: find hits
// highlighted on the pages on screen, and two readers open at once, each with its own session.

#include "cachecontroller.h"
#include "demopdf.h"
#include "documentfind.h"
#include "documentsession.h"
#include "readerfixture.h"
#include "testmain.h"
#include "testutil.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

using namespace Ratsmappe;
using Test::collectItems;
using Test::itemNamed;
using Test::itemsNamed;

namespace {

const QString Title = QStringLiteral("Haushaltsplanentwurf");

// The hit highlights drawn on the page items showing \a page below \a root.
int highlightsOnPage(QQuickItem *root, int page)
{
    QList<QQuickItem *> pageItems;
    collectItems(root, QStringLiteral("pageItem"), pageItems);
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

class ReaderPageTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;
    const QString m_otherId = QStringLiteral("https://ris.example/file/other");
    const QString m_linkedId = QStringLiteral("https://ris.example/file/linked");

    // The window's cache controller (the QML singleton of \a engine), unlocked on the test
    // cache, with the test documents checked.
    void startWindowCache(QQmlApplicationEngine &engine, CacheController *&controller)
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop"); // the window's look (gui.cpp)
        controller = engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        // The fixture's own controller took RATSMAPPE_PASSWORD out of the environment when it
        // read it (issue 12): this second one is given it again.
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        controller->start(m_fixture.cacheDir());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        for (const QString &fileId : {m_fixture.fileId, m_otherId, m_linkedId}) {
            controller->documentCheck()->markVerified(
                DocumentStore(controller->cache()->database()).currentVersion(fileId)->id);
        }
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
            QUrl(QStringLiteral("qrc:/tst_readerpage/Window.qml")));
        root.reset(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        collectItems(window->contentItem(), QStringLiteral("readerPage"), readers);
    }

    // A window of 800×1100 showing one ReaderPage on \a fileId; that page is readers' only item.
    void loadOneReader(QQmlApplicationEngine &engine,
                       const QString &fileId,
                       std::unique_ptr<QObject> &root,
                       QList<QQuickItem *> &readers)
    {
        loadWindow(engine,
                   QByteArray("width: 800; height: 1100\npageStack.initialPage: ReaderPage { fileId: \"") +
                       fileId.toUtf8() + "\" }",
                   root,
                   readers);
        QCOMPARE(readers.size(), 1);
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
        Demo::PdfSpec spec;
        spec.title = QStringLiteral("Bebauungsplan Nord");
        spec.seed = 11;
        spec.pages = 3;
        m_fixture.store(m_otherId, Demo::writePdf(spec));
        m_fixture.store(m_linkedId, Test::withLinks(Test::councilPdf(QStringLiteral("Bebauungsplan"), 3, 5)));
    }

    // Defect (issue 9): the reader never highlighted hits on page 1. The page list's delegates
    // that exist when the hits arrive must show them, as later ones do.
    void readerPageHighlightsHitsOnTheFirstPage()
    {
        QQmlApplicationEngine engine;
        CacheController *controller = nullptr;
        startWindowCache(engine, controller);
        QVERIFY(controller && !QTest::currentTestFailed());
        std::unique_ptr<QObject> root;
        QList<QQuickItem *> readers;
        loadOneReader(engine, m_fixture.fileId, root, readers);
        QVERIFY(!QTest::currentTestFailed());
        auto *session = readers.first()->findChild<DocumentSession *>();
        auto *find = readers.first()->findChild<DocumentFind *>();
        QVERIFY(session && find);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        // Page 1 is on screen before the member searches.
        QTRY_VERIFY_WITH_TIMEOUT(!session->pageImage(0).isNull(), 60000);
        QCOMPARE(highlightsOnPage(readers.first(), 0), 0);

        find->find(Title);
        QTRY_VERIFY_WITH_TIMEOUT(!find->running() && find->count() > 0, 60000);
        int onFirstPage = 0;
        for (const DocumentFind::Hit &hit : find->hitList()) {
            onFirstPage += hit.page == 0 ? 1 : 0;
        }
        QVERIFY(onFirstPage > 0);
        QTRY_COMPARE_WITH_TIMEOUT(highlightsOnPage(readers.first(), 0), onFirstPage, 10000);
        // A new search replaces them.
        find->find(QStringLiteral("Quantenkryptographie"));
        QTRY_VERIFY_WITH_TIMEOUT(!find->running(), 60000);
        QCOMPARE(find->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(highlightsOnPage(readers.first(), 0), 0, 10000);
    }

    // The links of the pages on screen lie on them, where the model says.
    void readerPageShowsLinks()
    {
        QQmlApplicationEngine engine;
        CacheController *controller = nullptr;
        startWindowCache(engine, controller);
        QVERIFY(controller && !QTest::currentTestFailed());
        std::unique_ptr<QObject> root;
        QList<QQuickItem *> readers;
        loadOneReader(engine, m_linkedId, root, readers);
        QVERIFY(!QTest::currentTestFailed());
        auto *session = readers.first()->findChild<DocumentSession *>();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(itemsNamed(readers.first(), QStringLiteral("pageLink")).size(), 2, 60000);
        for (QQuickItem *link : itemsNamed(readers.first(), QStringLiteral("pageLink"))) {
            QCOMPARE(link->parentItem()->property("page").toInt(), 0);
            QVERIFY(link->width() > 0 && link->height() > 0);
        }
        // A click on the link to the last page goes there, through the text selection and the
        // annotation layer that lie above the links.
        QQuickItem *toLast = nullptr;
        for (QQuickItem *link : itemsNamed(readers.first(), QStringLiteral("pageLink"))) {
            if (link->property("targetPage").toInt() == 2) {
                toLast = link;
            }
        }
        QVERIFY(toLast);
        QCOMPARE(readers.first()->property("currentPage").toInt(), 0);
        QQuickWindow *window = toLast->window();
        QVERIFY(window);
        const QPointF centre = toLast->mapToScene(QPointF(toLast->width() / 2, toLast->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(readers.first()->property("currentPage").toInt(), 2, 10000);
    }

    void twoReadersAreIndependent_data()
    {
        QTest::addColumn<bool>("sameFile");
        QTest::newRow("two files") << false;
        QTest::newRow("one file") << true;
    }

    // Two readers open at once: each page has its own document session, shows its own pages
    // and finds on its own, on two files or on the same one.
    void twoReadersAreIndependent()
    {
        QFETCH(bool, sameFile);
        QQmlApplicationEngine engine;
        CacheController *controller = nullptr;
        startWindowCache(engine, controller);
        QVERIFY(controller && !QTest::currentTestFailed());
        const QString otherId = sameFile ? m_fixture.fileId : m_otherId;
        std::unique_ptr<QObject> root;
        QList<QQuickItem *> readers;
        loadWindow(engine,
                   QByteArray("width: 1600; height: 1000\n"
                              "Row { anchors.fill: parent\n"
                              "    ReaderPage { width: 800; height: 1000; fileId: \"") +
                       m_fixture.fileId.toUtf8() +
                       "\" }\n"
                       "    ReaderPage { width: 800; height: 1000; fileId: \"" +
                       otherId.toUtf8() + "\" } }",
                   root,
                   readers);
        QCOMPARE(readers.size(), 2);
        auto *first = readers.at(0)->findChild<DocumentSession *>();
        auto *second = readers.at(1)->findChild<DocumentSession *>();
        QVERIFY(first && second && first != second);
        auto *firstFind = readers.at(0)->findChild<DocumentFind *>();
        auto *secondFind = readers.at(1)->findChild<DocumentFind *>();
        QVERIFY(firstFind && secondFind && firstFind != secondFind);
        QCOMPARE(firstFind->document(), first);
        QCOMPARE(secondFind->document(), second);
        QTRY_COMPARE_WITH_TIMEOUT(first->status(), DocumentSession::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second->status(), DocumentSession::Ready, 60000);
        QCOMPARE(first->fileId(), m_fixture.fileId);
        QCOMPARE(second->fileId(), otherId);
        QCOMPARE(first->pageCount(), Test::ReaderFixture::Pages);
        QCOMPARE(second->pageCount(), sameFile ? Test::ReaderFixture::Pages : 3);
        QCOMPARE(readers.at(0)->property("title").toString(), first->title());
        QCOMPARE(readers.at(1)->property("title").toString(), second->title());
        QCOMPARE(first->title() == second->title(), sameFile);
        // Each shows its own first page, and every page item of a reader shows its document.
        QTRY_VERIFY_WITH_TIMEOUT(!first->pageImage(0).isNull() && !second->pageImage(0).isNull(), 60000);
        for (int i = 0; i < 2; ++i) {
            QList<QQuickItem *> pageItems;
            collectItems(readers.at(i), QStringLiteral("pageItem"), pageItems);
            QVERIFY(!pageItems.isEmpty());
            for (QQuickItem *pageItem : std::as_const(pageItems)) {
                QCOMPARE(pageItem->property("document").value<QObject *>(),
                         static_cast<QObject *>(i == 0 ? first : second));
            }
        }
        // Finding in one leaves the other alone, on its pages too.
        firstFind->find(Title);
        QTRY_VERIFY_WITH_TIMEOUT(!firstFind->running() && firstFind->count() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(highlightsOnPage(readers.at(0), 0) > 0, 10000);
        QCOMPARE(secondFind->text(), QString());
        QCOMPARE(secondFind->count(), 0);
        QCOMPARE(highlightsOnPage(readers.at(1), 0), 0);
        // Turning one leaves the other upright.
        first->setRotation(90);
        QCOMPARE(second->rotation(), 0);
    }
};

RATSMAPPE_TEST_MAIN(ReaderPageTest)
#include "tst_readerpage.moc"
