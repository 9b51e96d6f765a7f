#include "core/store/catalogrepository.h"

#include "core/store/sqlhelpers.h"
#include "core/store/userrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using namespace Domain;

StoreError execWith(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (auto e = Sql::prepare(q, sql))
        return e;
    for (const auto &v : values)
        q.addBindValue(v);
    return Sql::run(q, sql.left(60));
}

// Runs `sql` with `values` and calls `row` per result row.
template <typename F> StoreError select(QSqlDatabase db, const QString &sql, const QVariantList &values, F row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto e = Sql::prepare(q, sql))
        return e;
    for (const auto &v : values)
        q.addBindValue(v);
    if (auto e = Sql::run(q, sql.left(60)))
        return e;
    while (q.next())
        row(q);
    return {};
}

StoreError missingUid(const QString &what, const QString &id)
{
    return StoreError::make(StoreError::Kind::InvalidArgument, u"%1 %2 has no UID"_s.arg(what, id));
}

const QString CalendarUpsert
    = u"INSERT INTO calendar_items (external_id, course_id, course_uid, type, summary, description, start, end, "
      "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO UPDATE SET "
      "course_id = excluded.course_id, course_uid = excluded.course_uid, type = excluded.type, "
      "summary = excluded.summary, description = excluded.description, start = excluded.start, end = excluded.end, "
      "fetched_at = excluded.fetched_at"_s;

QVariantList calendarValues(const CalendarItem &i, const QVariant &fetched)
{
    return {i.uid, Sql::textOrNull(i.course), Sql::textOrNull(i.courseUid), Sql::textOrNull(i.type), i.summary,
        Sql::textOrNull(i.description), Sql::dateTime(i.start), Sql::dateTime(i.end), fetched};
}

StoreError upsertProfiles(QSqlDatabase db, const QList<SkillProfile> &profiles, const QVariant &fetched)
{
    QSqlQuery q(db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO skill_profiles (uid, external_id, name, description, fetched_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, name = excluded.name, "
            "description = excluded.description, fetched_at = excluded.fetched_at"_s))
        return e;
    for (const auto &p : profiles) {
        if (p.uid.isEmpty())
            return missingUid(u"profile"_s, p.id);
        if (auto e = execWith(db, u"UPDATE skill_profiles SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s,
                {p.id, p.uid}))
            return e;
        q.bindValue(0, p.uid);
        q.bindValue(1, Sql::textOrNull(p.id));
        q.bindValue(2, p.name);
        q.bindValue(3, Sql::textOrNull(p.description));
        q.bindValue(4, fetched);
        if (auto e = Sql::run(q, u"upsert profile"_s))
            return e;
    }
    return {};
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError CatalogRepository::replaceCalendarItems(const QList<CalendarItem> &items, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, CalendarUpsert))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &i : items) {
        if (i.uid.isEmpty())
            return StoreError::make(StoreError::Kind::InvalidArgument, u"a calendar item has no ID"_s);
        int n = 0;
        for (const auto &v : calendarValues(i, fetched))
            q.bindValue(n++, v);
        if (auto e = Sql::run(q, u"upsert calendar item"_s))
            return e;
    }
    if (auto e = execWith(m_db, u"DELETE FROM calendar_items WHERE fetched_at < ?"_s, {fetched}))
        return e;
    return tx.commit();
}

StoreError CatalogRepository::upsertCalendarItem(const CalendarItem &item, const QDateTime &fetchedAt)
{
    if (item.uid.isEmpty())
        return StoreError::make(StoreError::Kind::InvalidArgument, u"a calendar item has no ID"_s);
    return execWith(m_db, CalendarUpsert, calendarValues(item, Sql::millis(fetchedAt)));
}

StoreError CatalogRepository::removeCalendarItem(const QString &externalId)
{
    return execWith(m_db, u"DELETE FROM calendar_items WHERE external_id = ?"_s, {externalId});
}

