// SPDX-License-Identifier: GPL-2.0-or-later
//
// Session packet benchmark (issue 16): one meeting's packet of 1,000+ pages in 30 documents.
//   ours      PacketBuilder::build(), member edition, numbered afresh: the plan and the check read
//             from the encrypted cache, every document decrypted and piped to
//             ratsmappe-packet-worker, which parses them with libqpdf, adds the cover, the agenda,
//             the stamps, the outline, the page labels and the manifest, and pipes the packet back
//             (written to a device that only counts the bytes: the transfer is part of our cost)
//   qpdf      `qpdf --empty --pages f1.pdf … f30.pdf -- out.pdf` on the same documents as plain
//             files, timed from start to finish with QProcess: the floor for merging
//   qpdf only merging  the same with --remove-unreferenced-resources=no: qpdf's --pages otherwise
//             looks through every page's content for resources it does not use, which ours does
//             not do; without it qpdf only merges (a stricter floor; not the goal's reference)
//   check     PacketBuilder::check() alone
// after one untimed build of each kind (whose packet is checked: its page count and the
// manifest's runs). Goals: ours <= 1.5x qpdf, the check <= 5 % of ours, peak memory < 300 MB.
//
// Peak memory, each side measured on its own:
//   the worker and qpdf  started through a small go-between (bench/childpeak.cpp) that reaps them
//               and writes their ru_maxrss: a child's would otherwise start from this process's
//               size (Linux carries it over at exec); the worker so for the untimed first build
//               only, qpdf in one more untimed run
//   this process  VmHWM from /proc/self/status after each timed build, its high-water mark reset
//               before the build by writing 5 to /proc/self/clear_refs (Linux >= 4.0) and the heap
//               left from making the test data handed back (malloc_trim), so only the build counts

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "measuredchild.h"
#include "packetbenchdata.h"
#include "packetbuilder.h"
#include "secret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

#include <malloc.h>
#include <sys/resource.h>

using namespace Ratsmappe;
using Bench::median;

namespace {

constexpr double GoalRatio = 1.5;
constexpr double GoalCheckShare = 0.05;
constexpr double GoalMemoryMB = 300;

/// Where ours writes the packet: counts the bytes and keeps none, as a file on a fast disk would.
class CountingSink : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        written += length;
        return length;
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double cpuMs(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
        double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

rusage usage(int who)
{
    rusage u{};
    ::getrusage(who, &u);
    return u;
}

double kibToMB(long kib)
{
    return double(kib) * 1024.0 / 1e6;
}

// Resets this process's VmHWM to its current RSS; false where the kernel does not allow it.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// VmHWM (the peak) or VmRSS (now) in MB; -1 when unreadable.
double statusMB(const char *field = "VmHWM:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return kibToMB(line.mid(6).trimmed().split(' ').value(0).toLong());
        }
    }
    return -1;
}

