// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentstore.h"

#include "database.h"
#include "storeerror.h"

#include <QDir>
#include <QSaveFile>

#include <sodium.h>

namespace Ratsmappe {

namespace {

DocumentKind kindFromName(const QString &name)
{
    if (name == QLatin1String("pdf")) {
        return DocumentKind::Pdf;
    }
    if (name == QLatin1String("image")) {
        return DocumentKind::Image;
    }
    return name == QLatin1String("office") ? DocumentKind::Office : DocumentKind::Other;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Reads a version one chunk at a time; keeps only the chunk last read.
class ChunkDevice : public QIODevice
{
public:
    ChunkDevice(Database &db, const FileVersion &version)
        : m_version(version)
        , m_select(db, "SELECT bytes FROM file_chunks WHERE version_id = ? AND seq = ?")
    { }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_version.size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize && pos() + done < m_version.size) {
            const qint64 at = pos() + done;
            const qint64 seq = at / m_version.chunkSize;
            if (seq != m_loadedSeq && !load(seq)) {
                return done > 0 ? done : -1;
            }
            const qint64 offset = at - seq * m_version.chunkSize;
            const qint64 n = std::min(maxSize - done, static_cast<qint64>(m_chunk.size()) - offset);
            if (n <= 0) {
                // A chunk shorter than the recorded size: damaged, never padded.
                setErrorString(QStringLiteral("document chunk %1 is short").arg(seq));
                return done > 0 ? done : -1;
            }
            std::memcpy(data + done, m_chunk.constData() + offset, static_cast<size_t>(n));
            done += n;
        }
        return done;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool load(qint64 seq)
    {
        try {
            m_select.bind(1, m_version.id).bind(2, seq);
            const bool found = m_select.next();
            m_chunk = found ? m_select.blob(0) : QByteArray();
            m_select.reset();
            m_loadedSeq = found ? seq : -1;
            if (!found) {
                setErrorString(QStringLiteral("document chunk %1 is missing").arg(seq));
            }
            return found;
        } catch (const StoreError &e) {
            setErrorString(e.message());
            return false;
        }
    }

    FileVersion m_version;
    Statement m_select;
    QByteArray m_chunk;
    qint64 m_loadedSeq = -1;
};

} // namespace

// BLAKE2b rather than SHA-256: libsodium's SHA-256 has no hardware path and cost a quarter of
// the write time in the cache benchmark; BLAKE2b is several times faster in software.
struct DocumentWriter::Hasher
{
    crypto_generichash_state state;

    Hasher() { crypto_generichash_init(&state, nullptr, 0, HashBytes); }
    void update(const QByteArray &bytes)
    {
        crypto_generichash_update(&state,
                                  reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    QString final()
    {
        unsigned char digest[HashBytes];
        crypto_generichash_final(&state, digest, HashBytes);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), HashBytes).toHex());
    }
    static constexpr size_t HashBytes = 32;
};

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return QStringLiteral("pdf");
    case DocumentKind::Image:
        return QStringLiteral("image");
    case DocumentKind::Office:
        return QStringLiteral("office");
    case DocumentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

DocumentWriter::DocumentWriter(Database &db,
                               const QString &fileId,
                               const QString &contentType,
                               const QString &etag,
                               qint64 chunkSize,
                               const QString &serverId)
    : m_db(db)
    , m_chunkSize(chunkSize)
    , m_hash(std::make_unique<Hasher>())
{
    Statement(db,
              "INSERT INTO file_versions(file_id, etag, content_type, chunk_size, created, server_id) "
              "VALUES (?1, ?2, ?3, ?4, ?5, coalesce(nullif(?6, ''), "
              "(SELECT server_id FROM files WHERE id = ?1 ORDER BY server_id LIMIT 1), ''))")
        .bind(1, fileId)
        .bind(2, etag)
        .bind(3, contentType)
        .bind(4, chunkSize)
        .bind(5, isoNow())
        .bind(6, serverId)
        .run();
    m_versionId = db.lastInsertId();
}

DocumentWriter::DocumentWriter(Database &db, qint64 versionId)
    : m_db(db)
    , m_versionId(versionId)
    , m_hash(std::make_unique<Hasher>())
{
    Statement st(db, "SELECT chunk_size, complete FROM file_versions WHERE id = ?");
    st.bind(1, versionId);
    if (!st.next() || st.integer(1) != 0) {
        throw StoreError(StoreError::InvalidArgument,
                         QStringLiteral("no incomplete version %1").arg(versionId));
    }
    m_chunkSize = st.integer(0);
    // Only whole chunks survive an interruption; rehash them so the final checksum covers all.
    Statement chunks(db, "SELECT bytes FROM file_chunks WHERE version_id = ? ORDER BY seq");
    chunks.bind(1, versionId);
    while (chunks.next()) {
        const QByteArray bytes = chunks.blob(0);
        m_hash->update(bytes);
        m_stored += bytes.size();
        ++m_nextSeq;
    }
}

DocumentWriter::~DocumentWriter() = default;

void DocumentWriter::write(const QByteArray &bytes)
{
    m_hash->update(bytes);
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const qsizetype take = std::min<qsizetype>(m_chunkSize - m_pending.size(), bytes.size() - offset);
        m_pending.append(bytes.constData() + offset, take);
        offset += take;
        if (m_pending.size() == m_chunkSize) {
            flushChunk();
        }
    }
}

