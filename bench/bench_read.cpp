// SPDX-License-Identifier: GPL-2.0-or-later
//
// Reading benchmark: the demo town's budget draft (1,032 pages) and a typical 20-page Vorlage,
// both made by Demo::writePdf and stored in a throwaway encrypted cache, read the way the app
// reads them, against Poppler's own command-line tools on the same bytes:
//   render   PdfDocument over the cache's decrypting device at 150 dpi against pdftoppm
//   open     new cache connection → DocumentStore::open → PdfDocument::open → first page at
//            fit-width, cold (first open in a fresh process) and warm (opened again), plus the
//            crash-isolated first-open probe (IsolatedPdf::probe)
//   scroll   every page at fit-width on render threads into an LRU budget while the main thread
//            runs an event loop with a 5 ms timer probe: peak memory and the longest stall
//   text     IsolatedPdf::text of every page plus one FTS5 row per page, against pdftotext
// The reference tools need a file: a plaintext copy of each PDF is written for them only, into
// the work folder, and deleted at the end. Open and scroll run in child processes (this program
// again, --child), so "cold" is the first Poppler use of a process and the peak memory is that
// of a process that did nothing else.

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "demopdf.h"
#include "documentstore.h"
#include "isolatedpdf.h"
#include "objectstore.h"
#include "pdfdocument.h"
#include "secret.h"
#include "storeerror.h"

#include <poppler-version.h>

#include <QCache>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <vector>

using namespace Ratsmappe;

namespace {

using Bench::filesystemOf;
using Bench::median;
using Bench::peakMemoryMB;
using Bench::toJson; // beside the toJson overloads below
using Bench::verdict;

constexpr double RenderGoal = 1.2; // ours / pdftoppm, at most
constexpr double WarmOpenGoalMs = 150;
constexpr double MemoryGoalMB = 500;
constexpr double StallGoalMs = 50;
constexpr double TextGoal = 1.5; // ours / pdftotext, at most
constexpr double RenderDpi = 150;
constexpr int ScreenWidth = 1200; // fit-width on a typical window, DPR 1
constexpr int ProbeIntervalMs = 5;
constexpr qsizetype PieceSize = 256 * 1024;
constexpr double MB = 1e6;

/// Something broke: the run cannot measure anything. Missed goals are not failures.
struct BenchError : std::runtime_error
{
    using std::runtime_error::runtime_error;
    explicit BenchError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
};

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The resident set now (VmRSS), in MB.
double currentMemoryMB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024.0 / MB;
        }
    }
    return 0;
}

// The resolution at which a page fills ScreenWidth pixels.
double fitWidthDpi(const PdfDocument &doc, int page)
{
    const double width = doc.pageSize(page).width();
    return width > 0 ? ScreenWidth * 72.0 / width : RenderDpi;
}

std::unique_ptr<PdfDocument> openPdf(std::unique_ptr<QIODevice> device)
{
    QString error;
    auto doc = PdfDocument::open(std::move(device), &error);
    if (!doc) {
        throw BenchError(QStringLiteral("PdfDocument::open: %1").arg(error));
    }
    return doc;
}

// Runs a Poppler tool to its end; the time runs from start() to the exit.
struct ToolRun
{
    double elapsedMs = 0;
    QByteArray out;
};

ToolRun runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted()) {
        throw BenchError(QStringLiteral("cannot start %1: %2").arg(program, process.errorString()));
    }
    // waitForFinished keeps reading stdout, so a pipe never fills up.
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        throw BenchError(QStringLiteral("%1 %2 failed: %3")
                             .arg(program, args.join(QLatin1Char(' ')))
                             .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    ToolRun run;
    run.elapsedMs = ms(timer);
    run.out = process.readAllStandardOutput();
    return run;
}

QString toolVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("-v")});
    process.waitForFinished();
    const QString all =
        QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput());
    return all.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// ---------------------------------------------------------------------------------------------
// Child processes: open → first page, and scrolling. The recovery key comes on stdin.

std::unique_ptr<Cache> openCacheFromStdin(const QString &dir)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        throw BenchError(QStringLiteral("cannot read stdin"));
    }
    const QString recoveryKey = QString::fromUtf8(in.readLine().trimmed());
    return Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(recoveryKey));
}

QJsonObject openOnce(Cache &cache, qint64 versionId, QSize *size)
{
    QElapsedTimer timer;
    timer.start();
    const auto connection = cache.openConnection();
    const double connect = ms(timer);
    DocumentStore store(*connection);
    auto device = store.open(versionId);
    if (!device) {
        throw BenchError(QStringLiteral("DocumentStore::open found no version %1").arg(versionId));
    }
    const double storeOpen = ms(timer);
    const auto doc = openPdf(std::move(device));
    const double pdfOpen = ms(timer);
    const QImage image = doc->render(0, fitWidthDpi(*doc, 0));
    const double total = ms(timer);
    if (image.isNull()) {
        throw BenchError(QStringLiteral("the first page rendered to nothing"));
    }
    *size = image.size();
    return {{QStringLiteral("connectionMs"), connect},
            {QStringLiteral("storeOpenMs"), storeOpen - connect},
            {QStringLiteral("pdfOpenMs"), pdfOpen - storeOpen},
            {QStringLiteral("renderMs"), total - pdfOpen},
            {QStringLiteral("totalMs"), total}};
}

