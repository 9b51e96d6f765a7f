#include "core/store/linkrepository.h"

#include "core/store/sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

StoreError execWith(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (auto e = Sql::prepare(q, sql))
        return e;
    for (const auto &v : values)
        q.addBindValue(v);
    return Sql::run(q, sql.left(60));
}

QStringList column(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.prepare(sql))
        return out;
    for (const auto &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

// Runs `sql` once per value of `each`, in one transaction, with `before` + value + `after` bound.
StoreError forEach(
    QSqlDatabase db, const QString &sql, const QVariantList &before, const QStringList &each, const QVariantList &after)
{
    Transaction tx(db);
    if (tx.beginError())
        return tx.beginError();
    for (const auto &v : each) {
        if (auto e = execWith(db, sql, before + QVariantList{v} + after))
            return e;
    }
    return tx.commit();
}

} // namespace

LinkRepository::LinkRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError LinkRepository::linkSubenvironment(
    const QString &resellerId, const QString &memberKind, const QStringList &memberIds, const QDateTime &at)
{
    return forEach(m_db,
        u"INSERT INTO subenvironment_links (reseller_id, member_kind, member_id, fetched_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s,
        {resellerId, memberKind}, memberIds, {Sql::millis(at)});
}

StoreError LinkRepository::unlinkSubenvironment(
    const QString &resellerId, const QString &memberKind, const QStringList &memberIds)
{
    return forEach(m_db,
        u"DELETE FROM subenvironment_links WHERE reseller_id = ? AND member_kind = ? AND member_id = ?"_s,
        {resellerId, memberKind}, memberIds, {});
}

QStringList LinkRepository::subenvironmentMembers(const QString &resellerId, const QString &memberKind) const
{
    return column(m_db,
        u"SELECT member_id FROM subenvironment_links WHERE reseller_id = ? AND member_kind = ? ORDER BY member_id"_s,
        {resellerId, memberKind});
}

StoreError LinkRepository::addContentLibraryUsers(
    const QString &contentLabelId, const QStringList &userUids, const QString &role, const QDateTime &at)
{
    return forEach(m_db,
        u"INSERT INTO content_library_users (content_label_id, user_uid, role, fetched_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s,
        {contentLabelId}, userUids, {role, Sql::millis(at)});
}

StoreError LinkRepository::removeContentLibraryUsers(const QString &contentLabelId, const QStringList &userUids)
{
    return forEach(m_db, u"DELETE FROM content_library_users WHERE content_label_id = ? AND user_uid = ?"_s,
        {contentLabelId}, userUids, {});
}

StoreError LinkRepository::upsertAccessCodeGroup(const QString &id, const QString &name, const QString &type,
    const QStringList &courseIds, const QString &reseller, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = execWith(m_db,
            u"INSERT INTO access_code_groups (external_id, name, type, reseller, fetched_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (external_id) DO UPDATE SET name = coalesce(excluded.name, name), "
            "type = coalesce(excluded.type, type), reseller = coalesce(excluded.reseller, reseller), "
            "fetched_at = excluded.fetched_at"_s,
            {id, Sql::textOrNull(name), Sql::textOrNull(type), Sql::textOrNull(reseller), Sql::millis(at)}))
        return e;
    if (auto e = forEach(m_db, u"INSERT OR IGNORE INTO access_code_group_courses (group_id, course_id) VALUES (?, ?)"_s,
            {id}, courseIds, {}))
        return e;
    return tx.commit();
}

StoreError LinkRepository::addAccessCodes(
    const QString &groupId, const QList<Domain::AccessCode> &codes, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertAccessCodeGroup(groupId, {}, {}, {}, {}, at))
        return e;
    for (const auto &c : codes) {
        if (auto e = execWith(m_db,
                u"INSERT INTO access_codes (group_id, code, user_id, used, fetched_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO UPDATE SET user_id = excluded.user_id, used = excluded.used, "
                "fetched_at = excluded.fetched_at"_s,
                {groupId, c.code, Sql::textOrNull(c.user), Sql::flag(c.used), Sql::millis(at)}))
            return e;
    }
    return tx.commit();
}

StoreError LinkRepository::removeAccessCodes(const QString &groupId, const QStringList &codes)
{
    return forEach(m_db, u"DELETE FROM access_codes WHERE group_id = ? AND code = ?"_s, {groupId}, codes, {});
}

StoreError LinkRepository::removeAccessCodeGroup(const QString &id)
{
    return execWith(m_db, u"DELETE FROM access_code_groups WHERE external_id = ?"_s, {id});
}

QList<Domain::AccessCode> LinkRepository::accessCodes(const QString &groupId) const
{
    QList<Domain::AccessCode> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT code, user_id, used FROM access_codes WHERE group_id = ? ORDER BY code"_s);
    q.addBindValue(groupId);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0});
    }
    return out;
}

StoreError LinkRepository::upsertBookableEvent(const QString &id, const QString &name, const QString &description,
    const QString &location, const QString &start, const QString &end, int maxParticipants, const QString &reseller,
    const QDateTime &at)
{
    return execWith(m_db,
        u"INSERT INTO bookable_events (external_id, name, description, location, start_date, end_date, "
        "max_participants, reseller, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO "
        "UPDATE SET name = coalesce(excluded.name, name), description = coalesce(excluded.description, description), "
        "location = coalesce(excluded.location, location), start_date = coalesce(excluded.start_date, start_date), "
        "end_date = coalesce(excluded.end_date, end_date), "
        "max_participants = coalesce(excluded.max_participants, max_participants), "
        "reseller = coalesce(excluded.reseller, reseller), fetched_at = excluded.fetched_at"_s,
        {id, Sql::textOrNull(name), Sql::textOrNull(description), Sql::textOrNull(location), Sql::textOrNull(start),
            Sql::textOrNull(end), maxParticipants >= 0 ? QVariant(maxParticipants) : QVariant(),
            Sql::textOrNull(reseller), Sql::millis(at)});
}

StoreError LinkRepository::setBookableEventTeachers(
    const QString &eventId, const QStringList &teacherIds, bool add, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertBookableEvent(eventId, {}, {}, {}, {}, {}, -1, {}, at))
        return e;
    if (auto e = add ? forEach(m_db,
                     u"INSERT INTO bookable_event_teachers (event_id, teacher_id, fetched_at) VALUES (?, ?, ?) "
                     "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s,
                     {eventId}, teacherIds, {Sql::millis(at)})
                     : forEach(m_db, u"DELETE FROM bookable_event_teachers WHERE event_id = ? AND teacher_id = ?"_s,
                         {eventId}, teacherIds, {}))
        return e;
    return tx.commit();
}

StoreError LinkRepository::setBookableEventPart(
    const QString &eventId, const QString &courseId, const QString &activityId, bool add, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertBookableEvent(eventId, {}, {}, {}, {}, {}, -1, {}, at))
        return e;
    if (auto e = add ? execWith(m_db,
                     u"INSERT INTO bookable_event_parts (event_id, course_id, activity_id, fetched_at) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s,
                     {eventId, courseId, activityId, Sql::millis(at)})
                     : execWith(m_db,
                         u"DELETE FROM bookable_event_parts WHERE event_id = ? AND course_id = ? AND "
                         "activity_id = ?"_s,
                         {eventId, courseId, activityId}))
        return e;
    return tx.commit();
}

QStringList LinkRepository::bookableEventTeachers(const QString &eventId) const
{
    return column(
        m_db, u"SELECT teacher_id FROM bookable_event_teachers WHERE event_id = ? ORDER BY teacher_id"_s, {eventId});
}

} // namespace Springdesk::Store
