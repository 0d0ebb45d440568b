// SPDX-License-Identifier: GPL-2.0-or-later
//
// The member's pages with a big cache (issue 18), in the real window (ratsmappe-probe, offscreen):
//
// 1. Start-up: the same binary loading its QML alone (no cache: the first-start page) against a
//    start with a cache of --meetings meetings and --papers papers (each paper on an agenda item
//    with a document; the member's committees set, so the overview has its next meetings). The
//    data's part is the time from the cache being open (after the key derivation, which the
//    member's passphrase costs on any cache, reported beside) to the first frame that shows the
//    start page ready, and, as a second view, how much later that frame comes than QML alone's
//    first frame, minus the key derivation.
// 2. Scrolling the meetings list of the large demo town (synced without documents) from top to
//    bottom as a fast flick: the GUI thread's longest gap, beside its gaps while nothing moves.

#include "benchutil.h"
#include "cache.h"
#include "credentials.h"
#include "database.h"
#include "filelinks.h"
#include "meetinglisting.h"
#include "objectstore.h"
#include "oparlserver.h"
#include "secret.h"
#include "seenstore.h"
#include "serverstore.h"
#include "settingsstore.h"
#include "syncengine.h"
#include "syncscope.h"
#include "town.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Ratsmappe;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = QStringLiteral("bench-passphrase-overview");
const QString Server = QStringLiteral("https://bench.invalid/oparl/system");
constexpr int Committees = 40;
constexpr int MemberCommittees = 3;

QString url(const QString &kind, int n)
{
    return QStringLiteral("https://bench.invalid/oparl/%1/%2").arg(kind).arg(n);
}

std::unique_ptr<Cache> newCache(const QString &dir)
{
    QString recovery;
    return Cache::create(dir, SecretBytes(Passphrase.toUtf8()), &recovery);
}

