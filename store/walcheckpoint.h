// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

class Database;

/// Moves the WAL's pages into the database file and empties the WAL, without waiting: after the
/// member removes an annotation its text must not stay readable in an old WAL frame (the
/// database's freed space is zeroed by secure_delete). False when another connection reads or
/// writes just then; the frames go with a later checkpoint.
bool truncateWalNow(Database &db);

} // namespace Ratsmappe
