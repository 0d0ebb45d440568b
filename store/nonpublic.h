// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "oparlrules.h" // isNonPublic(), the rule wipeNonPublic() applies

namespace Ratsmappe {

class Database;

/// How much a wipe of the non-public part removed.
struct NonPublicWipe
{
    int meetings = 0;
    int agendaItems = 0;
    int papers = 0;
    int files = 0;
    int documents = 0; ///< stored versions of file bytes
    /// The WAL checkpoint after the wipe completed: the overwritten pages reached the database
    /// file and the WAL was emptied. False when another connection was reading the cache: the
    /// old pages stay in the WAL until every connection to the cache has closed.
    bool checkpointed = false;
};

/// Deletes everything non-public the cache holds of the server \a serverId (ServerStore's key;
/// docs/server-protocol.md): its non-public meetings, agenda items, papers and files, the bytes,
/// text index, annotations, notes and read state of those files, and the copies of non-public
/// children embedded in its public objects' JSON. Other servers' objects stay, those that share
/// an id included. Used when that server revokes the member's access. One transaction; every
/// connection has SQLite's secure_delete on and the text index FTS5's (schema step 5), so freed
/// space is zeroed and no term is left behind in the index.
NonPublicWipe wipeNonPublic(Database &db, const QString &serverId);

/// True when the file \a fileId of \a serverId is non-public: it says so, or an owner that lists
/// it is (a non-public meeting, paper or agenda item, or an item of a non-public meeting) — the
/// rule wipeNonPublic() removes by. What leaves the cache in a standard form (an export with
/// annotations) asks the member first for such a file.
bool fileIsNonPublic(Database &db, const QString &serverId, const QString &fileId);

} // namespace Ratsmappe
