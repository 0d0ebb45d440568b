// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

namespace Ratsmappe {

class Database;

/// What kind of document a version's bytes are; decides how the UI may show them.
enum class DocumentKind { Pdf, Image, Office, Other };
QString documentKindName(DocumentKind kind);

struct FileVersion
{
    qint64 id = 0;
    QString serverId; ///< the server of the file
    QString fileId;
    qint64 size = 0;
    qint64 chunkSize = 0;
    bool complete = false;
    QString blake2b; ///< BLAKE2b-256 of the bytes, hex; set when complete
    QString etag;
    QString contentType;
    DocumentKind kind = DocumentKind::Other;
};

/// Streams a version's bytes into the cache in fixed-size chunks. Nothing is buffered beyond
/// one chunk; the caller decides transactions. A version counts as the file's current one only
/// after finish() succeeded.
class DocumentWriter
{
public:
    static constexpr qint64 DefaultChunkSize = 256 * 1024;

    /// Starts a new, incomplete version of \a fileId of \a serverId (the file's row must exist;
    /// without a server, the one file with that id).
    DocumentWriter(Database &db,
                   const QString &fileId,
                   const QString &contentType = {},
                   const QString &etag = {},
                   qint64 chunkSize = DefaultChunkSize,
                   const QString &serverId = {});
    /// Continues an interrupted version: stored bytes stay, writing goes on at its end.
    DocumentWriter(Database &db, qint64 versionId);
    ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    void write(const QByteArray &bytes);
    /// Flushes the last chunk, records size and BLAKE2b hash, and makes this the current version.
    FileVersion finish(DocumentKind kind);

    qint64 versionId() const { return m_versionId; }
    qint64 size() const { return m_stored + m_pending.size(); }

private:
    void flushChunk();
    struct Hasher;

    Database &m_db;
    qint64 m_versionId = 0;
    qint64 m_chunkSize = DefaultChunkSize;
    qint64 m_stored = 0;
    qint64 m_nextSeq = 0;
    QByteArray m_pending;
    std::unique_ptr<Hasher> m_hash;
};

/// The outcome of a version's first open in the PDF helper process, kept per version.
struct FirstOpenCheck
{
    enum State { NotChecked, Passed, Failed };
    State state = NotChecked;
    QString error; ///< why it failed, for the member
};

/// Read access to stored versions.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::DocumentStore)
public:
    explicit DocumentStore(Database &db);

    FirstOpenCheck firstOpenCheck(qint64 versionId);
    /// Records the outcome of the helper's check: passed when \a error is empty, else failed.
    void setFirstOpenCheck(qint64 versionId, const QString &error);
    /// Forgets a recorded outcome, so the next open checks the version again.
    void clearFirstOpenCheck(qint64 versionId);

    std::optional<FileVersion> version(qint64 versionId);
    /// The complete version the file shows now, if it has one: the file \a fileId of \a serverId,
    /// or without a server the one file with that id.
    std::optional<FileVersion> currentVersion(const QString &fileId, const QString &serverId = {});
    QByteArray readAll(qint64 versionId);
    /// A seekable, read-only device over a complete version's chunks; decrypted bytes exist
    /// only in memory, one chunk at a time. It must not outlive the Database.
    std::unique_ptr<QIODevice> open(qint64 versionId);
    /// Writes a complete version to \a path where the member chose: whole or not at all (the old
    /// file stays until the copy is complete), readable by the member alone (it holds what the
    /// cache keeps encrypted), read one chunk at a time. Empty on success, else why not, for the
    /// member.
    QString saveCopy(qint64 versionId, const QString &path);
    /// What saveCopy() does with bytes from elsewhere that hold what the cache keeps encrypted
    /// (an export with annotations): \a in to \a path, whole or not at all, mode 0600, chunk by
    /// chunk. Empty on success, else why not, for the member.
    static QString saveCopy(QIODevice &in, const QString &path);

private:
    Database &m_db;
};

} // namespace Ratsmappe
