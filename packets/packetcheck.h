// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetmanifest.h"
#include "packetplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ratsmappe::Packets {

/// One thing a clerk should know before building a meeting's packet.
struct CheckFinding
{
    enum class Kind {
        NoDocuments, ///< an agenda item without any document (a note, not missing)
        NotDownloaded, ///< a document with no complete version in the cache (missing)
        DownloadFailed, ///< its last download failed; `reason` says why (missing)
        Unreadable, ///< its stored version could not be opened; `reason` says why (missing)
        NotPlaceable, ///< not a PDF or an image: listed in the packet with a note, not placed
        Late, ///< a Tischvorlage: added after the invitation
        Changed, ///< a new version since the last packet was built (the packet is outdated)
        Added, ///< a document the last packet did not hold (the packet is outdated)
        Removed, ///< a document the last packet held and the agenda no longer lists
    };
    Kind kind;
    QString itemNumber; ///< the agenda item's number, when it is under one
    QString itemName;
    QString fileId;
    QString title;
    QString reason;

    /// True for what makes a packet lack pages: a build refuses while any is there.
    bool missing() const;
    static QString kindName(Kind kind); ///< "noDocuments", "notDownloaded", … (the JSON's words)
    QString text() const; ///< one line for the clerk, translated
};

struct CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Packets::CheckReport)
public:
    QList<CheckFinding> findings;
    bool hasPacket = false; ///< a packet was built before
    QDateTime built; ///< when (UTC)
    bool outdated = false; ///< documents changed, arrived or went since then
    int documents = 0; ///< documents the packet would place
    int items = 0;

    int missing() const;
    bool complete() const { return missing() == 0; }
    QJsonObject toJson() const;
};

/// Checks \a plan against the cache's state (in the plan) and the last built packet's layout.
CheckReport check(const Plan &plan, const std::optional<Manifest> &lastBuilt);

} // namespace Ratsmappe::Packets
