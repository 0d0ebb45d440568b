// SPDX-License-Identifier: GPL-2.0-or-later
// The reader's document session over a real encrypted cache: the first-open check (remembered,
// cancelled, killed with the session), images decoded off the GUI thread, and the small types
// bound to a session: printing goes through page images rendered on the workers and painted on
// this thread (here onto a PDF in memory), the outline as a model, saving a copy, and the
// reading position (page and zoom) that comes back when the document is opened again.

#include "demopdf.h"
#include "documentprinter.h"
#include "documentsaver.h"
#include "documentsession.h"
#include "outlinemodel.h"
#include "pagecompare.h"
#include "pagelayout.h"
#include "pagerequests.h"
#include "pdfdocument.h"
#include "readerfixture.h"
#include "readingposition.h"
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
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

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

} // namespace

class DocumentSessionTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;
    int m_helpers = 0;
    static constexpr int Pages = Test::ReaderFixture::Pages;

    // A helper program that tells its process id and then hangs, as a decompression bomb does.
    QString hangingHelper(const QString &pidFile)
    {
        const QString path = m_fixture.tmp.filePath(QStringLiteral("hanging-helper.sh"));
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
        Test::storeDocument(*m_fixture.controller->cache(), fileId, bytes);
        return fileId;
    }

    // Opens \a fileId with the hanging helper and returns the helper's process id once it runs.
    qint64 startHangingCheck(DocumentSession &view, const QString &fileId)
    {
        const QString pidFile = m_fixture.tmp.filePath(QStringLiteral("helper-%1.pid").arg(++m_helpers));
        qputenv("RATSMAPPE_PDF_WORKER", hangingHelper(pidFile).toLocal8Bit());
        view.setCacheController(m_fixture.controller.get());
        view.setFileId(fileId);
        qint64 pid = 0;
        [&] {
            QCOMPARE(view.status(), DocumentSession::Checking);
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

private Q_SLOTS:
    // Any warning fails the case: a painter used after its print run ended, a model index
    // out of range and the like only show as warnings.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
    }

    // Areas turn with the page and back, whatever the quarter turn; labels or numbers find pages.
    void pageLayoutTurnsAreasBothWays()
    {
        PageLayout layout({{QSizeF(600, 800), QStringLiteral("i")}, {QSizeF(800, 600), QString()}});
        const QRectF area(10, 20, 100, 50);
        QVERIFY(!layout.setRotation(360));
        for (const int degrees : {90, 180, 270, 0}) {
            QVERIFY(layout.setRotation(degrees + 360));
            QCOMPARE(layout.rotation(), degrees);
            const QRectF shown = layout.toDisplay(0, area);
            QVERIFY(QRectF(QPointF(0, 0), layout.pageSize(0)).contains(shown));
            QCOMPARE(layout.fromDisplay(0, shown), area);
        }
        QCOMPARE(layout.setRotation(90), true);
        QCOMPARE(layout.toDisplay(0, area), QRectF(800 - 70, 10, 50, 100));
        QCOMPARE(layout.pageSize(0), QSizeF(800, 600));
        QCOMPARE(layout.maxPageWidth(), 800.0);
        QCOMPARE(layout.maxPageHeight(), 800.0);
        QCOMPARE(layout.pageLabel(0), QStringLiteral("i"));
        QCOMPARE(layout.pageLabel(1), QStringLiteral("2"));
        QCOMPARE(layout.pageForLabel(QStringLiteral(" i ")), 0);
        QCOMPARE(layout.pageForLabel(QStringLiteral("2")), 1);
        QCOMPARE(layout.pageForLabel(QStringLiteral("3")), -1);
        QCOMPARE(layout.pageSize(2), QSizeF());
    }

    // The presented page first, then the pages on screen, then ahead in reading direction, one
    // behind, then thumbnails.
    void pageRequestsMostUrgentFirst()
    {
        using Request = PageRequests::Request;
        PageRequests requests;
        requests.setVisible(4, 5, true);
        requests.setThumbnails(0, 1, 90);
        requests.setSingle(9, 1000);
        QCOMPARE(
            requests.wanted(10),
            (QList<Request>{{9, 1000}, {4, 0}, {5, 0}, {6, 0}, {7, 0}, {8, 0}, {3, 0}, {0, 90}, {1, 90}}));
        requests.clearSingle();
        requests.setVisible(4, 5, false);
        requests.setThumbnails(0, -1, 0);
        QCOMPARE(requests.wanted(10), (QList<Request>{{4, 0}, {5, 0}, {3, 0}, {2, 0}, {1, 0}, {6, 0}}));
        QVERIFY(requests.wanted(0).isEmpty());
    }

    void printsEveryPageIntoMemory()
    {
        const auto view = m_fixture.open(m_fixture.fileId);
        QVERIFY(view);
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
        const auto source = m_fixture.source(m_fixture.version);
        QVERIFY2(source, qPrintable(error));
        const QString wrong = Test::comparePrinted(*printed, *source);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void printsARangeOfPages()
    {
        const auto view = m_fixture.open(m_fixture.fileId);
        QVERIFY(view);
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
        const auto source = m_fixture.source(m_fixture.version);
        const QString wrong = Test::comparePrinted(*printed, *source, 3);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void printRunCanBeCancelled()
    {
        const auto view = m_fixture.open(m_fixture.fileId);
        QVERIFY(view);
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
        view->setFileId(m_fixture.imageId);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(!printer.printing());
    }

    // The outline as an item model: one row per entry, in document order, emptied when
    // another document opens.
    void outlineModelListsTheOutline()
    {
        const auto view = m_fixture.open(m_fixture.fileId);
        QVERIFY(view);
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(view.get());
        const QList<PdfOutlineEntry> outline = m_fixture.source(m_fixture.version)->outline();
        QVERIFY(!outline.isEmpty());
        QCOMPARE(model.count(), int(outline.size()));
        for (int row = 0; row < model.count(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(OutlineModel::TitleRole).toString(), outline.at(row).title);
            QCOMPARE(index.data(OutlineModel::PageRole).toInt(), outline.at(row).page);
            QCOMPARE(index.data(OutlineModel::LevelRole).toInt(), outline.at(row).level);
        }
        QSignalSpy counted(&model, &OutlineModel::countChanged);
        view->setFileId(m_fixture.imageId);
        QCOMPARE(model.count(), 0);
        QCOMPARE(counted.count(), 1);
    }

    void failedFirstOpenCheckIsRememberedAndNotProbedAgain()
    {
        const QString fileId =
            storeUnchecked(QStringLiteral("broken"), QByteArray("%PDF-1.4\nkaputt\n%%EOF\n"));
        QString reason;
        {
            DocumentSession view;
            view.setCacheController(m_fixture.controller.get());
            view.setFileId(fileId);
            QCOMPARE(view.status(), DocumentSession::Checking);
            QTRY_COMPARE_WITH_TIMEOUT(view.status(), DocumentSession::Failed, 60000);
            reason = view.errorMessage();
            QVERIFY2(reason.contains(QLatin1String("not a readable PDF")), qPrintable(reason));
            QVERIFY(view.canRetryCheck());
        }
        // The next open shows the remembered reason at once: no helper runs (a helper that
        // cannot even start would say so instead).
        qputenv("RATSMAPPE_PDF_WORKER", "/nonexistent/ratsmappe-pdf-worker");
        DocumentSession again;
        again.setCacheController(m_fixture.controller.get());
        again.setFileId(fileId);
        QCOMPARE(again.status(), DocumentSession::Failed);
        QCOMPARE(again.errorMessage(), reason);
        QVERIFY(again.canRetryCheck());
        // Try Again forgets it and checks anew (here: the helper cannot start).
        again.retryCheck();
        QCOMPARE(again.status(), DocumentSession::Checking);
        QTRY_COMPARE_WITH_TIMEOUT(again.status(), DocumentSession::Failed, 60000);
        QVERIFY2(again.errorMessage().contains(QLatin1String("cannot be started")),
                 qPrintable(again.errorMessage()));
        qunsetenv("RATSMAPPE_PDF_WORKER");
    }

    void cancellingOrLeavingTheCheckKillsTheHelper()
    {
        const QString fileId = storeUnchecked(QStringLiteral("slow"), Demo::writePdf({}));
        {
            DocumentSession view;
            const qint64 pid = startHangingCheck(view, fileId);
            view.cancelCheck();
            QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
            QCOMPARE(view.status(), DocumentSession::Failed);
            QVERIFY(view.canRetryCheck());
        }
        {
            // Leaving for another document.
            DocumentSession view;
            const qint64 pid = startHangingCheck(view, fileId);
            view.setFileId(QString());
            QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
        }
        qint64 pid = 0;
        {
            // Closing the reader.
            DocumentSession view;
            pid = startHangingCheck(view, fileId);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
    }

    void savesWhereTheMemberSaid()
    {
        const auto view = m_fixture.open(m_fixture.fileId);
        QVERIFY(view);
        DocumentSaver saver;
        saver.setDocument(view.get());
        const QUrl suggested = saver.suggestedSaveUrl();
        QVERIFY(suggested.isLocalFile());
        QVERIFY2(suggested.fileName().endsWith(QLatin1String(".pdf")), qPrintable(suggested.toString()));
        QCOMPARE(QFileInfo(suggested.toLocalFile()).absolutePath(),
                 DocumentSaver::saveFolder().toLocalFile());
        QVERIFY(DocumentSaver::saveFolder().toLocalFile() != QDir::currentPath());

        const QString folder = m_fixture.tmp.filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + QStringLiteral("/copy.pdf");
        {
            // The copy is the member's alone, whatever the umask (0644 without care).
            const Test::ScopedUmask umask(022);
            QCOMPARE(saver.saveCopy(QUrl::fromLocalFile(target)), QString());
            QCOMPARE(Test::fileMode(target), 0600);
            // Saved over a file others could read: the copy is narrowed too.
            QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
            QCOMPARE(saver.saveCopy(QUrl::fromLocalFile(target)), QString());
            QCOMPARE(Test::fileMode(target), 0600);
        }
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().startsWith("%PDF"));
        // An absolute path without a scheme, as typed.
        const QString typed = folder + QStringLiteral("/typed.pdf");
        QCOMPARE(saver.saveCopy(QUrl(typed)), QString());
        QVERIFY(QFile::exists(typed));
        // A folder that does not exist: a reason, not silence.
        const QString failed =
            saver.saveCopy(QUrl::fromLocalFile(folder + QStringLiteral("/no/such/dir/x.pdf")));
        QVERIFY(!failed.isEmpty());
        // Nothing open: nothing to save, and the member is told why.
        saver.setDocument(nullptr);
        QVERIFY(!saver.saveCopy(QUrl::fromLocalFile(folder + QStringLiteral("/none.pdf"))).isEmpty());
    }

    void decodesImagesOffTheGuiThread()
    {
        DocumentSession view;
        view.setCacheController(m_fixture.controller.get());
        view.setFileId(m_fixture.imageId);
        // Decoded on a pool thread: Loading until its result arrives — or Ready at once when the
        // decode finished before QFuture::then() was attached, which then runs the continuation
        // right away (seen on a loaded machine).
        QVERIFY(view.status() == DocumentSession::Loading || view.status() == DocumentSession::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(view.status(), DocumentSession::Ready, 60000);
        QVERIFY(view.isImage());
        QCOMPARE(view.pageCount(), 1);
        QCOMPARE(view.pageImage(0).size(), QSize(640, 480));
    }

    // The position is read as the document opens, kept within its pages once they are known,
    // and written only for a document that is shown.
    void restoresPageAndZoom()
    {
        {
            const auto view = m_fixture.open(m_fixture.fileId);
            QVERIFY(view);
            ReadingPosition position;
            position.setDocument(view.get());
            QCOMPARE(position.page(), 0);
            QCOMPARE(position.zoom(), 0.0);
            position.save(7, 1.5);
        }
        DocumentSession again;
        ReadingPosition position;
        position.setDocument(&again);
        QSignalSpy changed(&position, &ReadingPosition::changed);
        again.setCacheController(m_fixture.controller.get());
        again.setFileId(m_fixture.fileId);
        // Known before the document is ready, so the page can go there when it is.
        QVERIFY(again.status() != DocumentSession::Ready);
        QVERIFY(changed.count() > 0);
        QCOMPARE(position.page(), 7);
        QCOMPARE(position.zoom(), 1.5);
        QTRY_COMPARE_WITH_TIMEOUT(again.status(), DocumentSession::Ready, 60000);
        QCOMPARE(position.page(), 7);
        // Nothing shown: nothing is written.
        again.setFileId(QString());
        position.save(3, 2);
        again.setFileId(m_fixture.fileId);
        QCOMPARE(position.page(), 7);
    }
};

RATSMAPPE_TEST_MAIN(DocumentSessionTest)
#include "tst_documentsession.moc"
