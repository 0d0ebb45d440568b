// SPDX-License-Identifier: GPL-2.0-or-later
//
// Sync benchmark: runs Ratsmappe's sync against the demo city server and, as the reference,
// curl fetching the same URLs. Metadata: the initial sync (documents off) against one curl
// process walking the same list pages one after another over one connection. Documents:
// FileDownloader fetching one File per distinct document into the cache against curl fetching
// the same files into plain files, both 4 at a time. Also: an incremental run on the unchanged
// server, and the benchmark process's peak memory (only our client code runs in it: the
// server, curl and the helper that reads the server's state are child processes).

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "filedownloader.h"
#include "secret.h"
#include "storeerror.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

using namespace Ratsmappe;
using namespace Ratsmappe::Bench;

namespace {

constexpr double MetadataGoal = 1.5; // ours / curl seconds, at most
constexpr double BytesGoal = 0.8; // ours / curl throughput, at least
constexpr double IncrementalGoalSeconds = 2.0;
constexpr double MemoryGoalMB = 300.0;
constexpr int HttpTimeoutMs = 120000;
constexpr int ServerStartTimeoutMs = 600000;
constexpr double MB = 1e6;

// The lists a Body can link (OParl 1.0 and 1.1), as the sync engine walks them.
const char *const BodyListProperties[] = {"organization",
                                          "person",
                                          "meeting",
                                          "paper",
                                          "agendaItem",
                                          "consultation",
                                          "file",
                                          "membership",
                                          "locationList",
                                          "legislativeTermList"};

/// Something broke: the run cannot measure anything. Missed goals are not failures.
struct BenchError : std::runtime_error
{
    using std::runtime_error::runtime_error;
    explicit BenchError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
};

// CPU seconds (user + system) this process has used: where the wall-clock time of a run went.
double cpuSeconds()
{
    struct rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// One blocking request to the demo server (its admin endpoints, its entry points).
QJsonDocument request(QNetworkAccessManager &network, const QUrl &url, const QByteArray &verb = "GET")
{
    QNetworkRequest req(url);
    req.setTransferTimeout(HttpTimeoutMs);
    QNetworkReply *reply = network.sendCustomRequest(req, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        throw BenchError(
            QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(verb), url.toString(), reply->errorString()));
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (json.isNull()) {
        throw BenchError(QStringLiteral("%1: not JSON: %2").arg(url.toString(), parseError.errorString()));
    }
    return json;
}

/// The demo server as a child process; stopped (SIGTERM, then SIGKILL) when this goes away.
class DemoServer
{
public:
    DemoServer() = default;
    /// Starts the server and waits for its URL; throws BenchError. Stopped in any case.
    void start(const QString &binary, const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its summary line
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.start(binary, args);
        if (!m_process.waitForStarted()) {
            throw BenchError(QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString()));
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            const qint64 left = ServerStartTimeoutMs - timer.elapsed();
            if (m_process.state() == QProcess::NotRunning || left <= 0) {
                throw BenchError(QStringLiteral("the demo server printed no URL"));
            }
            m_process.waitForReadyRead(static_cast<int>(left));
        }
        m_systemUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
        if (!m_systemUrl.isValid() || m_systemUrl.scheme() != QLatin1String("http")) {
            throw BenchError(QStringLiteral("the demo server's first line is no URL"));
        }
    }
    ~DemoServer()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    QUrl systemUrl() const { return m_systemUrl; }
    QUrl url(const QString &pathAndQuery) const { return m_systemUrl.resolved(QUrl(pathAndQuery)); }

private:
    QProcess m_process;
    QUrl m_systemUrl;
};

/// The OParl requests the server saw since the last reset, path and query as sent.
QStringList requestLog(QNetworkAccessManager &network, const DemoServer &server)
{
    const QJsonObject answer = request(network, server.url(QStringLiteral("/admin/requests"))).object();
    QStringList log;
    for (const QJsonValue &entry : answer.value(QLatin1String("log")).toArray()) {
        log.append(entry.toString());
    }
    return log;
}

void resetRequestLog(QNetworkAccessManager &network, const DemoServer &server)
{
    request(network, server.url(QStringLiteral("/admin/requests")), "DELETE");
}

/// How many lists the server's bodies link: an incremental run should need about one
/// request for each.
int countBodyLists(QNetworkAccessManager &network, const DemoServer &server)
{
    const QJsonObject system = request(network, server.systemUrl()).object();
    const QUrl bodies(system.value(QLatin1String("body")).toString());
    int lists = 0;
    for (const QJsonValue &body : request(network, bodies).object().value(QLatin1String("data")).toArray()) {
        for (const char *property : BodyListProperties) {
            if (!body.toObject().value(QLatin1String(property)).toString().isEmpty()) {
                ++lists;
            }
        }
    }
    return lists;
}

QString curlQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct Transfer
{
    QUrl url;
    QString output;
};

/// Runs one curl process on a config file of \a transfers; returns its wall-clock seconds.
double runCurl(const QString &configPath, const QList<Transfer> &transfers, const QStringList &extraArgs)
{
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        throw BenchError(QStringLiteral("cannot write %1: %2").arg(configPath, config.errorString()));
    }
    for (const Transfer &t : transfers) {
        config.write(QStringLiteral("url = %1\noutput = %2\n")
                         .arg(curlQuoted(t.url.toString(QUrl::FullyEncoded)), curlQuoted(t.output))
                         .toUtf8());
    }
    config.close();