QList<CalendarItem> CatalogRepository::calendarItems(const QString &courseUid, StoreError *error) const
{
    QList<CalendarItem> out;
    const auto e = select(m_db,
        u"SELECT external_id, course_id, course_uid, type, summary, description, start, end FROM calendar_items"_s
            + (courseUid.isEmpty() ? QString() : u" WHERE course_uid = ?"_s) + u" ORDER BY start, external_id"_s,
        courseUid.isEmpty() ? QVariantList{} : QVariantList{courseUid}, [&](const QSqlQuery &q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), Sql::toDateTime(q.value(6)),
                Sql::toDateTime(q.value(7))});
        });
    if (e && error)
        *error = e;
    return out;
}

StoreError CatalogRepository::replaceSkillProfiles(const QList<SkillProfile> &profiles, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    if (auto e = upsertProfiles(m_db, profiles, fetched))
        return e;
    if (auto e = execWith(m_db, u"DELETE FROM skill_profiles WHERE fetched_at < ?"_s, {fetched}))
        return e;
    return tx.commit();
}

StoreError CatalogRepository::upsertSkillProfiles(const QList<SkillProfile> &profiles, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = upsertProfiles(m_db, profiles, Sql::millis(fetchedAt)))
        return e;
    return tx.commit();
}

StoreError CatalogRepository::replaceProfilesOfUser(
    const QString &userUid, const QList<SkillProfile> &profiles, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    if (auto e = upsertProfiles(m_db, profiles, fetched))
        return e;
    if (auto e = execWith(m_db, u"DELETE FROM skill_profile_members WHERE user_uid = ?"_s, {userUid}))
        return e;
    for (const auto &p : profiles) {
        if (auto e = addProfileMembers(p.uid, {userUid}, fetchedAt))
            return e;
    }
    return tx.commit();
}

StoreError CatalogRepository::addProfileMembers(
    const QString &profileUid, const QStringList &userUids, const QDateTime &at)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    for (const auto &u : userUids) {
        if (auto e = execWith(m_db,
                u"INSERT INTO skill_profile_members (profile_uid, user_uid, fetched_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s,
                {profileUid, u, Sql::millis(at)}))
            return e;
    }
    return tx.commit();
}

StoreError CatalogRepository::removeProfileMembers(const QString &profileUid, const QStringList &userUids)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    for (const auto &u : userUids) {
        if (auto e = execWith(
                m_db, u"DELETE FROM skill_profile_members WHERE profile_uid = ? AND user_uid = ?"_s, {profileUid, u}))
            return e;
    }
    return tx.commit();
}

