// SPDX-License-Identifier: GPL-2.0-or-later
// The reader's engine: pages rendered on worker threads straight from the encrypted cache,
// cancelled requests never arrive, the image cache keeps its budget, finding and selecting
// text run on the workers, and the reading position round-trips through read_state.

#include "demopdf.h"
#include "documentcheck.h"
#include "documentstore.h"
#include "objectstore.h"
#include "pageimagecache.h"
#include "pdfdocument.h"
#include "readstatestore.h"
#include "renderqueue.h"
#include "testmain.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Ratsmappe;

namespace {

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (qGray(image.pixel(x, y)) < 128) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class ReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    qint64 m_version = 0;
    const QString m_fileId = QStringLiteral("https://ris.example/file/1");

    RenderQueue::ConnectionFactory connect()
    {
        return [cache = m_cache.get()] {
            return cache->openConnection();
        };
    }
    PageKey key(int page, int width = 300, int dprPercent = 100) const
    {
        return {m_version, page, width, 0, dprPercent};
    }

    // Runs \a task on a worker and waits for what it returns.
    template<typename Result>
    Result onWorker(RenderQueue &queue, std::function<Result(const PdfDocument &)> task)
    {
        std::optional<Result> result;
        queue.run(m_version, [&, task](const PdfDocument *doc, const QString &) {
            Result value = doc ? task(*doc) : Result();
            QMetaObject::invokeMethod(this, [&result, value] { result = value; }, Qt::QueuedConnection);
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        }();
        return result.value_or(Result());
    }

private Q_SLOTS:
    // Any warning fails the case: a painter used after its print run ended, a model index
    // out of range and the like only show as warnings.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
        Demo::PdfSpec spec;
        spec.title = QStringLiteral("Beschlussvorlage 2025/0123: Sanierung der Grundschule Am Markt");
        spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Ausschuss für Bildung und Soziales");
        spec.seed = 42;
        spec.pages = 6;
        m_version = Test::storeDocument(*m_cache, m_fileId, Demo::writePdf(spec));
    }

    void rendersRequestedPagesAtSizeAndRatio()
    {
        PageImageCache images;
        RenderQueue queue(connect(), &images);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        queue.setWanted({key(0, 400, 200), key(1, 300, 100)});
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 2, 60000);

        const QImage sharp = images.image(key(0, 400, 200));
        QVERIFY(!sharp.isNull());
        QVERIFY(qAbs(sharp.width() - 800) <= 1); // 400 logical pixels at DPR 2
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(sharp.height() > sharp.width()); // A4 portrait
        QVERIFY(hasInk(sharp));
        const QImage plain = images.image(key(1, 300, 100));
        QVERIFY(qAbs(plain.width() - 300) <= 1);
        QVERIFY(hasInk(plain));