    QProcess curl;
    curl.setStandardInputFile(QProcess::nullDevice());
    curl.setStandardOutputFile(QProcess::nullDevice());
    const QStringList args = QStringList{QStringLiteral("--no-progress-meter"),
                                         QStringLiteral("--fail"),
                                         QStringLiteral("--noproxy"),
                                         QStringLiteral("*")} +
        extraArgs + QStringList{QStringLiteral("-K"), configPath};
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForStarted() || !curl.waitForFinished(-1)) {
        throw BenchError(QStringLiteral("curl: %1").arg(curl.errorString()));
    }
    const double elapsed = seconds(timer);
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        throw BenchError(QStringLiteral("curl exited with %1: %2")
                             .arg(curl.exitCode())
                             .arg(QString::fromLocal8Bit(curl.readAllStandardError().trimmed())));
    }
    QFile::remove(configPath);
    return elapsed;
}

struct Document
{
    QString fileId;
    QUrl url;
    qint64 size = 0;
};

/// The helper mode (a child process, so the server's whole state is never parsed in the
/// measured process): prints every public File as "id TAB accessUrl TAB size TAB sha512".
int listFiles(const QUrl &stateUrl)
{
    QNetworkAccessManager network;
    const QJsonObject objects =
        request(network, stateUrl).object().value(QLatin1String("objects")).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        if (!object.value(QLatin1String("type")).toString().endsWith(QLatin1String("/File")) ||
            object.value(QLatin1String("ratsmappe:nonPublic")).toBool()) {
            continue;
        }
        std::printf("%s\t%s\t%lld\t%s\n",
                    qUtf8Printable(object.value(QLatin1String("id")).toString()),
                    qUtf8Printable(object.value(QLatin1String("accessUrl")).toString()),
                    static_cast<long long>(object.value(QLatin1String("size")).toInteger()),
                    qUtf8Printable(object.value(QLatin1String("sha512Checksum")).toString()));
    }
    return 0;
}

struct DocumentChoice
{
    QList<Document> documents; ///< one File per distinct sha512Checksum, in the cache
    int records = 0; ///< public File records the server lists
    int withoutChecksum = 0;
    int notCached = 0; ///< public records the sync did not store
    qsizetype distinctOnServer = 0; ///< distinct checksums among all public records
    qint64 bytes = 0;
};

