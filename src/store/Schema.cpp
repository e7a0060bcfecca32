#include "Schema.h"

#include "core/Error.h"

#include <array>

namespace reclama::store {
namespace {

// Each entry takes the schema from version N to N+1. Never edit a shipped entry: add one.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {
// 1: the first schema.
R"SQL(
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    language TEXT NOT NULL,
    currency TEXT NOT NULL,
    timezone TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    remedy TEXT NOT NULL DEFAULT '',
    claimant TEXT NOT NULL,      -- JSON object
    company TEXT NOT NULL,       -- JSON object
    refs TEXT NOT NULL,          -- JSON array of {label, value}
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL, at_utc TEXT NOT NULL,
    recorded_at TEXT,
    channel TEXT NOT NULL, direction TEXT NOT NULL,
    duration_min INTEGER, wait_min INTEGER,
    agent TEXT NOT NULL DEFAULT '', agent_id TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '',
    complaint INTEGER NOT NULL DEFAULT 0,
    reply_to INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    summary TEXT NOT NULL, quote TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_case ON contacts(case_id, at_utc);
CREATE TABLE promises (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    by_whom TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
    due TEXT, status TEXT NOT NULL, resolved TEXT
);
CREATE INDEX promises_case ON promises(case_id);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    number TEXT NOT NULL, issued TEXT NOT NULL,
    period_from TEXT, period_to TEXT, due TEXT,
    billed INTEGER NOT NULL, correct INTEGER NOT NULL, paid INTEGER NOT NULL
);
CREATE INDEX invoices_case ON invoices(case_id);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL,
    kind TEXT NOT NULL, amount INTEGER NOT NULL, reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_case ON payments(case_id);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_at TEXT NOT NULL, from_precision TEXT NOT NULL,
    to_at TEXT, to_precision TEXT,
    description TEXT NOT NULL
);
CREATE INDEX incidents_case ON incidents(case_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL, date TEXT, kind TEXT NOT NULL,
    original_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    media_type TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_sha ON documents(sha256);
-- Which record cites which document (and page). owner is a record handle such as "c12".
CREATE TABLE document_links (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    owner TEXT NOT NULL,
    position INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER,
    PRIMARY KEY (owner, position)
);
CREATE INDEX document_links_case ON document_links(case_id);
-- Text of text-like attachments (.txt, e-mail bodies), for search.
CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
-- What intake learnt about a stored object: kind, pages of the normalised PDF, or the problem.
CREATE TABLE intake (
    sha256 TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    problem TEXT NOT NULL DEFAULT ''
);
-- Append-only: every change, with the whole record before and after (JSON of its row).
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    handle TEXT NOT NULL,
    action TEXT NOT NULL,
    old_row TEXT,
    new_row TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX history_case ON history(case_id, id);
CREATE INDEX history_handle ON history(handle);
CREATE VIRTUAL TABLE search USING fts5(
    body, case_id UNINDEXED, handle UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2"
);
)SQL",
// 2: record ids are never reused (AUTOINCREMENT), so a handle such as "c12" names one record
// for ever: in the history, in search, and in what people wrote down. Tables are rebuilt the way
// SQLite documents (create new, copy, drop old, rename), with foreign keys off while it runs.
R"SQL(
CREATE TABLE cases_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL, jurisdiction TEXT NOT NULL, language TEXT NOT NULL,
    currency TEXT NOT NULL, timezone TEXT NOT NULL, status TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '', remedy TEXT NOT NULL DEFAULT '',
    claimant TEXT NOT NULL, company TEXT NOT NULL, refs TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE contacts_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL, at_utc TEXT NOT NULL,
    recorded_at TEXT,
    channel TEXT NOT NULL, direction TEXT NOT NULL,
    duration_min INTEGER, wait_min INTEGER,
    agent TEXT NOT NULL DEFAULT '', agent_id TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '',
    complaint INTEGER NOT NULL DEFAULT 0,
    reply_to INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    summary TEXT NOT NULL, quote TEXT NOT NULL DEFAULT ''
);
CREATE TABLE promises_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    by_whom TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
    due TEXT, status TEXT NOT NULL, resolved TEXT
);
CREATE TABLE invoices_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    number TEXT NOT NULL, issued TEXT NOT NULL,
    period_from TEXT, period_to TEXT, due TEXT,
    billed INTEGER NOT NULL, correct INTEGER NOT NULL, paid INTEGER NOT NULL
);
CREATE TABLE payments_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL,
    kind TEXT NOT NULL, amount INTEGER NOT NULL, reference TEXT NOT NULL DEFAULT ''
);
CREATE TABLE incidents_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_at TEXT NOT NULL, from_precision TEXT NOT NULL,
    to_at TEXT, to_precision TEXT,
    description TEXT NOT NULL
);
CREATE TABLE notes_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, precision TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE documents_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL, date TEXT, kind TEXT NOT NULL,
    original_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    media_type TEXT NOT NULL DEFAULT ''
);
INSERT INTO cases_v2 SELECT * FROM cases;
INSERT INTO contacts_v2 SELECT * FROM contacts;
INSERT INTO promises_v2 SELECT * FROM promises;
INSERT INTO invoices_v2 SELECT * FROM invoices;
INSERT INTO payments_v2 SELECT * FROM payments;
INSERT INTO incidents_v2 SELECT * FROM incidents;
INSERT INTO notes_v2 SELECT * FROM notes;
INSERT INTO documents_v2 SELECT * FROM documents;
DROP TABLE cases; DROP TABLE contacts; DROP TABLE promises; DROP TABLE invoices;
DROP TABLE payments; DROP TABLE incidents; DROP TABLE notes; DROP TABLE documents;
ALTER TABLE cases_v2 RENAME TO cases;
ALTER TABLE contacts_v2 RENAME TO contacts;
ALTER TABLE promises_v2 RENAME TO promises;
ALTER TABLE invoices_v2 RENAME TO invoices;
ALTER TABLE payments_v2 RENAME TO payments;
ALTER TABLE incidents_v2 RENAME TO incidents;
ALTER TABLE notes_v2 RENAME TO notes;
ALTER TABLE documents_v2 RENAME TO documents;
-- Ids already used by deleted records (named in the history) are not handed out again either.
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence (name, seq) SELECT 'cases',
    max(coalesce((SELECT max(id) FROM cases), 0), coalesce((SELECT max(case_id) FROM history), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contacts', max(coalesce((SELECT max(id) FROM contacts), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'c[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'promises', max(coalesce((SELECT max(id) FROM promises), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'p[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'invoices', max(coalesce((SELECT max(id) FROM invoices), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'i[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'payments', max(coalesce((SELECT max(id) FROM payments), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'm[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'incidents', max(coalesce((SELECT max(id) FROM incidents), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'o[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'notes', max(coalesce((SELECT max(id) FROM notes), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'n[0-9]*'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'documents', max(coalesce((SELECT max(id) FROM documents), 0),
    coalesce((SELECT max(CAST(substr(handle, 2) AS INTEGER)) FROM history WHERE handle GLOB 'd[0-9]*'), 0));
CREATE INDEX contacts_case ON contacts(case_id, at_utc);
CREATE INDEX promises_case ON promises(case_id);
CREATE INDEX invoices_case ON invoices(case_id);
CREATE INDEX payments_case ON payments(case_id);
CREATE INDEX incidents_case ON incidents(case_id);
CREATE INDEX notes_case ON notes(case_id);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_sha ON documents(sha256);
)SQL"};

int ReadPragmaInt(Connection& db, const char* pragma) {
    Statement st(db, std::string("PRAGMA ") + pragma);
    return st.Step() ? static_cast<int>(st.Int(0)) : 0;
}

} // namespace

const char* MigrationSql(int version) {
    return kMigrations.at(static_cast<std::size_t>(version));
}

void PrepareDatabase(Connection& db) {
    db.Exec("PRAGMA busy_timeout = 5000");
    // Reading the header first: a file that is not SQLite fails here, before anything is written.
    int appId = ReadPragmaInt(db, "application_id");
    int version = ReadPragmaInt(db, "user_version");
    bool empty = false;
    {
        Statement st(db, "SELECT count(*) FROM sqlite_schema");
        empty = st.Step() && st.Int(0) == 0;
    }
    if (!empty && appId != kApplicationId) {
        throw StorageError(db.File().string() +
                           " is a database of another program, not a Reclama case library; "
                           "it was left untouched");
    }
    if (version > kSchemaVersion) {
        throw StorageError("the case library " + db.File().parent_path().string() +
                           " was written by a newer version of Reclama (schema " +
                           std::to_string(version) + ", this one knows " +
                           std::to_string(kSchemaVersion) +
                           "); update Reclama. The library was left untouched");
    }
    db.Exec("PRAGMA journal_mode = WAL");
    db.Exec("PRAGMA synchronous = FULL");
    if (version < kSchemaVersion) {
        // Foreign keys stay off while tables are rebuilt (dropping an old table must not cascade),
        // and are checked before the migration commits. The version is read again under the
        // write lock: another program may have migrated the library meanwhile.
        db.Exec("PRAGMA foreign_keys = OFF");
        Transaction tx(db);
        version = ReadPragmaInt(db, "user_version");
        for (int v = version; v < kSchemaVersion; ++v) db.Exec(kMigrations[static_cast<std::size_t>(v)]);
        {
            Statement check(db, "PRAGMA foreign_key_check");
            if (check.Step()) {
                throw StorageError("the case library " + db.File().parent_path().string() +
                                   " could not be upgraded: table " + check.Text(0) +
                                   " has a row pointing at nothing; it was left untouched");
            }
        }
        db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.Exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
        tx.Commit();
    }
    db.Exec("PRAGMA foreign_keys = ON");
}

} // namespace reclama::store
