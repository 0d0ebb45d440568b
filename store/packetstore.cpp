// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetstore.h"

#include "database.h"

namespace Ratsmappe {

namespace {

constexpr QLatin1StringView PacketPrefix("ratsmappe:packet/");

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QString PacketStore::fileIdFor(const QString &meetingId, const QString &edition)
{
    return PacketPrefix + edition + QLatin1Char('/') + meetingId;
}

bool PacketStore::isPacketFile(const QString &fileId)
{
    return fileId.startsWith(PacketPrefix);
}

std::optional<PacketMeeting> PacketStore::meeting(const QString &meetingId, const QString &serverId) const
{
    // The location is embedded in the meeting (an object) or named by its URL (a string).
    Statement st(
        m_db,
        "SELECT m.server_id, m.name, m.start, m.\"end\", m.cancelled, "
        "coalesce((SELECT name FROM bodies b WHERE b.server_id = m.server_id AND b.id = m.body_id), ''), "
        "coalesce(json_extract(m.data, '$.location.description'), json_extract(m.data, '$.location.name'), "
        "(SELECT coalesce(json_extract(l.data, '$.description'), l.name) FROM locations l "
        "WHERE l.server_id = m.server_id AND l.id = json_extract(m.data, '$.location')), '') "
        "FROM meetings m WHERE m.id = ?1 AND m.deleted = 0 AND ifnull(?2, '') IN ('', m.server_id) "
        "ORDER BY m.server_id LIMIT 1");
    st.bind(1, meetingId).bind(2, serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    PacketMeeting m;
    m.serverId = st.text(0);
    m.id = meetingId;
    m.name = st.text(1);
    m.start = QDateTime::fromString(st.text(2), Qt::ISODate);
    m.end = QDateTime::fromString(st.text(3), Qt::ISODate);
    m.cancelled = st.integer(4) != 0;
    m.bodyName = st.text(5);
    m.location = st.text(6);
    Statement orgs(
        m_db,
        "SELECT o.name FROM meeting_organizations mo JOIN organizations o ON o.server_id = mo.server_id "
        "AND o.id = mo.organization_id WHERE mo.server_id = ?1 AND mo.meeting_id = ?2 AND o.deleted = 0 "
        "AND o.name IS NOT NULL ORDER BY o.name");
    orgs.bind(1, m.serverId).bind(2, meetingId);
    while (orgs.next()) {
        m.committees << orgs.text(0);
    }
    return m;
}

PacketSourceState PacketStore::sourceState(const QString &serverId, const QString &fileId) const
{
    PacketSourceState state;
    DocumentStore documents(m_db);
    state.current = documents.currentVersion(fileId, serverId);
    if (state.current) {
        const FirstOpenCheck check = documents.firstOpenCheck(state.current->id);
        if (check.state == FirstOpenCheck::Failed) {
            state.unreadable = check.error;
        }
        Statement completed(m_db, "SELECT completed FROM file_versions WHERE id = ?1");
        if (completed.bind(1, state.current->id).next()) {
            state.completed = parseTime(completed.text(0));
        }
    }
    Statement failure(m_db, "SELECT reason FROM download_failures WHERE server_id = ?1 AND file_id = ?2");
    if (failure.bind(1, serverId).bind(2, fileId).next()) {
        state.downloadFailure = failure.text(0);
    }
    return state;
}

std::optional<qint64>
PacketStore::versionWithContent(const QString &serverId, const QString &fileId, const QString &blake2b) const
{
    Statement st(m_db,
                 "SELECT id FROM file_versions WHERE server_id = ?1 AND file_id = ?2 AND blake2b = ?3 "
                 "AND complete = 1 ORDER BY id DESC LIMIT 1");
    if (!st.bind(1, serverId).bind(2, fileId).bind(3, blake2b).next()) {
        return std::nullopt;
    }
    return st.integer(0);
}

QList<std::pair<qint64, QString>> PacketStore::completeVersions(const QString &serverId,
                                                                const QString &fileId) const
{
    Statement st(
        m_db,
        "SELECT id, blake2b FROM file_versions WHERE server_id = ?1 AND file_id = ?2 AND complete = 1 "
        "ORDER BY id DESC");
    st.bind(1, serverId).bind(2, fileId);
    QList<std::pair<qint64, QString>> versions;
    while (st.next()) {
        versions.append({st.integer(0), st.text(1)});
    }
    return versions;
}

std::unique_ptr<DocumentWriter> PacketStore::beginPacket(const QString &serverId,
                                                         const QString &meetingId,
                                                         const QString &edition,
                                                         const QString &title)
{
    const QString fileId = fileIdFor(meetingId, edition);
    // Non-public whatever the edition: a revocation wipes every packet with the server's
    // non-public part, and no sync ever lists it (it has no owner linking it).
    const QString stamp = isoNow();
    Statement(
        m_db,
        "INSERT INTO files(server_id, id, name, file_name, mime_type, non_public, first_seen, last_changed, "
        "data) VALUES (?1, ?2, ?3, ?4, 'application/pdf', 1, ?5, ?5, '{}') "
        "ON CONFLICT(server_id, id) DO UPDATE SET name = ?3, file_name = ?4, deleted = 0, last_changed = ?5")
        .bind(1, serverId)
        .bind(2, fileId)
        .bind(3, title)
        .bind(4, title + QStringLiteral(".pdf"))
        .bind(5, stamp)
        .run();
    return std::make_unique<DocumentWriter>(m_db,
                                            fileId,
                                            QStringLiteral("application/pdf"),
                                            QString(),
                                            DocumentWriter::DefaultChunkSize,
                                            serverId);
}

void PacketStore::commitPacket(DocumentWriter &writer,
                               const QString &serverId,
                               const QString &meetingId,
                               const QString &edition,
                               const QByteArray &manifest)
{
    const FileVersion version = writer.finish(DocumentKind::Pdf);
    // The packet's text is its documents' text, already in the index: searching it again would
    // show every hit twice.
    Statement(m_db, "UPDATE file_versions SET text_indexed = 1 WHERE id = ?1").bind(1, version.id).run();
    // Earlier builds go, unless the member annotated them.
    Statement(m_db,
              "DELETE FROM file_versions WHERE server_id = ?1 AND file_id = ?2 AND id <> ?3 "
              "AND id NOT IN (SELECT version_id FROM annotations)")
        .bind(1, serverId)
        .bind(2, version.fileId)
        .bind(3, version.id)
        .run();
    Statement(m_db,
              "INSERT OR REPLACE INTO packets(server_id, meeting_id, edition, file_id, built, manifest) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, serverId)
        .bind(2, meetingId)
        .bind(3, edition)
        .bind(4, version.fileId)
        .bind(5, isoNow())
        .bindUtf8(6, manifest)
        .run();
}

std::optional<StoredPacket>
PacketStore::packet(const QString &serverId, const QString &meetingId, const QString &edition) const
{
    Statement st(
        m_db,
        "SELECT p.file_id, p.built, p.manifest FROM packets p JOIN files f ON f.server_id = p.server_id "
        "AND f.id = p.file_id AND f.current_version IS NOT NULL "
        "WHERE p.server_id = ?1 AND p.meeting_id = ?2 AND p.edition = ?3");
    if (!st.bind(1, serverId).bind(2, meetingId).bind(3, edition).next()) {
        return std::nullopt;
    }
    return StoredPacket{st.text(0), edition, parseTime(st.text(1)), st.text(2).toUtf8()};
}

std::optional<QByteArray> PacketStore::issuedManifest(const QString &serverId, const QString &meetingId) const
{
    Statement st(m_db, "SELECT manifest FROM issued_packets WHERE server_id = ?1 AND meeting_id = ?2");
    if (!st.bind(1, serverId).bind(2, meetingId).next()) {
        return std::nullopt;
    }
    return st.text(0).toUtf8();
}

void PacketStore::setIssued(const QString &serverId, const QString &meetingId, const QByteArray &manifest)
{
    Statement(m_db,
              "INSERT OR REPLACE INTO issued_packets(server_id, meeting_id, issued, manifest) VALUES (?1, "
              "?2, ?3, ?4)")
        .bind(1, serverId)
        .bind(2, meetingId)
        .bind(3, isoNow())
        .bindUtf8(4, manifest)
        .run();
}

bool PacketStore::issueStoredFile(const QString &serverId, const QString &fileId)
{
    Statement st(m_db, "SELECT meeting_id, manifest FROM packets WHERE server_id = ?1 AND file_id = ?2");
    if (!st.bind(1, serverId).bind(2, fileId).next()) {
        return false;
    }
    setIssued(serverId, st.text(0), st.text(1).toUtf8());
    return true;
}

void PacketStore::clearIssued(const QString &serverId, const QString &meetingId)
{
    Statement(m_db, "DELETE FROM issued_packets WHERE server_id = ?1 AND meeting_id = ?2")
        .bind(1, serverId)
        .bind(2, meetingId)
        .run();
}

} // namespace Ratsmappe
