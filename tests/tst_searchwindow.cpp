// SPDX-License-Identifier: GPL-2.0-or-later
// Searching through the app's own compiled QML: the search page in a Kirigami window over a real
// encrypted cache whose document text the real indexer read. A query typed into the field finds
// the document; a click opens the reader at the hit's page with the query's words (German
// folding and compounds: Haushalt marks Haushaltsplanentwurf) as find hits on that page. With
// RATSMAPPE_SCREENSHOT_DIR set, both windows are saved there to be looked at.

#include "cachecontroller.h"
#include "documentfind.h"
#include "documentsession.h"
#include "readerfixture.h"
#include "searchmodel.h"
#include "testmain.h"
#include "testutil.h"
#include "textindexing.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Ratsmappe;
using Test::collectItems;
using Test::itemNamed;
using Test::itemsNamed;

namespace {

// The visible delegate of the first hit of \a kind.
QQuickItem *firstHit(QQuickItem *root, const QString &kind)
{
    QList<QQuickItem *> items;
    collectItems(root, QStringLiteral("searchResultDelegate"), items);
    QQuickItem *best = nullptr;
    for (QQuickItem *item : std::as_const(items)) {
        if (item->property("kind").toString() == kind && item->isVisible() &&
            (!best || item->property("index").toInt() < best->property("index").toInt())) {
            best = item;
        }
    }
    return best;
}

void screenshot(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("RATSMAPPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window->grabWindow().save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

class SearchWindowTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
        // The document's text, read by the PDF helper as a sync has it read.
        QCOMPARE(Test::indexPendingText(*m_fixture.controller->cache()), Test::ReaderFixture::Pages);
    }

    void typeOpenDocumentAtHitPage()
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop");
        QQmlApplicationEngine engine;
        auto *controller =
            engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        controller->start(m_fixture.cacheDir());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        controller->documentCheck()->markVerified(m_fixture.version);

        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport org.kde.kirigami as Kirigami\n"
                          "import org.kde.ratsmappe.search\n"
                          "Kirigami.ApplicationWindow { visible: true; width: 1200; height: 900\n"
                          "pageStack.initialPage: SearchPage {} }\n",
                          QUrl(QStringLiteral("qrc:/tst_searchwindow/Window.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *page = itemNamed(window->contentItem(), QStringLiteral("searchPage"));
        QVERIFY(page);
        auto *model = page->property("searchModel").value<SearchModel *>();
        QVERIFY(model);

        // Typed as a member types it, into the field that has the focus.
        QQuickItem *field = itemNamed(window->contentItem(), QStringLiteral("searchField"));
        QVERIFY(field);
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());
        for (const char c : QByteArrayLiteral("haushalt")) {
            QTest::keyClick(window, c);
        }
        QCOMPARE(model->query(), QStringLiteral("haushalt"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->running(), 30000);
        QTRY_VERIFY(firstHit(window->contentItem(), QStringLiteral("document")));
        QQuickItem *hit = firstHit(window->contentItem(), QStringLiteral("document"));
        const int hitPage = hit->property("page").toInt();
        QVERIFY(hitPage >= 1);
        QTest::qWait(100); // the list lays out before the screenshot
        screenshot(window, QStringLiteral("searchwindow-results.png"));

        QTest::mouseClick(
            window, Qt::LeftButton, {}, hit->mapToScene({hit->width() / 2, hit->height() / 2}).toPoint());
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("readerPage")));
        QQuickItem *reader = itemNamed(window->contentItem(), QStringLiteral("readerPage"));
        auto *session = reader->findChild<DocumentSession *>();
        auto *find = reader->findChild<DocumentFind *>();
        QVERIFY(session && find);
        QCOMPARE(reader->property("fileId").toString(), m_fixture.fileId);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        // At the hit's page, the query's words found there (by folding, as the search found them).
        QTRY_VERIFY_WITH_TIMEOUT(!find->running() && find->count() > 0, 30000);
        QCOMPARE(find->text(), QStringLiteral("haushalt"));
        QCOMPARE(find->currentPage(), hitPage - 1);
        QTRY_COMPARE_WITH_TIMEOUT(reader->property("currentPage").toInt(), hitPage - 1, 10000);
        int onPage = 0;
        for (const DocumentFind::Hit &h : find->hitList()) {
            onPage += h.page == hitPage - 1 ? 1 : 0;
        }
        QVERIFY(onPage > 0);
        QTest::qWait(300); // the page renders before the screenshot
        screenshot(window, QStringLiteral("searchwindow-reader.png"));
    }
};

RATSMAPPE_TEST_MAIN(SearchWindowTest)
#include "tst_searchwindow.moc"