        // Already cached: nothing to do.
        queue.setWanted({key(0, 400, 200)});
        QCOMPARE(queue.outstanding(), 0);
    }

    void cancelledRequestsDoNotArrive()
    {
        PageImageCache images;
        RenderQueue queue(connect(), &images);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        queue.setWanted({key(2, 900), key(3, 900), key(4, 900), key(5, 900)});
        // A result comes back only through this thread's event loop, which does not run here:
        // once a worker has taken a page, that page is certainly rendering (or rendered and not
        // yet delivered) when it is cancelled below, so the "drop a late result" path is taken.
        QDeadlineTimer deadline(std::chrono::seconds(60));
        while (queue.inFlight() == 0 && !deadline.hasExpired()) {
            QThread::yieldCurrentThread();
        }
        QVERIFY(queue.inFlight() > 0);
        // Scrolled on at once: only page 0 is wanted now. Pages 2–5 are dropped, waiting or not.
        queue.setWanted({key(0, 500)});
        // Every render taken has come back and was delivered or dropped: what has not arrived
        // now never will.
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        QCOMPARE(queue.outstanding(), 0);
        QCOMPARE(rendered.count(), 1);
        QCOMPARE(rendered.first().first().value<PageKey>(), key(0, 500));
        for (int page = 2; page <= 5; ++page) {
            QVERIFY(!images.contains(key(page, 900)));
        }
    }

    void drainsAfterTasks()
    {
        PageImageCache images;
        RenderQueue queue(connect(), &images);
        QSignalSpy drained(&queue, &RenderQueue::drained);
        bool posted = false;
        bool postedWhenDrained = false;
        QObject::connect(&queue, &RenderQueue::drained, this, [&] { postedWhenDrained = posted; });
        queue.run(m_version, [&](const PdfDocument *, const QString &) {
            QMetaObject::invokeMethod(this, [&posted] { posted = true; }, Qt::QueuedConnection);
        });
        QVERIFY(!queue.isIdle());
        QVERIFY(drained.wait(60000));
        // What the task posted to this thread arrived before the queue said it was idle.
        QVERIFY(postedWhenDrained);
        QCOMPARE(drained.count(), 1);
        QVERIFY(queue.isIdle());
    }

    void budgetEvictsLeastRecentlyUsed()
    {
        QImage page(200, 250, QImage::Format_RGB32); // 200 000 bytes
        page.fill(Qt::white);
        PageImageCache images(500000);
        images.insert(key(0), page);
        images.insert(key(1), page);
        QVERIFY(!images.image(key(0)).isNull()); // used again: now the newest
        images.insert(key(2), page);
        QVERIFY(images.bytes() <= images.budget());
        QCOMPARE(images.count(), 2);
        QVERIFY(images.contains(key(0)));
        QVERIFY(!images.contains(key(1)));
        QVERIFY(images.contains(key(2)));
        // Another size of a page stands in while the right one renders.
        QVERIFY(!images.anyImage(m_version, 2, 0).isNull());
        QVERIFY(images.anyImage(m_version, 1, 0).isNull());
    }

    void keepsTheNewestPagesBeyondTheBudget()
    {
        QImage page(200, 250, QImage::Format_RGB32);
        page.fill(Qt::white);
        PageImageCache images(100, 3); // a budget smaller than one page
        for (int i = 0; i < 5; ++i) {
            images.insert(key(i), page);
        }
        QCOMPARE(images.count(), 3);
        QVERIFY(!images.contains(key(1)));
        QVERIFY(images.contains(key(2)) && images.contains(key(4)));
    }

    void findAndSelectionRunOnWorkers()
    {
        PageImageCache images;
        RenderQueue queue(connect(), &images);
        const auto hits = onWorker<QList<QRectF>>(
            queue, [](const PdfDocument &doc) { return doc.find(0, QStringLiteral("grundschule")); });
        QVERIFY(!hits.isEmpty());
        const QSizeF size = onWorker<QSizeF>(queue, [](const PdfDocument &doc) { return doc.pageSize(0); });
        for (const QRectF &hit : hits) {
            QVERIFY(QRectF(QPointF(0, 0), size).contains(hit));
        }
        // The band of the page around the first hit holds the title's words.
        const QRectF band(0, hits.first().top() - 2, size.width(), hits.first().height() + 4);
        const QString text =
            onWorker<QString>(queue, [band](const PdfDocument &doc) { return doc.textIn(0, band); });
        QVERIFY2(text.contains(QStringLiteral("Grundschule")), qPrintable(text));
    }

    void firstOpenCheckIsKeptPerVersion()
    {
        DocumentCheck session;
        Statement(m_cache->database(), "UPDATE file_versions SET first_open_checked = 0").run();
        QVERIFY(!session.isVerified(m_cache->database(), m_version));
        QCOMPARE(DocumentCheck::probe(m_cache->database(), m_version), QString()); // the helper read it
        // A later session (a new DocumentCheck) finds the mark in the cache and skips the helper.
        DocumentCheck later;
        QVERIFY(later.isVerified(m_cache->database(), m_version));
        QVERIFY(!later.isVerified(m_cache->database(), m_version + 1000));

        // A failure is kept too, with its reason, until it is forgotten ("Try Again").
        const qint64 broken = Test::storeDocument(*m_cache,
                                                  QStringLiteral("https://ris.example/file/broken"),
                                                  QByteArray("%PDF-1.4\nkaputt\n%%EOF\n"));
        const QString reason = DocumentCheck::probe(m_cache->database(), broken);
        QVERIFY2(reason.contains(QLatin1String("not a readable PDF")), qPrintable(reason));
        DocumentCheck next;
        const FirstOpenCheck kept = next.state(m_cache->database(), broken);
        QCOMPARE(kept.state, FirstOpenCheck::Failed);
        QCOMPARE(kept.error, reason);
        next.forget(m_cache->database(), broken);
        QCOMPARE(next.state(m_cache->database(), broken).state, FirstOpenCheck::NotChecked);
    }

    void readStateRoundTrips()
    {
        QVERIFY(!ReadStateStore(m_cache->database()).load(m_fileId));
        ReadStateStore(m_cache->database()).save(m_fileId, {4, 1.5});
        auto position = ReadStateStore(m_cache->database()).load(m_fileId);
        QVERIFY(position);
        QCOMPARE(position->page, 4);
        QCOMPARE(position->zoom, 1.5);
        ReadStateStore(m_cache->database()).save(m_fileId, {2, 0});
        position = ReadStateStore(m_cache->database()).load(m_fileId);
        QCOMPARE(position->page, 2);
        QCOMPARE(position->zoom, 0.0);
        QVERIFY(!m_cache->database().queryText("SELECT read FROM read_state").isEmpty());
    }
};

RATSMAPPE_TEST_MAIN(ReaderTest)
#include "tst_reader.moc"
