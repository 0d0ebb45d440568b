// SPDX-License-Identifier: GPL-2.0-or-later
//
// Reading while the window syncs (issue 15): the reader's GUI-thread stall and its page render
// times with the window's background sync (SyncController, its own thread and connection) of the
// demo town running, beside the same reading without a sync. The reading is the reader's shape:
// a 20-page Vorlage in the encrypted cache rendered page after page at fit-width on a worker
// thread (one Poppler document over the cache's decrypting device), each image delivered to the
// GUI thread, whose event loop a 5 ms timer probes: a gap far above 5 ms is a stall the member
// would feel. The sync's own signals (progress, stored) arrive on the same GUI thread.

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "demopdf.h"
#include "documentstore.h"
#include "objectstore.h"
#include "pdfdocument.h"
#include "secret.h"
#include "storeerror.h"
#include "synccontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Ratsmappe;

namespace {

constexpr int ProbeIntervalMs = 5;
constexpr double ScreenWidth = 1200; // pixels: a page at fit-width in a laptop's window

struct Reading
{
    std::vector<double> renderMs; ///< per page
    std::vector<double> gapsMs; ///< between probe ticks on the GUI thread
    double seconds = 0;
    bool syncRanThroughout = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

double maxOf(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Renders every page \a rounds times on a worker while the GUI thread runs its event loop.
Reading read(const Cache &cache, qint64 versionId, int rounds, const SyncController *sync)
{
    Reading r;
    const auto connection = cache.openConnection();
    auto device = DocumentStore(*connection).open(versionId);
    QEventLoop loop;
    QObject receiver;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, &receiver, [&] {
        const qint64 now = clock.nsecsElapsed();
        r.gapsMs.push_back(double(now - last) / 1e6);
        last = now;
    });
    std::unique_ptr<QThread> worker(QThread::create([&, dev = device.release()] {
        QString error;
        const auto doc = PdfDocument::open(std::unique_ptr<QIODevice>(dev), &error);
        if (!doc) {
            std::fprintf(stderr, "cannot open the document: %s\n", qPrintable(error));
        }
        for (int round = 0; doc && round < rounds; ++round) {
            for (int page = 0; page < doc->pageCount(); ++page) {
                QElapsedTimer t;
                t.start();
                const double width = doc->pageSize(page).width();
                const QImage image = doc->render(page, width > 0 ? ScreenWidth * 72.0 / width : 150.0);
                const double took = double(t.nsecsElapsed()) / 1e6;
                // Delivered to the GUI thread, as the reader's pages are.
                QMetaObject::invokeMethod(
                    &receiver,
                    [&r, took, image] {
                        Q_UNUSED(image);
                        r.renderMs.push_back(took);
                    },
                    Qt::QueuedConnection);
            }
        }
        QMetaObject::invokeMethod(&receiver, [&loop] { loop.quit(); }, Qt::QueuedConnection);
    }));
    QElapsedTimer wall;
    wall.start();
    clock.start();
    probe.start();
    worker->start();
    loop.exec();
    probe.stop();
    worker->wait();
    r.seconds = double(wall.elapsed()) / 1000;
    r.syncRanThroughout = sync && sync->isRunning();
    return r;
}

void printRow(const char *what, double without, double with)
{
    std::printf("%-34s %10.1f %10.1f %8.2fx\n", what, without, with, without > 0 ? with / without : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reader's GUI-thread stall and render times with a background sync, beside without."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("The demo town: small, town or large (default)."),
                                        QStringLiteral("size"),
                                        QStringLiteral("large"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages of the document read (default 20)."),
                                         QStringLiteral("n"),
                                         QStringLiteral("20"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("How often every page is rendered (default 5)."),
                                          QStringLiteral("n"),
                                          QStringLiteral("5"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("The demo server (default: ratsmappe-demo-server next to this program)."),
        QStringLiteral("path"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-demo-server"));
    parser.addOptions({sizeOption, pagesOption, roundsOption, serverOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QTemporaryDir dir;
    QString recoveryKey;
    std::unique_ptr<Cache> cache;
    qint64 versionId = 0;
    try {
        cache = Cache::create(dir.filePath(QStringLiteral("cache")),
                              SecretBytes(QByteArrayLiteral("bench background passphrase")),
                              &recoveryKey);
        Database &db = cache->database();
        const QString fileId = QStringLiteral("bench:vorlage");
        ObjectStore(db).upsert(ObjectKind::File,
                               {},
                               QJsonObject{{QStringLiteral("id"), fileId}},
                               QDateTime::currentDateTimeUtc());
        Transaction tx(db);
        DocumentWriter writer(db, fileId, QStringLiteral("application/pdf"));
        writer.write(Demo::writePdf({Demo::PdfSpec::Style::Vorlage,
                                     QStringLiteral("Beschlussvorlage 2026/0815: Radweg Nordstraße"),
                                     QStringLiteral("Stadt Kirchberg an der Aue"),
                                     7,
                                     std::max(1, parser.value(pagesOption).toInt()),
                                     0}));
        versionId = writer.finish(DocumentKind::Pdf).id;
        tx.commit();
    } catch (const StoreError &e) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(e.message()));
        return 1;
    }

    std::fprintf(stderr, "reading without a sync\n");
    read(*cache, versionId, 1, nullptr); // Poppler's and the cache's first use out of the figures
    const Reading without = read(*cache, versionId, rounds, nullptr);

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.setStandardInputFile(QProcess::nullDevice());
    server.start(
        parser.value(serverOption),
        {QStringLiteral("--size"), parser.value(sizeOption), QStringLiteral("--port"), QStringLiteral("0")});
    if (!server.waitForStarted()) {
        std::fprintf(stderr, "cannot start the demo server\n");
        return 1;
    }
    while (!server.canReadLine()) {
        if (server.state() == QProcess::NotRunning || !server.waitForReadyRead(600000)) {
            std::fprintf(stderr, "the demo server printed no URL\n");
            return 1;
        }
    }
    const QString url = QString::fromUtf8(server.readLine().trimmed());

    std::fprintf(stderr,
                 "reading while the window syncs %s (%s)\n",
                 qPrintable(url),
                 qPrintable(parser.value(sizeOption)));
    Reading with;
    {
        SyncController sync;
        sync.setCache(cache.get());
        sync.addServer(url);
        // The first minute of a first sync is lists: let it reach documents and text too.
        with = read(*cache, versionId, rounds, &sync);
        sync.stop(std::chrono::minutes(5));
    }
    server.terminate();
    server.waitForFinished(10000);

    std::printf("%-34s %10s %10s %9s\n", "", "without", "with sync", "ratio");
    printRow(
        "render per page, median (ms)", percentile(without.renderMs, 0.5), percentile(with.renderMs, 0.5));
    printRow(
        "render per page, p95 (ms)", percentile(without.renderMs, 0.95), percentile(with.renderMs, 0.95));
    printRow("GUI-thread gap, p99 (ms)", percentile(without.gapsMs, 0.99), percentile(with.gapsMs, 0.99));
    printRow("GUI-thread longest gap (ms)", maxOf(without.gapsMs), maxOf(with.gapsMs));
    printRow("reading, wall (s)", without.seconds, with.seconds);
    std::printf("the sync ran through the whole reading: %s\n",
                with.syncRanThroughout ? "yes" : "no (figures understate it)");
    return 0;
}
