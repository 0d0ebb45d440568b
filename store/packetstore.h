// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ratsmappe {

class Database;

/// What a packet's cover says about its meeting.
struct PacketMeeting
{
    QString serverId;
    QString id;
    QString name;
    QString bodyName;
    QStringList committees; ///< the organizations the meeting is of, by name
    QString location; ///< the location's description or name; may be empty
    QDateTime start; ///< as the server sent it; invalid when it sent none
    QDateTime end;
    bool cancelled = false;
};

/// A packet built for a meeting and kept in the cache.
struct StoredPacket
{
    QString fileId; ///< opens in the reader like any document
    QString edition; ///< "public" or "member"
    QDateTime built;
    QByteArray manifest; ///< the packet's layout (packets/manifest.h), JSON
};

/// Facts about a source document a packet's check and build need beyond the agenda listing.
struct PacketSourceState
{
    std::optional<FileVersion> current; ///< the complete version shown now
    QString downloadFailure; ///< why the last download failed; empty when it did not
    QString unreadable; ///< why the current version's first open failed; empty when it did not
    QDateTime completed; ///< when the current version was stored
};

/// The session packets' storage: the packet kept per meeting and edition (its bytes are a file
/// `ratsmappe:packet/<edition>/<meeting>` of the meeting's server, always non-public, never in
/// the text index nor in any listing of the server's files), and the layout last issued per
/// meeting.
class PacketStore
{
public:
    explicit PacketStore(Database &db)
        : m_db(db)
    { }

    static QString fileIdFor(const QString &meetingId, const QString &edition);
    static bool isPacketFile(const QString &fileId);

    /// The meeting \a meetingId of \a serverId (none: the one meeting with that id).
    std::optional<PacketMeeting> meeting(const QString &meetingId, const QString &serverId = {}) const;
    PacketSourceState sourceState(const QString &serverId, const QString &fileId) const;
    /// A stored complete version of the file with these bytes (an earlier one, for a packet that
    /// keeps a replaced document's pages).
    std::optional<qint64>
    versionWithContent(const QString &serverId, const QString &fileId, const QString &blake2b) const;
    /// Every complete stored version of the file: its id and BLAKE2b, newest first.
    QList<std::pair<qint64, QString>> completeVersions(const QString &serverId, const QString &fileId) const;

    /// Starts writing a packet's bytes; commit() makes it the meeting's packet of that edition.
    std::unique_ptr<DocumentWriter> beginPacket(const QString &serverId,
                                                const QString &meetingId,
                                                const QString &edition,
                                                const QString &title);
    void commitPacket(DocumentWriter &writer,
                      const QString &serverId,
                      const QString &meetingId,
                      const QString &edition,
                      const QByteArray &manifest);
    std::optional<StoredPacket>
    packet(const QString &serverId, const QString &meetingId, const QString &edition) const;

    /// The layout last issued (saved or exported) for the meeting.
    std::optional<QByteArray> issuedManifest(const QString &serverId, const QString &meetingId) const;
    void setIssued(const QString &serverId, const QString &meetingId, const QByteArray &manifest);
    /// Records the layout of the packet kept as \a fileId as issued: a copy of it was saved
    /// elsewhere. False when \a fileId is no packet kept here.
    bool issueStoredFile(const QString &serverId, const QString &fileId);
    /// Forgets the issued layout: the next build numbers afresh.
    void clearIssued(const QString &serverId, const QString &meetingId);

private:
    Database &m_db;
};

} // namespace Ratsmappe
