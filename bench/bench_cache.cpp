// SPDX-License-Identifier: GPL-2.0-or-later
//
// Cache storage benchmark (issue 2): stores the same random bytes in the encrypted cache
// (SQLCipher, DocumentWriter/DocumentStore) and, as the reference, in a plain file encrypted
// with libsodium's crypto_secretstream, and prints the throughput of both and their ratio.
// Both sides end a write with the data on disk (fsync) and read back the bytes they wrote.

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "objectstore.h"
#include "secret.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

using namespace Ratsmappe;
using Bench::median;
using Bench::toJson;

namespace {

// What a network reply or a file read hands over at a time.
constexpr qsizetype PieceSize = 64 * 1024;
constexpr double MiB = 1024.0 * 1024.0;
constexpr double Goal = 0.5;
constexpr qint64 ChunkSizes[] = {DocumentWriter::DefaultChunkSize, 1024 * 1024};

using Digest = std::array<unsigned char, crypto_generichash_BYTES>;

Digest digestOf(const QByteArray &bytes)
{
    Digest d{};
    crypto_generichash(d.data(),
                       d.size(),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()),
                       nullptr,
                       0);
    return d;
}

[[noreturn]] void failSys(const char *what)
{
    throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

void writeFull(int fd, const unsigned char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            failSys("write");
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
}

// Fills the buffer unless the file ends first; returns how much was read.
size_t readFull(int fd, unsigned char *data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            failSys("read");
        }
        if (n == 0) {
            break;
        }
        done += static_cast<size_t>(n);
    }
    return done;
}

// The shared name, with the hint this benchmark's --dir option gives.
QString filesystemOf(const QString &dir)
{
    const QString name = Bench::filesystemOf(dir);
    return name.startsWith(QLatin1String("tmpfs"))
        ? QStringLiteral("tmpfs (RAM: fsync costs nothing, use --dir on a disk)")
        : name;
}

struct Run
{
    double write = 0; ///< seconds, until the data is durable
    double commit = 0; ///< seconds of write spent in COMMIT (cache only)
    double read = 0; ///< seconds, streaming read in PieceSize reads
    double readAll = 0; ///< seconds, DocumentStore::readAll (cache only)
    bool verified = false;
};

Run runReference(const QString &dir, const QByteArray &data, const Digest &expected)
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
    crypto_secretstream_xchacha20poly1305_state state;
    std::vector<unsigned char> message(PieceSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    const QByteArray path = QFile::encodeName(dir + QLatin1String("/reference.bin"));
    const auto *plain = reinterpret_cast<const unsigned char *>(data.constData());
    Run run;

    QElapsedTimer timer;
    timer.start();
    int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        failSys("open reference file");
    }
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data(), key.data());
    writeFull(fd, header.data(), header.size());
    for (qsizetype offset = 0; offset < data.size(); offset += PieceSize) {
        const qsizetype n = std::min(PieceSize, data.size() - offset);
        const bool last = offset + n == data.size();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state,
                                                   message.data(),
                                                   &written,
                                                   plain + offset,
                                                   static_cast<unsigned long long>(n),
                                                   nullptr,
                                                   0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                        : 0);
        writeFull(fd, message.data(), written);
    }
    if (::fsync(fd) != 0) {
        failSys("fsync reference file");
    }
    ::close(fd);
    run.write = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    QByteArray back(data.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(back.data());
    bool final = false;
    timer.restart();
    fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        failSys("open reference file");
    }
    bool ok = readFull(fd, header.data(), header.size()) == header.size() &&
        crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), key.data()) == 0;
    qsizetype offset = 0;
    while (ok && !final) {
        const size_t got = readFull(fd, message.data(), message.size());
        unsigned long long n = 0;
        unsigned char tag = 0;
        // A message can only be written into the buffer if it fits: a longer stream is damage.
        ok = got > crypto_secretstream_xchacha20poly1305_ABYTES &&
            static_cast<qsizetype>(got - crypto_secretstream_xchacha20poly1305_ABYTES) <=
                data.size() - offset &&
            crypto_secretstream_xchacha20poly1305_pull(
                &state, out + offset, &n, &tag, message.data(), got, nullptr, 0) == 0;
        offset += static_cast<qsizetype>(n);
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    ::close(fd);
    run.read = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    run.verified = ok && final && offset == data.size() && digestOf(back) == expected;
    QFile::remove(QFile::decodeName(path));
    return run;
}