QJsonObject childOpen(const QString &dir, qint64 versionId, int warmRuns)
{
    const auto cache = openCacheFromStdin(dir); // the app has its cache open: not timed
    QSize size;
    const QJsonObject cold = openOnce(*cache, versionId, &size);
    QJsonArray warm;
    std::vector<double> totals;
    for (int i = 0; i < warmRuns; ++i) {
        const QJsonObject run = openOnce(*cache, versionId, &size);
        totals.push_back(run.value(QLatin1String("totalMs")).toDouble());
        warm.append(run);
    }
    return {{QStringLiteral("cold"), cold},
            {QStringLiteral("warm"), warm},
            {QStringLiteral("warmMedianMs"), median(totals)},
            {QStringLiteral("imageWidth"), size.width()},
            {QStringLiteral("imageHeight"), size.height()}};
}

QJsonObject childScroll(const QString &dir, qint64 versionId, int threads, qint64 budgetBytes)
{
    const auto cache = openCacheFromStdin(dir);
    int pages = 0;
    {
        DocumentStore store(cache->database());
        pages = openPdf(store.open(versionId))->pageCount();
    }
    const double memoryBefore = currentMemoryMB();

    // The reader's shape: pages render on worker threads (one Poppler document and one cache
    // connection each) and arrive on the GUI thread, which keeps them in an LRU with a budget.
    QCache<int, QImage> lru(budgetBytes);
    qint64 heldMax = 0;
    int received = 0;
    int dropped = 0; // larger than the whole budget
    QEventLoop loop;
    QObject receiver;
    const auto deliver = [&](int page, const QImage &image) {
        ++received;
        if (image.isNull() || !lru.insert(page, new QImage(image), image.sizeInBytes())) {
            ++dropped;
        }
        heldMax = std::max<qint64>(heldMax, lru.totalCost());
        if (received == pages) {
            loop.quit();
        }
    };

    // The probe: a 5 ms timer on the main thread; any gap far above 5 ms is a stall.
    QElapsedTimer clock;
    std::vector<double> gaps;
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, &receiver, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(static_cast<double>(now - last) / 1e6);
        last = now;
    });

    std::vector<std::unique_ptr<Database>> connections;
    std::vector<std::unique_ptr<QIODevice>> devices;
    for (int t = 0; t < threads; ++t) {
        connections.push_back(cache->openConnection());
        devices.push_back(DocumentStore(*connections.back()).open(versionId));
    }
    std::vector<std::unique_ptr<QThread>> workers;
    QString workerError;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t, device = devices[size_t(t)].release()]() mutable {
            QString error;
            const auto doc = PdfDocument::open(std::unique_ptr<QIODevice>(device), &error);
            for (int page = t; page < pages; page += threads) {
                const QImage image = doc ? doc->render(page, fitWidthDpi(*doc, page)) : QImage();
                QMetaObject::invokeMethod(
                    &receiver, [&deliver, page, image] { deliver(page, image); }, Qt::QueuedConnection);
            }
            if (!doc) {
                QMetaObject::invokeMethod(
                    &receiver, [&workerError, error] { workerError = error; }, Qt::QueuedConnection);
            }
        }));
    }

    QElapsedTimer wall;
    wall.start();
    clock.start();
    probe.start();
    for (const auto &worker : workers) {
        worker->start();
    }
    loop.exec();
    probe.stop();
    const double seconds = ms(wall) / 1000;
    for (const auto &worker : workers) {
        worker->wait();
    }
    QCoreApplication::processEvents(); // a worker's error, if any
    workers.clear();
    connections.clear();
    if (!workerError.isEmpty()) {
        throw BenchError(QStringLiteral("a render thread could not open the document: %1").arg(workerError));
    }
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto percentile = [&sorted](double p) {
        return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    };
    return {{QStringLiteral("pages"), pages},
            {QStringLiteral("renderThreads"), threads},
            {QStringLiteral("lruBudgetMB"), double(budgetBytes) / MB},
            {QStringLiteral("lruHeldMaxMB"), double(heldMax) / MB},
            {QStringLiteral("droppedPages"), dropped},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("pagesPerSecond"), pages / seconds},
            {QStringLiteral("probeTicks"), int(gaps.size())},
            {QStringLiteral("longestStallMs"), sorted.empty() ? 0.0 : sorted.back()},
            {QStringLiteral("p99GapMs"), percentile(0.99)},
            {QStringLiteral("medianGapMs"), percentile(0.5)},
            {QStringLiteral("gapsOver50Ms"),
             int(std::count_if(sorted.begin(), sorted.end(), [](double g) { return g > StallGoalMs; }))},
            {QStringLiteral("rssBeforeMB"), memoryBefore},
            {QStringLiteral("peakRssMB"), peakMemoryMB()}};
}

