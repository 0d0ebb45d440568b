// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchtokenizer.h"

#include "germanfold.h"

#include <sqlcipher/sqlite3.h>

namespace Ratsmappe {

namespace {

// The tokenizer has no options and no state: one static object serves every table.
struct Tokenizer
{ };
Tokenizer theTokenizer;

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(&theTokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) { }

int tokenize(Fts5Tokenizer *,
             void *context,
             int /*flags: documents and queries fold alike*/,
             const char *text,
             int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    int rc = SQLITE_OK;
    Search::tokenizeUtf8(text, size, [&](const char *folded, int foldedSize, int start, int end) {
        rc = token(context, 0, folded, foldedSize, start, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerSearchTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        return false;
    }
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "ratsmappe", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace Ratsmappe
