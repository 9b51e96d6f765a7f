#include "core/store/schema.h"

using namespace Qt::StringLiterals;

// Version 3: sync bookkeeping (when each list, detail, roster or result set was last fetched,
// for the incremental sync's TTL) and the indexes the panes filter and sort with, including a
// trigram full-text index over users' name, e-mail and login for substring search.
namespace Springdesk::Store::Schema {

Migration version3()
{
    return {3, u"sync bookkeeping and search indexes"_s,
        {
            uR"(CREATE TABLE sync_marks (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                fetched_at INTEGER NOT NULL,
                PRIMARY KEY (scope, key)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE sync_runs (
                run_id INTEGER PRIMARY KEY,
                started_at INTEGER NOT NULL,
                finished_at INTEGER,
                outcome TEXT,
                calls INTEGER NOT NULL DEFAULT 0,
                rows_written INTEGER NOT NULL DEFAULT 0,
                errors INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX users_name ON users(name COLLATE NOCASE)"_s,
            u"CREATE INDEX courses_name ON courses(name COLLATE NOCASE)"_s,
            u"CREATE INDEX templates_name ON templates(name COLLATE NOCASE)"_s,
            u"CREATE VIRTUAL TABLE users_search USING fts5(text, content='', tokenize='trigram')"_s,
            // Triggers note the rows whose indexed text changes, with the text the index holds;
            // UserRepository applies the notes (and indexes rows it inserted) in one statement
            // per batch, because FTS5 flushes its pending data at every statement that fires a
            // trigger. A user_key that is deleted and reused keeps its first note.
            uR"(CREATE TABLE users_search_pending (
                user_key INTEGER PRIMARY KEY,
                indexed_text TEXT NOT NULL))"_s,
            uR"(CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
                INSERT OR IGNORE INTO users_search_pending (user_key, indexed_text)
                    VALUES (old.user_key, old.name || ' ' || old.email || ' ' || old.login);
            END)"_s,
            uR"(CREATE TRIGGER users_search_update AFTER UPDATE OF name, email, login ON users
                WHEN old.name IS NOT new.name OR old.email IS NOT new.email OR old.login IS NOT new.login
            BEGIN
                INSERT OR IGNORE INTO users_search_pending (user_key, indexed_text)
                    VALUES (old.user_key, old.name || ' ' || old.email || ' ' || old.login);
            END)"_s,
            u"INSERT INTO users_search(rowid, text) SELECT user_key, name || ' ' || email || ' ' || login FROM users"_s,
        }};
}

} // namespace Springdesk::Store::Schema
