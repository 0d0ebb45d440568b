// SPDX-License-Identifier: GPL-2.0-or-later
#include "filedownloader.h"

#include "credentials.h"

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "downloadstore.h"
#include "storeerror.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace Ratsmappe {

namespace {

// PDF readers (Acrobat, pdf.js, Poppler) look for the header anywhere in the first 1,024 bytes;
// the head kept of every download holds that much.
constexpr int HeadBytes = 1024;

DocumentKind kindOfBytes(const QByteArray &head)
{
    if (head.left(HeadBytes).contains("%PDF-")) {
        return DocumentKind::Pdf;
    }
    if (head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff") || head.startsWith("GIF8")) {
        return DocumentKind::Image;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xd0\xcf\x11\xe0")) {
        return DocumentKind::Office;
    }
    return DocumentKind::Other;
}

// The message of a short JSON error answer ({"error": {"message": …}}, {"message": …},
// {"error": "…"}), in one line; empty when there is none or it is long.
QString jsonErrorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    QString message =
        error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
    for (const char *key : {"message", "error_description", "detail", "title"}) {
        if (message.isEmpty()) {
            message = o.value(QLatin1String(key)).toString();
        }
    }
    message.removeIf([](QChar c) { return c.category() == QChar::Other_Control && !c.isSpace(); });
    message = message.simplified();
    return message.size() <= 120 ? message : QString();
}

// Why bytes announced as a PDF are an error page instead, judged by their first non-blank
// bytes as a browser would: an HTML, XML or JSON page, or nothing at all. Empty when they are
// not clearly one: a PDF without header (starting "1 0 obj", a comment, junk) is kept, and the
// first open in the crash-isolated helper decides whether it reads.
QString errorPageInsteadOfPdf(const QByteArray &head, bool wholeBody)
{
    QByteArrayView rest(head);
    if (rest.startsWith("\xEF\xBB\xBF")) {
        rest = rest.sliced(3); // a UTF-8 byte order mark
    }
    while (!rest.isEmpty() &&
           (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r' || rest.front() == '\n' ||
            rest.front() == '\f')) {
        rest = rest.sliced(1);
    }
    if (rest.isEmpty()) {
        return FileDownloader::tr("an empty answer instead of the PDF");
    }
    const QByteArray start = rest.toByteArray().toLower();
    if (start.startsWith('{') || start.startsWith('[')) {
        const QString message = wholeBody ? jsonErrorMessage(head) : QString();
        return message.isEmpty()
            ? FileDownloader::tr("a JSON error answer instead of the PDF")
            : FileDownloader::tr("a JSON error answer instead of the PDF: %1").arg(message);
    }
    const bool html = start.contains("<html");
    for (const char *tag : {"<!doctype html", "<html", "<head", "<body", "<title", "<meta"}) {
        if (start.startsWith(tag)) {
            return FileDownloader::tr("an HTML page instead of the PDF");
        }
    }
    if (start.startsWith("<?xml") || start.startsWith("<!--") || start.startsWith("<!doctype")) {
        return html ? FileDownloader::tr("an HTML page instead of the PDF")
                    : FileDownloader::tr("an XML page instead of the PDF");
    }
    return {};
}

// Rereads a stored version once for every checksum the server gives; the bytes may have
// arrived over two runs.
bool checksumsMatch(DocumentStore &docs, qint64 versionId, const QString &sha1, const QString &sha512)
{
    if (sha1.isEmpty() && sha512.isEmpty()) {
        return true;
    }
    QCryptographicHash hash1(QCryptographicHash::Sha1);
    QCryptographicHash hash512(QCryptographicHash::Sha512);
    auto device = docs.open(versionId);
    while (device && !device->atEnd()) {
        const QByteArray chunk = device->read(DocumentWriter::DefaultChunkSize);
        if (chunk.isEmpty()) {
            return false;
        }
        if (!sha1.isEmpty()) {
            hash1.addData(chunk);
        }
        if (!sha512.isEmpty()) {
            hash512.addData(chunk);
        }
    }
    return (sha1.isEmpty() || QString::fromLatin1(hash1.result().toHex()) == sha1) &&
        (sha512.isEmpty() || QString::fromLatin1(hash512.result().toHex()) == sha512);
}

