// SPDX-License-Identifier: GPL-2.0-or-later
#include "walcheckpoint.h"

#include "database.h"

#include <sqlcipher/sqlite3.h>

namespace Ratsmappe {

bool truncateWalNow(Database &db)
{
    // The GUI thread calls this after an edit: never wait for a sync's long transaction.
    sqlite3_busy_timeout(db.handle(), 0);
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(
        db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    sqlite3_busy_timeout(db.handle(), Database::BusyTimeoutMs); // restored
    return rc == SQLITE_OK;
}

} // namespace Ratsmappe
