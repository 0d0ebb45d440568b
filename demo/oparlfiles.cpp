// SPDX-License-Identifier: GPL-2.0-or-later
// File bytes: publishing them on a File object, and serving them with ETag, Last-Modified and
// ranges.
#include "oparlserver.h"

#include "oparlwire.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QRegularExpression>

namespace Ratsmappe::Demo {

using namespace Wire;

OParlServer::Blob &OParlServer::blobFor(const QString &fileId, const QString &mimeType)
{
    Blob &b = m_blobs[fileId];
    if (b.number == 0) {
        b.number = int(m_blobs.size());
        const Entry *e = find(fileId);
        const QString name =
            e->fields.value(QLatin1String("fileName")).toString(QStringLiteral("datei-%1.pdf").arg(b.number));
        b.accessPath = QStringLiteral("/files/%1/%2").arg(b.number).arg(name);
        b.downloadPath = QStringLiteral("/files/%1/download/%2").arg(b.number).arg(name);
        m_blobPaths.insert(b.accessPath, fileId);
        m_blobPaths.insert(b.downloadPath, fileId);
    }
    b.mimeType = mimeType.toUtf8();
    b.lastModified = now();
    // The ETag changes with every call, even for equal bytes: a re-upload is a new version.
    b.etag = '"' + QByteArray::number(b.number) + '-' + QByteArray::number(++m_etagCounter) + '"';
    return b;
}

void OParlServer::publishBlob(const QString &fileId,
                              const Blob &b,
                              const QByteArray &sha512,
                              bool bumpModified)
{
    QJsonObject fields{
        {QStringLiteral("accessUrl"), QUrl(url(b.accessPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("downloadUrl"), QUrl(url(b.downloadPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("mimeType"), QString::fromUtf8(b.mimeType)},
        {QStringLiteral("size"), b.size}};
    if (m_checksums && !sha512.isEmpty()) {
        fields.insert(QLatin1String("sha512Checksum"), QString::fromLatin1(sha512.toHex()));
    }
    change(fileId, fields, bumpModified);
}

void OParlServer::setFileBytes(const QString &fileId, const QByteArray &bytes, const QString &mimeType)
{
    const Entry *e = find(fileId);
    Q_ASSERT_X(e && e->kind == QLatin1String("File"), "OParlServer::setFileBytes", qPrintable(fileId));
    if (!e) {
        return;
    }
    Blob &b = blobFor(fileId, mimeType);
    b.bytes = bytes;
    b.path.clear();
    b.size = bytes.size();
    publishBlob(
        fileId, b, m_checksums ? QCryptographicHash::hash(bytes, QCryptographicHash::Sha512) : QByteArray());
}

void OParlServer::setFilePath(const QString &fileId,
                              const QString &path,
                              const QString &mimeType,
                              bool bumpModified)
{
    const Entry *e = find(fileId);
    Q_ASSERT_X(e && e->kind == QLatin1String("File"), "OParlServer::setFilePath", qPrintable(fileId));
    if (!e) {
        return;
    }
    Blob &b = blobFor(fileId, mimeType);
    b.bytes.clear();
    b.path = path;
    b.size = QFileInfo(path).size();
    // Many File records share one document on disk: each is hashed once.
    QByteArray sha512 = m_checksums ? m_pathChecksums.value(path) : QByteArray();
    if (m_checksums && sha512.isEmpty()) {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha512);
        if (f.open(QIODevice::ReadOnly) && hash.addData(&f)) {
            sha512 = hash.result();
            m_pathChecksums.insert(path, sha512);
        }
    }
    publishBlob(fileId, b, sha512, bumpModified);
}

void OParlServer::serveFile(const QHttpServerRequest &request,
                            Wire::Responder &responder,
                            const QString &fileId,
                            bool download)
{
    const Entry *e = find(fileId);
    if (!e || e->deleted) {
        writeError(responder, Status::Gone, 410, QStringLiteral("Datei gelöscht"));
        return;
    }
    const Blob &b = m_blobs[fileId];
    QHttpHeaders h = baseHeaders(hasDefect(Defect::WrongPdfContentType)
                                     ? QByteArray("application/octetstream; charset=UTF-8")
                                     : b.mimeType);
    const QString lastModified = httpDate(served(b.lastModified));
    h.append(QHttpHeaders::WellKnownHeader::ETag, b.etag);
    h.append(QHttpHeaders::WellKnownHeader::LastModified, lastModified);
    h.append(QHttpHeaders::WellKnownHeader::AcceptRanges, "bytes");
    if (download) {
        h.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                 QLatin1String("attachment; filename=\"") + b.accessPath.section(QLatin1Char('/'), -1) +
                     QLatin1Char('"'));
    }

    const QHttpHeaders &in = request.headers();
    const QByteArray ifNoneMatch = in.value(QHttpHeaders::WellKnownHeader::IfNoneMatch).toByteArray();
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        if (tag.trimmed() == b.etag || tag.trimmed() == "*") {
            responder.write(h, Status::NotModified);
            return;
        }
    }

    // The bytes from memory or from disk, [first, first + length).
    const auto read = [&b](qint64 first, qint64 length) {
        if (b.path.isEmpty()) {
            return b.bytes.mid(first, length);
        }
        QFile f(b.path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(first)) {
            return QByteArray();
        }
        return f.read(length);
    };

    // A Range is honoured unless If-Range names another version; then the whole file comes.
    static const QRegularExpression rangeRe(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const QRegularExpressionMatch range =
        rangeRe.match(QString::fromLatin1(in.value(QHttpHeaders::WellKnownHeader::Range).trimmed()));
    const QByteArrayView ifRange = in.value(QHttpHeaders::WellKnownHeader::IfRange).trimmed();
    const bool sameVersion = ifRange.isEmpty() || ifRange == b.etag || ifRange == lastModified.toLatin1();
    const qint64 size = b.size;
    if (!range.hasMatch() || !sameVersion) {
        responder.write(read(0, size), h, Status::Ok);
        return;
    }
    const qint64 first = range.captured(1).toLongLong();
    const qint64 last =
        range.captured(2).isEmpty() ? size - 1 : std::min(size - 1, range.captured(2).toLongLong());
    if (first >= size || last < first) {
        h.append(QHttpHeaders::WellKnownHeader::ContentRange, QStringLiteral("bytes */%1").arg(size));
        responder.write(QByteArray(), h, Status::RequestRangeNotSatisfiable);
        return;
    }
    h.append(QHttpHeaders::WellKnownHeader::ContentRange,
             QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(size));
    responder.write(read(first, last - first + 1), h, Status::PartialContent);
}

} // namespace Ratsmappe::Demo