QJsonObject runChild(const QString &mode,
                     const QString &cacheDir,
                     const QString &recoveryKey,
                     qint64 versionId,
                     const QStringList &extra)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--child"),
                              mode,
                              QStringLiteral("--cache"),
                              cacheDir,
                              QStringLiteral("--version"),
                              QString::number(versionId)} +
                      extra);
    if (!process.waitForStarted()) {
        throw BenchError(QStringLiteral("cannot start the %1 child: %2").arg(mode, process.errorString()));
    }
    process.write(recoveryKey.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        throw BenchError(QStringLiteral("the %1 child failed (exit %2)").arg(mode).arg(process.exitCode()));
    }
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (!json.isObject()) {
        throw BenchError(QStringLiteral("the %1 child printed no JSON").arg(mode));
    }
    return json.object();
}

// ---------------------------------------------------------------------------------------------
// The parent: documents, render, probe, text.

struct Document
{
    QString name;
    QString fileId;
    QString plainPath; // the reference tools' input, deleted at the end
    qint64 versionId = 0;
    qint64 bytes = 0;
    int pages = 0;
    double generateSeconds = 0;
    QList<int> sample; // pages rendered one by one (from 0)
    int rangeFirst = 0; // pages rendered in one pdftoppm process (from 0, inclusive)
    int rangeLast = 0;
};

Document storeDocument(
    Database &db, const QString &name, const Demo::PdfSpec &spec, const QString &workDir, int sample)
{
    Document d;
    d.name = name;
    d.fileId = QStringLiteral("https://bench.example.org/file/%1").arg(name);
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = Demo::writePdf(spec);
    d.generateSeconds = ms(timer) / 1000;
    d.bytes = pdf.size();
    d.pages = spec.pages;

    ObjectStore(db).upsert(
        ObjectKind::File,
        {},
        QJsonObject{{QStringLiteral("id"), d.fileId}, {QStringLiteral("accessUrl"), d.fileId}},
        QDateTime::currentDateTimeUtc());
    Transaction tx(db);
    DocumentWriter writer(db, d.fileId, QStringLiteral("application/pdf"));
    for (qsizetype offset = 0; offset < pdf.size(); offset += PieceSize) {
        writer.write(pdf.mid(offset, PieceSize));
    }
    d.versionId = writer.finish(DocumentKind::Pdf).id;
    tx.commit();

    d.plainPath = workDir + QStringLiteral("/reference-input-%1.pdf").arg(name);
    QFile plain(d.plainPath);
    if (!plain.open(QIODevice::WriteOnly) || plain.write(pdf) != pdf.size() || !plain.flush()) {
        throw BenchError(QStringLiteral("cannot write %1").arg(d.plainPath));
    }

    // Spread pages for the one-by-one comparison, a contiguous block from the middle for the
    // one-process comparison; a short document is both.
    const int n = std::min(sample, d.pages);
    for (int i = 0; i < n; ++i) {
        d.sample.append(n == 1 ? 0 : int(qint64(i) * (d.pages - 1) / (n - 1)));
    }
    d.rangeFirst = (d.pages - n) / 2;
    d.rangeLast = d.rangeFirst + n - 1;
    return d;
}

struct RenderResult
{
    std::vector<double> oursPerPage; // ms, the sample
    std::vector<double> refPerPage; // ms, one pdftoppm -png process per page
    double oursRangeMs = 0; // the block, rendered one after another
    double refRangePngMs = 0; // one pdftoppm -png process for the block
    double refRangePpmMs = 0; // the same without PNG compression (PPM)
    int rangePages = 0;
    bool sizesMatch = true;
    QString mismatch;
};

