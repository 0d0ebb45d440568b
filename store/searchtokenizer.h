// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

struct sqlite3;

namespace Ratsmappe {

/// Registers the full-text tokenizer "ratsmappe" on \a db: words folded as German is typed
/// (Search::foldWord: case, umlauts and their spelled-out forms, ß), the same in the index and
/// in a query. Every connection needs it before it touches a table made with it; false when
/// SQLite has no FTS5.
bool registerSearchTokenizer(sqlite3 *db);

} // namespace Ratsmappe
