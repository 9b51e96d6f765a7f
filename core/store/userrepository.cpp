#include "core/store/userrepository.h"

#include "core/store/sqlhelpers.h"
#include "core/store/userquerysql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using Domain::User;
using Domain::UserSummary;

// getUser fields kept in details_json (non-empty ones only).
struct DetailField
{
    QLatin1StringView key;
    QString User::*member;
};

const QList<DetailField> &detailFields()
{
    using L = QLatin1StringView;
    static const QList<DetailField> fields{
        {L("title"), &User::title},
        {L("middleName"), &User::middleName},
        {L("initials"), &User::initials},
        {L("gender"), &User::gender},
        {L("company"), &User::company},
        {L("function"), &User::function},
        {L("telephoneNumber"), &User::telephoneNumber},
        {L("faxNumber"), &User::faxNumber},
        {L("cellPhoneNumber"), &User::cellPhoneNumber},
        {L("address"), &User::address},
        {L("zip"), &User::zip},
        {L("residence"), &User::residence},
        {L("country"), &User::country},
        {L("invoiceAddress"), &User::invoiceAddress},
        {L("invoiceZip"), &User::invoiceZip},
        {L("invoiceResidence"), &User::invoiceResidence},
        {L("invoiceCountry"), &User::invoiceCountry},
        {L("custom1"), &User::custom1},
        {L("custom2"), &User::custom2},
        {L("custom3"), &User::custom3},
        {L("custom4"), &User::custom4},
        {L("custom5"), &User::custom5},
        {L("locale"), &User::locale},
        {L("timeZoneGroup"), &User::timeZoneGroup},
        {L("timeZone"), &User::timeZone},
    };
    return fields;
}

const QLatin1StringView DateOfBirthKey("dateOfBirth");
const QLatin1StringView RenewableKey("renewable");

QString detailsJson(const User &u)
{
    QJsonObject o;
    for (const auto &f : detailFields()) {
        const QString &value = u.*(f.member);
        if (!value.isEmpty())
            o.insert(f.key, value);
    }
    if (u.dateOfBirth.isValid())
        o.insert(DateOfBirthKey, u.dateOfBirth.toString(Qt::ISODate));
    o.insert(RenewableKey, u.renewable);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readDetails(User &u, const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const auto &f : detailFields())
        u.*(f.member) = o.value(f.key).toString();
    u.dateOfBirth = QDate::fromString(o.value(DateOfBirthKey).toString(), Qt::ISODate);
    u.renewable = o.value(RenewableKey).toBool();
}