RenderResult measureRender(Database &db, const Document &d, const QString &workDir)
{
    RenderResult r;
    const auto doc = openPdf(DocumentStore(db).open(d.versionId));
    std::vector<QSize> sizes;
    for (const int page : d.sample) {
        QElapsedTimer timer;
        timer.start();
        const QImage image = doc->render(page, RenderDpi);
        r.oursPerPage.push_back(ms(timer));
        sizes.push_back(image.size());
    }
    for (int page = d.rangeFirst; page <= d.rangeLast; ++page) {
        QElapsedTimer timer;
        timer.start();
        const QImage image = doc->render(page, RenderDpi);
        r.oursRangeMs += ms(timer);
    }
    r.rangePages = d.rangeLast - d.rangeFirst + 1;

    const QString dpi = QString::number(RenderDpi);
    const QString prefix = workDir + QStringLiteral("/pdftoppm-page");
    for (int i = 0; i < d.sample.size(); ++i) {
        const QString number = QString::number(d.sample[i] + 1);
        r.refPerPage.push_back(runTool(QStringLiteral("pdftoppm"),
                                       {QStringLiteral("-r"),
                                        dpi,
                                        QStringLiteral("-f"),
                                        number,
                                        QStringLiteral("-l"),
                                        number,
                                        QStringLiteral("-png"),
                                        QStringLiteral("-singlefile"),
                                        d.plainPath,
                                        prefix})
                                   .elapsedMs);
        const QString png = prefix + QStringLiteral(".png");
        const QSize theirs = QImageReader(png).size();
        // pdftoppm rounds the pixel size up, Poppler-Qt to nearest: one pixel apart is the same.
        const QSize ours = sizes[size_t(i)];
        if (std::abs(theirs.width() - ours.width()) > 1 || std::abs(theirs.height() - ours.height()) > 1) {
            r.sizesMatch = false;
            r.mismatch = QStringLiteral("page %1: ours %2×%3, pdftoppm %4×%5")
                             .arg(d.sample[i] + 1)
                             .arg(ours.width())
                             .arg(ours.height())
                             .arg(theirs.width())
                             .arg(theirs.height());
        }
        QFile::remove(png);
    }
    const QStringList range{QStringLiteral("-r"),
                            dpi,
                            QStringLiteral("-f"),
                            QString::number(d.rangeFirst + 1),
                            QStringLiteral("-l"),
                            QString::number(d.rangeLast + 1)};
    QDir out(workDir + QStringLiteral("/pdftoppm-range"));
    out.mkpath(QStringLiteral("."));
    r.refRangePngMs =
        runTool(QStringLiteral("pdftoppm"),
                range + QStringList{QStringLiteral("-png"), d.plainPath, out.filePath(QStringLiteral("p"))})
            .elapsedMs;
    out.removeRecursively();
    out.mkpath(QStringLiteral("."));
    r.refRangePpmMs = runTool(QStringLiteral("pdftoppm"),
                              range + QStringList{d.plainPath, out.filePath(QStringLiteral("p"))})
                          .elapsedMs;
    out.removeRecursively();
    return r;
}

struct ProbeResult
{
    double readAllMs = 0;
    std::vector<double> probeMs;
};

ProbeResult measureProbe(Database &db, const Document &d, int runs)
{
    ProbeResult r;
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = DocumentStore(db).readAll(d.versionId);
    r.readAllMs = ms(timer);
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const IsolatedPdf::Result result = IsolatedPdf::probe(bytes);
        r.probeMs.push_back(ms(timer));
        if (!result.ok() || result.pageCount != d.pages) {
            throw BenchError(
                QStringLiteral("IsolatedPdf::probe: %1 (%2 pages)").arg(result.error).arg(result.pageCount));
        }
    }
    return r;
}

struct TextResult
{
    double readAllMs = 0;
    double isolatedMs = 0;
    double indexMs = 0;
    double inProcessMs = 0;
    double pdftotextMs = 0;
    double pdftotextLayoutMs = 0;
    qint64 oursChars = 0;
    qint64 pdftotextBytes = 0;
    QString word; // a word of the first page, looked up in the index
    qint64 hits = 0;
    qint64 rows = 0;
    double oursMs() const { return readAllMs + isolatedMs + indexMs; }
};

TextResult measureText(Database &db, const Document &d)
{
    TextResult r;
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = DocumentStore(db).readAll(d.versionId);
    r.readAllMs = ms(timer);
    timer.restart();
    const IsolatedPdf::Result result = IsolatedPdf::text(bytes, -1, IsolatedPdf::Limits{600000, 3LL << 30});
    r.isolatedMs = ms(timer);
    if (!result.ok() || result.pages.size() != d.pages) {
        throw BenchError(
            QStringLiteral("IsolatedPdf::text: %1 (%2 pages)").arg(result.error).arg(result.pages.size()));
    }
    timer.restart();
    {
        Transaction tx(db);
        Statement insert(db,
                         "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                         "VALUES (?, 'file', ?, ?, ?, ?)");
        for (int page = 0; page < result.pages.size(); ++page) {
            insert.bind(1, d.fileId)
                .bind(2, d.versionId)
                .bind(3, page)
                .bind(4, d.name)
                .bind(5, result.pages[page]);
            insert.run();
            insert.reset();
            r.oursChars += result.pages[page].size();
        }
        tx.commit();
    }
    r.indexMs = ms(timer);

    // Not timed: the rows are there and searchable.
    Statement rows(db, "SELECT count(*) FROM search_index WHERE version_id = ?");
    rows.bind(1, d.versionId);
    r.rows = rows.next() ? rows.integer(0) : 0;
    const QRegularExpression wordPattern(QStringLiteral("(?<!\\p{L})\\p{L}{6,}(?!\\p{L})"));
    r.word = wordPattern.match(result.pages.value(0)).captured(0);
    if (!r.word.isEmpty()) {
        Statement match(db,
                        "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND version_id = ?");
        match.bind(1, QLatin1Char('"') + r.word + QLatin1Char('"')).bind(2, d.versionId);
        r.hits = match.next() ? match.integer(0) : 0;
    }

    const auto doc = openPdf(DocumentStore(db).open(d.versionId));
    timer.restart();
    for (int page = 0; page < doc->pageCount(); ++page) {
        const QString text = doc->text(page);
        Q_UNUSED(text)
    }
    r.inProcessMs = ms(timer);

    const ToolRun plain = runTool(QStringLiteral("pdftotext"), {d.plainPath, QStringLiteral("-")});
    r.pdftotextMs = plain.elapsedMs;
    r.pdftotextBytes = plain.out.size();
    r.pdftotextLayoutMs =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), d.plainPath, QStringLiteral("-")})
            .elapsedMs;
    return r;
}

