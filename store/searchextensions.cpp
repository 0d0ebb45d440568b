// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchextensions.h"

#include "germanfold.h"

#include <sqlcipher/sqlite3.h>

#include <charconv>
#include <cstring>
#include <vector>

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
             int flags,
             const char *text,
             int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    // In a query, words after a unit separator (Search::AlternativeSeparator) are alternatives
    // to the word before it, at its place: one phrase that matches any of them (FTS5's query-time
    // synonyms), instead of one phrase each, which the ranking would have to visit on every row.
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    int rc = SQLITE_OK;
    int previousEnd = 0;
    bool first = true;
    Search::tokenizeUtf8(text, size, [&](const char *folded, int foldedSize, int start, int end) {
        int tokenFlags = 0;
        if (query && !first &&
            std::memchr(text + previousEnd, Search::AlternativeSeparator, size_t(start - previousEnd))) {
            tokenFlags = FTS5_TOKEN_COLOCATED;
        }
        first = false;
        previousEnd = end;
        rc = token(context, tokenFlags, folded, foldedSize, start, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

// ratsmappe_rank: bm25()'s term saturation and column weights, less the two things that make
// bm25() cost six times a plain MATCH over a large index (bench_search): each matching row's
// column lengths (a look-up in the index's docsize table per row) and each phrase's inverse
// document frequency (a scan of the phrase's whole doclist per query). Pages are of similar
// length; a query's phrases are weighted by the caller instead (the word as typed above the
// compounds found for it), which IDF would turn around (the compounds are rarer).
constexpr double K1 = 1.2;

struct RankSetup
{
    std::vector<double> columnWeights;
    std::vector<double> phraseWeights;
    std::vector<int> counts; // per column, for the row at hand
};

void freeSetup(void *setup)
{
    delete static_cast<RankSetup *>(setup);
}

// The arguments, read once per query.
RankSetup *rankSetup(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    auto *setup = new RankSetup;
    setup->columnWeights.assign(size_t(columns), 1.0);
    for (int c = 0; c < columns && c < argc; ++c) {
        setup->columnWeights[size_t(c)] = sqlite3_value_double(argv[c]);
    }
    setup->counts.assign(size_t(columns), 0);
    setup->phraseWeights.assign(size_t(phrases), 1.0);
    if (argc > columns) {
        // from_chars, not strtod: the window runs with the member's LC_NUMERIC ("0,6" in German).
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[columns]));
        const char *end = text ? text + sqlite3_value_bytes(argv[columns]) : nullptr;
        for (int p = 0; text && text < end && p < phrases; ++p) {
            while (text < end && *text == ' ') {
                ++text;
            }
            double weight = 1.0;
            const auto [next, error] = std::from_chars(text, end, weight);
            if (error != std::errc()) {
                break;
            }
            setup->phraseWeights[size_t(p)] = weight;
            text = next;
        }
    }
    return setup;
}

void rank(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    auto *setup = static_cast<RankSetup *>(api->xGetAuxdata(fts, 0));
    if (!setup) {
        setup = rankSetup(api, fts, argc, argv);
        const int rc = api->xSetAuxdata(fts, setup, freeSetup);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
    std::vector<int> &counts = setup->counts;
    const int columns = int(counts.size());
    double score = 0;
    for (int p = 0; p < int(setup->phraseWeights.size()); ++p) {
        std::fill(counts.begin(), counts.end(), 0);
        Fts5PhraseIter it;
        int column = 0, offset = 0;
        if (const int rc = api->xPhraseFirst(fts, p, &it, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
            if (column < columns) {
                ++counts[size_t(column)];
            }
        }
        double phraseScore = 0;
        for (int c = 0; c < columns; ++c) {
            const double tf = counts[size_t(c)];
            if (tf > 0) {
                phraseScore += setup->columnWeights[size_t(c)] * tf * (K1 + 1) / (tf + K1);
            }
        }
        score += setup->phraseWeights[size_t(p)] * phraseScore;
    }
    sqlite3_result_double(result, -score);
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

bool registerSearchExtensions(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        return false;
    }
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "ratsmappe", nullptr, &tokenizer, nullptr) == SQLITE_OK &&
        api->xCreateFunction(api, "ratsmappe_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

} // namespace Ratsmappe