void DocumentWriter::flushChunk()
{
    if (m_pending.isEmpty()) {
        return;
    }
    Statement(m_db, "INSERT INTO file_chunks(version_id, seq, bytes) VALUES (?, ?, ?)")
        .bind(1, m_versionId)
        .bind(2, m_nextSeq)
        .bind(3, m_pending)
        .run();
    m_stored += m_pending.size();
    ++m_nextSeq;
    Statement(m_db, "UPDATE file_versions SET size = ? WHERE id = ?")
        .bind(1, m_stored)
        .bind(2, m_versionId)
        .run();
    m_pending.clear();
}

FileVersion DocumentWriter::finish(DocumentKind kind)
{
    flushChunk();
    const QString hash = m_hash->final();
    Statement(
        m_db,
        "UPDATE file_versions SET complete = 1, blake2b = ?, kind = ?, size = ?, completed = ? WHERE id = ?")
        .bind(1, hash)
        .bind(2, documentKindName(kind))
        .bind(3, m_stored)
        .bind(4, isoNow())
        .bind(5, m_versionId)
        .run();
    Statement(m_db,
              "UPDATE files SET current_version = ? WHERE (server_id, id) = "
              "(SELECT server_id, file_id FROM file_versions WHERE id = ?)")
        .bind(1, m_versionId)
        .bind(2, m_versionId)
        .run();
    return DocumentStore(m_db).version(m_versionId).value();
}

DocumentStore::DocumentStore(Database &db)
    : m_db(db)
{ }

std::optional<FileVersion> DocumentStore::version(qint64 versionId)
{
    Statement st(m_db,
                 "SELECT file_id, size, chunk_size, complete, blake2b, etag, content_type, kind, server_id "
                 "FROM file_versions WHERE id = ?");
    st.bind(1, versionId);
    if (!st.next()) {
        return std::nullopt;
    }
    FileVersion v;
    v.id = versionId;
    v.fileId = st.text(0);
    v.size = st.integer(1);
    v.chunkSize = st.integer(2);
    v.complete = st.integer(3) != 0;
    v.blake2b = st.text(4);
    v.etag = st.text(5);
    v.contentType = st.text(6);
    v.kind = kindFromName(st.text(7));
    v.serverId = st.text(8);
    return v;
}

std::optional<FileVersion> DocumentStore::currentVersion(const QString &fileId, const QString &serverId)
{
    Statement st(m_db,
                 "SELECT current_version FROM files WHERE id = ? AND ifnull(?, '') IN ('', server_id) "
                 "AND current_version IS NOT NULL");
    st.bind(1, fileId).bind(2, serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    return version(st.integer(0));
}

FirstOpenCheck DocumentStore::firstOpenCheck(qint64 versionId)
{
    Statement st(m_db, "SELECT first_open_checked, first_open_error FROM file_versions WHERE id = ?");
    st.bind(1, versionId);
    if (!st.next()) {
        return {};
    }
    switch (st.integer(0)) {
    case 1:
        return {FirstOpenCheck::Passed, {}};
    case 2:
        return {FirstOpenCheck::Failed, st.text(1)};
    default:
        return {};
    }
}

void DocumentStore::setFirstOpenCheck(qint64 versionId, const QString &error)
{
    Statement(m_db, "UPDATE file_versions SET first_open_checked = ?, first_open_error = ? WHERE id = ?")
        .bind(1, qint64(error.isEmpty() ? 1 : 2))
        .bind(2, error.isEmpty() ? QString() : error)
        .bind(3, versionId)
        .run();
}

void DocumentStore::clearFirstOpenCheck(qint64 versionId)
{
    Statement(m_db, "UPDATE file_versions SET first_open_checked = 0, first_open_error = NULL WHERE id = ?")
        .bind(1, versionId)
        .run();
}

QByteArray DocumentStore::readAll(qint64 versionId)
{
    QByteArray out;
    if (const auto v = version(versionId)) {
        out.reserve(v->size); // one allocation instead of a copy per doubling
    }
    Statement st(m_db, "SELECT bytes FROM file_chunks WHERE version_id = ? ORDER BY seq");
    st.bind(1, versionId);
    while (st.next()) {
        out += st.blob(0);
    }
    return out;
}

std::unique_ptr<QIODevice> DocumentStore::open(qint64 versionId)
{
    const auto v = version(versionId);
    if (!v || !v->complete) {
        return nullptr;
    }
    auto device = std::make_unique<ChunkDevice>(m_db, *v);
    device->open(QIODevice::ReadOnly);
    return device;
}

QString DocumentStore::saveCopy(qint64 versionId, const QString &path)
{
    const std::unique_ptr<QIODevice> in = open(versionId);
    if (!in) {
        return tr("The document is not in the cache. Sync again to download it.");
    }
    return saveCopy(*in, path);
}

QString DocumentStore::saveCopy(QIODevice &in, const QString &path)
{
    QSaveFile out(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return tr("%1 cannot be written: %2").arg(where, out.errorString());
    }
    constexpr qint64 Chunk = 1024 * 1024;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(Chunk);
        if (chunk.isEmpty()) {
            out.cancelWriting();
            return tr("The document could not be read from the cache: %1").arg(in.errorString());
        }
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return tr("%1 cannot be written: %2").arg(where, out.errorString());
        }
    }
    if (!out.commit()) {
        return tr("%1 cannot be written: %2").arg(where, out.errorString());
    }
    return {};
}

} // namespace Ratsmappe
