// SPDX-License-Identifier: GPL-2.0-or-later
#include "schema.h"

#include "database.h"
#include "storeerror.h"
#include "storelog.h"

#include <QScopeGuard>

#include <array>

namespace Ratsmappe {

namespace {

// Version 1: everything the first releases keep.
//
// OParl objects are keyed by their `id` URL, verbatim, and keep the JSON as received in
// `data`; the columns beside it are what lists, joins and scope need. Relations between
// OParl objects carry no FOREIGN KEY: real servers link objects they do not serve, and
// objects arrive in any order. Local data that must not dangle (file bytes, annotations,
// accounts) does use foreign keys.
constexpr const char *Step1 = R"sql(
CREATE TABLE servers (
    id TEXT PRIMARY KEY,              -- the System's OParl id (URL)
    name TEXT,
    oparl_version TEXT,
    added TEXT NOT NULL,
    last_sync TEXT,                   -- end of the last complete sync run
    data TEXT                         -- the System object as received
);
CREATE TABLE accounts (
    server_id TEXT PRIMARY KEY REFERENCES servers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('token', 'basic')),
    user_name TEXT,
    secret BLOB,                      -- inside the encrypted database only
    in_keychain INTEGER NOT NULL DEFAULT 0,
    revoked TEXT
);
CREATE TABLE bodies (
    id TEXT PRIMARY KEY, server_id TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    name TEXT, short_name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY, body_id TEXT,
    name TEXT, organization_type TEXT, classification TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY, body_id TEXT,
    name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE memberships (
    id TEXT PRIMARY KEY, person_id TEXT, organization_id TEXT,
    role TEXT, start_date TEXT, end_date TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY, body_id TEXT,
    name TEXT, start TEXT, "end" TEXT, cancelled INTEGER NOT NULL DEFAULT 0, meeting_state TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX meetings_start ON meetings(start);
CREATE TABLE meeting_organizations (
    meeting_id TEXT NOT NULL, organization_id TEXT NOT NULL,
    PRIMARY KEY (meeting_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX meeting_organizations_org ON meeting_organizations(organization_id);
CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY, meeting_id TEXT,
    number TEXT, sort_order INTEGER, name TEXT, public INTEGER, consultation_id TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, sort_order);
CREATE TABLE papers (
    id TEXT PRIMARY KEY, body_id TEXT,
    name TEXT, reference TEXT, paper_type TEXT, date TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE consultations (
    id TEXT PRIMARY KEY, paper_id TEXT, meeting_id TEXT, agenda_item_id TEXT,
    role TEXT, authoritative INTEGER,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX consultations_paper ON consultations(paper_id);
CREATE INDEX consultations_meeting ON consultations(meeting_id);
CREATE TABLE locations (
    id TEXT PRIMARY KEY, body_id TEXT, name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE legislative_terms (
    id TEXT PRIMARY KEY, body_id TEXT, name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
CREATE TABLE files (
    id TEXT PRIMARY KEY,
    name TEXT, file_name TEXT, mime_type TEXT, size INTEGER, date TEXT,
    access_url TEXT, download_url TEXT, sha1 TEXT, sha512 TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    late INTEGER NOT NULL DEFAULT 0,
    current_version INTEGER,          -- file_versions.id of the complete version shown
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL
);
-- Which meeting, agenda item or paper a file belongs to, and as what
-- (invitation, resultsProtocol, mainFile, auxiliaryFile, …).
CREATE TABLE file_links (
    owner_id TEXT NOT NULL, file_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (owner_id, file_id, role)
) WITHOUT ROWID;
CREATE INDEX file_links_file ON file_links(file_id);
-- Every version of a file's bytes that was seen; old ones stay for their annotations.
CREATE TABLE file_versions (
    id INTEGER PRIMARY KEY,
    file_id TEXT NOT NULL REFERENCES files(id),
    etag TEXT, last_modified TEXT,
    content_type TEXT, kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('pdf', 'image', 'office', 'other')),
    size INTEGER NOT NULL DEFAULT 0,  -- bytes stored so far
    chunk_size INTEGER NOT NULL,      -- every chunk but the last has this size
    expected_size INTEGER,
    blake2b TEXT,                     -- BLAKE2b-256 of the complete bytes, hex
    complete INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    completed TEXT
);
CREATE INDEX file_versions_file ON file_versions(file_id);
-- Document bytes in chunks, so random reads do not walk long overflow chains.
CREATE TABLE file_chunks (
    version_id INTEGER NOT NULL REFERENCES file_versions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (version_id, seq)
);
CREATE TABLE sync_cursors (
    server_id TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    list_url TEXT NOT NULL,
    cursor TEXT,                      -- the list's mark (step 4: in the server's time base)
    last_full TEXT,                   -- last complete reconciliation walk
    resume_url TEXT,                  -- next page of an interrupted run
    PRIMARY KEY (server_id, list_url)
);
CREATE TABLE scope (
    key TEXT PRIMARY KEY,             -- 'from', 'until', 'committee:<id>', 'body:<id>'
    value TEXT
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES file_versions(id),
    page INTEGER NOT NULL,
    kind TEXT NOT NULL,               -- highlight, note, ink, …
    geometry TEXT NOT NULL,           -- JSON, normalized page coordinates (0..1)
    color TEXT,
    text TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX annotations_version ON annotations(version_id, page);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    target_id TEXT NOT NULL,          -- OParl id of a meeting, agenda item, paper or file
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX notes_target ON notes(target_id);
CREATE TABLE read_state (
    target_id TEXT PRIMARY KEY,
    seen TEXT, read TEXT,
    page INTEGER, zoom REAL
) WITHOUT ROWID;
CREATE TABLE settings (
    key TEXT PRIMARY KEY, value TEXT
) WITHOUT ROWID;
-- Full-text index of document text and metadata; lives inside the encrypted file like
-- everything else.
CREATE VIRTUAL TABLE search_index USING fts5(
    target_id UNINDEXED, kind UNINDEXED, version_id UNINDEXED, page UNINDEXED,
    title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Step 2: per document version, whether its text is in the search index (filled once per
// version, in the background) and whether its first open in the helper process went well.
constexpr const char *Step2 = R"sql(
ALTER TABLE file_versions ADD COLUMN text_indexed INTEGER NOT NULL DEFAULT 0; -- 1 done, 2 failed
ALTER TABLE file_versions ADD COLUMN text_error TEXT;
-- 1: Poppler read the version in the helper process without harm, so it may open in-process;
-- 2 (since step 3): the check failed, first_open_error says why.
ALTER TABLE file_versions ADD COLUMN first_open_checked INTEGER NOT NULL DEFAULT 0;
)sql";

// Step 3: why the first open of a version failed in the helper process (first_open_checked 2),
// so a hostile document costs the member the helper's time limit once, not on every open.
constexpr const char *Step3 = R"sql(
ALTER TABLE file_versions ADD COLUMN first_open_error TEXT;
)sql";

// Step 4: cursors in the server's time base, and withdrawn documents (docs/sync.md). The stored cursors were
// this computer's clock, which may be ahead of the server's stamps: they are dropped, so each list is walked
// in full once (which also reconciles what vanished without a marker).
constexpr const char *Step4 = R"sql(
ALTER TABLE sync_cursors ADD COLUMN settled INTEGER NOT NULL DEFAULT 0; -- 0 open, 1 quiet, 2 past (ListCursor::Window)
UPDATE sync_cursors SET cursor = NULL;
-- Where a withdrawn document was listed, so that its owner's page can still show it (struck
-- through) where the member opened, annotated or noted it.
CREATE TABLE withdrawn_links (
    owner_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    role TEXT,
    PRIMARY KEY (owner_id, file_id)
) WITHOUT ROWID;
)sql";

// Step 5: the text index removes a deleted row's terms from its blocks (FTS5's secure-delete;
// without it they stay there as live data, readable to whoever has the passphrase, after a remote
// wipe too), and is rebuilt once without what earlier deletes left behind. The freed blocks are
// zeroed: every connection has SQLite's secure_delete on (Database).
constexpr const char *Step5 = R"sql(
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index(search_index) VALUES ('rebuild');
)sql";

// Step 6: which server is which (issue 12). A server is keyed by the entry URL the member gave
// (credentials follow it, never an id only the server's JSON declares); the System's own id is
// kept beside it. Every OParl object is keyed by its server and its id: two servers may serve an
// object with the same id, and each keeps its own. The links between objects carry the server
// too, so no join mixes two servers' objects. Caches made before this step knew servers only by
// their System id, which stays their key; their objects go to the server their body (or owner)
// belongs to, else the first server. Runs with foreign keys off (the tables are rebuilt), checked
// before commit.
constexpr const char *Step6 = R"sql(
ALTER TABLE servers ADD COLUMN system_id TEXT;     -- the System's own id, as it declared it
UPDATE servers SET system_id = id;
CREATE TEMP TABLE first_server AS SELECT coalesce((SELECT id FROM servers ORDER BY added LIMIT 1), '') AS id;

CREATE TABLE new_bodies (
    id TEXT NOT NULL, server_id TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    name TEXT, short_name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_bodies SELECT * FROM bodies;
DROP TABLE bodies;
ALTER TABLE new_bodies RENAME TO bodies;

CREATE TABLE new_organizations (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT,
    name TEXT, organization_type TEXT, classification TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_organizations SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM organizations t;
DROP TABLE organizations;
ALTER TABLE new_organizations RENAME TO organizations;

CREATE TABLE new_persons (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT,
    name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_persons SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM persons t;
DROP TABLE persons;
ALTER TABLE new_persons RENAME TO persons;

CREATE TABLE new_memberships (
    server_id TEXT NOT NULL, id TEXT NOT NULL, person_id TEXT, organization_id TEXT,
    role TEXT, start_date TEXT, end_date TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_memberships SELECT coalesce((SELECT server_id FROM persons p WHERE p.id = t.person_id),
    (SELECT id FROM first_server)), t.* FROM memberships t;
DROP TABLE memberships;
ALTER TABLE new_memberships RENAME TO memberships;

CREATE TABLE new_meetings (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT,
    name TEXT, start TEXT, "end" TEXT, cancelled INTEGER NOT NULL DEFAULT 0, meeting_state TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_meetings SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM meetings t;
DROP TABLE meetings;
ALTER TABLE new_meetings RENAME TO meetings;
CREATE INDEX meetings_start ON meetings(start);

CREATE TABLE new_meeting_organizations (
    server_id TEXT NOT NULL, meeting_id TEXT NOT NULL, organization_id TEXT NOT NULL,
    PRIMARY KEY (server_id, meeting_id, organization_id)
) WITHOUT ROWID;
INSERT INTO new_meeting_organizations SELECT coalesce((SELECT server_id FROM meetings m WHERE m.id = t.meeting_id),
    (SELECT id FROM first_server)), t.* FROM meeting_organizations t;
DROP TABLE meeting_organizations;
ALTER TABLE new_meeting_organizations RENAME TO meeting_organizations;
CREATE INDEX meeting_organizations_org ON meeting_organizations(organization_id);

CREATE TABLE new_agenda_items (
    server_id TEXT NOT NULL, id TEXT NOT NULL, meeting_id TEXT,
    number TEXT, sort_order INTEGER, name TEXT, public INTEGER, consultation_id TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_agenda_items SELECT coalesce((SELECT server_id FROM meetings m WHERE m.id = t.meeting_id),
    (SELECT id FROM first_server)), t.* FROM agenda_items t;
DROP TABLE agenda_items;
ALTER TABLE new_agenda_items RENAME TO agenda_items;
CREATE INDEX agenda_items_meeting ON agenda_items(server_id, meeting_id, sort_order);

CREATE TABLE new_papers (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT,
    name TEXT, reference TEXT, paper_type TEXT, date TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_papers SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM papers t;
DROP TABLE papers;
ALTER TABLE new_papers RENAME TO papers;

CREATE TABLE new_consultations (
    server_id TEXT NOT NULL, id TEXT NOT NULL, paper_id TEXT, meeting_id TEXT, agenda_item_id TEXT,
    role TEXT, authoritative INTEGER,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_consultations SELECT coalesce((SELECT server_id FROM papers p WHERE p.id = t.paper_id),
    (SELECT server_id FROM meetings m WHERE m.id = t.meeting_id),
    (SELECT id FROM first_server)), t.* FROM consultations t;
DROP TABLE consultations;
ALTER TABLE new_consultations RENAME TO consultations;
CREATE INDEX consultations_paper ON consultations(server_id, paper_id);
CREATE INDEX consultations_meeting ON consultations(server_id, meeting_id);

CREATE TABLE new_locations (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT, name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_locations SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM locations t;
DROP TABLE locations;
ALTER TABLE new_locations RENAME TO locations;

CREATE TABLE new_legislative_terms (
    server_id TEXT NOT NULL, id TEXT NOT NULL, body_id TEXT, name TEXT,
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_legislative_terms SELECT coalesce((SELECT server_id FROM bodies b WHERE b.id = t.body_id),
    (SELECT id FROM first_server)), t.* FROM legislative_terms t;
DROP TABLE legislative_terms;
ALTER TABLE new_legislative_terms RENAME TO legislative_terms;

-- A file belongs to the server of the owners that list it.
CREATE TEMP TABLE owner_servers AS
    SELECT id, server_id FROM meetings UNION ALL SELECT id, server_id FROM agenda_items
    UNION ALL SELECT id, server_id FROM papers;
CREATE TABLE new_files (
    server_id TEXT NOT NULL, id TEXT NOT NULL,
    name TEXT, file_name TEXT, mime_type TEXT, size INTEGER, date TEXT,
    access_url TEXT, download_url TEXT, sha1 TEXT, sha512 TEXT,
    non_public INTEGER NOT NULL DEFAULT 0,
    late INTEGER NOT NULL DEFAULT 0,
    current_version INTEGER,          -- file_versions.id of the complete version shown
    modified TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL, last_changed TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (server_id, id)
);
INSERT INTO new_files SELECT coalesce((SELECT o.server_id FROM file_links l JOIN temp.owner_servers o
    ON o.id = l.owner_id WHERE l.file_id = t.id LIMIT 1), (SELECT id FROM first_server)), t.* FROM files t;
DROP TABLE files;
ALTER TABLE new_files RENAME TO files;

CREATE TABLE new_file_links (
    server_id TEXT NOT NULL, owner_id TEXT NOT NULL, file_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (server_id, owner_id, file_id, role)
) WITHOUT ROWID;
INSERT INTO new_file_links SELECT coalesce((SELECT server_id FROM temp.owner_servers o WHERE o.id = t.owner_id),
    (SELECT id FROM first_server)), t.* FROM file_links t;
DROP TABLE file_links;
ALTER TABLE new_file_links RENAME TO file_links;
CREATE INDEX file_links_file ON file_links(server_id, file_id);

CREATE TABLE new_withdrawn_links (
    server_id TEXT NOT NULL, owner_id TEXT NOT NULL, file_id TEXT NOT NULL, role TEXT,
    PRIMARY KEY (server_id, owner_id, file_id)
) WITHOUT ROWID;
INSERT INTO new_withdrawn_links SELECT coalesce((SELECT server_id FROM files f WHERE f.id = t.file_id),
    (SELECT id FROM first_server)), t.* FROM withdrawn_links t;
DROP TABLE withdrawn_links;
ALTER TABLE new_withdrawn_links RENAME TO withdrawn_links;

CREATE TABLE new_file_versions (
    id INTEGER PRIMARY KEY,
    server_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    etag TEXT, last_modified TEXT,
    content_type TEXT, kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('pdf', 'image', 'office', 'other')),
    size INTEGER NOT NULL DEFAULT 0,
    chunk_size INTEGER NOT NULL,
    expected_size INTEGER,
    blake2b TEXT,
    complete INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    completed TEXT,
    text_indexed INTEGER NOT NULL DEFAULT 0,
    text_error TEXT,
    first_open_checked INTEGER NOT NULL DEFAULT 0,
    first_open_error TEXT,
    FOREIGN KEY (server_id, file_id) REFERENCES files(server_id, id)
);
INSERT INTO new_file_versions(id, server_id, file_id, etag, last_modified, content_type, kind, size,
    chunk_size, expected_size, blake2b, complete, created, completed, text_indexed, text_error,
    first_open_checked, first_open_error)
SELECT id, coalesce((SELECT server_id FROM files f WHERE f.id = t.file_id), (SELECT id FROM first_server)),
    file_id, etag, last_modified, content_type, kind, size, chunk_size, expected_size, blake2b, complete,
    created, completed, text_indexed, text_error, first_open_checked, first_open_error FROM file_versions t;
DROP TABLE file_versions;
ALTER TABLE new_file_versions RENAME TO file_versions;
CREATE INDEX file_versions_file ON file_versions(server_id, file_id);

DROP TABLE temp.owner_servers;
DROP TABLE temp.first_server;
)sql";

// Step 7: annotations as Ratsmappe's own records (issue 13), and notes per server. An annotation
// has a stable UUID, belongs to a file of one server (as objects are keyed since step 6) and to
// the document version it was made on; its geometry is JSON in normalized coordinates of the
// unrotated page (0..1, origin top left). Text markup also keeps the W3C TextQuoteSelector
// (quote, prefix, suffix) and its character offsets on the page. Nothing before this step wrote
// either table; rows that are there anyway are kept (an unknown kind becomes a note that needs
// attention; notes of one target are joined into one).
constexpr const char *Step7 = R"sql(
CREATE TABLE new_annotations (
    id TEXT PRIMARY KEY,              -- a UUID, lower case, without braces
    server_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES file_versions(id),
    type TEXT NOT NULL CHECK (type IN ('highlight', 'underline', 'strikeout', 'squiggly', 'ink', 'note',
        'freetext', 'rectangle', 'arrow')),
    page INTEGER NOT NULL CHECK (page >= 0),  -- from 0
    geometry TEXT NOT NULL,           -- JSON, normalized page coordinates (annotationstore.h)
    color TEXT NOT NULL,              -- #rrggbb
    text TEXT,                        -- the member's note
    quote TEXT, prefix TEXT, suffix TEXT,      -- text markup: the TextQuoteSelector
    start_offset INTEGER, end_offset INTEGER,  -- text markup: the quote's characters on the page
    needs_attention INTEGER NOT NULL DEFAULT 0,
    attention_reason TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    FOREIGN KEY (server_id, file_id) REFERENCES files(server_id, id)
);
INSERT INTO new_annotations(id, server_id, file_id, version_id, type, page, geometry, color, text,
    needs_attention, attention_reason, created, modified)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
    v.server_id, v.file_id, a.version_id,
    CASE WHEN a.kind IN ('highlight', 'underline', 'strikeout', 'squiggly', 'ink', 'note', 'freetext',
        'rectangle', 'arrow') THEN a.kind ELSE 'note' END,
    max(a.page, 0), a.geometry, coalesce(a.color, '#ffeb3b'), a.text,
    CASE WHEN a.kind IN ('highlight', 'underline', 'strikeout', 'squiggly', 'ink', 'note', 'freetext',
        'rectangle', 'arrow') THEN 0 ELSE 1 END,
    CASE WHEN a.kind IN ('highlight', 'underline', 'strikeout', 'squiggly', 'ink', 'note', 'freetext',
        'rectangle', 'arrow') THEN NULL ELSE 'unknown kind ' || a.kind END,
    a.created, a.modified
FROM annotations a JOIN file_versions v ON v.id = a.version_id;
DROP TABLE annotations;
ALTER TABLE new_annotations RENAME TO annotations;
CREATE INDEX annotations_file ON annotations(server_id, file_id);
CREATE INDEX annotations_version ON annotations(version_id, page);

-- One note per target: an agenda item, a paper, a meeting or a file of one server.
CREATE TABLE new_notes (
    server_id TEXT NOT NULL,
    target_id TEXT NOT NULL,          -- OParl id of a meeting, agenda item, paper or file
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (server_id, target_id)
);
INSERT INTO new_notes SELECT s, target_id, group_concat(text, char(10) || char(10)), min(created), max(modified)
FROM (SELECT coalesce((SELECT server_id FROM agenda_items o WHERE o.id = n.target_id),
        (SELECT server_id FROM papers o WHERE o.id = n.target_id),
        (SELECT server_id FROM meetings o WHERE o.id = n.target_id),
        (SELECT server_id FROM files o WHERE o.id = n.target_id),
        (SELECT id FROM servers ORDER BY added LIMIT 1), '') AS s, n.* FROM notes n ORDER BY n.id)
GROUP BY s, target_id;
DROP TABLE notes;
ALTER TABLE new_notes RENAME TO notes;
)sql";

// Step 8: annotations carried over to a new version of their document (docs/annotations.md).
// Carrying copies: the copy on the new version names the annotation it was carried from
// (origin_id) and says how it was placed (placement: exact, fuzzy, position, none; confidence
// 0..1); the original stays on its version and records the version it was carried to
// (carried_to), so it is carried once, and a copy the member deletes is not carried again.
// text_form 1: the version's rows in search_index are its pages' words joined by single spaces
// (QuoteLocator::text(), what annotation offsets count in), page_words their boxes; 0:
// Poppler's plain text.
constexpr const char *Step8 = R"sql(
ALTER TABLE annotations ADD COLUMN origin_id TEXT;
ALTER TABLE annotations ADD COLUMN carried_to INTEGER;     -- file_versions.id, no link: history may be pruned
ALTER TABLE annotations ADD COLUMN placement TEXT
    CHECK (placement IS NULL OR placement IN ('exact', 'fuzzy', 'position', 'none'));
ALTER TABLE annotations ADD COLUMN confidence REAL;
CREATE INDEX annotations_origin ON annotations(origin_id);
ALTER TABLE file_versions ADD COLUMN text_form INTEGER NOT NULL DEFAULT 0;
-- For versions of text_form 1: each page's words as offsets into its search_index text and
-- boxes (normalized), so annotations can be carried from it without reading the PDF again.
CREATE TABLE page_words (
    version_id INTEGER NOT NULL REFERENCES file_versions(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,            -- from 1, as in search_index
    words BLOB NOT NULL,              -- per word: start (int32), x, y, w, h (float), little-endian
    text_rowid INTEGER NOT NULL,      -- the page's row in search_index (whose version_id is not indexed)
    PRIMARY KEY (version_id, page)
);
)sql";

// Step 9: search as members type German (issue 14). The text index is made again with the
// tokenizer "ratsmappe" (searchextensions.h: case, umlauts and their spelled-out forms, ß), its
// rows copied with their rowids (page_words points at them), so each is re-indexed once. Meetings,
// agenda items, papers, persons and organizations get their own index (search_objects), one row
// per object, rebuilt when the object changes (search_object_rows: which object, as of which
// change); search_terms holds every word of both indexes once, as trigrams, so a word is found
// inside compounds (verkehr in Radverkehr) without a trigram index of every page.
constexpr const char *Step9 = R"sql(
CREATE VIRTUAL TABLE new_search_index USING fts5(
    target_id UNINDEXED, kind UNINDEXED, version_id UNINDEXED, page UNINDEXED,
    title, body,
    tokenize = 'ratsmappe'
);
INSERT INTO new_search_index(new_search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO new_search_index(rowid, target_id, kind, version_id, page, title, body)
    SELECT rowid, target_id, kind, version_id, page, title, body FROM search_index;
DROP TABLE search_index;
ALTER TABLE new_search_index RENAME TO search_index;

CREATE TABLE search_object_rows (
    row INTEGER PRIMARY KEY,          -- the object's rowid in search_objects
    server_id TEXT NOT NULL,
    kind TEXT NOT NULL,               -- meeting, agendaItem, paper, person, organization
    id TEXT NOT NULL,
    stamp TEXT,                       -- the object's last_changed when its row was made
    UNIQUE (server_id, kind, id)
);
CREATE VIRTUAL TABLE search_objects USING fts5(title, body, tokenize = 'ratsmappe');
INSERT INTO search_objects(search_objects, rank) VALUES ('secure-delete', 1);

-- Every folded word of search_index and search_objects once (search_words), found by any three
-- letters in it (search_terms, its trigram index). Filled as text is indexed; made again from
-- the indexes when words must go (a wipe) or were never collected (complete = 0).
CREATE TABLE search_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_terms USING fts5(word, content = 'search_words', content_rowid = 'id',
    tokenize = 'trigram');
INSERT INTO search_terms(search_terms, rank) VALUES ('secure-delete', 1);
INSERT INTO settings(key, value) VALUES ('search_words_complete', '0');
)sql";

// Step 10: the member's own annotations have no origin (only carried copies do), so the index on
// origin_id holds only the rows that have one: a pen-up's insert no longer writes that index's
// page (docs/benchmarks.md, "The pen-up commit"). The look-ups by origin_id (`origin_id = ?`,
// `origin_id IS NOT NULL`) imply the index's condition and still use it.
constexpr const char *Step10 = R"sql(
DROP INDEX annotations_origin;
CREATE INDEX annotations_origin ON annotations(origin_id) WHERE origin_id IS NOT NULL;
)sql";

// Step 11: a page's row in search_index is numbered by its version and page
// (SearchIndexStore::pageRow: version << 20 | page), so a search's best rows say which page they
// are without reading each row (bench_search: 4.7 of a median 10 ms for 200 rows) and a
// version's rows are one range. The rows are copied under their new numbers, so the text is
// indexed once more; rows without a version or with a page out of range (none are written) and
// all but one row of a page written twice are left out.
constexpr const char *Step11 = R"sql(
CREATE VIRTUAL TABLE new_search_index USING fts5(
    target_id UNINDEXED, kind UNINDEXED, version_id UNINDEXED, page UNINDEXED,
    title, body,
    tokenize = 'ratsmappe'
);
INSERT INTO new_search_index(new_search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO new_search_index(rowid, target_id, kind, version_id, page, title, body)
    SELECT (version_id << 20) | page, target_id, kind, version_id, page, title, body FROM search_index
    WHERE rowid IN (SELECT max(rowid) FROM search_index WHERE typeof(version_id) = 'integer'
        AND version_id > 0 AND typeof(page) = 'integer' AND page BETWEEN 1 AND 1048575
        GROUP BY version_id, page);
DROP TABLE search_index;
ALTER TABLE new_search_index RENAME TO search_index;
UPDATE page_words SET text_rowid = (version_id << 20) | page;
)sql";

// Step 12: session packets (issue 16). Why a file's last download failed, kept until it
// succeeds, so a packet's check can name the reason; the packet kept in the cache per meeting
// and edition (its bytes are a file of the meeting's server, `ratsmappe:packet/…`, so the reader
// opens it like any document; a member edition is non-public); and the layout last issued per
// meeting (saved or exported), whose page numbers the next build keeps.
constexpr const char *Step12 = R"sql(
CREATE TABLE download_failures (
    server_id TEXT NOT NULL, file_id TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (server_id, file_id)
) WITHOUT ROWID;
CREATE TABLE packets (
    server_id TEXT NOT NULL, meeting_id TEXT NOT NULL,
    edition TEXT NOT NULL CHECK (edition IN ('public', 'member')),
    file_id TEXT NOT NULL, built TEXT NOT NULL, manifest TEXT NOT NULL,
    PRIMARY KEY (server_id, meeting_id, edition)
) WITHOUT ROWID;
CREATE TABLE issued_packets (
    server_id TEXT NOT NULL, meeting_id TEXT NOT NULL, issued TEXT NOT NULL, manifest TEXT NOT NULL,
    PRIMARY KEY (server_id, meeting_id)
) WITHOUT ROWID;
)sql";

// Step 13: annotations of kinds Ratsmappe does not edit, imported from other programs (issue 17),
// are kept as `foreign` (drawn from their appearance, listed, deleted, never edited). SQLite
// cannot change a CHECK constraint in place: the table is made anew with every column as the
// steps before left it, its rows copied as they are, its indexes made again.
constexpr const char *Step13 = R"sql(
CREATE TABLE new_annotations (
    id TEXT PRIMARY KEY,
    server_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES file_versions(id),
    type TEXT NOT NULL CHECK (type IN ('highlight', 'underline', 'strikeout', 'squiggly', 'ink', 'note',
        'freetext', 'rectangle', 'arrow', 'foreign')),
    page INTEGER NOT NULL CHECK (page >= 0),
    geometry TEXT NOT NULL,
    color TEXT NOT NULL,
    text TEXT,
    quote TEXT, prefix TEXT, suffix TEXT,
    start_offset INTEGER, end_offset INTEGER,
    needs_attention INTEGER NOT NULL DEFAULT 0,
    attention_reason TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    origin_id TEXT,
    carried_to INTEGER,
    placement TEXT CHECK (placement IS NULL OR placement IN ('exact', 'fuzzy', 'position', 'none')),
    confidence REAL,
    FOREIGN KEY (server_id, file_id) REFERENCES files(server_id, id)
);
INSERT INTO new_annotations(id, server_id, file_id, version_id, type, page, geometry, color, text, quote,
    prefix, suffix, start_offset, end_offset, needs_attention, attention_reason, created, modified,
    origin_id, carried_to, placement, confidence)
SELECT id, server_id, file_id, version_id, type, page, geometry, color, text, quote, prefix, suffix,
    start_offset, end_offset, needs_attention, attention_reason, created, modified, origin_id,
    carried_to, placement, confidence FROM annotations;
DROP TABLE annotations;
ALTER TABLE new_annotations RENAME TO annotations;
CREATE INDEX annotations_file ON annotations(server_id, file_id);
CREATE INDEX annotations_version ON annotations(version_id, page);
CREATE INDEX annotations_origin ON annotations(origin_id) WHERE origin_id IS NOT NULL;
)sql";

// Step 14: annotations from a backup (AnnotationBackup) that cannot be attached yet: their
// document (or its server) is not in the cache, or no version of it is indexed to re-anchor them
// onto. Each waits here with its entry as the backup holds it (the annotation and its version's
// page texts, JSON) until a sync has indexed the file's version, then it is attached and removed.
constexpr const char *Step14 = R"sql(
CREATE TABLE restore_pending (
    id TEXT PRIMARY KEY,              -- the annotation's UUID
    server_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    modified TEXT NOT NULL,           -- the annotation's, to merge with a later restore
    non_public INTEGER NOT NULL DEFAULT 0,
    entry BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX restore_pending_file ON restore_pending(server_id, file_id);
)sql";

// Step 15: what the member has looked at (issue 18, SeenStore): per object or document of a
// server, the version seen (a document's stored version id, another object's last_changed) and
// when. The line before which everything counts as seen is the setting 'seen/baseline'.
constexpr const char *Step15 = R"sql(
CREATE TABLE seen (
    server_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    version TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (server_id, target_id)
) WITHOUT ROWID;
)sql";

// Step 16: the member's pages (issue 18) look up a committee's or a person's memberships and the
// agenda item that treats a consultation; without these indexes each look-up read the whole table.
constexpr const char *Step16 = R"sql(
CREATE INDEX memberships_organization ON memberships(server_id, organization_id);
CREATE INDEX memberships_person ON memberships(server_id, person_id);
CREATE INDEX agenda_items_consultation ON agenda_items(server_id, consultation_id);
)sql";

constexpr std::array<const char *, 16> Steps = {Step1,
                                                Step2,
                                                Step3,
                                                Step4,
                                                Step5,
                                                Step6,
                                                Step7,
                                                Step8,
                                                Step9,
                                                Step10,
                                                Step11,
                                                Step12,
                                                Step13,
                                                Step14,
                                                Step15,
                                                Step16};

// Steps that rebuild tables run with foreign keys off (SQLite's way to change a table's key):
// dropping a parent table would otherwise cascade into its children.
constexpr bool rebuildsTables(int version)
{
    return version == 6;
}

} // namespace

int Schema::latestVersion()
{
    return static_cast<int>(Steps.size());
}

int Schema::version(Database &db)
{
    return static_cast<int>(db.queryInt("PRAGMA user_version;").value_or(0));
}

void Schema::migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    const int current = version(db);
    if (current > latestVersion()) {
        throw StoreError(StoreError::TooNew,
                         tr("The cache was written by a newer version of Ratsmappe (schema %1; this version "
                            "knows up to %2).")
                             .arg(current)
                             .arg(latestVersion()));
    }
    if (current < target) {
        qCDebug(lcStore) << "migrating the cache schema from version" << current << "to" << target;
    }
    for (int v = current + 1; v <= target; ++v) {
        // Outside the transaction: inside one, SQLite ignores this pragma.
        if (rebuildsTables(v)) {
            db.exec("PRAGMA foreign_keys = OFF");
        }
        const auto foreignKeysOn = qScopeGuard([&db, v] {
            if (rebuildsTables(v)) {
                db.exec("PRAGMA foreign_keys = ON");
            }
        });
        Transaction tx(db);
        db.exec(Steps[static_cast<size_t>(v - 1)]);
        if (rebuildsTables(v) && db.queryText("PRAGMA foreign_key_check") != QString()) {
            throw StoreError(
                StoreError::Corrupt,
                tr("The cache could not be converted to schema %1: its links do not hold.").arg(v));
        }
        // PRAGMA takes no bound parameters; v is our own integer.
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v) + ';').constData());
        tx.commit();
    }
}

} // namespace Ratsmappe