// "a//b" → "a/b", "x.pdf.pdf" → "x.pdf"; the URL unchanged when there is nothing to mend.
QUrl mendUrl(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.contains(QLatin1String("//"))) {
        path.replace(QLatin1String("//"), QLatin1String("/"));
    }
    static const QRegularExpression doubled(QStringLiteral("(\\.[A-Za-z0-9]{2,4})\\1$"));
    path.replace(doubled, QStringLiteral("\\1"));
    QUrl mended = url;
    mended.setPath(path, QUrl::StrictMode);
    return mended;
}

} // namespace

/// One file's download: one request, streamed into a DocumentWriter.
class FileDownloader::Job
{
public:
    Job(FileDownloader::Result &result, Database &db, QString serverId, QString fileId, DownloadSource row)
        : m_result(result)
        , m_db(db)
        , m_serverId(std::move(serverId))
        , m_fileId(std::move(fileId))
        , m_row(std::move(row))
    { }

    QNetworkReply *start(QNetworkAccessManager &network, const QUrl &origin, const QByteArray &authorization)
    {
        DocumentStore docs(m_db);
        QNetworkRequest request(m_row.url);
        request.setTransferTimeout(120000);
        // Bytes as stored on the server: no transparent decompression, so ranges line up.
        request.setRawHeader("Accept-Encoding", "identity");
        if (!authorization.isEmpty() && sameOrigin(QUrl(m_row.url), origin)) {
            // The member's credentials go to the server's own origin only, redirects included.
            request.setRawHeader("Authorization", authorization);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::SameOriginRedirectPolicy);
        } else {
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
        }

        if (const auto partial = DownloadStore(m_db, m_serverId).partialVersion(m_fileId)) {
            m_resume = partial->id;
            const auto v = docs.version(m_resume);
            m_resumeFrom = v ? v->size / v->chunkSize * v->chunkSize : 0;
            request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
            request.setRawHeader("If-Range", partial->etag.toUtf8());
        } else if (const auto current = docs.currentVersion(m_fileId, m_serverId);
                   current && !current->etag.isEmpty()) {
            request.setRawHeader("If-None-Match", current->etag.toUtf8());
        }
        m_reply = network.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] { receive(); });
        return m_reply;
    }

    /// A transient failure (no answer, 429, 5xx) that another attempt may cure.
    bool transient() const { return m_transient; }
    qint64 bytes() const { return m_received; }
    /// Set when the next attempt should use another URL.
    QUrl retryUrl() const { return m_retryUrl; }

    void finish(bool lastAttempt)
    {
        m_lastAttempt = lastAttempt;
        try {
            complete();
        } catch (const StoreError &e) {
            fail(e.message());
        }
        m_reply->deleteLater();
    }

