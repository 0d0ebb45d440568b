// SPDX-License-Identifier: GPL-2.0-or-later
#include "downloadstore.h"

#include "database.h"

#include <QDateTime>
#include <QVariant>

namespace Ratsmappe {

std::optional<DownloadSource> DownloadStore::source(const QString &fileId)
{
    Statement st(m_db,
                 "SELECT coalesce(access_url, download_url), mime_type, sha1, sha512 FROM files "
                 "WHERE id = ? AND ifnull(?, '') IN ('', server_id) AND deleted = 0");
    st.bind(1, fileId).bind(2, m_serverId);
    if (!st.next() || st.text(0).isEmpty()) {
        return std::nullopt;
    }
    return DownloadSource{QUrl(st.text(0)), st.text(1), st.text(2).toLower(), st.text(3).toLower()};
}

std::optional<PartialVersion> DownloadStore::partialVersion(const QString &fileId)
{
    Statement st(m_db,
                 "SELECT id, etag FROM file_versions WHERE file_id = ? AND ifnull(?, '') IN ('', server_id) "
                 "AND complete = 0 AND etag IS NOT NULL ORDER BY id DESC LIMIT 1");
    st.bind(1, fileId).bind(2, m_serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    return PartialVersion{st.integer(0), st.text(1)};
}

void DownloadStore::dropChunksFrom(qint64 versionId, qint64 firstSeq)
{
    Statement(m_db, "DELETE FROM file_chunks WHERE version_id = ? AND seq >= ?")
        .bind(1, versionId)
        .bind(2, firstSeq)
        .run();
}

QByteArray DownloadStore::head(qint64 versionId, int n)
{
    Statement st(m_db, "SELECT substr(bytes, 1, ?) FROM file_chunks WHERE version_id = ? AND seq = 0");
    st.bind(1, n).bind(2, versionId);
    return st.next() ? st.blob(0) : QByteArray();
}

void DownloadStore::removeVersion(qint64 versionId)
{
    Statement(m_db, "DELETE FROM file_versions WHERE id = ?").bind(1, versionId).run();
}

void DownloadStore::removeIfIncomplete(qint64 versionId)
{
    Statement(m_db, "DELETE FROM file_versions WHERE id = ? AND complete = 0").bind(1, versionId).run();
}

void DownloadStore::setCurrentVersion(const QString &fileId, std::optional<qint64> versionId)
{
    Statement(m_db, "UPDATE files SET current_version = ? WHERE id = ? AND ifnull(?, '') IN ('', server_id)")
        .bind(1, versionId ? QVariant(*versionId) : QVariant())
        .bind(2, fileId)
        .bind(3, m_serverId)
        .run();
}

void DownloadStore::setFailure(const QString &fileId, const QString &reason)
{
    Statement(m_db,
              "INSERT OR REPLACE INTO download_failures(server_id, file_id, reason, at) "
              "SELECT server_id, id, ?3, ?4 FROM files WHERE id = ?2 AND ifnull(?1, '') IN ('', server_id)")
        .bind(1, m_serverId)
        .bind(2, fileId)
        .bind(3, reason)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
}

void DownloadStore::clearFailure(const QString &fileId)
{
    Statement(m_db, "DELETE FROM download_failures WHERE file_id = ?2 AND ifnull(?1, '') IN ('', server_id)")
        .bind(1, m_serverId)
        .bind(2, fileId)
        .run();
}

void DownloadStore::setEtag(qint64 versionId, const QString &etag)
{
    Statement(m_db, "UPDATE file_versions SET etag = ? WHERE id = ?").bind(1, etag).bind(2, versionId).run();
}

} // namespace Ratsmappe