/// One File per distinct document, among the Files the metadata sync put into the cache.
DocumentChoice chooseDocuments(const DemoServer &server, Database &db, const QString &scratch)
{
    const QString listPath = scratch + QStringLiteral("/files.tsv");
    QProcess helper;
    helper.setStandardInputFile(QProcess::nullDevice());
    helper.setStandardOutputFile(listPath);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--list-files"), server.url(QStringLiteral("/admin/state")).toString()});
    if (!helper.waitForStarted() || !helper.waitForFinished(-1) || helper.exitCode() != 0) {
        throw BenchError(QStringLiteral("could not read the server's files from /admin/state"));
    }

    QSet<QString> cached;
    Statement st(db, "SELECT id FROM files WHERE deleted = 0");
    while (st.next()) {
        cached.insert(st.text(0));
    }
    DocumentChoice choice;
    QSet<QString> checksums;
    QSet<QString> allChecksums;
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly)) {
        throw BenchError(QStringLiteral("cannot read %1").arg(listPath));
    }
    while (!list.atEnd()) {
        const QStringList fields = QString::fromUtf8(list.readLine().trimmed()).split(QLatin1Char('\t'));
        if (fields.size() != 4) {
            continue;
        }
        ++choice.records;
        if (fields[3].isEmpty()) {
            ++choice.withoutChecksum;
            continue;
        }
        allChecksums.insert(fields[3]);
        if (!cached.contains(fields[0])) {
            ++choice.notCached;
            continue;
        }
        if (checksums.contains(fields[3])) {
            continue;
        }
        checksums.insert(fields[3]);
        choice.documents.append({fields[0], QUrl(fields[1]), fields[2].toLongLong()});
        choice.bytes += fields[2].toLongLong();
    }
    list.close();
    QFile::remove(listPath);
    choice.distinctOnServer = allChecksums.size();
    if (choice.documents.isEmpty()) {
        throw BenchError(QStringLiteral("the server lists no documents that the sync stored"));
    }
    return choice;
}

std::unique_ptr<Cache> freshCache(const QString &dir)
{
    QDir(dir).removeRecursively();
    QString recoveryKey;
    return Cache::create(dir, SecretBytes(QByteArrayLiteral("benchmark passphrase")), &recoveryKey);
}

SyncSummary runSync(Cache &cache, const QUrl &systemUrl, bool full)
{
    SyncEngine engine(cache);
    engine.setDownloadDocuments(false);
    engine.setFull(full);
    return engine.run(systemUrl);
}

struct RepeatResult
{
    double metadataSeconds = 0;
    double metadataCpuSeconds = 0; ///< of this process during the initial sync
    double metadataCurlSeconds = 0; ///< the faster of the two curl walks
    int metadataRequests = 0; ///< as the client counts them
    int metadataLogged = 0; ///< as the server logged them
    bool metadataSameUrls = false; ///< the same URLs as the warm-up run asked
    int metadataSkips = 0;
    double incrementalSeconds = 0;
    int incrementalRequests = 0;
    int incrementalLogged = 0;
    QStringList incrementalLog; ///< what the incremental run asked, for the JSON
    double downloadSeconds = 0;
    double downloadCurlSeconds = 0; ///< the faster of the two curl runs
    qint64 downloadBytes = 0; ///< as our downloader counted them
    int documents = 0;
    int records = 0;
    int recordsNotCached = 0;
    int distinctOnServer = 0;

    QJsonObject json() const
    {
        return {{QStringLiteral("metadataSeconds"), metadataSeconds},
                {QStringLiteral("metadataCpuSeconds"), metadataCpuSeconds},
                {QStringLiteral("metadataCurlSeconds"), metadataCurlSeconds},
                {QStringLiteral("metadataRequests"), metadataRequests},
                {QStringLiteral("metadataRequestsLogged"), metadataLogged},
                {QStringLiteral("metadataSameUrlsAsWarmup"), metadataSameUrls},
                {QStringLiteral("metadataSkips"), metadataSkips},
                {QStringLiteral("incrementalSeconds"), incrementalSeconds},
                {QStringLiteral("incrementalRequests"), incrementalRequests},
                {QStringLiteral("incrementalRequestsLogged"), incrementalLogged},
                {QStringLiteral("incrementalLog"), QJsonArray::fromStringList(incrementalLog)},
                {QStringLiteral("downloadSeconds"), downloadSeconds},
                {QStringLiteral("downloadCurlSeconds"), downloadCurlSeconds},
                {QStringLiteral("downloadBytes"), downloadBytes},
                {QStringLiteral("documents"), documents},
                {QStringLiteral("fileRecords"), records},
                {QStringLiteral("fileRecordsNotInCache"), recordsNotCached},
                {QStringLiteral("distinctChecksumsOnServer"), distinctOnServer}};
    }
};

