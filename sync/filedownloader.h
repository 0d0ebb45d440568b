// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Ratsmappe {

class Cache;
struct SyncSkip;

/// Downloads document bytes into the cache, a few at a time: streamed into chunks (never a
/// plaintext file), resumed with Range/If-Range after an interruption, skipped with
/// If-None-Match when unchanged, checked against Content-Length and any checksum the server
/// gives, and recognised by their bytes as PDF readers do: a `%PDF-` header anywhere in the
/// first 1,024 bytes is a PDF; bytes announced as a PDF without one are kept as a PDF (the
/// first open in the crash-isolated helper decides whether they read) unless they are clearly
/// an error page (HTML, XML, JSON or nothing), which is refused with that reason. A version
/// becomes the file's current one only when all of that passed; a changed file gets a new
/// version and the old one stays.
class FileDownloader
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::FileDownloader)
public:
    struct Result
    {
        int downloaded = 0; ///< new versions stored
        int unchanged = 0; ///< answered 304, or the same bytes again
        int requests = 0;
        QList<SyncSkip> skipped;
    };

    static constexpr int Parallel = 4;
    static constexpr int MaxAttempts = 3;
    static constexpr qint64 MaxBytes = 1024LL * 1024 * 1024;

    FileDownloader(Cache &cache, QNetworkAccessManager &network);
    /// Called after each file with the files done so far, their total, and the bytes received.
    std::function<void(int done, int total, qint64 bytes)> onProgress;
    /// Called as a file's bytes arrive: received so far in this request, and its total (-1 when
    /// the server does not say) — a single document's progress bar.
    std::function<void(const QString &fileId, qint64 received, qint64 total)> onBytes;
    /// Asked a few times a second: true ends the run, aborting what is in flight (a partial
    /// download stays and resumes next time).
    std::function<bool()> shouldStop;

    /// The server whose files download() fetches (ServerStore's key); none: the one file with an id.
    void setServer(const QString &serverId) { m_serverId = serverId; }
    /// Fetches \a fileIds (in this order of priority) and blocks until all are done.
    Result download(const QStringList &fileIds);
    /// Sends \a authorization with requests to \a origin's scheme, host and port, and only there.
    void setAuthorization(const QUrl &origin, const QByteArray &authorization)
    {
        m_origin = origin;
        m_authorization = authorization;
    }

private:
    class Job;
    void recordFailures(const QStringList &fileIds, const Result &result);
    Cache &m_cache;
    QNetworkAccessManager &m_network;
    QUrl m_origin;
    QByteArray m_authorization;
    QString m_serverId;
};

} // namespace Ratsmappe