private:
    void receive()
    {
        if (m_failed) {
            return;
        }
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206) {
            return; // handled when the reply finishes
        }
        try {
            if (!m_writer) {
                openWriter(status);
            }
            const QByteArray bytes = m_reply->readAll();
            m_received += bytes.size();
            if (m_head.size() < HeadBytes) {
                m_head += bytes.left(HeadBytes - m_head.size());
            }
            m_writer->write(bytes);
            if (m_writer->size() > MaxBytes) {
                fail(FileDownloader::tr("larger than %1 MiB; not kept").arg(MaxBytes / (1024 * 1024)));
                m_reply->abort();
            }
        } catch (const StoreError &e) {
            fail(e.message());
            m_reply->abort();
        }
    }

    void openWriter(int status)
    {
        const QString etag = QString::fromUtf8(m_reply->rawHeader("ETag"));
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (status == 206 && m_resume) {
            // Only whole chunks survive an interruption; drop a torn tail before going on.
            DownloadStore(m_db, m_serverId)
                .dropChunksFrom(m_resume, m_resumeFrom / DocumentWriter::DefaultChunkSize);
            m_writer = std::make_unique<DocumentWriter>(m_db, m_resume);
            // The first bytes tell the kind; the rest of the stored part need not be read.
            m_head = DownloadStore(m_db, m_serverId).head(m_resume, HeadBytes);
            return;
        }
        if (m_resume) {
            // The server sent the whole file instead: the old partial bytes are worthless.
            DownloadStore(m_db, m_serverId).removeVersion(m_resume);
            m_resume = 0;
        }
        m_writer = std::make_unique<DocumentWriter>(m_db,
                                                    m_fileId,
                                                    type,
                                                    etag.isEmpty() ? QString() : etag,
                                                    DocumentWriter::DefaultChunkSize,
                                                    m_serverId);
        m_expected = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    }

    void complete()
    {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_failed) {
            discard();
            return;
        }
        if (status == 304) {
            ++m_result.unchanged;
            return;
        }
        if (m_reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
            if (!m_lastAttempt && (status == 0 || status == 429 || status >= 500)) {
                m_transient = true; // tried again; partial bytes with an ETag are resumed then
                if (!m_writer || m_reply->rawHeader("ETag").isEmpty()) {
                    discard();
                }
                return;
            }
            if (status == 404 && !m_lastAttempt) {
                // Real servers link `//` inside paths and doubled extensions; try the mended URL.
                if (const QUrl mended = mendUrl(m_row.url); mended != m_row.url) {
                    m_retryUrl = mended;
                    m_transient = true;
                    discard();
                    return;
                }
            }
            // A partial version with an ETag stays for the next run to resume.
            const bool resumable =
                m_writer && !m_reply->rawHeader("ETag").isEmpty() && status >= 200 && status < 300;
            fail(status == 410 ? FileDownloader::tr("deleted on the server (410)")
                     : status  ? FileDownloader::tr("HTTP status %1").arg(status)
                               : m_reply->errorString(),
                 !resumable);
            return;
        }
        if (!m_writer) {
            openWriter(status); // an empty body
        }
        if (m_expected > 0 && status == 200 && m_writer->size() != m_expected) {
            fail(FileDownloader::tr("incomplete: %1 of %2 bytes").arg(m_writer->size()).arg(m_expected));
            return;
        }
        DocumentKind kind = kindOfBytes(m_head);
        const bool claimsPdf = m_row.mimeType.contains(QLatin1String("pdf"), Qt::CaseInsensitive);
        if (claimsPdf && kind == DocumentKind::Other) {
            // Judged as PDF readers do: only what is clearly an error page is refused; other
            // bytes without a header stay a PDF, for the first open to try.
            if (const QString page = errorPageInsteadOfPdf(m_head, m_writer->size() <= m_head.size());
                !page.isEmpty()) {
                fail(page);
                return;
            }
            kind = DocumentKind::Pdf;
        }

        Transaction tx(m_db);
        DocumentStore docs(m_db);
        const auto previous = docs.currentVersion(m_fileId, m_serverId);
        const FileVersion done = m_writer->finish(kind);
        if (!checksumsMatch(docs, done.id, m_row.sha1, m_row.sha512)) {
            // Bytes that fail the server's own checksum are not kept; the previous version
            // stays current.
            DownloadStore store(m_db, m_serverId);
            store.setCurrentVersion(m_fileId, previous ? std::optional<qint64>(previous->id) : std::nullopt);
            store.removeVersion(done.id);
            tx.commit();
            m_writer.reset();
            fail(FileDownloader::tr("checksum does not match"));
            return;
        }
        if (previous && previous->blake2b == done.blake2b) {
            // The same bytes under a new ETag: keep one version.
            DownloadStore store(m_db, m_serverId);
            store.setCurrentVersion(m_fileId, previous->id);
            store.setEtag(previous->id, done.etag);
            store.removeVersion(done.id);
            tx.commit();
            ++m_result.unchanged;
            return;
        }
        tx.commit();
        ++m_result.downloaded;
    }

    void fail(const QString &reason, bool discardBytes = true)
    {
        if (!m_failed) {
            m_result.skipped.append({m_fileId, reason});
        }
        m_failed = true;
        if (discardBytes) {
            discard();
        }
    }

    void discard()
    {
        if (m_writer) {
            DownloadStore(m_db, m_serverId).removeIfIncomplete(m_writer->versionId());
            m_writer.reset();
        }
    }

    FileDownloader::Result &m_result;
    Database &m_db;
    QString m_serverId;
    QString m_fileId;
    DownloadSource m_row;
    QNetworkReply *m_reply = nullptr;
    std::unique_ptr<DocumentWriter> m_writer;
    qint64 m_resume = 0;
    qint64 m_resumeFrom = 0;
    qint64 m_expected = 0;
    QByteArray m_head;
    bool m_failed = false;
    bool m_transient = false;
    qint64 m_received = 0;
    QUrl m_retryUrl;
    bool m_lastAttempt = true;
};