Run runCache(const QString &dir,
             const QByteArray &data,
             const Digest &expected,
             qint64 chunkSize,
             QString *cipherVersion)
{
    const QString cacheDir = dir + QStringLiteral("/cache-%1").arg(chunkSize);
    const QString fileId = QStringLiteral("https://oparl.example.org/file/1");
    QString recoveryKey;
    qint64 versionId = 0;
    Run run;
    QElapsedTimer timer;
    {
        auto cache =
            Cache::create(cacheDir, SecretBytes(QByteArrayLiteral("benchmark passphrase")), &recoveryKey);
        Database &db = cache->database();
        *cipherVersion = Database::cipherVersion(db);
        ObjectStore(db).upsert(
            ObjectKind::File,
            {},
            QJsonObject{{QStringLiteral("id"), fileId}, {QStringLiteral("accessUrl"), fileId}},
            QDateTime::currentDateTimeUtc());
        // synchronous=FULL makes COMMIT fsync the WAL: the same promise as the reference's fsync.
        db.setDurability(Database::Durability::Full);

        timer.start();
        Transaction tx(db);
        DocumentWriter writer(db, fileId, QStringLiteral("application/octet-stream"), {}, chunkSize);
        for (qsizetype offset = 0; offset < data.size(); offset += PieceSize) {
            const qsizetype n = std::min(PieceSize, data.size() - offset);
            writer.write(QByteArray::fromRawData(data.constData() + offset, n));
        }
        versionId = writer.finish(DocumentKind::Other).id;
        const qint64 beforeCommit = timer.nsecsElapsed();
        tx.commit();
        run.write = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        run.commit = static_cast<double>(timer.nsecsElapsed() - beforeCommit) / 1e9;
    }
    // The recovery key unwraps without Argon2, so reopening costs no extra seconds.
    const SecretKey key = Cache::envelope(cacheDir).unwrapWithRecoveryKey(recoveryKey);

    // Reopened before each read so SQLite's own page cache starts empty.
    QByteArray back(data.size(), Qt::Uninitialized);
    qsizetype offset = 0;
    {
        auto cache = Cache::open(cacheDir, key);
        DocumentStore store(cache->database());
        timer.restart();
        const auto device = store.open(versionId);
        while (device && offset < back.size()) {
            const qint64 n = device->read(back.data() + offset, std::min(PieceSize, back.size() - offset));
            if (n <= 0) {
                break;
            }
            offset += n;
        }
        run.read = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    run.verified = offset == data.size() && digestOf(back) == expected;
    {
        auto cache = Cache::open(cacheDir, key);
        DocumentStore store(cache->database());
        timer.restart();
        const QByteArray all = store.readAll(versionId);
        run.readAll = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        run.verified = run.verified && all.size() == data.size() && digestOf(all) == expected;
    }
    QDir(cacheDir).removeRecursively();
    return run;
}

// Throughput of each run, so the median is taken over rates, not seconds.
struct Rates
{
    std::vector<double> write, read, readAll, commitShare;
    void add(const Run &run, double mib)
    {
        write.push_back(mib / run.write);
        read.push_back(mib / run.read);
        if (run.readAll > 0) { // only the cache has a readAll and a COMMIT
            readAll.push_back(mib / run.readAll);
            commitShare.push_back(run.commit / run.write);
        }
    }
};

QString verdict(double ratio)
{
    return ratio >= Goal ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ratsmappe-bench-cache"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares the encrypted cache's document storage with libsodium secretstream files."));
    parser.addHelpOption();
    const QCommandLineOption megabytesOption(QStringLiteral("megabytes"),
                                             QStringLiteral("Document size in MiB (default 50)."),
                                             QStringLiteral("N"),
                                             QStringLiteral("50"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Runs per side; the median is reported (default 3)."),
        QStringLiteral("K"),
        QStringLiteral("3"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Folder for the files (default: the system temp folder)."),
        QStringLiteral("DIR"),
        QDir::tempPath());
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object instead of a table."));
    parser.addOptions({megabytesOption, repeatOption, dirOption, jsonOption});
    parser.process(app);

    bool megabytesOk = false;
    bool repeatOk = false;
    const int megabytes = parser.value(megabytesOption).toInt(&megabytesOk);
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    if (!megabytesOk || megabytes < 1 || megabytes > 4096 || !repeatOk || repeat < 1) {
        std::fprintf(stderr, "ratsmappe-bench-cache: --megabytes must be 1..4096 and --repeat at least 1\n");
        return 2;
    }
    if (sodium_init() < 0) {
        std::fprintf(stderr, "ratsmappe-bench-cache: libsodium could not be initialised\n");
        return 2;
    }
    QDir().mkpath(parser.value(dirOption));
    QTemporaryDir tmp(parser.value(dirOption) + QLatin1String("/ratsmappe-bench-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr,
                     "ratsmappe-bench-cache: cannot make a folder in %s: %s\n",
                     qUtf8Printable(parser.value(dirOption)),
                     qUtf8Printable(tmp.errorString()));
        return 2;
    }

    const double mib = megabytes;
    QByteArray data(static_cast<qsizetype>(megabytes) * 1024 * 1024, Qt::Uninitialized);
    randombytes_buf(data.data(), static_cast<size_t>(data.size()));
    const Digest expected = digestOf(data);

    Rates reference;
    Rates cache[std::size(ChunkSizes)];
    QString cipherVersion;
    bool verified = true;
    try {
        // Interleaved, so a slow moment of the shared machine hits every side alike.
        for (int i = 0; i < repeat; ++i) {
            std::fprintf(stderr, "run %d/%d\n", i + 1, repeat);
            const Run ref = runReference(tmp.path(), data, expected);
            verified = verified && ref.verified;
            reference.add(ref, mib);
            for (size_t c = 0; c < std::size(ChunkSizes); ++c) {
                const Run run = runCache(tmp.path(), data, expected, ChunkSizes[c], &cipherVersion);
                verified = verified && run.verified;
                cache[c].add(run, mib);
            }
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "ratsmappe-bench-cache: %s\n", qUtf8Printable(e.message()));
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "ratsmappe-bench-cache: %s\n", e.what());
        return 2;
    }

    const double refWrite = median(reference.write);
    const double refRead = median(reference.read);
    const QString filesystem = filesystemOf(tmp.path());

    if (parser.isSet(jsonOption)) {
        QJsonArray caches;
        for (size_t c = 0; c < std::size(ChunkSizes); ++c) {
            const Rates &r = cache[c];
            caches.append(QJsonObject{
                {QStringLiteral("chunkBytes"), ChunkSizes[c]},
                {QStringLiteral("writeMiBps"), median(r.write)},
                {QStringLiteral("readMiBps"), median(r.read)},
                {QStringLiteral("readAllMiBps"), median(r.readAll)},
                {QStringLiteral("commitShareOfWrite"), median(r.commitShare)},
                {QStringLiteral("writeRatio"), median(r.write) / refWrite},
                {QStringLiteral("readRatio"), median(r.read) / refRead},
                {QStringLiteral("readAllRatio"), median(r.readAll) / refRead},
                {QStringLiteral("writeRuns"), toJson(r.write)},
                {QStringLiteral("readRuns"), toJson(r.read)},
                {QStringLiteral("readAllRuns"), toJson(r.readAll)},
            });
        }
        const QJsonObject out{
            {QStringLiteral("benchmark"), QStringLiteral("cache-storage")},
            {QStringLiteral("mebibytes"), megabytes},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("pieceBytes"), PieceSize},
            {QStringLiteral("directory"), tmp.path()},
            {QStringLiteral("filesystem"), filesystem},
            {QStringLiteral("sqlcipher"), cipherVersion},
            {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
            {QStringLiteral("goalRatio"), Goal},
            {QStringLiteral("reference"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("crypto_secretstream_xchacha20poly1305 file")},
                 {QStringLiteral("writeMiBps"), refWrite},
                 {QStringLiteral("readMiBps"), refRead},
                 {QStringLiteral("writeRuns"), toJson(reference.write)},
                 {QStringLiteral("readRuns"), toJson(reference.read)}}},
            {QStringLiteral("cache"), caches},
            {QStringLiteral("verified"), verified},
        };
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("Cache storage benchmark (issue 2)\n");
        std::printf("  data        %d MiB of random bytes, written and read in %lld KiB pieces\n",
                    megabytes,
                    static_cast<long long>(PieceSize / 1024));
        std::printf("  runs        %d per side, interleaved; medians shown\n", repeat);
        std::printf("  directory   %s\n", qUtf8Printable(tmp.path()));
        std::printf("  filesystem  %s\n", qUtf8Printable(filesystem));
        std::printf("  versions    SQLCipher %s, libsodium %s\n",
                    qUtf8Printable(cipherVersion),
                    sodium_version_string());
        std::printf(
            "  note        the OS page cache is not dropped: reads on both sides come from memory\n\n");
        std::printf("  %-36s %12s %12s %14s\n", "MiB/s", "write", "read", "readAll");
        std::printf("  %-36s %12.1f %12.1f %14s\n", "reference: secretstream file", refWrite, refRead, "-");
        for (size_t c = 0; c < std::size(ChunkSizes); ++c) {
            const QString label = QStringLiteral("cache: %1 KiB chunks").arg(ChunkSizes[c] / 1024);
            std::printf("  %-36s %12.1f %12.1f %14.1f\n",
                        qUtf8Printable(label),
                        median(cache[c].write),
                        median(cache[c].read),
                        median(cache[c].readAll));
        }
        std::printf(
            "\n  %-36s %12s %12s %14s\n", "cache / reference (goal >= 0.50x)", "write", "read", "readAll");
        for (size_t c = 0; c < std::size(ChunkSizes); ++c) {
            const QString label = QStringLiteral("cache: %1 KiB chunks").arg(ChunkSizes[c] / 1024);
            const double w = median(cache[c].write) / refWrite;
            const double r = median(cache[c].read) / refRead;
            const double a = median(cache[c].readAll) / refRead;
            std::printf("  %-36s %6.2fx %s %6.2fx %s %8.2fx %s\n",
                        qUtf8Printable(label),
                        w,
                        qUtf8Printable(verdict(w)),
                        r,
                        qUtf8Printable(verdict(r)),
                        a,
                        qUtf8Printable(verdict(a)));
        }
        std::printf("\n  cache write time spent in COMMIT (WAL fsync, checkpoint):");
        for (size_t c = 0; c < std::size(ChunkSizes); ++c) {
            std::printf("%s %lld KiB chunks %.0f%%",
                        c == 0 ? "" : ",",
                        static_cast<long long>(ChunkSizes[c] / 1024),
                        100 * median(cache[c].commitShare));
        }
        std::printf("\n  verification: %s\n",
                    verified ? "every read-back matches the written bytes (BLAKE2b)"
                             : "FAILED, bytes differ");
    }
    return verified ? 0 : 1;
}