struct Timing
{
    std::vector<double> ours, oursCpuWorker, oursCpuSelf, oursHandedOver, oursParsed, qpdf, qpdfBare, qpdfCpu,
        qpdfBareCpu, check, readCache, selfPeak, selfBefore;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Session packets: PacketBuilder::build vs qpdf --empty --pages merging the same files."));
    parser.addHelpOption();
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        QStringLiteral("Pages of the 30 documents (default %1).").arg(Bench::packetBenchFullPages()),
        QStringLiteral("N"),
        QString::number(Bench::packetBenchFullPages()));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Timed runs of each side; the median counts (default 3)."),
        QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral(
            "Where the cache and the plain files are made, anew (default: a temporary directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also print the results as JSON."));
    parser.addOptions({pagesOption, repeatOption, dirOption, jsonOption});
    parser.process(app);
    const int pageGoal = std::max(30, parser.value(pagesOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir tmp;
    QString root = tmp.path();
    if (parser.isSet(dirOption)) {
        root = QDir(parser.value(dirOption)).absoluteFilePath(QStringLiteral("packet-bench"));
        QDir(root).removeRecursively();
        QDir().mkpath(root);
    }
    const QString cacheDir = QDir(root).filePath(QStringLiteral("cache"));
    const QString plainDir = QDir(root).filePath(QStringLiteral("plain"));
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) {
        std::fprintf(stderr, "qpdf (the reference) is not on PATH\n");
        return 1;
    }
    if (!QFileInfo(Packets::PacketBuilder::workerPath()).isExecutable()) {
        std::fprintf(stderr, "no packet worker at %s\n", qPrintable(Packets::PacketBuilder::workerPath()));
        return 1;
    }

    QString recoveryKey;
    auto cache =
        Cache::create(cacheDir, SecretBytes(QByteArrayLiteral("benchmark passphrase")), &recoveryKey);
    Database &db = cache->database();
    QElapsedTimer timer;
    timer.start();
    const Bench::PacketBenchMeeting meeting = Bench::makePacketBenchMeeting(db, plainDir, pageGoal);
    const double makeMs = ms(timer);
    QStringList mergeArgs{QStringLiteral("--empty"), QStringLiteral("--pages")};
    for (const Bench::PacketBenchDocument &d : meeting.documents) {
        mergeArgs.append(d.path);
    }
    const QString merged = QDir(root).filePath(QStringLiteral("merged.pdf"));
    mergeArgs << QStringLiteral("--") << merged;
    // qpdf's --pages looks through every page's content streams for resources it does not use
    // (--remove-unreferenced-resources=auto); ours does not: without it qpdf only merges.
    const QStringList bareArgs =
        QStringList{QStringLiteral("--remove-unreferenced-resources=no")} + mergeArgs;

    Packets::PacketBuilder builder(db);
    Packets::BuildOptions options;
    options.edition = Packets::Edition::Member;
    options.numbering = Packets::Numbering::Fresh;

    // The untimed first build, into a file that is checked; the worker's peak memory with it.
    const QString packetPath = QDir(root).filePath(QStringLiteral("packet.pdf"));
    Packets::BuildResult first;
    const QString workerLink = Bench::MeasuredChild::makeWorkerLink(root);
    if (!workerLink.isEmpty()) { // else the worker's peak reads as not measured (-1)
        qputenv("RATSMAPPE_PACKET_WORKER", QFile::encodeName(workerLink));
    }
    {
        QFile out(packetPath);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(packetPath));
            return 1;
        }
        first = builder.build(meeting.meetingId, meeting.serverId, options, out);
    }
    qunsetenv("RATSMAPPE_PACKET_WORKER"); // the timed builds start the worker directly
    const Bench::MeasuredChild::Peak workerPeak =
        Bench::MeasuredChild::readPeak(workerLink + QStringLiteral(".maxrss"));
    if (!first.ok()) {
        std::fprintf(stderr,
                     "the build failed: %s\n%s\n",
                     qPrintable(first.error),
                     QJsonDocument(first.report.toJson()).toJson().constData());
        return 1;
    }
    int agendaPages = 0, placedPages = 0, cover = 0;
    for (const Packets::ManifestEntry &e : std::as_const(first.manifest.entries)) {
        (e.kind == Packets::ManifestEntry::Kind::Agenda         ? agendaPages
             : e.kind == Packets::ManifestEntry::Kind::Document ? placedPages
                                                                : cover) += e.count;
    }
    QProcess count;
    count.start(qpdf, {QStringLiteral("--show-npages"), packetPath});
    count.waitForFinished(-1);
    const int filePages = count.readAllStandardOutput().trimmed().toInt();
    const int packetPages = first.manifest.pages;
    if (placedPages != meeting.pages || filePages != packetPages ||
        packetPages != 1 + agendaPages + placedPages) {
        std::fprintf(stderr,
                     "the packet is not what was asked for: %d pages in the file, %d in the manifest, %d "
                     "cover + %d agenda + %d placed (of %d made)\n",
                     filePages,
                     packetPages,
                     cover,
                     agendaPages,
                     placedPages,
                     meeting.pages);
        return 1;
    }
    if (first.pages != filePages) { // not the benchmark's business, but worth saying
        std::fprintf(stderr, "note: BuildResult::pages says %d, the file has %d\n", first.pages, filePages);
    }
    QProcess warm; // the reference's first run, untimed, as ours had one
    warm.start(qpdf, mergeArgs);
    warm.waitForFinished(-1);

    Timing t;
    bool peakReset = true;
    qint64 packetBytes = 0;
    for (int round = 0; round < repeat; ++round) {
        CountingSink sink;
        sink.open(QIODevice::WriteOnly);
        // PacketBuilder's progress: 40 % when every document is handed over, 80 % when the helper
        // has parsed them all (its writing and the transfer back are the rest).
        double handedOver = -1, parsed = -1;
        builder.onProgress = [&](int done, int total) {
            const int percent = total > 0 ? 100 * done / total : 0;
            if (percent >= 40 && handedOver < 0) {
                handedOver = ms(timer);
            }
            if (percent >= 80 && parsed < 0) {
                parsed = ms(timer);
            }
        };
        // The heap that making the test data left behind goes back first: what this process holds
        // during the build is then the build's own, not memory it happened to find free.
        ::malloc_trim(0);
        peakReset = resetPeak() && peakReset;
        t.selfBefore.push_back(statusMB("VmRSS:"));
        const rusage childrenBefore = usage(RUSAGE_CHILDREN), selfBefore = usage(RUSAGE_SELF);
        timer.restart();
        const Packets::BuildResult result = builder.build(meeting.meetingId, meeting.serverId, options, sink);
        t.ours.push_back(ms(timer));
        t.oursCpuWorker.push_back(cpuMs(usage(RUSAGE_CHILDREN)) - cpuMs(childrenBefore));
        t.oursCpuSelf.push_back(cpuMs(usage(RUSAGE_SELF)) - cpuMs(selfBefore));
        t.selfPeak.push_back(statusMB());
        t.oursHandedOver.push_back(handedOver);
        t.oursParsed.push_back(parsed);
        builder.onProgress = nullptr;
        if (!result.ok() || result.manifest.pages != packetPages) {
            std::fprintf(stderr, "a timed build failed: %s\n", qPrintable(result.error));
            return 1;
        }
        packetBytes = sink.written;

        timer.restart();
        const Packets::CheckReport report = builder.check(meeting.meetingId, meeting.serverId);
        t.check.push_back(ms(timer));
        if (!report.complete()) {
            std::fprintf(stderr, "the check finds something missing\n");
            return 1;
        }

        // What reading the documents from the encrypted cache costs alone (decrypting and
        // checking every cipher page), in the builder's 1 MiB blocks: the first part of ours.
        timer.restart();
        DocumentStore store(db);
        for (const Bench::PacketBenchDocument &d : meeting.documents) {
            const auto version = store.currentVersion(d.fileId, meeting.serverId);
            const std::unique_ptr<QIODevice> device = version ? store.open(version->id) : nullptr;
            while (device && !device->read(1024 * 1024).isEmpty()) { }
        }
        t.readCache.push_back(ms(timer));

        for (const bool bare : {false, true}) {
            QProcess merge;
            const rusage before = usage(RUSAGE_CHILDREN);
            timer.restart();
            merge.start(qpdf, bare ? bareArgs : mergeArgs);
            merge.waitForFinished(-1);
            (bare ? t.qpdfBare : t.qpdf).push_back(ms(timer));
            (bare ? t.qpdfBareCpu : t.qpdfCpu).push_back(cpuMs(usage(RUSAGE_CHILDREN)) - cpuMs(before));
            if (merge.exitStatus() != QProcess::NormalExit ||
                (merge.exitCode() != 0 && merge.exitCode() != 3)) {
                std::fprintf(stderr, "qpdf failed: %s\n", merge.readAllStandardError().constData());
                return 1;
            }
        }
    }
    const QString qpdfReport = QDir(root).filePath(QStringLiteral("qpdf.maxrss"));
    QProcess measured;
    measured.start(Bench::MeasuredChild::program(),
                   Bench::MeasuredChild::arguments(qpdfReport, qpdf, mergeArgs));
    measured.waitForFinished(-1);
    const Bench::MeasuredChild::Peak qpdfPeak = Bench::MeasuredChild::readPeak(qpdfReport);
    const qint64 mergedBytes = QFileInfo(merged).size();

    const double oursMed = median(t.ours), qpdfMed = median(t.qpdf), checkMed = median(t.check);
    const double ratio = qpdfMed > 0 ? oursMed / qpdfMed : 0;
    const double bareMed = median(t.qpdfBare);
    const double bareRatio = bareMed > 0 ? oursMed / bareMed : 0;
    const double checkShare = oursMed > 0 ? checkMed / oursMed : 0;
    double selfPeakMB = 0;
    for (const double v : t.selfPeak) {
        selfPeakMB = std::max(selfPeakMB, v);
    }
    const bool memoryMet = workerPeak.mb > 0 && workerPeak.mb < GoalMemoryMB && selfPeakMB < GoalMemoryMB;
    std::printf(
        "Session packet of one meeting: %d agenda items, %lld documents, %d pages (%d of them "
        "scanned), %.1f MB; made and stored in %.1f s (%s)\n",
        meeting.items,
        static_cast<long long>(meeting.documents.size()),
        meeting.pages,
        [&] {
            int scans = 0;
            for (const auto &d : meeting.documents) {
                scans += d.scanPages;
            }
            return scans;
        }(),
        double(meeting.bytes) / 1e6,
        makeMs / 1e3,
        qPrintable(Bench::filesystemOf(root)));
    std::printf("  packet: %d pages (1 cover + %d agenda + %d of the documents), %.1f MB; qpdf's merge "
                "%.1f MB\n",
                packetPages,
                agendaPages,
                placedPages,
                double(packetBytes) / 1e6,
                double(mergedBytes) / 1e6);
    std::printf("  %d runs each, median                              time        CPU\n", repeat);
    std::printf("    ours: PacketBuilder::build (member edition)  %8.0f ms  worker %.0f ms + here %.0f ms\n",
                oursMed,
                median(t.oursCpuWorker),
                median(t.oursCpuSelf));
    std::printf("      every document handed over at %.0f ms, parsed by the helper at %.0f ms, the rest is "
                "writing and the transfer back\n",
                median(t.oursHandedOver),
                median(t.oursParsed));
    std::printf("      reading the documents from the cache alone  %8.0f ms\n", median(t.readCache));
    std::printf(
        "    qpdf --empty --pages … --                    %8.0f ms  %.0f ms\n", qpdfMed, median(t.qpdfCpu));
    std::printf("    the same, --remove-unreferenced-resources=no %8.0f ms  %.0f ms (only merging)\n",
                bareMed,
                median(t.qpdfBareCpu));
    std::printf("    check alone: PacketBuilder::check            %8.1f ms\n", checkMed);
    std::printf(
        "  ours / qpdf %.2fx   goal <= %.1fx   %s\n", ratio, GoalRatio, Bench::verdict(ratio <= GoalRatio));
    std::printf(
        "  ours / qpdf only merging %.2fx (not the goal's reference: the floor without qpdf's resource "
        "analysis)\n",
        bareRatio);
    std::printf("  check / build %.1f %%   goal <= %.0f %%   %s\n",
                checkShare * 100,
                GoalCheckShare * 100,
                Bench::verdict(checkShare <= GoalCheckShare));
    std::printf("  peak memory: worker %.0f MB, this process during the build %.0f MB (%.0f MB before it)%s; "
                "qpdf %.0f MB (the go-between's floor %.0f MB)   goal < %.0f MB   %s\n",
                workerPeak.mb,
                selfPeakMB,
                median(t.selfBefore),
                peakReset ? "" : " (since start: VmHWM could not be reset)",
                qpdfPeak.mb,
                std::max(workerPeak.floorMb, qpdfPeak.floorMb),
                GoalMemoryMB,
                Bench::verdict(memoryMet));
    if (parser.isSet(jsonOption)) {
        const QJsonObject out{
            {QStringLiteral("items"), meeting.items},
            {QStringLiteral("documents"), int(meeting.documents.size())},
            {QStringLiteral("documentPages"), meeting.pages},
            {QStringLiteral("documentBytes"), meeting.bytes},
            {QStringLiteral("packetPages"), packetPages},
            {QStringLiteral("agendaPages"), agendaPages},
            {QStringLiteral("packetBytes"), packetBytes},
            {QStringLiteral("mergedBytes"), mergedBytes},
            {QStringLiteral("oursMs"), Bench::toJson(t.ours)},
            {QStringLiteral("oursWorkerCpuMs"), Bench::toJson(t.oursCpuWorker)},
            {QStringLiteral("oursSelfCpuMs"), Bench::toJson(t.oursCpuSelf)},
            {QStringLiteral("oursParsedMs"), Bench::toJson(t.oursParsed)},
            {QStringLiteral("oursHandedOverMs"), Bench::toJson(t.oursHandedOver)},
            {QStringLiteral("readCacheMs"), Bench::toJson(t.readCache)},
            {QStringLiteral("qpdfMs"), Bench::toJson(t.qpdf)},
            {QStringLiteral("qpdfOnlyMergingMs"), Bench::toJson(t.qpdfBare)},
            {QStringLiteral("qpdfCpuMs"), Bench::toJson(t.qpdfCpu)},
            {QStringLiteral("qpdfOnlyMergingCpuMs"), Bench::toJson(t.qpdfBareCpu)},
            {QStringLiteral("ratioOnlyMerging"), bareRatio},
            {QStringLiteral("checkMs"), Bench::toJson(t.check)},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("checkShare"), checkShare},
            {QStringLiteral("workerPeakMB"), workerPeak.mb},
            {QStringLiteral("measuringFloorMB"), std::max(workerPeak.floorMb, qpdfPeak.floorMb)},
            {QStringLiteral("selfPeakMB"), selfPeakMB},
            {QStringLiteral("selfBeforeBuildMB"), Bench::toJson(t.selfBefore)},
            {QStringLiteral("qpdfPeakMB"), qpdfPeak.mb}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