QList<SkillProfile> CatalogRepository::skillProfiles(StoreError *error) const
{
    QList<SkillProfile> out;
    const auto e = select(m_db,
        u"SELECT external_id, uid, name, description FROM skill_profiles ORDER BY name COLLATE NOCASE, uid"_s, {},
        [&](const QSqlQuery &q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (e && error)
        *error = e;
    return out;
}

QList<SkillProfile> CatalogRepository::profilesOfUser(const QString &userUid, StoreError *error) const
{
    QList<SkillProfile> out;
    const auto e = select(m_db,
        u"SELECT p.external_id, p.uid, p.name, p.description FROM skill_profile_members m "
        "JOIN skill_profiles p ON p.uid = m.profile_uid WHERE m.user_uid = ? ORDER BY p.name COLLATE NOCASE, p.uid"_s,
        {userUid}, [&](const QSqlQuery &q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (e && error)
        *error = e;
    return out;
}

QString CatalogRepository::profileUidOf(const QString &externalId) const
{
    QString uid;
    select(m_db, u"SELECT uid FROM skill_profiles WHERE external_id = ?"_s, {externalId},
        [&](const QSqlQuery &q) { uid = q.value(0).toString(); });
    return uid;
}

StoreError CatalogRepository::replaceBundles(const QList<BundleSummary> &bundles, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &b : bundles) {
        if (b.uid.isEmpty())
            return missingUid(u"bundle"_s, b.id);
        if (auto e = execWith(
                m_db, u"UPDATE bundles SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s, {b.id, b.uid}))
            return e;
        if (auto e = execWith(m_db,
                u"INSERT INTO bundles (uid, external_id, name, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT (uid) "
                "DO UPDATE SET external_id = excluded.external_id, name = excluded.name, "
                "fetched_at = excluded.fetched_at"_s,
                {b.uid, Sql::textOrNull(b.id), b.name, fetched}))
            return e;
    }
    if (auto e = execWith(m_db, u"DELETE FROM bundles WHERE fetched_at < ?"_s, {fetched}))
        return e;
    return tx.commit();
}

StoreError CatalogRepository::replaceBundleCourses(
    const QString &bundleUid, const QList<BundleCourse> &courses, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &c : courses) {
        if (c.uid.isEmpty())
            return missingUid(u"bundle course"_s, c.id);
        if (auto e = execWith(m_db,
                u"UPDATE bundle_courses SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s, {c.id, c.uid}))
            return e;
        if (auto e = execWith(m_db,
                u"INSERT INTO bundle_courses (uid, external_id, bundle_uid, name, active, start_date, expire_date, "
                "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
                "external_id = excluded.external_id, bundle_uid = excluded.bundle_uid, name = excluded.name, "
                "active = excluded.active, start_date = excluded.start_date, expire_date = excluded.expire_date, "
                "fetched_at = excluded.fetched_at"_s,
                {c.uid, Sql::textOrNull(c.id), bundleUid, c.name, Sql::flag(c.active), Sql::date(c.startDate),
                    Sql::date(c.expireDate), fetched}))
            return e;
        if (auto e = execWith(m_db, u"DELETE FROM bundle_course_courses WHERE bundle_course_uid = ?"_s, {c.uid}))
            return e;
        for (const auto &ref : c.courses) {
            if (auto e = execWith(m_db,
                    u"INSERT OR REPLACE INTO bundle_course_courses (bundle_course_uid, course_uid, course_id, "
                    "course_name) VALUES (?, ?, ?, ?)"_s,
                    {c.uid, ref.uid, Sql::textOrNull(ref.id), ref.name}))
                return e;
        }
    }
    if (auto e
        = execWith(m_db, u"DELETE FROM bundle_courses WHERE bundle_uid = ? AND fetched_at < ?"_s, {bundleUid, fetched}))
        return e;
    return tx.commit();
}

StoreError CatalogRepository::replaceBundleSubscriptions(
    const QString &userUid, const QList<BundleCourseSubscription> &subscriptions, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    if (auto e = execWith(m_db, u"DELETE FROM bundle_subscriptions WHERE user_uid = ?"_s, {userUid}))
        return e;
    for (const auto &s : subscriptions) {
        if (s.uid.isEmpty())
            return missingUid(u"bundle course"_s, s.id);
        if (auto e = execWith(m_db,
                u"INSERT INTO bundle_courses (uid, external_id, name, fetched_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING"_s,
                {s.uid, Sql::textOrNull(s.id), s.name, fetched}))
            return e;
        if (auto e = execWith(m_db,
                u"INSERT INTO bundle_subscriptions (user_uid, bundle_course_uid, active, start_date, expire_date, "
                "expired, subscribe_date, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {userUid, s.uid, Sql::flag(s.active), Sql::date(s.startDate), Sql::date(s.expireDate),
                    Sql::flag(s.expired), Sql::date(s.subscribeDate), fetched}))
            return e;
    }
    return tx.commit();
}

QList<BundleSummary> CatalogRepository::bundles(StoreError *error) const
{
    QList<BundleSummary> out;
    const auto e = select(m_db, u"SELECT external_id, uid, name FROM bundles ORDER BY name COLLATE NOCASE, uid"_s, {},
        [&](const QSqlQuery &q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        });
    if (e && error)
        *error = e;
    return out;
}

QList<BundleCourseSubscription> CatalogRepository::bundleSubscriptionsOfUser(
    const QString &userUid, StoreError *error) const
{
    QList<BundleCourseSubscription> out;
    const auto e = select(m_db,
        u"SELECT c.external_id, s.bundle_course_uid, c.name, s.active, s.start_date, s.expire_date, s.expired, "
        "s.subscribe_date FROM bundle_subscriptions s JOIN bundle_courses c ON c.uid = s.bundle_course_uid "
        "WHERE s.user_uid = ? ORDER BY s.bundle_course_uid"_s,
        {userUid}, [&](const QSqlQuery &q) {
            BundleCourseSubscription s;
            s.id = q.value(0).toString();
            s.uid = q.value(1).toString();
            s.name = q.value(2).toString();
            s.active = q.value(3).toInt() != 0;
            s.startDate = Sql::toDate(q.value(4));
            s.expireDate = Sql::toDate(q.value(5));
            s.expired = q.value(6).toInt() != 0;
            s.subscribeDate = Sql::toDate(q.value(7));
            out << s;
        });
    if (e && error)
        *error = e;
    return out;
}

QList<BundleCourse> CatalogRepository::bundleCourses(const QString &bundleUid, StoreError *error) const
{
    QList<BundleCourse> out;
    auto e = select(m_db,
        u"SELECT external_id, uid, name, active, start_date, expire_date FROM bundle_courses WHERE bundle_uid = ? "
        "ORDER BY name COLLATE NOCASE, uid"_s,
        {bundleUid}, [&](const QSqlQuery &q) {
            BundleCourse c;
            c.id = q.value(0).toString();
            c.uid = q.value(1).toString();
            c.name = q.value(2).toString();
            c.active = q.value(3).toInt() != 0;
            c.startDate = Sql::toDate(q.value(4));
            c.expireDate = Sql::toDate(q.value(5));
            out << c;
        });
    for (auto &c : out) {
        if (e)
            break;
        e = select(m_db,
            u"SELECT course_id, course_uid, course_name FROM bundle_course_courses WHERE bundle_course_uid = ? "
            "ORDER BY course_uid"_s,
            {c.uid}, [&](const QSqlQuery &q) {
                c.courses.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
            });
    }
    if (e && error)
        *error = e;
    return out;
}

StoreError CatalogRepository::replaceEventParticipants(
    const QString &eventId, const QList<EventParticipant> &participants, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    const QVariant fetched = Sql::millis(fetchedAt);
    if (auto e = execWith(m_db,
            u"INSERT INTO bookable_events (external_id, fetched_at) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
            {eventId, fetched}))
        return e;
    QList<UserSummary> users;
    for (const auto &p : participants)
        users << p.user;
    if (auto e = UserRepository(m_db).ensureUsers(users, fetchedAt))
        return e;
    if (auto e = execWith(m_db, u"DELETE FROM event_participants WHERE event_id = ?"_s, {eventId}))
        return e;
    for (const auto &p : participants) {
        if (auto e = execWith(m_db,
                u"INSERT INTO event_participants (event_id, user_uid, attended, score, subscribe_date_time, "
                "fetched_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {eventId, p.user.uid, Sql::boolOrNull(p.attended), Sql::textOrNull(p.score),
                    Sql::dateTime(p.subscribeDateTime), fetched}))
            return e;
    }
    return tx.commit();
}

QList<EventParticipant> CatalogRepository::eventParticipants(const QString &eventId, StoreError *error) const
{
    QList<EventParticipant> out;
    const auto e = select(m_db,
        u"SELECT u.external_id, u.uid, u.name, u.login, u.email, u.active, p.attended, p.score, "
        "p.subscribe_date_time FROM event_participants p JOIN users u ON u.uid = p.user_uid WHERE p.event_id = ? "
        "ORDER BY u.name COLLATE NOCASE, u.uid"_s,
        {eventId}, [&](const QSqlQuery &q) {
            EventParticipant p;
            p.user = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toInt() != 0};
            p.attended = Sql::toOptionalBool(q.value(6));
            p.score = q.value(7).toString();
            p.subscribeDateTime = Sql::toDateTime(q.value(8));
            out << p;
        });
    if (e && error)
        *error = e;
    return out;
}

} // namespace Springdesk::Store
