// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ratsmappe {

class Database;

/// Where a file's bytes come from, as the server described them.
struct DownloadSource
{
    QUrl url; ///< accessUrl, else downloadUrl
    QString mimeType;
    QString sha1; ///< lower case hex, or empty
    QString sha512;
};

/// A version whose download was interrupted and can be resumed.
struct PartialVersion
{
    qint64 id = 0;
    QString etag;
};

/// The downloader's bookkeeping of file versions beyond what DocumentWriter writes.
class DownloadStore
{
public:
    /// The files of \a serverId; without a server, the one file with an id.
    explicit DownloadStore(Database &db, const QString &serverId = {})
        : m_db(db)
        , m_serverId(serverId)
    { }

    /// A live file with an address; none otherwise.
    std::optional<DownloadSource> source(const QString &fileId);
    /// The newest incomplete version with an ETag (a resume needs one).
    std::optional<PartialVersion> partialVersion(const QString &fileId);
    /// Drops the chunks from \a firstSeq on: a torn tail after an interruption.
    void dropChunksFrom(qint64 versionId, qint64 firstSeq);
    /// The first \a n bytes of a version as stored.
    QByteArray head(qint64 versionId, int n);
    void removeVersion(qint64 versionId);
    void removeIfIncomplete(qint64 versionId);
    /// Makes \a versionId (none: no version) the file's current one.
    void setCurrentVersion(const QString &fileId, std::optional<qint64> versionId);
    void setEtag(qint64 versionId, const QString &etag);
    /// Why the file's last download failed, kept until one succeeds (a packet's check names it).
    void setFailure(const QString &fileId, const QString &reason);
    void clearFailure(const QString &fileId);

private:
    Database &m_db;
    QString m_serverId;
};

} // namespace Ratsmappe