void checkSync(const SyncSummary &s, const char *what)
{
    if (!s.reachable || !s.complete) {
        QString why;
        for (const SyncSkip &skip : s.skipped) {
            why += QStringLiteral("\n  %1: %2").arg(skip.id, skip.reason);
        }
        throw BenchError(QStringLiteral("%1 sync did not complete%2").arg(QLatin1String(what), why));
    }
}

RepeatResult runOnce(QNetworkAccessManager &network,
                     const DemoServer &server,
                     const QStringList &warmupLog,
                     const QString &work)
{
    RepeatResult r;
    const QString scratch = work + QStringLiteral("/scratch");
    QDir().mkpath(scratch);

    // Metadata: curl, ours, curl again, over the URLs the warm-up run asked for.
    QList<Transfer> pages;
    for (const QString &pathAndQuery : warmupLog) {
        pages.append({server.url(pathAndQuery), QStringLiteral("/dev/null")});
    }
    const QString config = scratch + QStringLiteral("/curl.config");
    const double curl1 = runCurl(config, pages, {});
    auto cache = freshCache(work + QStringLiteral("/cache"));
    resetRequestLog(network, server);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const SyncSummary initial = runSync(*cache, server.systemUrl(), true);
    r.metadataSeconds = seconds(timer);
    r.metadataCpuSeconds = cpuSeconds() - cpuBefore;
    checkSync(initial, "the initial");
    const QStringList log = requestLog(network, server);
    const double curl2 = runCurl(config, pages, {});
    r.metadataCurlSeconds = std::min(curl1, curl2);
    r.metadataRequests = initial.requests;
    r.metadataLogged = int(log.size());
    QStringList sortedLog = log;
    QStringList sortedWarmup = warmupLog;
    sortedLog.sort();
    sortedWarmup.sort();
    r.metadataSameUrls = sortedLog == sortedWarmup; // the same URLs, in any order
    r.metadataSkips = int(initial.skipped.size());

    // Incremental, nothing changed on the server.
    resetRequestLog(network, server);
    timer.restart();
    const SyncSummary incremental = runSync(*cache, server.systemUrl(), false);
    r.incrementalSeconds = seconds(timer);
    checkSync(incremental, "the incremental");
    r.incrementalRequests = incremental.requests;
    r.incrementalLog = requestLog(network, server);
    r.incrementalLogged = int(r.incrementalLog.size());

    // Documents: one File per distinct document; curl, ours, curl again, 4 at a time.
    const DocumentChoice choice = chooseDocuments(server, cache->database(), scratch);
    r.documents = int(choice.documents.size());
    r.records = choice.records;
    r.recordsNotCached = choice.notCached;
    r.distinctOnServer = int(choice.distinctOnServer);
    const QString curlDir = scratch + QStringLiteral("/curl-files");
    QList<Transfer> files;
    QStringList ids;
    for (const Document &d : choice.documents) {
        files.append({d.url, curlDir + QLatin1Char('/') + QString::number(files.size())});
        ids.append(d.fileId);
    }
    const QStringList parallel{QStringLiteral("--parallel"),
                               QStringLiteral("--parallel-max"),
                               QString::number(FileDownloader::Parallel),
                               QStringLiteral("--create-dirs")};
    const auto curlFiles = [&] {
        QDir(curlDir).removeRecursively();
        const double elapsed = runCurl(config, files, parallel);
        qint64 written = 0;
        for (const Transfer &t : files) {
            written += QFileInfo(t.output).size();
        }
        QDir(curlDir).removeRecursively();
        if (written != choice.bytes) {
            throw BenchError(QStringLiteral("curl wrote %1 bytes, the server announced %2")
                                 .arg(written)
                                 .arg(choice.bytes));
        }
        return elapsed;
    };
    const double files1 = curlFiles();
    FileDownloader downloader(*cache, network);
    qint64 received = 0;
    downloader.onProgress = [&received](int, int, qint64 bytes) {
        received = bytes;
    };
    timer.restart();
    const FileDownloader::Result downloaded = downloader.download(ids);
    r.downloadSeconds = seconds(timer);
    const double files2 = curlFiles();
    r.downloadCurlSeconds = std::min(files1, files2);
    r.downloadBytes = received;
    if (downloaded.downloaded != r.documents || !downloaded.skipped.isEmpty()) {
        QString why;
        for (const SyncSkip &skip : downloaded.skipped) {
            why += QStringLiteral("\n  %1: %2").arg(skip.id, skip.reason);
        }
        throw BenchError(QStringLiteral("stored %1 of %2 documents%3")
                             .arg(downloaded.downloaded)
                             .arg(r.documents)
                             .arg(why));
    }
    if (received != choice.bytes) {
        throw BenchError(
            QStringLiteral("received %1 bytes, the server announced %2").arg(received).arg(choice.bytes));
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ratsmappe-bench-sync"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares Ratsmappe's sync against curl on the demo city server (docs/benchmarks.md)."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Town size: small, town or large (default large)."),
                                        QStringLiteral("SIZE"),
                                        QStringLiteral("large"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("The town's seed (default 1)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("1"));
    const QCommandLineOption serverOption(
        QStringLiteral("server-binary"),
        QStringLiteral("The demo server (default: ratsmappe-demo-server next to this program)."),
        QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-demo-server"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Runs of every measure; medians are shown (default 1)."),
        QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object instead of a table."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Work in DIR and keep the caches there (passphrase \"benchmark passphrase\"); "
                       "default: a temporary folder in the system temp folder, removed at the end."),
        QStringLiteral("DIR"));
    QCommandLineOption listFilesOption(QStringLiteral("list-files"),
                                       QStringLiteral("Helper: print the Files of a server state URL."),
                                       QStringLiteral("URL"));
    listFilesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {sizeOption, seedOption, serverOption, repeatOption, jsonOption, keepOption, listFilesOption});
    parser.process(app);

    if (parser.isSet(listFilesOption)) {
        try {
            return listFiles(QUrl(parser.value(listFilesOption)));
        } catch (const BenchError &e) {
            std::fprintf(stderr, "ratsmappe-bench-sync: %s\n", e.what());
            return 1;
        }
    }

    const QString size = parser.value(sizeOption);
    bool seedOk = false;
    bool repeatOk = false;
    const qulonglong seed = parser.value(seedOption).toULongLong(&seedOk);
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    if (!QStringList{QStringLiteral("small"), QStringLiteral("town"), QStringLiteral("large")}.contains(
            size) ||
        !seedOk || !repeatOk || repeat < 1) {
        std::fprintf(stderr,
                     "ratsmappe-bench-sync: --size takes small, town or large, --seed a number, "
                     "--repeat at least 1\n");
        return 2;
    }
    const bool keep = parser.isSet(keepOption);
    const QString base = keep ? parser.value(keepOption) : QDir::tempPath();
    QDir().mkpath(base);
    QTemporaryDir work(base + QStringLiteral("/ratsmappe-bench-sync-XXXXXX"));
    if (!work.isValid()) {
        std::fprintf(stderr,
                     "ratsmappe-bench-sync: cannot make a folder in %s: %s\n",
                     qUtf8Printable(base),
                     qUtf8Printable(work.errorString()));
        return 2;
    }
    work.setAutoRemove(!keep);

    QNetworkAccessManager network;
    std::vector<RepeatResult> runs;
    int lists = 0;
    QStringList warmupLog;
    double memoryAfterWarmup = 0;
    try {
        DemoServer server;
        server.start(parser.value(serverOption),
                     {QStringLiteral("--size"),
                      size,
                      QStringLiteral("--seed"),
                      QString::number(seed),
                      QStringLiteral("--checksums")});
        lists = countBodyLists(network, server);

        // A warm-up sync gives the URLs curl fetches before our timed run, and warms the server.
        std::fprintf(stderr, "warm-up sync\n");
        {
            auto warmup = freshCache(work.path() + QStringLiteral("/warmup"));
            resetRequestLog(network, server);
            checkSync(runSync(*warmup, server.systemUrl(), true), "the warm-up");
            warmupLog = requestLog(network, server);
        }
        QDir(work.path() + QStringLiteral("/warmup")).removeRecursively();
        memoryAfterWarmup = peakMemoryMB();

        for (int i = 0; i < repeat; ++i) {
            std::fprintf(stderr, "run %d/%d\n", i + 1, repeat);
            runs.push_back(
                runOnce(network, server, warmupLog, work.path() + QStringLiteral("/run%1").arg(i + 1)));
        }
    } catch (const BenchError &e) {
        std::fprintf(stderr, "ratsmappe-bench-sync: %s\n", e.what());
        return 1;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "ratsmappe-bench-sync: %s\n", qUtf8Printable(e.message()));
        return 1;
    }

    const auto med = [&runs](auto field) {
        std::vector<double> values;
        for (const RepeatResult &r : runs) {
            values.push_back(static_cast<double>(field(r)));
        }
        return median(values);
    };
    const double metaOurs = med([](const RepeatResult &r) { return r.metadataSeconds; });
    const double metaCurl = med([](const RepeatResult &r) { return r.metadataCurlSeconds; });
    const double metaRatio = metaOurs / metaCurl;
    const double incSeconds = med([](const RepeatResult &r) { return r.incrementalSeconds; });
    const double incRequests = med([](const RepeatResult &r) { return r.incrementalRequests; });
    // System and the body list come on top of the lists.
    const double perList = lists > 0 ? (incRequests - 2) / lists : 0;
    const bool incMet = incSeconds < IncrementalGoalSeconds && incRequests <= lists + 2;
    const RepeatResult &first = runs.front();
    const double bytes = static_cast<double>(first.downloadBytes);
    const double oursRate = med([bytes](const RepeatResult &r) { return bytes / r.downloadSeconds / MB; });
    const double curlRate =
        med([bytes](const RepeatResult &r) { return bytes / r.downloadCurlSeconds / MB; });
    const double bytesRatio = oursRate / curlRate;
    const double memory = peakMemoryMB();
    bool consistent = true;
    for (const RepeatResult &r : runs) {
        consistent = consistent && r.metadataSameUrls && r.metadataRequests == r.metadataLogged &&
            r.incrementalRequests == r.incrementalLogged;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray all;
        for (const RepeatResult &r : runs) {
            all.append(r.json());
        }
        const QJsonObject out{
            {QStringLiteral("size"), size},
            {QStringLiteral("seed"), static_cast<qint64>(seed)},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("directory"), work.path()},
            {QStringLiteral("filesystem"), filesystemOf(work.path())},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("seconds"), metaOurs},
                         {QStringLiteral("curlSeconds"), metaCurl},
                         {QStringLiteral("ratio"), metaRatio},
                         {QStringLiteral("goal"), MetadataGoal},
                         {QStringLiteral("met"), metaRatio <= MetadataGoal},
                         {QStringLiteral("requests"), first.metadataRequests},
                         {QStringLiteral("requestsLogged"), first.metadataLogged}}},
            {QStringLiteral("incremental"),
             QJsonObject{{QStringLiteral("seconds"), incSeconds},
                         {QStringLiteral("requests"), incRequests},
                         {QStringLiteral("lists"), lists},
                         {QStringLiteral("requestsPerList"), perList},
                         {QStringLiteral("goalSeconds"), IncrementalGoalSeconds},
                         {QStringLiteral("met"), incMet}}},
            {QStringLiteral("documents"),
             QJsonObject{{QStringLiteral("documents"), first.documents},
                         {QStringLiteral("fileRecords"), first.records},
                         {QStringLiteral("bytes"), first.downloadBytes},
                         {QStringLiteral("megabytesPerSecond"), oursRate},
                         {QStringLiteral("curlMegabytesPerSecond"), curlRate},
                         {QStringLiteral("ratio"), bytesRatio},
                         {QStringLiteral("goal"), BytesGoal},
                         {QStringLiteral("met"), bytesRatio >= BytesGoal}}},
            {QStringLiteral("memory"),
             QJsonObject{{QStringLiteral("peakMB"), memory},
                         {QStringLiteral("peakAfterWarmupMB"), memoryAfterWarmup},
                         {QStringLiteral("goalMB"), MemoryGoalMB},
                         {QStringLiteral("met"), memory < MemoryGoalMB}}},
            {QStringLiteral("requestCountsMatchServerLog"), consistent},
            {QStringLiteral("runs"), all},
        };
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf(
            "Sync benchmark: demo server --size %s --seed %llu --checksums\n", qUtf8Printable(size), seed);
        std::printf("  runs        %d, medians shown; curl: the faster of a run before and one after ours\n",
                    repeat);
        std::printf("  directory   %s (%s)\n",
                    qUtf8Printable(work.path()),
                    qUtf8Printable(filesystemOf(work.path())));
        std::printf("  metadata    %d requests (server log: %d), %d skipped; this process used %.2f s CPU"
                    " during the %.2f s initial sync\n",
                    first.metadataRequests,
                    first.metadataLogged,
                    first.metadataSkips,
                    first.metadataCpuSeconds,
                    first.metadataSeconds);
        std::printf("  documents   %d distinct (by sha512Checksum) of %d public File records, %.1f MB"
                    " (%d records not in the cache, %d distinct on the server)\n\n",
                    first.documents,
                    first.records,
                    bytes / MB,
                    first.recordsNotCached,
                    first.distinctOnServer);
        std::printf("  %-34s %12s %14s %10s %8s\n", "measure", "ours", "reference", "ratio", "goal");
        std::printf("  %-34s %10.2f s %12.2f s %9.2fx %8s  <= %.1fx\n",
                    "metadata, initial sync",
                    metaOurs,
                    metaCurl,
                    metaRatio,
                    verdict(metaRatio <= MetadataGoal),
                    MetadataGoal);
        std::printf("  %-34s %7.1f MB/s %9.1f MB/s %9.2fx %8s  >= %.1fx\n",
                    "documents, 4 parallel",
                    oursRate,
                    curlRate,
                    bytesRatio,
                    verdict(bytesRatio >= BytesGoal),
                    BytesGoal);
        std::printf("  %-34s %10.2f s %14s %10s %8s  < %.0f s, 1 request per list\n",
                    "incremental, server unchanged",
                    incSeconds,
                    "-",
                    "-",
                    verdict(incMet),
                    IncrementalGoalSeconds);
        std::printf("  %-34s %8.0f req %9d lists %9.2f/l\n",
                    "  requests (+ System, body list)",
                    incRequests,
                    lists,
                    perList);
        std::printf("  %-34s %9.1f MB %14s %10s %8s  < %.0f MB\n",
                    "peak memory (ru_maxrss)",
                    memory,
                    "-",
                    "-",
                    verdict(memory < MemoryGoalMB),
                    MemoryGoalMB);
        std::printf(
            "\n  reference: one curl process, the same URLs from a config file (-K); metadata one after\n"
            "  another over one connection into /dev/null, documents --parallel-max %d into files\n",
            FileDownloader::Parallel);
        std::printf("  request counts: %s\n",
                    consistent ? "the client's counts match the server's log, same URLs as the warm-up"
                               : "MISMATCH between the client's counts and the server's log (see --json)");
    }
    return 0;
}
