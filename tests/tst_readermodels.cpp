// SPDX-License-Identifier: GPL-2.0-or-later
// What the member finds, selects and follows in a document, over a real encrypted cache: the
// find hits and the links as item models (QAbstractItemModelTester watches every change), the
// text selection, and two sessions at once that do not touch each other.

#include "demopdf.h"
#include "documentfind.h"
#include "documentsession.h"
#include "findhitmodel.h"
#include "linkmodel.h"
#include "readerfixture.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"
#include "textselection.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Ratsmappe;

namespace {

const QString Title = QStringLiteral("Haushaltsplanentwurf");

// Whether a dataChanged() of \a spy named \a role.
bool changedRole(const QSignalSpy &spy, int role)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(2).value<QList<int>>().contains(role)) {
            return true;
        }
    }
    return false;
}

} // namespace

class ReaderModelsTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;
    // Long enough for several runs of pages on the workers, whose hits come back in any order.
    static constexpr int LongPages = 3 * DocumentFind::PagesPerTask + 5;
    const QString m_longId = QStringLiteral("https://ris.example/file/long");
    const QString m_linkedId = QStringLiteral("https://ris.example/file/linked");
    qint64 m_linkedVersion = 0;

private Q_SLOTS:
    // Any warning fails the case: QAbstractItemModelTester and bad model indexes warn.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
        m_fixture.store(m_longId, Test::councilPdf(Title, LongPages, 3));
        m_linkedVersion = m_fixture.store(
            m_linkedId, Test::withLinks(Test::councilPdf(QStringLiteral("Bebauungsplan"), 3, 5)));
    }

    // The title heads every page: one run of hits per run of pages, inserted in page order
    // whatever order the workers finish in; a page's own model gets its page's hits.
    void hitsModelFollowsTheSearch()
    {
        const auto session = m_fixture.open(m_longId);
        QVERIFY(session);
        QCOMPARE(session->pageCount(), LongPages);
        DocumentFind find;
        find.setDocument(session.get());
        FindHitModel *all = find.hits();
        QAbstractItemModelTester allTester(all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FindHitModel onePage;
        QAbstractItemModelTester pageTester(&onePage, QAbstractItemModelTester::FailureReportingMode::QtTest);
        onePage.setFind(&find);
        onePage.setPage(DocumentFind::PagesPerTask + 2);
        QSignalSpy inserted(all, &QAbstractItemModel::rowsInserted);

        find.find(Title);
        QVERIFY(find.running());
        QTRY_VERIFY_WITH_TIMEOUT(!find.running(), 60000);
        QVERIFY(find.count() >= LongPages);
        QCOMPARE(all->count(), find.count());
        QCOMPARE(inserted.count(), (LongPages + DocumentFind::PagesPerTask - 1) / DocumentFind::PagesPerTask);
        int previousPage = 0;
        QSet<int> pages;
        for (int row = 0; row < all->count(); ++row) {
            const QModelIndex index = all->index(row);
            const int page = index.data(FindHitModel::PageRole).toInt();
            QVERIFY(page >= previousPage);
            previousPage = page;
            pages.insert(page);
            QCOMPARE(index.data(FindHitModel::HitIndexRole).toInt(), row);
            QCOMPARE(index.data(FindHitModel::RectRole).toRectF(), find.displayRect(row));
            QCOMPARE(index.data(FindHitModel::CurrentRole).toBool(), row == 0);
        }
        QCOMPARE(pages.size(), LongPages);
        // The first hit is current once every page is searched.
        QCOMPARE(find.currentIndex(), 0);
        QCOMPARE(find.currentPage(), 0);
        QVERIFY(QRectF(QPointF(0, 0), session->pageSize(0)).contains(find.currentRect()));

        // One page's model: that page's hits, in the same order, with their place among all.
        QVERIFY(onePage.count() > 0);
        const int firstOfPage = onePage.index(0).data(FindHitModel::HitIndexRole).toInt();
        for (int row = 0; row < onePage.count(); ++row) {
            const QModelIndex index = onePage.index(row);
            QCOMPARE(index.data(FindHitModel::PageRole).toInt(), onePage.page());
            QCOMPARE(index.data(FindHitModel::HitIndexRole).toInt(), firstOfPage + row);
            QCOMPARE(index.data(FindHitModel::RectRole),
                     all->index(firstOfPage + row).data(FindHitModel::RectRole));
        }

        // Moving on: the current hit changes in the models, wrapping at both ends.
        QSignalSpy changed(all, &QAbstractItemModel::dataChanged);
        find.previous();
        QCOMPARE(find.currentIndex(), find.count() - 1);
        QCOMPARE(find.currentPage(), LongPages - 1);
        QVERIFY(changedRole(changed, FindHitModel::CurrentRole));
        QVERIFY(all->index(find.count() - 1).data(FindHitModel::CurrentRole).toBool());
        QVERIFY(!all->index(0).data(FindHitModel::CurrentRole).toBool());
        find.next();
        QCOMPARE(find.currentIndex(), 0);
        while (find.currentPage() != onePage.page()) {
            find.next();
        }
        QVERIFY(onePage.index(0).data(FindHitModel::CurrentRole).toBool());

        // Turned: the boxes turn with the page.
        changed.clear();
        const QRectF upright = all->index(0).data(FindHitModel::RectRole).toRectF();
        session->setRotation(90);
        QVERIFY(changedRole(changed, FindHitModel::RectRole));
        const QRectF turned = all->index(0).data(FindHitModel::RectRole).toRectF();
        QCOMPARE(turned.size(), upright.size().transposed());
        QVERIFY(QRectF(QPointF(0, 0), session->pageSize(0)).contains(turned));
        session->setRotation(0);

        // A search without hits empties both.
        find.find(QStringLiteral("Quantenkryptographie"));
        QCOMPARE(all->count(), 0);
        QCOMPARE(onePage.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!find.running(), 60000);
        QCOMPARE(find.count(), 0);
        QCOMPARE(find.currentIndex(), -1);
        QCOMPARE(find.text(), QStringLiteral("Quantenkryptographie"));

        // Another document clears the hits and the query.
        find.find(Title);
        QTRY_VERIFY_WITH_TIMEOUT(!find.running() && find.count() > 0, 60000);
        session->setFileId(m_fixture.fileId);
        QCOMPARE(all->count(), 0);
        QCOMPARE(find.text(), QString());
        QCOMPARE(find.currentPage(), -1);
    }

    // A page's model that exists before the search starts shows the hits on page 1 (issue 9:
    // they were never highlighted there).
    void hitsOnTheFirstPage()
    {
        const auto session = m_fixture.open(m_fixture.fileId);
        QVERIFY(session);
        DocumentFind find;
        find.setDocument(session.get());
        FindHitModel firstPage;
        QAbstractItemModelTester tester(&firstPage, QAbstractItemModelTester::FailureReportingMode::QtTest);
        firstPage.setPage(0);
        firstPage.setFind(&find);
        find.find(Title);
        QTRY_VERIFY_WITH_TIMEOUT(!find.running(), 60000);
        QVERIFY2(firstPage.count() > 0, "no hit on page 1");
        QCOMPARE(firstPage.index(0).data(FindHitModel::RectRole).toRectF(), find.currentRect());
    }

    // A find that goes away while its pages are searched: what comes back is dropped.
    void findGoneWhileSearching()
    {
        const auto session = m_fixture.open(m_longId);
        QVERIFY(session);
        auto find = std::make_unique<DocumentFind>();
        find->setDocument(session.get());
        find->find(Title);
        QVERIFY(find->running());
        find.reset();
        QTRY_VERIFY_WITH_TIMEOUT(session->renderQueue()->isIdle(), 60000);
        QCoreApplication::processEvents();
    }

    // A page's links, read on a worker once the document is ready, with their target and their
    // area on the page as displayed.
    void linkModelListsThePagesLinks()
    {
        DocumentSession session;
        LinkModel links;
        QAbstractItemModelTester tester(&links, QAbstractItemModelTester::FailureReportingMode::QtTest);
        links.setDocument(&session);
        links.setPage(0);
        QCOMPARE(links.count(), 0);
        session.setCacheController(m_fixture.controller.get());
        session.setFileId(m_linkedId);
        QTRY_COMPARE_WITH_TIMEOUT(links.count(), 2, 60000);

        QList<PdfLink> expected = m_fixture.source(m_linkedVersion)->links(0);
        QCOMPARE(expected.size(), 2);
        const auto byTop = [](const PdfLink &a, const PdfLink &b) {
            return a.box.top() < b.box.top();
        };
        std::sort(expected.begin(), expected.end(), byTop);
        QList<int> rows{0, 1};
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            return links.index(a).data(LinkModel::RectRole).toRectF().top() <
                links.index(b).data(LinkModel::RectRole).toRectF().top();
        });
        const QModelIndex toPage = links.index(rows.at(0));
        QCOMPARE(toPage.data(LinkModel::TargetPageRole).toInt(), 2);
        QCOMPARE(toPage.data(LinkModel::RectRole).toRectF(), expected.at(0).box);
        const QModelIndex outside = links.index(rows.at(1));
        QCOMPARE(outside.data(LinkModel::TargetPageRole).toInt(), -1);
        QCOMPARE(outside.data(LinkModel::UrlRole).toString(),
                 QStringLiteral("https://www.example.de/ratsinfo"));
        QCOMPARE(outside.data(LinkModel::RectRole).toRectF(), expected.at(1).box);

        // Turned: the areas turn with the page.
        QSignalSpy changed(&links, &QAbstractItemModel::dataChanged);
        session.setRotation(180);
        QVERIFY(changedRole(changed, LinkModel::RectRole));
        QCOMPARE(toPage.data(LinkModel::RectRole).toRectF(), session.toDisplay(0, expected.at(0).box));
        QVERIFY(toPage.data(LinkModel::RectRole).toRectF() != expected.at(0).box);
        session.setRotation(0);

        // A page without links, and back.
        links.setPage(1);
        QCOMPARE(links.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(session.renderQueue()->isIdle(), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(links.count(), 0);
        links.setPage(0);
        QTRY_COMPARE_WITH_TIMEOUT(links.count(), 2, 60000);

        // Another document: its own links (here none).
        session.setFileId(m_fixture.fileId);
        QCOMPARE(links.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(session.status(), DocumentSession::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(session.renderQueue()->isIdle(), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(links.count(), 0);
    }

    void selectsWordsInReadingOrder()
    {
        const auto session = m_fixture.open(m_fixture.fileId);
        QVERIFY(session);
        TextSelection selection;
        selection.setDocument(session.get());
        selection.selectPage(0);
        QCOMPARE(selection.page(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!selection.rects().isEmpty(), 60000);
        const QString all = selection.text();
        QVERIFY2(all.contains(Title), qPrintable(all));
        const QVariantList boxes = selection.rects();
        // From the first word to the third: three words, the start of the page's text.
        const QRectF first = boxes.at(0).toRectF();
        const QRectF third = boxes.at(2).toRectF();
        selection.selectWords(0, third.center(), first.center());
        QCOMPARE(selection.rects().size(), 3);
        QVERIFY(all.simplified().startsWith(selection.text().simplified()));
        QVERIFY(selection.area().isNull());
        QSignalSpy copied(&selection, &TextSelection::copied);
        selection.copy();
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), selection.text());
        // Marked for clipboard managers, which would keep it on disk (issue 12).
        const QMimeData *onClipboard = QGuiApplication::clipboard()->mimeData();
        QVERIFY(onClipboard);
        QCOMPARE(onClipboard->text(), selection.text());
        QCOMPARE(onClipboard->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        selection.clear();
        QCOMPARE(selection.page(), -1);
        QVERIFY(selection.text().isEmpty());
        QVERIFY(selection.rects().isEmpty());

        // A rectangle: its text is read on a worker when copied.
        selection.selectArea(0, first.united(third).adjusted(-2, -2, 2, 2));
        QCOMPARE(selection.page(), 0);
        QVERIFY(selection.rects().isEmpty());
        QCOMPARE(selection.area(), first.united(third).adjusted(-2, -2, 2, 2));
        selection.copy();
        QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 2, 60000);
        QVERIFY2(copied.at(1).at(0).toString().contains(Title), qPrintable(copied.at(1).at(0).toString()));

        // Another document: nothing selected.
        session->setFileId(m_fixture.imageId);
        QCOMPARE(selection.page(), -1);
    }

    // Two sessions on the same file: each finds, selects and turns on its own, and one may close
    // while the other searches.
    void twoSessionsOnOneFileAreIndependent()
    {
        auto first = m_fixture.open(m_longId);
        const auto second = m_fixture.open(m_longId);
        QVERIFY(first && second);
        DocumentFind firstFind;
        firstFind.setDocument(first.get());
        DocumentFind secondFind;
        secondFind.setDocument(second.get());
        TextSelection firstSelection;
        firstSelection.setDocument(first.get());
        TextSelection secondSelection;
        secondSelection.setDocument(second.get());
        QSignalSpy secondFound(&secondFind, &DocumentFind::resultsChanged);
        QSignalSpy secondCurrent(&secondFind, &DocumentFind::currentChanged);
        QSignalSpy secondHits(secondFind.hits(), &QAbstractItemModel::rowsInserted);

        firstFind.find(Title);
        firstSelection.selectPage(1);
        first->setRotation(90);
        QTRY_VERIFY_WITH_TIMEOUT(!firstFind.running() && firstFind.count() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!firstSelection.rects().isEmpty(), 60000);
        QCOMPARE(secondFind.count(), 0);
        QCOMPARE(secondFind.text(), QString());
        QCOMPARE(secondFind.hits()->count(), 0);
        QCOMPARE(secondFound.count(), 0);
        QCOMPARE(secondCurrent.count(), 0);
        QCOMPARE(secondHits.count(), 0);
        QCOMPARE(secondSelection.page(), -1);
        QCOMPARE(second->rotation(), 0);
        QCOMPARE(second->pageSize(0), first->pageSize(0).transposed());

        // The second searches too; the first closes while it does.
        secondFind.find(QStringLiteral("Seite"));
        QVERIFY(secondFind.running());
        first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!secondFind.running(), 60000);
        QVERIFY(secondFind.count() >= LongPages);
        QCOMPARE(firstFind.count(), 0);
        QCOMPARE(firstSelection.page(), -1);
    }
};

RATSMAPPE_TEST_MAIN(ReaderModelsTest)
#include "tst_readermodels.moc"