FileDownloader::FileDownloader(Cache &cache, QNetworkAccessManager &network)
    : m_cache(cache)
    , m_network(network)
{ }

FileDownloader::Result FileDownloader::download(const QStringList &fileIds)
{
    Result result;
    Database &db = m_cache.database();
    std::deque<QString> queue(fileIds.cbegin(), fileIds.cend());
    QHash<QString, int> attempts;
    QHash<QString, QUrl> mendedUrls;
    int done = 0;
    qint64 bytes = 0;
    int running = 0;
    QEventLoop loop;

    QList<QPointer<QNetworkReply>> inFlight;
    QTimer stopCheck;
    if (shouldStop) {
        QObject::connect(&stopCheck, &QTimer::timeout, &stopCheck, [&] {
            if (shouldStop()) {
                queue.clear();
                for (const QPointer<QNetworkReply> &reply : std::as_const(inFlight)) {
                    if (reply) {
                        reply->abort();
                    }
                }
            }
        });
        stopCheck.start(100);
    }

    std::function<void()> startNext = [&] {
        // A stop ends the run at once: nothing new starts after it, whenever the timer next looks.
        if (shouldStop && shouldStop()) {
            queue.clear();
        }
        while (running < Parallel && !queue.empty()) {
            const QString fileId = queue.front();
            queue.pop_front();
            const auto row = DownloadStore(db, m_serverId).source(fileId);
            if (!row || !row->url.isValid() ||
                (row->url.scheme() != QLatin1String("http") && row->url.scheme() != QLatin1String("https"))) {
                result.skipped.append({fileId, tr("no usable download address")});
                continue;
            }
            DownloadSource target = *row;
            target.url = mendedUrls.value(fileId, target.url);
            auto job = std::make_shared<Job>(result, db, m_serverId, fileId, target);
            QNetworkReply *reply = job->start(m_network, m_origin, m_authorization);
            inFlight.append(reply);
            if (onBytes) {
                QObject::connect(reply,
                                 &QNetworkReply::downloadProgress,
                                 reply,
                                 [this, fileId](qint64 got, qint64 of) { onBytes(fileId, got, of); });
            }
            ++result.requests;
            ++running;
            const int attempt = ++attempts[fileId];
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, job, fileId, attempt, reply] {
                job->finish(attempt >= MaxAttempts);
                bytes += job->bytes();
                if (job->retryUrl().isValid()) {
                    mendedUrls.insert(fileId, job->retryUrl());
                }
                if (job->transient()) {
                    queue.push_back(fileId); // after the others: a little time for the server
                }
                --running;
                inFlight.removeAll(QPointer<QNetworkReply>(reply));
                if (onProgress && !job->transient()) {
                    onProgress(++done, int(fileIds.size()), bytes);
                }
                startNext();
                if (running == 0 && queue.empty()) {
                    loop.quit();
                }
            });
        }
    };
    startNext();
    if (running > 0) {
        loop.exec();
    }
    recordFailures(fileIds, result);
    return result;
}

void FileDownloader::recordFailures(const QStringList &fileIds, const Result &result)
{
    // A packet's check names why a document is missing. Files a stop left unfinished keep what
    // they had.
    Database &db = m_cache.database();
    Transaction tx(db);
    DownloadStore store(db, m_serverId);
    QSet<QString> failed;
    for (const SyncSkip &skip : result.skipped) {
        store.setFailure(skip.id, skip.reason);
        failed.insert(skip.id);
    }
    if (!shouldStop || !shouldStop()) {
        for (const QString &fileId : fileIds) {
            if (!failed.contains(fileId)) {
                store.clearFailure(fileId);
            }
        }
    }
    tx.commit();
}

} // namespace Ratsmappe
