// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

struct sqlite3;

namespace Ratsmappe {

/// Registers the full-text search's extensions on \a db; every connection needs them before it
/// touches a table made with them. False when SQLite has no FTS5.
///
/// - The tokenizer "ratsmappe": words folded as German is typed (Search::foldWord: case, umlauts
///   and their spelled-out forms, ß), the same in the index and in a query.
/// - The ranking function ratsmappe_rank(TABLE, w1, …, wN, PHRASE_WEIGHTS): BM25's term
///   saturation per column weighted as bm25()'s column weights, without its two costs per
///   matching row (see searchextensions.cpp). PHRASE_WEIGHTS is a text of space-separated
///   numbers, one per phrase of the expression in its order (missing ones count 1). Lower is
///   better, as with bm25().
bool registerSearchExtensions(sqlite3 *db);

} // namespace Ratsmappe