// Writes the synthetic town straight through the store, as a sync would have left it.
void fillCache(Database &db, int meetings, int papers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ServerStore(db).addIfMissing(Server, now);
    ObjectStore store(db, Server);
    FileLinks links(db, Server);
    const QString body = url(QStringLiteral("body"), 1);
    SeenStore(db).setBaselineOnce(now.addSecs(-60).toString(Qt::ISODateWithMs));
    Transaction first(db);
    store.upsert(
        ObjectKind::Body,
        Server,
        {{u"id"_s, body}, {u"type"_s, u"https://schema.oparl.org/1.1/Body"_s}, {u"name"_s, u"Benchstadt"_s}},
        now);
    for (int c = 0; c < Committees; ++c) {
        store.upsert(ObjectKind::Organization,
                     body,
                     {{u"id"_s, url(QStringLiteral("organization"), c)},
                      {u"type"_s, u"https://schema.oparl.org/1.1/Organization"_s},
                      {u"name"_s, QStringLiteral("Ausschuss %1").arg(c + 1)},
                      {u"organizationType"_s, u"Gremium"_s},
                      {u"classification"_s, u"Ausschuss"_s}},
                     now);
    }
    first.commit();
    // Ten years of meetings around today, one agenda item per paper, spread over the meetings.
    const QDateTime begin = now.addDays(-9 * 365);
    const qint64 span = begin.secsTo(now.addDays(365));
    const int itemsPerMeeting = std::max(1, papers / std::max(1, meetings));
    int paper = 0;
    for (int m = 0; m < meetings; m += 500) {
        Transaction tx(db);
        for (int i = m; i < std::min(meetings, m + 500); ++i) {
            const QString meeting = url(QStringLiteral("meeting"), i);
            const QDateTime start = begin.addSecs(span * i / meetings);
            const QString invitation = url(QStringLiteral("file-invitation"), i);
            store.upsert(
                ObjectKind::Meeting,
                body,
                {{u"id"_s, meeting},
                 {u"type"_s, u"https://schema.oparl.org/1.1/Meeting"_s},
                 {u"name"_s, QStringLiteral("Sitzung %1").arg(i)},
                 {u"start"_s, start.toString(Qt::ISODate)},
                 {u"end"_s, start.addSecs(2 * 3600).toString(Qt::ISODate)},
                 {u"cancelled"_s, i % 97 == 0},
                 {u"organization"_s, QJsonArray{url(QStringLiteral("organization"), i % Committees)}}},
                now);
            store.upsert(ObjectKind::File,
                         meeting,
                         {{u"id"_s, invitation},
                          {u"name"_s, u"Einladung"_s},
                          {u"fileName"_s, u"einladung.pdf"_s},
                          {u"mimeType"_s, u"application/pdf"_s}},
                         now);
            links.add(meeting, invitation, QStringLiteral("invitation"));
            const int items = i == meetings - 1 ? papers - paper : itemsPerMeeting;
            for (int k = 0; k < items && paper < papers; ++k, ++paper) {
                const QString item = url(QStringLiteral("agendaitem"), paper);
                const QString paperId = url(QStringLiteral("paper"), paper);
                const QString consultation = url(QStringLiteral("consultation"), paper);
                const QString file = url(QStringLiteral("file"), paper);
                store.upsert(
                    ObjectKind::Paper,
                    body,
                    {{u"id"_s, paperId},
                     {u"name"_s, QStringLiteral("Vorlage %1 zur Sanierung der Grundschule").arg(paper)},
                     {u"reference"_s, QStringLiteral("V/%1").arg(paper)},
                     {u"paperType"_s, u"Beschlussvorlage"_s},
                     {u"date"_s, start.date().addDays(-14).toString(Qt::ISODate)}},
                    now);
                store.upsert(ObjectKind::File,
                             paperId,
                             {{u"id"_s, file},
                              {u"name"_s, QStringLiteral("Vorlage V/%1").arg(paper)},
                              {u"fileName"_s, u"vorlage.pdf"_s},
                              {u"mimeType"_s, u"application/pdf"_s}},
                             now);
                links.add(paperId, file, QStringLiteral("mainFile"));
                store.upsert(ObjectKind::Consultation,
                             paperId,
                             {{u"id"_s, consultation},
                              {u"paper"_s, paperId},
                              {u"meeting"_s, meeting},
                              {u"agendaItem"_s, item},
                              {u"role"_s, u"Entscheidung"_s}},
                             now);
                store.upsert(
                    ObjectKind::AgendaItem,
                    meeting,
                    {{u"id"_s, item},
                     {u"meeting"_s, meeting},
                     {u"number"_s, QString::number(k + 1)},
                     {u"order"_s, k},
                     {u"name"_s, QStringLiteral("Sanierung der Grundschule, Bauabschnitt %1").arg(paper)},
                     {u"public"_s, k % 5 != 4},
                     {u"consultation"_s, consultation}},
                    now);
            }
        }
        tx.commit();
    }
    SyncScope scope;
    for (int c = 0; c < MemberCommittees; ++c) {
        scope.committees << url(QStringLiteral("organization"), c);
    }
    scope.save(db);
    SettingsStore(db).setFlag(Settings::SyncOnStart, false);
}

struct ProbeRun
{
    QJsonObject result;
    double wallMs = 0;
    bool ok = false;
};

ProbeRun runProbe(const QString &cacheDir, bool withPassphrase, const QStringList &arguments)
{
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RATSMAPPE_CACHE"), cacheDir);
    env.remove(QStringLiteral("RATSMAPPE_PASSWORD"));
    if (withPassphrase) {
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), Passphrase);
    }
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    probe.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-probe"), arguments);
    ProbeRun run;
    if (!probe.waitForFinished(15 * 60 * 1000)) {
        probe.kill();
        probe.waitForFinished();
        return run;
    }
    run.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    const QList<QByteArray> lines = probe.readAllStandardOutput().trimmed().split('\n');
    run.result = QJsonDocument::fromJson(lines.last()).object();
    run.ok = probe.exitCode() == 0 && !run.result.isEmpty();
    return run;
}

double medianOf(const std::vector<ProbeRun> &runs, const char *key)
{
    std::vector<double> values;
    for (const ProbeRun &run : runs) {
        values.push_back(run.result.value(QLatin1String(key)).toDouble());
    }
    return Bench::median(values);
}

