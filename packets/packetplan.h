// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetmanifest.h"
#include "packetstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ratsmappe {
class Database;
}

namespace Ratsmappe::Packets {

/// An agenda item (TOP) as the packet lists it.
struct PlanItem
{
    QString id;
    QString number; ///< may be empty
    QString name;
    bool nonPublic = false;
};

/// A document the packet places (or lists, when it is not a PDF or an image).
struct PlanDocument
{
    QString fileId;
    QString title;
    QString role; ///< invitation, mainFile, auxiliaryFile, …
    int item = -1; ///< index into Plan::items; -1: the meeting's own
    bool nonPublic = false; ///< the file, or the item it is under, is not public
    bool late = false; ///< a Tischvorlage
    QString kind; ///< "pdf", "image", "office", "other"; empty when no complete version is stored
    qint64 versionId = 0; ///< the current version; 0 when none
    QString content; ///< its BLAKE2b, hex
    qint64 size = 0;
    QString downloadFailure; ///< why the last download failed
    QString unreadable; ///< why its first open failed
    int pages = -1; ///< counted when the packet is built

    bool placed() const { return kind == QLatin1String("pdf") || kind == QLatin1String("image"); }
};

/// What a packet of one meeting is built from, in packet order: the meeting's own documents
/// (invitation first), then each agenda item's (the papers' main files, their attachments, the
/// item's own files).
struct Plan
{
    PacketMeeting meeting;
    QList<PlanItem> items;
    QList<PlanDocument> documents;
    QDateTime sourcesAsOf; ///< when the newest placed version was stored
    QByteArray keySecret; ///< the cache's Settings::PacketKeySecret (Manifest::hide)

    QJsonObject toJson() const; ///< for the helper process
    static Plan fromJson(const QJsonObject &json);
    /// The documents under item \a item (-1: the meeting's own), as indexes into documents.
    QList<int> documentsOf(int item) const;
};

/// Reads the plan of \a meetingId (of \a serverId; none: the one meeting with that id) from the
/// cache. None when the meeting is not there.
std::optional<Plan> readPlan(Database &db, const QString &meetingId, const QString &serverId = {});

} // namespace Ratsmappe::Packets
