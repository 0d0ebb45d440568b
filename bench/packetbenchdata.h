// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Ratsmappe {
class Database;
}

// The session packet benchmark's meeting (issue 16): a council meeting as a real cache holds it.
namespace Ratsmappe::Bench {

struct PacketBenchDocument
{
    QString fileId;
    QString title;
    QString path; ///< the same bytes as a plain file, for the reference merge
    int pages = 0;
    int scanPages = 0;
    qint64 bytes = 0;
};

struct PacketBenchMeeting
{
    QString serverId;
    QString meetingId;
    int items = 0;
    int pages = 0; ///< of all documents
    qint64 bytes = 0;
    QList<PacketBenchDocument> documents; ///< in packet order: the invitation, then TOP by TOP
};

/// The pages the meeting's documents have when made at full size.
int packetBenchFullPages();

/// Stores, through ObjectStore, FileLinks and DocumentWriter as a sync would, one council meeting
/// of one server: 12 agenda items (two of them non-public), their papers and 30 documents (the
/// demo's realistic German PDFs, a few with scanned pages) of about \a pageGoal pages in all,
/// scaled from packetBenchFullPages(). Each document is also written as a plain PDF into
/// \a plainDir, for the reference merge.
PacketBenchMeeting makePacketBenchMeeting(Database &db, const QString &plainDir, int pageGoal);

} // namespace Ratsmappe::Bench