// 1. Start-up: false when a start did not finish.
bool measureStart(const QString &work, int meetings, int papers, int repeat)
{
    const QString bigCache = work + QStringLiteral("/overview-cache");
    QDir(bigCache).removeRecursively();
    QElapsedTimer filling;
    filling.start();
    {
        auto cache = newCache(bigCache);
        fillCache(cache->database(), meetings, papers);
        // The meetings list's own read (on the reader's thread in the window).
        QElapsedTimer listing;
        listing.start();
        const qsizetype listed = MeetingListing(cache->database()).meetings().size();
        std::printf("meetings list read: %lld meetings in %lld ms\n",
                    static_cast<long long>(listed),
                    static_cast<long long>(listing.elapsed()));
    }
    std::printf("cache of %d meetings and %d papers written in %.1f s\n",
                meetings,
                papers,
                filling.elapsed() / 1000.0);
    std::vector<ProbeRun> alone;
    std::vector<ProbeRun> withData;
    for (int i = 0; i < repeat; ++i) {
        const QString empty = work + QStringLiteral("/empty-cache-%1").arg(i);
        QDir(empty).removeRecursively();
        alone.push_back(runProbe(empty, false, {QStringLiteral("--probe-start")}));
        withData.push_back(runProbe(bigCache, true, {QStringLiteral("--probe-start")}));
        if (!alone.back().ok || !withData.back().ok ||
            withData.back().result.value(QLatin1String("openedMs")).toDouble() < 0) {
            std::fprintf(stderr, "bench-overview: a start did not finish\n");
            return false;
        }
    }
    const double aloneFirst = medianOf(alone, "firstFrameMs");
    const double dataFirst = medianOf(withData, "firstFrameMs");
    const double opened = medianOf(withData, "openedMs");
    const double readyFrame = medianOf(withData, "readyFrameMs");
    std::vector<double> dataPart;
    for (const ProbeRun &run : withData) {
        dataPart.push_back(run.result.value(QLatin1String("readyFrameMs")).toDouble() -
                           run.result.value(QLatin1String("openedMs")).toDouble());
    }
    const double dataMs = Bench::median(dataPart);
    std::printf("\nStart-up, median of %d (start page: %s)\n",
                repeat,
                qPrintable(withData.front().result.value(QLatin1String("page")).toString()));
    std::printf("| measure | QML alone | with %d meetings, %d papers | goal |\n| --- | --- | --- | --- |\n",
                meetings,
                papers);
    std::printf("| first frame after start | %.0f ms | %.0f ms | – |\n", aloneFirst, dataFirst);
    std::printf("| cache open (key derived from the passphrase) | – | %.0f ms | – |\n", opened);
    std::printf("| first frame with the start page ready | %.0f ms (its first frame) | %.0f ms | – |\n",
                aloneFirst,
                readyFrame);
    std::printf("| data part: cache open → start page shown | – | %.0f ms | < 150 ms: %s |\n",
                dataMs,
                Bench::verdict(dataMs < 150));
    // The key derivation runs beside the QML's loading: from the start, the start page shown
    // comes this much after QML alone's first frame (for comparison; the goal is on the line above,
    // which also holds the window's first frame after the cache opened).
    std::printf("| start page shown − QML alone's first frame | – | %.0f ms | – |\n",
                readyFrame - aloneFirst);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it is measured
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up and list scrolling of the member's pages with a big cache."));
    parser.addHelpOption();
    const QCommandLineOption meetingsOption(QStringLiteral("meetings"),
                                            QStringLiteral("Meetings in the cache."),
                                            QStringLiteral("N"),
                                            QStringLiteral("10000"));
    const QCommandLineOption papersOption(QStringLiteral("papers"),
                                          QStringLiteral("Papers in the cache."),
                                          QStringLiteral("N"),
                                          QStringLiteral("50000"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Demo town for the scrolling: small, town, large."),
                                        QStringLiteral("SIZE"),
                                        QStringLiteral("large"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Starts of each kind."),
                                          QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Work in DIR (caches, demo PDFs) instead of a temporary folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Measure one part only: start or scroll."),
                                        QStringLiteral("PART"));
    parser.addOptions({meetingsOption, papersOption, sizeOption, repeatOption, keepOption, onlyOption});
    parser.process(app);
    const int meetings = parser.value(meetingsOption).toInt();
    const int papers = parser.value(papersOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    bool sizeOk = false;
    const Demo::TownSize size = Demo::townSizeFromName(parser.value(sizeOption), &sizeOk);
    const QString only = parser.value(onlyOption);
    if (!sizeOk || meetings < 1 || papers < 0 || !QStringList{{}, u"start"_s, u"scroll"_s}.contains(only)) {
        std::fprintf(stderr, "bench-overview: bad arguments\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir(work).mkpath(QStringLiteral("."));

    if (only != u"scroll"_s && !measureStart(work, meetings, papers, repeat)) {
        return 1;
    }
    if (only == u"start"_s) {
        return 0;
    }
    // 2. Scrolling the meetings list of the demo town. Its sync takes minutes: with --keep, a
    // town synced by an earlier run of the same size is used again (the mark says which).
    const QString townCache = work + QStringLiteral("/town-cache");
    QFile mark(work + QStringLiteral("/town-cache.synced"));
    const QString sizeName = parser.value(sizeOption);
    int townMeetings = 0;
    if (parser.isSet(keepOption) && mark.open(QIODevice::ReadOnly)) {
        const QStringList synced = QString::fromUtf8(mark.readAll()).split(u' ');
        mark.close();
        if (synced.size() == 2 && synced.first() == sizeName && QDir(townCache).exists()) {
            townMeetings = synced.last().toInt();
            std::printf("\nthe %s demo town synced by an earlier run (%s) is used again\n",
                        qPrintable(sizeName),
                        qPrintable(QDir::toNativeSeparators(townCache)));
        }
    }
    if (townMeetings == 0) {
        mark.remove();
        QDir(townCache).removeRecursively();
        Demo::OParlServer server(50);
        server.setEmbedChildren(true);
        server.addToken(QStringLiteral("tok-bench-overview"));
        Demo::TownOptions options;
        options.size = size;
        // The demo's PDFs from its shared cache (pdfcache.h): made once per machine, not per run.
        const Demo::TownSummary town = Demo::populateTown(server, options);
        auto cache = newCache(townCache);
        SyncEngine engine(*cache);
        engine.setDownloadDocuments(false);
        ServerCredentials credentials;
        credentials.kind = ServerCredentials::Kind::Token;
        credentials.secret = "tok-bench-overview";
        engine.setCredentials(credentials);
        const SyncSummary summary = engine.run(server.systemUrl());
        if (!summary.complete) {
            std::fprintf(stderr, "bench-overview: the demo town did not sync completely\n");
            return 1;
        }
        SettingsStore(cache->database()).setFlag(Settings::SyncOnStart, false);
        townMeetings = town.meetings;
        if (mark.open(QIODevice::WriteOnly)) {
            mark.write(QStringLiteral("%1 %2").arg(sizeName).arg(townMeetings).toUtf8());
            mark.close();
        }
    }
    std::vector<ProbeRun> scrolls;
    for (int i = 0; i < repeat; ++i) {
        scrolls.push_back(runProbe(townCache, true, {QStringLiteral("--probe-list-scroll")}));
        if (!scrolls.back().ok) {
            std::fprintf(stderr, "bench-overview: the scroll did not finish\n");
            return 1;
        }
    }
    const ProbeRun &last = scrolls.back();
    double worst = 0;
    for (const ProbeRun &run : scrolls) {
        worst = std::max(worst, run.result.value(QLatin1String("scrollLongestMs")).toDouble());
    }
    std::printf(
        "\nScrolling the meetings list of the %s demo town (%d meetings; %d rows listed; %d px per %d ms "
        "step), %d runs\n",
        qPrintable(sizeName),
        townMeetings,
        last.result.value(QLatin1String("rows")).toInt(),
        last.result.value(QLatin1String("pixelsPerStep")).toInt(),
        last.result.value(QLatin1String("stepMs")).toInt(),
        repeat);
    std::printf(
        "| GUI-thread gap (5 ms probe) | nothing moves | scrolling | goal |\n| --- | --- | --- | --- |\n");
    std::printf("| median | %.1f ms | %.1f ms | – |\n",
                medianOf(scrolls, "idleMedianMs"),
                medianOf(scrolls, "scrollMedianMs"));
    std::printf("| 99th percentile | %.1f ms | %.1f ms | – |\n",
                medianOf(scrolls, "idleP99Ms"),
                medianOf(scrolls, "scrollP99Ms"));
    std::printf("| longest (median of runs) | %.1f ms | %.1f ms | < 16 ms: %s |\n",
                medianOf(scrolls, "idleLongestMs"),
                medianOf(scrolls, "scrollLongestMs"),
                Bench::verdict(medianOf(scrolls, "scrollLongestMs") < 16));
    std::printf("| longest (worst run) | – | %.1f ms | – |\n", worst);
    return 0;
}
