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
};

/// Deletes everything non-public the cache holds of the server \a serverId (ServerStore's key;
/// docs/server-protocol.md): its non-public meetings, agenda items, papers and files, the bytes,
/// text index, annotations, notes and read state of those files, and the copies of non-public
/// children embedded in its public objects' JSON. Other servers' objects stay, those that share
/// an id included. Used when that server revokes the member's access. One transaction, with
/// SQLite's secure_delete on so freed pages are zeroed too.
NonPublicWipe wipeNonPublic(Database &db, const QString &serverId);

} // namespace Ratsmappe
