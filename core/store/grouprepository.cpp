#include "core/store/grouprepository.h"

#include "core/store/knownidregistry.h"
#include "core/store/sqlhelpers.h"
#include "core/store/userrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

const QString SelectGroup = u"SELECT g.external_id, g.name, g.type, g.parent_id, "
                            "(SELECT count(*) FROM group_members m WHERE m.group_id = g.external_id), "
                            "(SELECT max(fetched_at) FROM group_members m WHERE m.group_id = g.external_id) "
                            "FROM user_groups g "_s;

GroupRow readGroup(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toInt(), Sql::fromMillis(q.value(5))};
}

} // namespace

GroupRepository::GroupRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError GroupRepository::upsertGroup(
    const QString &id, const QString &name, const QString &type, const QString &parentId, const QDateTime &at)
{
    if (id.trimmed().isEmpty())
        return StoreError::make(StoreError::Kind::InvalidArgument, u"a group needs an ID"_s);
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO user_groups (external_id, name, type, parent_id, fetched_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (external_id) DO UPDATE SET name = coalesce(excluded.name, user_groups.name), "
            "type = coalesce(excluded.type, user_groups.type), "
            "parent_id = coalesce(excluded.parent_id, user_groups.parent_id)"_s))
        return e;
    q.addBindValue(id);
    q.addBindValue(Sql::textOrNull(name));
    q.addBindValue(Sql::textOrNull(type));
    q.addBindValue(Sql::textOrNull(parentId));
    q.addBindValue(Sql::millis(at));
    return Sql::run(q, u"upsert group"_s);
}

StoreError GroupRepository::replaceMembers(
    const QString &groupId, const QList<Domain::UserSummary> &members, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertGroup(groupId, {}, {}, {}, fetchedAt))
        return e;
    if (auto e = UserRepository(m_db).ensureUsers(members, fetchedAt))
        return e;
    QSqlQuery clear(m_db);
    if (auto e = Sql::prepare(clear, u"DELETE FROM group_members WHERE group_id = ?"_s))
        return e;
    clear.addBindValue(groupId);
    if (auto e = Sql::run(clear, u"clear members"_s))
        return e;
    QStringList uids;
    for (const auto &m : members)
        uids << m.uid;
    if (auto e = addMembers(groupId, uids, fetchedAt))
        return e;
    return tx.commit();
}

StoreError GroupRepository::addMembers(const QString &groupId, const QStringList &userUids, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertGroup(groupId, {}, {}, {}, at))
        return e;
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO group_members (group_id, user_uid, fetched_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s))
        return e;
    for (const auto &uid : userUids) {
        q.bindValue(0, groupId);
        q.bindValue(1, uid);
        q.bindValue(2, Sql::millis(at));
        if (auto e = Sql::run(q, u"add member"_s))
            return e;
    }
    return tx.commit();
}

StoreError GroupRepository::removeMembers(const QString &groupId, const QStringList &userUids)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM group_members WHERE group_id = ? AND user_uid = ?"_s))
        return e;
    for (const auto &uid : userUids) {
        q.bindValue(0, groupId);
        q.bindValue(1, uid);
        if (auto e = Sql::run(q, u"remove member"_s))
            return e;
    }
    return tx.commit();
}

StoreError GroupRepository::removeGroup(const QString &id)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM user_groups WHERE external_id = ?"_s))
        return e;
    q.addBindValue(id);
    return Sql::run(q, u"remove group"_s);
}

std::optional<GroupRow> GroupRepository::group(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectGroup + u"WHERE g.external_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readGroup(q);
}

QList<GroupRow> GroupRepository::groups(StoreError *error) const
{
    QList<GroupRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(SelectGroup + u"ORDER BY g.external_id"_s)) {
        if (error)
            *error = Sql::errorOf(q, u"list groups"_s);
        return out;
    }
    while (q.next())
        out << readGroup(q);
    return out;
}

QStringList GroupRepository::memberUids(const QString &groupId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT user_uid FROM group_members WHERE group_id = ? ORDER BY user_uid"_s);
    q.addBindValue(groupId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList GroupRepository::groupsOfUser(const QString &userUid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT group_id FROM group_members WHERE user_uid = ? ORDER BY group_id"_s);
    q.addBindValue(userUid);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

StoreError GroupRepository::storeGroupAnswer(
    const QString &groupId, const std::optional<QList<Domain::UserSummary>> &members, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (members) {
        if (auto e = replaceMembers(groupId, *members, at))
            return e;
    }
    KnownIdRegistry registry(m_db);
    if (!registry.entry(KnownId::Kind::Group, groupId)) {
        if (auto e = registry.record(KnownId::Kind::Group, groupId, KnownId::Referenced, at))
            return e;
    }
    if (auto e = registry.markChecked(KnownId::Kind::Group, groupId, members.has_value(), at))
        return e;
    return tx.commit();
}

} // namespace Springdesk::Store
