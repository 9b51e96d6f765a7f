#include "core/store/userrepository.h"

#include "core/store/rawstatement.h"
#include "core/store/schema.h"
#include "core/store/sqlhelpers.h"
#include "core/store/userbulkwriter.h"
#include "core/store/userdetails.h"
#include "core/store/userquerysql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using Domain::User;
using Domain::UserSummary;

const QString SelectUser = u"SELECT uid, external_id, login, email, first_name, last_name, active, archived, roles, "
                           "details_json FROM users "_s;

User readUser(const QSqlQuery &q)
{
    User u;
    u.uid = q.value(0).toString();
    u.id = q.value(1).toString();
    u.login = q.value(2).toString();
    u.email = q.value(3).toString();
    u.firstName = q.value(4).toString();
    u.lastName = q.value(5).toString();
    u.active = q.value(6).toInt() != 0;
    u.archived = Sql::toOptionalBool(q.value(7));
    const QString roles = q.value(8).toString();
    if (!roles.isEmpty())
        u.roles = roles.split(u',');
    UserDetails::readDetails(u, q.value(9).toString());
    return u;
}

qint64 maxUserKey(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT coalesce(max(user_key), 0) FROM users"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

StoreError invalidUid(const QString &what)
{
    return StoreError::make(StoreError::Kind::InvalidArgument, u"%1 without a UID cannot be cached"_s.arg(what));
}

// Runs an upsert; when another row holds the same external ID (IDs can be reassigned on the
// server), that row loses it and the upsert is retried.
StoreError upsertWithIdTakeover(
    RawStatement &upsert, RawStatement &release, const QString &uid, const QString &externalId, const QString &context)
{
    const StoreError first = upsert.exec(context);
    if (!first)
        return {};
    if (externalId.isEmpty())
        return first;
    release.bindText(1, externalId);
    release.bindText(2, uid);
    if (auto e = release.exec(context))
        return e;
    return upsert.exec(context);
}

// From this many users on, upsertUsers stages the batch and writes it set-based.
constexpr qsizetype BulkThreshold = 50;

const QString ReleaseExternalId = u"UPDATE users SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s;

// Binds the seven columns of a summary insert.
void bindSummary(RawStatement &q, const UserSummary &u, qint64 fetched)
{
    q.bindText(1, u.uid);
    q.bindTextOrNull(2, u.id);
    q.bindText(3, u.login);
    q.bindText(4, u.email);
    q.bindText(5, u.name);
    q.bindInt(6, Sql::flag(u.active));
    q.bindInt(7, fetched);
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError UserRepository::upsertSummaries(const QList<UserSummary> &users, const QDateTime &fetchedAt)
{
    return writeSummaries(users, fetchedAt,
        u"INSERT INTO users (uid, external_id, login, email, name, active, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, "
        "login = excluded.login, email = excluded.email, name = excluded.name, active = excluded.active, "
        "fetched_at = excluded.fetched_at"_s,
        u"upsert user summary"_s);
}

StoreError UserRepository::ensureUsers(const QList<UserSummary> &users, const QDateTime &fetchedAt)
{
    return writeSummaries(users, fetchedAt,
        u"INSERT INTO users (uid, external_id, login, email, name, active, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING"_s,
        u"ensure user"_s);
}

StoreError UserRepository::writeSummaries(
    const QList<UserSummary> &users, const QDateTime &fetchedAt, const QString &sql, const QString &context)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    RawStatement write(m_db);
    RawStatement release(m_db);
    if (auto e = write.prepare(sql))
        return e;
    if (auto e = release.prepare(ReleaseExternalId))
        return e;
    const qint64 fetched = fetchedAt.toMSecsSinceEpoch();
    for (const auto &u : users) {
        if (u.uid.isEmpty())
            return invalidUid(u"user %1"_s.arg(u.id));
        bindSummary(write, u, fetched);
        if (auto e = upsertWithIdTakeover(write, release, u.uid, u.id, context))
            return e;
    }
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::upsertUsers(const QList<User> &users, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    const qint64 fetched = fetchedAt.toMSecsSinceEpoch();
    // Set-based for larger batches; row by row for small ones and for batches it cannot take.
    if (users.size() >= BulkThreshold) {
        bool applicable = false;
        if (auto e = UserBulkWriter(m_db).write(users, fetched, &applicable))
            return e;
        if (applicable) {
            if (auto e = updateSearchIndex(keysBefore))
                return e;
            return tx.commit();
        }
    }
    RawStatement upsert(m_db);
    RawStatement release(m_db);
    RawStatement oldRoles(m_db);
    RawStatement clearRoles(m_db);
    RawStatement addRole(m_db);
    // The list's full name stays unless the name parts changed.
    if (auto e = upsert.prepare(
            u"INSERT INTO users (uid, external_id, login, email, name, first_name, last_name, active, archived, "
            "roles, details_json, detail_fetched_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + UserDetails::upsertUpdateClause()))
        return e;
    if (auto e = release.prepare(ReleaseExternalId))
        return e;
    if (auto e = oldRoles.prepare(u"SELECT roles FROM users WHERE uid = ?"_s))
        return e;
    if (auto e = clearRoles.prepare(u"DELETE FROM user_roles WHERE user_uid = ?"_s))
        return e;
    if (auto e = addRole.prepare(u"INSERT OR IGNORE INTO user_roles (user_uid, role) VALUES (?, ?)"_s))
        return e;
    for (const auto &u : users) {
        if (u.uid.isEmpty())
            return invalidUid(u"user %1"_s.arg(u.id));
        // Roles are rewritten only for users whose roles changed.
        oldRoles.bindText(1, u.uid);
        const bool existed = oldRoles.next();
        const bool hadRoles = existed && !oldRoles.isNull(0);
        const QString before = hadRoles ? oldRoles.text(0) : QString();
        if (existed)
            oldRoles.reset();
        else if (auto e = oldRoles.error(u"read roles"_s))
            return e;

        const QString roles = UserDetails::bindColumns(upsert, 1, u);
        upsert.bindInt(12, fetched);
        upsert.bindInt(13, fetched);
        if (auto e = upsertWithIdTakeover(upsert, release, u.uid, u.id, u"upsert user"_s))
            return e;

        if (hadRoles && before == roles)
            continue;
        if (existed) {
            clearRoles.bindText(1, u.uid);
            if (auto e = clearRoles.exec(u"clear roles"_s))
                return e;
        }
        addRole.bindText(1, u.uid);
        for (const auto &role : u.roles) {
            addRole.bindText(2, role);
            if (auto e = addRole.exec(u"add role"_s))
                return e;
        }
    }
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::removeNotFetchedSince(const QDateTime &listFetchedAt, int *removed)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM users WHERE fetched_at < ?"_s))
        return e;
    q.addBindValue(Sql::millis(listFetchedAt));
    if (auto e = Sql::run(q, u"remove users not listed"_s))
        return e;
    if (removed)
        *removed = q.numRowsAffected();
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::removeUser(const QString &uid)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM users WHERE uid = ?"_s))
        return e;
    q.addBindValue(uid);
    if (auto e = Sql::run(q, u"remove user"_s))
        return e;
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::removeUserByExternalId(const QString &externalId)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM users WHERE external_id = ?"_s))
        return e;
    q.addBindValue(externalId);
    if (auto e = Sql::run(q, u"remove user"_s))
        return e;
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::addRoles(const QString &uid, const QStringList &roles)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"INSERT OR IGNORE INTO user_roles (user_uid, role) VALUES (?, ?)"_s))
        return e;
    for (const auto &role : roles) {
        q.bindValue(0, uid);
        q.bindValue(1, role);
        if (auto e = Sql::run(q, u"add role"_s))
            return e;
    }
    // keep the display copy in users.roles in step
    QSqlQuery copy(m_db);
    if (auto e = Sql::prepare(copy,
            u"UPDATE users SET roles = (SELECT group_concat(role, ',') FROM "
            "(SELECT role FROM user_roles WHERE user_uid = ? ORDER BY role)) WHERE uid = ?"_s))
        return e;
    copy.addBindValue(uid);
    copy.addBindValue(uid);
    if (auto e = Sql::run(copy, u"copy roles"_s))
        return e;
    return tx.commit();
}

StoreError UserRepository::updateSearchIndex(qint64 keysBefore)
{
    // One statement each: FTS5 writes its pending terms once. Rows above keysBefore were
    // inserted by this batch and are not in the index yet.
    QSqlQuery drop(m_db);
    QSqlQuery index(m_db);
    QSqlQuery added(m_db);
    if (auto e = Sql::prepare(drop,
            u"INSERT INTO users_search (users_search, rowid, text) SELECT 'delete', user_key, indexed_text "
            "FROM users_search_pending WHERE user_key <= ?"_s))
        return e;
    if (auto e = Sql::prepare(added,
            u"INSERT INTO users_search (rowid, text) SELECT user_key, "_s + Schema::userSearchText(u"users"_s)
                + u" FROM users WHERE user_key > ? AND user_key NOT IN (SELECT user_key FROM users_search_pending)"_s))
        return e;
    drop.addBindValue(keysBefore);
    added.addBindValue(keysBefore);
    if (auto e = Sql::run(drop, u"update search index"_s))
        return e;
    if (auto e = Sql::exec(m_db,
            u"INSERT INTO users_search (rowid, text) SELECT u.user_key, "_s + Schema::userSearchText(u"u"_s)
                + u" FROM users_search_pending p JOIN users u ON u.user_key = p.user_key"_s))
        return e;
    if (auto e = Sql::run(added, u"update search index"_s))
        return e;
    return Sql::exec(m_db, u"DELETE FROM users_search_pending"_s);
}

std::optional<User> UserRepository::user(const QString &uid, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, SelectUser + u"WHERE uid = ?"_s);
    if (!e) {
        q.addBindValue(uid);
        e = Sql::run(q, u"read user"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    User u = readUser(q);
    return u;
}

std::optional<User> UserRepository::userByExternalId(const QString &externalId, StoreError *error) const
{
    const QString uid = uidOf(externalId);
    if (uid.isEmpty())
        return std::nullopt;
    return user(uid, error);
}

QString UserRepository::uidOf(const QString &externalId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT uid FROM users WHERE external_id = ?"_s);
    q.addBindValue(externalId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QDateTime UserRepository::detailsFetchedAt(const QString &uid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT detail_fetched_at FROM users WHERE uid = ?"_s);
    q.addBindValue(uid);
    return q.exec() && q.next() ? Sql::fromMillis(q.value(0)) : QDateTime();
}

QList<UserSummary> UserRepository::summariesNeedingDetails(const QDateTime &freshAfter, StoreError *error) const
{
    QList<UserSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT uid, external_id, name, login, email, active FROM users "
        "WHERE detail_fetched_at IS NULL OR detail_fetched_at < ? ORDER BY user_key"_s);
    if (!e) {
        q.addBindValue(Sql::millis(freshAfter));
        e = Sql::run(q, u"users needing details"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        out.append({q.value(1).toString(), q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() != 0});
    }
    return out;
}

QList<UserRow> UserRepository::rows(const UserQuery &query, int offset, int limit, StoreError *error) const
{
    QList<UserRow> out;
    if (offset < 0 || limit <= 0)
        return out;
    const UserQuerySql::Filter f = UserQuerySql::filter(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT u.uid, u.external_id, u.name, u.login, u.email, u.active, u.detail_fetched_at, u.fetched_at, "
        "u.roles, u.archived FROM users u"_s
            + f.where + UserQuerySql::orderBy(query) + u" LIMIT ? OFFSET ?"_s);
    if (!e) {
        for (const auto &v : f.values)
            q.addBindValue(v);
        q.addBindValue(limit);
        q.addBindValue(offset);
        e = Sql::run(q, u"query users"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        UserRow row;
        row.summary = {q.value(1).toString(), q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() != 0};
        row.hasDetails = !q.value(6).isNull();
        row.fetchedAt = Sql::fromMillis(q.value(7));
        const QString roles = q.value(8).toString();
        if (!roles.isEmpty())
            row.roles = roles.split(u',');
        if (!q.value(9).isNull())
            row.archived = q.value(9).toInt() != 0;
        out.append(row);
    }
    return out;
}

int UserRepository::count(const UserQuery &query, StoreError *error) const
{
    const UserQuerySql::Filter f = UserQuerySql::filter(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, u"SELECT count(*) FROM users u"_s + f.where);
    if (!e) {
        for (const auto &v : f.values)
            q.addBindValue(v);
        e = Sql::run(q, u"count users"_s);
    }
    if (e || !q.next()) {
        if (error)
            *error = e;
        return 0;
    }
    return q.value(0).toInt();
}

QStringList UserRepository::uids(const UserQuery &query, StoreError *error) const
{
    QStringList out;
    const UserQuerySql::Filter f = UserQuerySql::filter(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, u"SELECT u.uid FROM users u"_s + f.where + UserQuerySql::orderBy(query));
    if (!e) {
        for (const auto &v : f.values)
            q.addBindValue(v);
        e = Sql::run(q, u"query user UIDs"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int UserRepository::totalCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM users"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Springdesk::Store