struct DocumentResult
{
    Document doc;
    RenderResult render;
    QJsonObject open;
    ProbeResult probe;
    TextResult text;
};

// Ratios, so table and JSON say the same.
struct Ratios
{
    double perPage, rangePng, rangePpm, text, textLayout;
    explicit Ratios(const DocumentResult &r)
        : perPage(median(r.render.oursPerPage) / median(r.render.refPerPage))
        , rangePng(r.render.oursRangeMs / r.render.refRangePngMs)
        , rangePpm(r.render.oursRangeMs / r.render.refRangePpmMs)
        , text(r.text.oursMs() / r.text.pdftotextMs)
        , textLayout(r.text.oursMs() / r.text.pdftotextLayoutMs)
    { }
};

QJsonObject toJson(const DocumentResult &r)
{
    const Ratios q(r);
    QJsonArray sample;
    for (const int page : r.doc.sample) {
        sample.append(page + 1);
    }
    const double warm = r.open.value(QLatin1String("warmMedianMs")).toDouble();
    return {
        {QStringLiteral("name"), r.doc.name},
        {QStringLiteral("pages"), r.doc.pages},
        {QStringLiteral("bytes"), r.doc.bytes},
        {QStringLiteral("generateSeconds"), r.doc.generateSeconds},
        {QStringLiteral("render"),
         QJsonObject{{QStringLiteral("dpi"), RenderDpi},
                     {QStringLiteral("samplePages"), sample},
                     {QStringLiteral("oursMs"), toJson(r.render.oursPerPage)},
                     {QStringLiteral("pdftoppmPerPageMs"), toJson(r.render.refPerPage)},
                     {QStringLiteral("oursMedianMs"), median(r.render.oursPerPage)},
                     {QStringLiteral("pdftoppmPerPageMedianMs"), median(r.render.refPerPage)},
                     {QStringLiteral("perPageRatio"), q.perPage},
                     {QStringLiteral("rangeFirstPage"), r.doc.rangeFirst + 1},
                     {QStringLiteral("rangeLastPage"), r.doc.rangeLast + 1},
                     {QStringLiteral("oursRangeMs"), r.render.oursRangeMs},
                     {QStringLiteral("pdftoppmRangePngMs"), r.render.refRangePngMs},
                     {QStringLiteral("pdftoppmRangePpmMs"), r.render.refRangePpmMs},
                     {QStringLiteral("rangePngRatio"), q.rangePng},
                     {QStringLiteral("rangePpmRatio"), q.rangePpm},
                     {QStringLiteral("goal"), RenderGoal},
                     {QStringLiteral("met"), q.perPage <= RenderGoal && q.rangePng <= RenderGoal},
                     {QStringLiteral("imageSizesMatch"), r.render.sizesMatch},
                     {QStringLiteral("imageSizeMismatch"), r.render.mismatch}}},
        {QStringLiteral("open"),
         QJsonObject{{QStringLiteral("screenWidth"), ScreenWidth},
                     {QStringLiteral("child"), r.open},
                     {QStringLiteral("goalWarmMs"), WarmOpenGoalMs},
                     {QStringLiteral("met"), warm < WarmOpenGoalMs},
                     {QStringLiteral("isolatedProbeMs"), toJson(r.probe.probeMs)},
                     {QStringLiteral("isolatedProbeMedianMs"), median(r.probe.probeMs)},
                     {QStringLiteral("readAllMs"), r.probe.readAllMs}}},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("readAllMs"), r.text.readAllMs},
                     {QStringLiteral("isolatedTextMs"), r.text.isolatedMs},
                     {QStringLiteral("indexMs"), r.text.indexMs},
                     {QStringLiteral("oursMs"), r.text.oursMs()},
                     {QStringLiteral("inProcessTextMs"), r.text.inProcessMs},
                     {QStringLiteral("pdftotextMs"), r.text.pdftotextMs},
                     {QStringLiteral("pdftotextLayoutMs"), r.text.pdftotextLayoutMs},
                     {QStringLiteral("ratio"), q.text},
                     {QStringLiteral("layoutRatio"), q.textLayout},
                     {QStringLiteral("goal"), TextGoal},
                     {QStringLiteral("met"), q.text <= TextGoal},
                     {QStringLiteral("oursCharacters"), r.text.oursChars},
                     {QStringLiteral("pdftotextBytes"), r.text.pdftotextBytes},
                     {QStringLiteral("indexRows"), r.text.rows},
                     {QStringLiteral("searchWord"), r.text.word},
                     {QStringLiteral("searchHits"), r.text.hits}}},
    };
}

