#include "core/store/schema.h"

using namespace Qt::StringLiterals;

// Version 4: a lighter search index and the scope of each sync run.
// - users_search indexes a user's login only when the e-mail does not already contain it
//   (it usually does: login = e-mail, or its local part). Substring matches are unchanged, and
//   bulk writes index a third fewer trigrams.
// - sync_runs.scope tells full syncs of everything from targeted refreshes, so the cache age
//   shown to the admin is that of the last complete picture. Older runs keep NULL (unknown).
namespace Springdesk::Store::Schema {

QString userSearchText(const QString &row)
{
    return u"%1.name || ' ' || %1.email || CASE WHEN instr(%1.email, %1.login) > 0 THEN '' ELSE ' ' || %1.login END"_s
        .arg(row);
}

Migration version4()
{
    return {4, u"lighter user search index, sync run scope"_s,
        {
            u"DROP TRIGGER users_search_delete"_s,
            u"DROP TRIGGER users_search_update"_s,
            u"DROP TABLE users_search"_s,
            u"DELETE FROM users_search_pending"_s,
            u"CREATE VIRTUAL TABLE users_search USING fts5(text, content='', tokenize='trigram')"_s,
            uR"(CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
                INSERT OR IGNORE INTO users_search_pending (user_key, indexed_text)
                    VALUES (old.user_key, )"_s
                + userSearchText(u"old"_s) + uR"();
            END)"_s,
            uR"(CREATE TRIGGER users_search_update AFTER UPDATE OF name, email, login ON users
                WHEN old.name IS NOT new.name OR old.email IS NOT new.email OR old.login IS NOT new.login
            BEGIN
                INSERT OR IGNORE INTO users_search_pending (user_key, indexed_text)
                    VALUES (old.user_key, )"_s
                + userSearchText(u"old"_s) + uR"();
            END)"_s,
            u"INSERT INTO users_search (rowid, text) SELECT user_key, "_s + userSearchText(u"users"_s)
                + u" FROM users"_s,
            u"ALTER TABLE sync_runs ADD COLUMN scope TEXT"_s,
        }};
}

} // namespace Springdesk::Store::Schema
