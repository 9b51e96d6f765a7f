#include "core/store/userbulkwriter.h"

#include "core/store/rawstatement.h"
#include "core/store/sqlhelpers.h"
#include "core/store/userdetails.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using Domain::User;

// Distinct UIDs and external IDs: a set-based upsert cannot reproduce the row-by-row order
// of takeovers within one batch.
bool hasDuplicates(const QList<User> &users)
{
    QSet<QStringView> uids;
    QSet<QStringView> ids;
    uids.reserve(users.size());
    ids.reserve(users.size());
    for (const auto &u : users) {
        if (u.uid.isEmpty())
            return true;
        const auto uidCount = uids.size();
        uids.insert(u.uid);
        if (uids.size() == uidCount)
            return true;
        if (u.id.isEmpty())
            continue;
        const auto idCount = ids.size();
        ids.insert(u.id);
        if (ids.size() == idCount)
            return true;
    }
    return false;
}

} // namespace

UserBulkWriter::UserBulkWriter(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError UserBulkWriter::write(const QList<User> &users, qint64 fetchedAtMs, bool *applicable)
{
    *applicable = !hasDuplicates(users);
    if (!*applicable)
        return {};
    if (auto e = stage(users))
        return e;
    const QStringList statements{
        // an external ID moved to another user on the server: the old holder loses it
        u"UPDATE users SET external_id = NULL WHERE user_key IN (SELECT u.user_key FROM temp.user_stage s "
        "JOIN users u ON u.external_id = s.external_id WHERE u.uid <> s.uid)"_s,
        // roles are rewritten only for users whose roles changed
        u"UPDATE temp.user_stage SET roles_changed = 0 WHERE EXISTS (SELECT 1 FROM users u "
        "WHERE u.uid = user_stage.uid AND u.roles = user_stage.roles)"_s,
        u"DELETE FROM user_roles WHERE user_uid IN (SELECT uid FROM temp.user_stage WHERE roles_changed)"_s,
    };
    for (const auto &statement : statements) {
        if (auto e = Sql::exec(m_db, statement))
            return e;
    }
    RawStatement upsert(m_db);
    if (auto e = upsert.prepare(
            u"INSERT INTO users (uid, external_id, login, email, name, first_name, last_name, active, archived, "
            "roles, details_json, detail_fetched_at, fetched_at) SELECT uid, external_id, login, email, name, "
            "first_name, last_name, active, archived, roles, details_json, ?1, ?1 FROM temp.user_stage "
            "WHERE true ORDER BY seq"_s
            + UserDetails::upsertUpdateClause()))
        return e;
    upsert.bindInt(1, fetchedAtMs);
    if (auto e = upsert.exec(u"upsert users"_s))
        return e;
    if (auto e = Sql::exec(m_db,
            u"INSERT OR IGNORE INTO user_roles (user_uid, role) SELECT s.uid, r.role FROM temp.user_stage_roles r "
            "JOIN temp.user_stage s ON s.seq = r.seq WHERE s.roles_changed"_s))
        return e;
    return clearStage();
}

StoreError UserBulkWriter::stage(const QList<User> &users)
{
    const QStringList setup{
        u"CREATE TEMP TABLE IF NOT EXISTS user_stage (seq INTEGER PRIMARY KEY, uid TEXT NOT NULL, external_id TEXT, "
        "login TEXT, email TEXT, name TEXT, first_name TEXT, last_name TEXT, active INTEGER, archived INTEGER, "
        "roles TEXT, details_json TEXT, roles_changed INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TEMP TABLE IF NOT EXISTS user_stage_roles (seq INTEGER NOT NULL, role TEXT NOT NULL)"_s,
    };
    for (const auto &statement : setup) {
        if (auto e = Sql::exec(m_db, statement))
            return e;
    }
    if (auto e = clearStage())
        return e;
    RawStatement row(m_db);
    RawStatement role(m_db);
    if (auto e = row.prepare(u"INSERT INTO temp.user_stage (seq, uid, external_id, login, email, name, first_name, "
                             "last_name, active, archived, roles, details_json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return e;
    if (auto e = role.prepare(u"INSERT INTO temp.user_stage_roles (seq, role) VALUES (?, ?)"_s))
        return e;
    qint64 seq = 0;
    for (const auto &u : users) {
        ++seq;
        row.bindInt(1, seq);
        UserDetails::bindColumns(row, 2, u);
        if (auto e = row.exec(u"stage user"_s))
            return e;
        role.bindInt(1, seq);
        for (const auto &r : u.roles) {
            role.bindText(2, r);
            if (auto e = role.exec(u"stage role"_s))
                return e;
        }
    }
    return {};
}

StoreError UserBulkWriter::clearStage()
{
    if (auto e = Sql::exec(m_db, u"DELETE FROM temp.user_stage"_s))
        return e;
    return Sql::exec(m_db, u"DELETE FROM temp.user_stage_roles"_s);
}

} // namespace Springdesk::Store