void printDocument(const DocumentResult &r)
{
    const Ratios q(r);
    const QJsonObject cold = r.open.value(QLatin1String("cold")).toObject();
    const double coldMs = cold.value(QLatin1String("totalMs")).toDouble();
    const double warmMs = r.open.value(QLatin1String("warmMedianMs")).toDouble();
    const QByteArray name = r.doc.name.toUtf8();
    std::printf("\n  %s: %d pages, %.1f MB\n", name.constData(), r.doc.pages, double(r.doc.bytes) / MB);
    std::printf("  %-44s %10s %11s %8s %7s  %s\n", "measure", "ours", "reference", "ratio", "", "goal");
    std::printf("  %-44s %7.1f ms %8.1f ms %7.2fx %7s  <= %.1fx (pdftoppm -png, one process a page)\n",
                "render 150 dpi, median of sample pages",
                median(r.render.oursPerPage),
                median(r.render.refPerPage),
                q.perPage,
                verdict(q.perPage <= RenderGoal),
                RenderGoal);
    const QByteArray rangeLabel = QStringLiteral("render 150 dpi, pages %1-%2, one process")
                                      .arg(r.doc.rangeFirst + 1)
                                      .arg(r.doc.rangeLast + 1)
                                      .toUtf8();
    std::printf("  %-44s %7.1f ms %8.1f ms %7.2fx %7s  <= %.1fx (pdftoppm -png)\n",
                rangeLabel.constData(),
                r.render.oursRangeMs,
                r.render.refRangePngMs,
                q.rangePng,
                verdict(q.rangePng <= RenderGoal),
                RenderGoal);
    std::printf("  %-44s %7.1f ms %8.1f ms %7.2fx %7s  (pdftoppm PPM: no PNG compression)\n",
                "  the same against PPM output",
                r.render.oursRangeMs,
                r.render.refRangePpmMs,
                q.rangePpm,
                verdict(q.rangePpm <= RenderGoal));
    std::printf(
        "  %-44s %7.1f ms %11s %8s %7s\n", "open -> first page, cold (new process)", coldMs, "-", "-", "");
    std::printf("  %-44s %7.1f ms %11s %8s %7s  < %.0f ms\n",
                "open -> first page, warm (median)",
                warmMs,
                "-",
                "-",
                verdict(warmMs < WarmOpenGoalMs),
                WarmOpenGoalMs);
    std::printf(
        "    cold: connection %.1f, DocumentStore::open %.1f, PdfDocument::open %.1f, render %.1f ms\n",
        cold.value(QLatin1String("connectionMs")).toDouble(),
        cold.value(QLatin1String("storeOpenMs")).toDouble(),
        cold.value(QLatin1String("pdfOpenMs")).toDouble(),
        cold.value(QLatin1String("renderMs")).toDouble());
    std::printf("  %-44s %7.1f ms %11s %8s %7s  (first run %.1f ms; readAll before it %.1f ms)\n",
                "isolated first-open probe (median)",
                median(r.probe.probeMs),
                "-",
                "-",
                "",
                r.probe.probeMs.empty() ? 0.0 : r.probe.probeMs.front(),
                r.probe.readAllMs);
    std::printf("  %-44s %8.2f s %9.2f s %7.2fx %7s  <= %.1fx (pdftotext FILE -)\n",
                "text of all pages + FTS index",
                r.text.oursMs() / 1000,
                r.text.pdftotextMs / 1000,
                q.text,
                verdict(q.text <= TextGoal),
                TextGoal);
    std::printf("  %-44s %8.2f s %9.2f s %7.2fx %7s  (pdftotext -layout: our text is physical layout too)\n",
                "  the same against pdftotext -layout",
                r.text.oursMs() / 1000,
                r.text.pdftotextLayoutMs / 1000,
                q.textLayout,
                verdict(q.textLayout <= TextGoal));
    std::printf(
        "    ours: readAll %.0f ms, IsolatedPdf::text %.0f ms, %lld FTS rows in one transaction %.0f ms;"
        " in-process PdfDocument::text %.0f ms\n",
        r.text.readAllMs,
        r.text.isolatedMs,
        static_cast<long long>(r.text.rows),
        r.text.indexMs,
        r.text.inProcessMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ratsmappe-bench-read"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the demo budget draft and a Vorlage from an encrypted cache and compares "
                       "rendering and text extraction with pdftoppm and pdftotext."));
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages of the budget draft (default 1032)."),
                                         QStringLiteral("N"),
                                         QStringLiteral("1032"));
    const QCommandLineOption vorlageOption(QStringLiteral("vorlage-pages"),
                                           QStringLiteral("Pages of the Vorlage (default 20)."),
                                           QStringLiteral("N"),
                                           QStringLiteral("20"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QStringLiteral("Pages rendered one by one, spread over the document (default 10; a Vorlage: all)."),
        QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Render threads while scrolling (default 2)."),
                                           QStringLiteral("N"),
                                           QStringLiteral("2"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget-mb"),
        QStringLiteral("LRU budget for rendered pages in MB (default 256)."),
        QStringLiteral("MB"),
        QStringLiteral("256"));
    const QCommandLineOption warmOption(
        QStringLiteral("repeat"),
        QStringLiteral("Warm opens and isolated probes; medians shown (default 5)."),
        QStringLiteral("K"),
        QStringLiteral("5"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Folder for the work files (default: the system temp folder)."),
        QStringLiteral("DIR"),
        QDir::tempPath());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object instead of a table."));
    QCommandLineOption childOption(
        QStringLiteral("child"), QStringLiteral("Internal."), QStringLiteral("MODE"));
    QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    QCommandLineOption versionOption(
        QStringLiteral("version"), QStringLiteral("Internal."), QStringLiteral("ID"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    cacheOption.setFlags(QCommandLineOption::HiddenFromHelp);
    versionOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({pagesOption,
                       vorlageOption,
                       sampleOption,
                       threadsOption,
                       budgetOption,
                       warmOption,
                       dirOption,
                       jsonOption,
                       childOption,
                       cacheOption,
                       versionOption});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, int min, int max) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr,
                         "ratsmappe-bench-read: --%s must be %d..%d\n",
                         qUtf8Printable(option.names().constFirst()),
                         min,
                         max);
            std::exit(2);
        }
        return value;
    };
    const int budgetPages = number(pagesOption, 1, 5000);
    const int vorlagePages = number(vorlageOption, 1, 500);
    const int sample = number(sampleOption, 1, 100);
    const int threads = number(threadsOption, 1, 16);
    const int budgetMB = number(budgetOption, 16, 16384);
    const int repeat = number(warmOption, 1, 100);

    try {
        if (parser.isSet(childOption)) {
            const QString mode = parser.value(childOption);
            const qint64 versionId = parser.value(versionOption).toLongLong();
            QJsonObject result;
            if (mode == QLatin1String("open")) {
                result = childOpen(parser.value(cacheOption), versionId, repeat);
            } else if (mode == QLatin1String("scroll")) {
                result =
                    childScroll(parser.value(cacheOption), versionId, threads, qint64(budgetMB) * 1000000);
            } else {
                throw BenchError(QStringLiteral("unknown child mode %1").arg(mode));
            }
            std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            return 0;
        }

        QDir().mkpath(parser.value(dirOption));
        QTemporaryDir work(parser.value(dirOption) + QLatin1String("/ratsmappe-bench-read-XXXXXX"));
        if (!work.isValid()) {
            throw BenchError(QStringLiteral("cannot make a folder in %1: %2")
                                 .arg(parser.value(dirOption), work.errorString()));
        }
        const QString cacheDir = work.path() + QStringLiteral("/cache");
        QString recoveryKey;
        auto cache =
            Cache::create(cacheDir, SecretBytes(QByteArrayLiteral("benchmark passphrase")), &recoveryKey);
        Database &db = cache->database();

        std::fprintf(stderr, "generating and storing the documents\n");
        std::vector<DocumentResult> results(2);
        results[0].doc = storeDocument(db,
                                       QStringLiteral("Haushaltsplanentwurf"),
                                       {Demo::PdfSpec::Style::Budget,
                                        QStringLiteral("Haushaltsplanentwurf 2027"),
                                        QStringLiteral("Stadt Wiesenfeld · Entwurf zur Beratung"),
                                        20261125,
                                        budgetPages,
                                        0},
                                       work.path(),
                                       sample);
        results[1].doc =
            storeDocument(db,
                          QStringLiteral("Vorlage"),
                          {Demo::PdfSpec::Style::Vorlage,
                           QStringLiteral("Beschlussvorlage 2026/0142: Sanierung der Grundschule Am Markt"),
                           QStringLiteral("Stadt Wiesenfeld · Ausschuss für Bildung und Soziales"),
                           142,
                           vorlagePages,
                           0},
                          work.path(),
                          vorlagePages);

        for (DocumentResult &r : results) {
            const QByteArray name = r.doc.name.toUtf8();
            std::fprintf(stderr, "%s: open -> first page (child process)\n", name.constData());
            r.open = runChild(QStringLiteral("open"),
                              cacheDir,
                              recoveryKey,
                              r.doc.versionId,
                              {QStringLiteral("--repeat"), QString::number(repeat)});
            std::fprintf(stderr, "%s: isolated probe\n", name.constData());
            r.probe = measureProbe(db, r.doc, repeat);
            std::fprintf(stderr, "%s: render against pdftoppm\n", name.constData());
            r.render = measureRender(db, r.doc, work.path());
            std::fprintf(stderr, "%s: text against pdftotext\n", name.constData());
            r.text = measureText(db, r.doc);
        }
        std::fprintf(stderr, "scrolling through %d pages (child process)\n", budgetPages);
        const QJsonObject scroll = runChild(QStringLiteral("scroll"),
                                            cacheDir,
                                            recoveryKey,
                                            results[0].doc.versionId,
                                            {QStringLiteral("--threads"),
                                             QString::number(threads),
                                             QStringLiteral("--budget-mb"),
                                             QString::number(budgetMB)});

        // The plaintext copies were the reference tools' input only.
        bool deleted = true;
        for (const DocumentResult &r : results) {
            deleted = QFile::remove(r.doc.plainPath) && deleted;
        }
        const QString pdftoppmVersion = toolVersion(QStringLiteral("pdftoppm"));
        const double peakMB = scroll.value(QLatin1String("peakRssMB")).toDouble();
        const double stallMs = scroll.value(QLatin1String("longestStallMs")).toDouble();
        bool verified = deleted;
        for (const DocumentResult &r : results) {
            verified = verified && r.render.sizesMatch && r.text.rows == r.doc.pages &&
                (r.text.word.isEmpty() || r.text.hits > 0);
        }
        verified = verified && scroll.value(QLatin1String("droppedPages")).toInt() == 0;

        if (parser.isSet(jsonOption)) {
            QJsonArray documents;
            for (const DocumentResult &r : results) {
                documents.append(toJson(r));
            }
            QJsonObject scrollOut = scroll;
            scrollOut.insert(QStringLiteral("goalPeakMB"), MemoryGoalMB);
            scrollOut.insert(QStringLiteral("goalStallMs"), StallGoalMs);
            scrollOut.insert(QStringLiteral("met"), peakMB < MemoryGoalMB && stallMs < StallGoalMs);
            const QJsonObject out{
                {QStringLiteral("benchmark"), QStringLiteral("read")},
                {QStringLiteral("directory"), work.path()},
                {QStringLiteral("filesystem"), filesystemOf(work.path())},
                {QStringLiteral("poppler"), QStringLiteral(POPPLER_VERSION)},
                {QStringLiteral("pdftoppm"), pdftoppmVersion},
                {QStringLiteral("referenceInputDeleted"), deleted},
                {QStringLiteral("documents"), documents},
                {QStringLiteral("scroll"), scrollOut},
                {QStringLiteral("verified"), verified},
            };
            std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        } else {
            std::printf("Reading benchmark: budget draft and Vorlage from an encrypted cache\n");
            std::printf("  Poppler     %s in-process; reference %s (same library)\n",
                        POPPLER_VERSION,
                        qUtf8Printable(pdftoppmVersion));
            std::printf("  directory   %s (%s)\n",
                        qUtf8Printable(work.path()),
                        qUtf8Printable(filesystemOf(work.path())));
            std::printf("  reference   pdftoppm/pdftotext read plaintext copies written there for them only;"
                        " %s\n",
                        deleted ? "deleted at the end" : "NOT deleted, remove them");
            std::printf("              reference times include each tool's process start and document open;"
                        " ours have the document open\n");
            std::printf("  generated   %s %.1f s, %s %.1f s (writePdf, not timed below)\n",
                        qUtf8Printable(results[0].doc.name),
                        results[0].doc.generateSeconds,
                        qUtf8Printable(results[1].doc.name),
                        results[1].doc.generateSeconds);
            for (const DocumentResult &r : results) {
                printDocument(r);
            }
            std::printf("\n  scrolling %d pages of %s at fit-width %d px: %d render threads, LRU %.0f MB\n",
                        scroll.value(QLatin1String("pages")).toInt(),
                        qUtf8Printable(results[0].doc.name),
                        ScreenWidth,
                        threads,
                        scroll.value(QLatin1String("lruBudgetMB")).toDouble());
            std::printf("  %-44s %7.1f MB %11s %8s %7s  < %.0f MB\n",
                        "peak memory of the process (ru_maxrss)",
                        peakMB,
                        "-",
                        "-",
                        verdict(peakMB < MemoryGoalMB),
                        MemoryGoalMB);
            std::printf("  %-44s %7.1f ms %11s %8s %7s  < %.0f ms\n",
                        "longest gap between 5 ms timer ticks",
                        stallMs,
                        "-",
                        "-",
                        verdict(stallMs < StallGoalMs),
                        StallGoalMs);
            std::printf("    %.1f s, %.1f pages/s; gaps: median %.1f ms, p99 %.1f ms, %d over 50 ms; "
                        "LRU held at most %.0f MB; RSS before %.0f MB\n",
                        scroll.value(QLatin1String("seconds")).toDouble(),
                        scroll.value(QLatin1String("pagesPerSecond")).toDouble(),
                        scroll.value(QLatin1String("medianGapMs")).toDouble(),
                        scroll.value(QLatin1String("p99GapMs")).toDouble(),
                        scroll.value(QLatin1String("gapsOver50Ms")).toInt(),
                        scroll.value(QLatin1String("lruHeldMaxMB")).toDouble(),
                        scroll.value(QLatin1String("rssBeforeMB")).toDouble());
            std::printf(
                "\n  checks: %s\n",
                verified ? "image sizes within 1 px of pdftoppm's, one FTS row per page and a word of page 1 "
                           "found, no page dropped"
                         : "FAILED (see --json)");
        }
        return verified ? 0 : 1;
    } catch (const BenchError &e) {
        std::fprintf(stderr, "ratsmappe-bench-read: %s\n", e.what());
        return 2;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "ratsmappe-bench-read: %s\n", qUtf8Printable(e.message()));
        return 2;
    }
}
