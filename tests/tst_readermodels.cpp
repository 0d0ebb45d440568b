// SPDX-License-Identifier: GPL-2.0-or-later
// What the member finds and selects in a document, over a real encrypted cache: the find hits
// as an item model (QAbstractItemModelTester watches every change) and the text selection.

#include "documentfind.h"
#include "documentsession.h"
#include "findhitmodel.h"
#include "readerfixture.h"
#include "testmain.h"
#include "testutil.h"
#include "textselection.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Ratsmappe;

namespace {

const QString Title = QStringLiteral("Haushaltsplanentwurf");

} // namespace

class ReaderModelsTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;

private Q_SLOTS:
    // Any warning fails the case: QAbstractItemModelTester and bad model indexes warn.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
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
};

RATSMAPPE_TEST_MAIN(ReaderModelsTest)
#include "tst_readermodels.moc"