QString composedName(const User &u)
{
    QStringList parts;
    for (const auto *p : {&u.firstName, &u.middleName, &u.lastName}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(u' ');
}

QString rolesText(QStringList roles)
{
    roles.sort();
    roles.removeDuplicates();
    return roles.join(u',');
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

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
    readDetails(u, q.value(9).toString());
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
    QSqlQuery &upsert, QSqlQuery &release, const QString &uid, const QString &externalId, const QString &context)
{
    if (upsert.exec())
        return {};
    if (externalId.isEmpty())
        return Sql::errorOf(upsert, context);
    release.bindValue(0, externalId);
    release.bindValue(1, uid);
    if (auto e = Sql::run(release, context))
        return e;
    return Sql::run(upsert, context);
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError UserRepository::upsertSummaries(const QList<UserSummary> &users, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    QSqlQuery upsert(m_db);
    QSqlQuery release(m_db);
    if (auto e = Sql::prepare(upsert,
            u"INSERT INTO users (uid, external_id, login, email, name, active, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, "
            "login = excluded.login, email = excluded.email, name = excluded.name, active = excluded.active, "
            "fetched_at = excluded.fetched_at"_s))
        return e;
    if (auto e = Sql::prepare(release, u"UPDATE users SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &u : users) {
        if (u.uid.isEmpty())
            return invalidUid(u"user %1"_s.arg(u.id));
        upsert.bindValue(0, u.uid);
        upsert.bindValue(1, Sql::textOrNull(u.id));
        upsert.bindValue(2, u.login);
        upsert.bindValue(3, u.email);
        upsert.bindValue(4, u.name);
        upsert.bindValue(5, Sql::flag(u.active));
        upsert.bindValue(6, fetched);
        if (auto e = upsertWithIdTakeover(upsert, release, u.uid, u.id, u"upsert user summary"_s))
            return e;
    }
    if (auto e = updateSearchIndex(keysBefore))
        return e;
    return tx.commit();
}

StoreError UserRepository::ensureUsers(const QList<UserSummary> &users, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const qint64 keysBefore = maxUserKey(m_db);
    QSqlQuery insert(m_db);
    QSqlQuery release(m_db);
    if (auto e = Sql::prepare(insert,
            u"INSERT INTO users (uid, external_id, login, email, name, active, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING"_s))
        return e;
    if (auto e = Sql::prepare(release, u"UPDATE users SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &u : users) {
        if (u.uid.isEmpty())
            return invalidUid(u"user %1"_s.arg(u.id));
        insert.bindValue(0, u.uid);
        insert.bindValue(1, Sql::textOrNull(u.id));
        insert.bindValue(2, u.login);
        insert.bindValue(3, u.email);
        insert.bindValue(4, u.name);
        insert.bindValue(5, Sql::flag(u.active));
        insert.bindValue(6, fetched);
        if (auto e = upsertWithIdTakeover(insert, release, u.uid, u.id, u"ensure user"_s))
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
    QSqlQuery upsert(m_db);
    QSqlQuery release(m_db);
    QSqlQuery oldRoles(m_db);
    QSqlQuery clearRoles(m_db);
    QSqlQuery addRole(m_db);
    // The list's full name stays unless the name parts changed.
    if (auto e = Sql::prepare(upsert,
            u"INSERT INTO users (uid, external_id, login, email, name, first_name, last_name, active, archived, "
            "roles, details_json, detail_fetched_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, login = excluded.login, "
            "email = excluded.email, "
            "name = CASE WHEN users.name = '' OR users.first_name IS NOT excluded.first_name "
            "  OR users.last_name IS NOT excluded.last_name "
            "  OR json_extract(users.details_json, '$.middleName') IS NOT "
            "     json_extract(excluded.details_json, '$.middleName') THEN excluded.name ELSE users.name END, "
            "first_name = excluded.first_name, last_name = excluded.last_name, active = excluded.active, "
            "archived = excluded.archived, roles = excluded.roles, details_json = excluded.details_json, "
            "detail_fetched_at = excluded.detail_fetched_at, fetched_at = excluded.fetched_at"_s))
        return e;
    if (auto e = Sql::prepare(release, u"UPDATE users SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s))
        return e;
    if (auto e
        = Sql::prepare(oldRoles, u"SELECT uid, roles FROM users WHERE uid IN (SELECT value FROM json_each(?))"_s))
        return e;
    if (auto e
        = Sql::prepare(clearRoles, u"DELETE FROM user_roles WHERE user_uid IN (SELECT value FROM json_each(?))"_s))
        return e;
    if (auto e = Sql::prepare(addRole, u"INSERT OR IGNORE INTO user_roles (user_uid, role) VALUES (?, ?)"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    constexpr int Chunk = 500;
    for (qsizetype start = 0; start < users.size(); start += Chunk) {
        const auto chunk = users.mid(start, Chunk);
        QStringList uids;
        for (const auto &u : chunk) {
            if (u.uid.isEmpty())
                return invalidUid(u"user %1"_s.arg(u.id));
            uids << u.uid;
        }
        // Roles are rewritten only for users whose roles changed.
        QHash<QString, QVariant> before;
        oldRoles.bindValue(0, jsonArray(uids));
        if (auto e = Sql::run(oldRoles, u"read roles"_s))
            return e;
        while (oldRoles.next())
            before.insert(oldRoles.value(0).toString(), oldRoles.value(1));
        oldRoles.finish();
        QStringList changedExisting;
        QList<const User *> changed;
        for (const auto &u : chunk) {
            const QString roles = rolesText(u.roles);
            upsert.bindValue(0, u.uid);
            upsert.bindValue(1, Sql::textOrNull(u.id));
            upsert.bindValue(2, u.login);
            upsert.bindValue(3, u.email);
            upsert.bindValue(4, composedName(u));
            upsert.bindValue(5, Sql::textOrNull(u.firstName));
            upsert.bindValue(6, Sql::textOrNull(u.lastName));
            upsert.bindValue(7, Sql::flag(u.active));
            upsert.bindValue(8, Sql::boolOrNull(u.archived));
            upsert.bindValue(9, roles);
            upsert.bindValue(10, detailsJson(u));
            upsert.bindValue(11, fetched);
            upsert.bindValue(12, fetched);
            if (auto e = upsertWithIdTakeover(upsert, release, u.uid, u.id, u"upsert user"_s))
                return e;
            const auto it = before.constFind(u.uid);
            if (it == before.cend()) {
                changed << &u;
            } else if (it->isNull() || it->toString() != roles) {
                changed << &u;
                changedExisting << u.uid;
            }
        }
        if (!changedExisting.isEmpty()) {
            clearRoles.bindValue(0, jsonArray(changedExisting));
            if (auto e = Sql::run(clearRoles, u"clear roles"_s))
                return e;
        }
        for (const User *u : std::as_const(changed)) {
            for (const auto &role : u->roles) {
                addRole.bindValue(0, u->uid);
                addRole.bindValue(1, role);
                if (auto e = Sql::run(addRole, u"add role"_s))
                    return e;
            }
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
            u"INSERT INTO users_search (rowid, text) SELECT user_key, name || ' ' || email || ' ' || login "
            "FROM users WHERE user_key > ? AND user_key NOT IN (SELECT user_key FROM users_search_pending)"_s))
        return e;
    drop.addBindValue(keysBefore);
    added.addBindValue(keysBefore);
    if (auto e = Sql::run(drop, u"update search index"_s))
        return e;
    if (auto e = Sql::exec(m_db,
            u"INSERT INTO users_search (rowid, text) SELECT u.user_key, u.name || ' ' || u.email || ' ' || u.login "
            "FROM users_search_pending p JOIN users u ON u.user_key = p.user_key"_s))
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
        "u.roles FROM users u"_s
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

int UserRepository::totalCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM users"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Springdesk::Store
