// Bundles and bundle courses (contract 2.10).
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Bundles", text);
}

QJsonObject bundleCourseJson(SandboxStore &s, qint64 pk, bool withCourses)
{
    QSqlQuery q = s.exec(
        u"SELECT COALESCE(ext, ''), uid, name, active, startDate, expireDate FROM bundle_courses WHERE pk = ?"_s, {pk});
    q.next();
    QJsonObject o{{u"id"_s, q.value(0).toString()}, {u"uid"_s, q.value(1).toString()},
        {u"name"_s, q.value(2).toString()}, {u"active"_s, q.value(3).toBool()}, {u"startDate"_s, q.value(4).toString()},
        {u"expireDate"_s, q.value(5).toString()}};
    if (withCourses) {
        QJsonArray courses;
        QSqlQuery c
            = s.exec(u"SELECT COALESCE(c.ext, ''), c.uid, c.name FROM bundle_course_courses b JOIN courses c ON "
                     "c.pk = b.course_pk WHERE b.bundle_course_pk = ? ORDER BY c.pk"_s,
                {pk});
        while (c.next())
            courses.append(QJsonObject{{u"id"_s, c.value(0).toString()}, {u"uid"_s, c.value(1).toString()},
                {u"name"_s, c.value(2).toString()}});
        o.insert(u"courses"_s, courses);
    }
    return o;
}

QJsonObject subscriptionJson(SandboxStore &s, qint64 bundleCourse, qint64 user)
{
    QJsonObject o = bundleCourseJson(s, bundleCourse, false);
    QSqlQuery q = s.exec(u"SELECT subscribeDate, expired FROM bundle_subscriptions WHERE bundle_course_pk = ? AND "
                         "user_pk = ?"_s,
        {bundleCourse, user});
    q.next();
    const QString expire = o.value(u"expireDate"_s).toString();
    o.insert(u"expired"_s, q.value(1).toBool() || (!expire.isEmpty() && expire < today()));
    o.insert(u"subscribeDate"_s, q.value(0).toString());
    return o;
}

void getBundles(Call &c)
{
    const bool all = c.flag(P::includeWithoutId);
    QJsonArray list;
    QSqlQuery q = c.store.exec(u"SELECT COALESCE(ext, ''), uid, name FROM bundles %1 ORDER BY pk"_s.arg(
        all ? QString() : u"WHERE ext IS NOT NULL"_s));
    while (q.next())
        list.append(QJsonObject{
            {u"id"_s, q.value(0).toString()}, {u"uid"_s, q.value(1).toString()}, {u"name"_s, q.value(2).toString()}});
    c.result = {{QString(c.endpoint.listKey), list}};
}

void getBundleCourses(Call &c)
{
    const qint64 bundle = resolve(c, Entities::Bundle, P::bundleID);
    QJsonArray list;
    QSqlQuery q = c.store.exec(u"SELECT pk FROM bundle_courses WHERE bundle_pk = ? ORDER BY pk"_s, {bundle});
    while (q.next())
        list.append(bundleCourseJson(c.store, q.value(0).toLongLong(), true));
    c.result = {{QString(c.endpoint.listKey), list}};
}

bool subscribed(Call &c, qint64 bundleCourse, qint64 user)
{
    return exists(c.store, u"SELECT 1 FROM bundle_subscriptions WHERE bundle_course_pk = ? AND user_pk = ?"_s,
        {bundleCourse, user});
}

void getBundleCourseSubscription(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 bundleCourse = resolve(c, Entities::BundleCourse, P::bundleID);
    if (!subscribed(c, bundleCourse, user))
        fail(404, tr("The user is not subscribed to the bundle course."));
    c.result = subscriptionJson(c.store, bundleCourse, user);
}

void getBundleCourseSubscriptions(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    QJsonArray list;
    QSqlQuery q = c.store.exec(
        u"SELECT bundle_course_pk FROM bundle_subscriptions WHERE user_pk = ? ORDER BY bundle_course_pk"_s, {user});
    while (q.next())
        list.append(subscriptionJson(c.store, q.value(0).toLongLong(), user));
    c.result = {{QString(c.endpoint.listKey), list}};
}

// Subscribes the learner to the bundle course and to each of its courses (existing ones stay).
void subscribeUser(Call &c, qint64 bundleCourse, qint64 user)
{
    c.store.exec(u"INSERT INTO bundle_subscriptions (bundle_course_pk, user_pk, subscribeDate) VALUES (?, ?, ?)"_s,
        {bundleCourse, user, today()});
    c.store.exec(u"INSERT OR IGNORE INTO subscriptions (user_pk, course_pk, reseller, subscribeDateTime, startDate, "
                 "expireDate) SELECT ?, b.course_pk, c.reseller, ?, bc.startDate, bc.expireDate FROM "
                 "bundle_course_courses b JOIN courses c ON c.pk = b.course_pk JOIN bundle_courses bc ON bc.pk = "
                 "b.bundle_course_pk WHERE b.bundle_course_pk = ?"_s,
        {user, nowIso(), bundleCourse});
    c.effect(u"bundleSubscription"_s,
        extOf(c.store, Entities::User, user) + u'@' + extOf(c.store, Entities::BundleCourse, bundleCourse));
}

void subscribeBundleCourse(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 bundleCourse = resolve(c, Entities::BundleCourse, P::bundleID);
    if (!userHasRole(c.store, user, u"student"_s))
        fail(409, tr("The user does not have the learner (student) role."));
    if (subscribed(c, bundleCourse, user))
        fail(409, tr("The user is already subscribed to the bundle course."));
    subscribeUser(c, bundleCourse, user);
}

void unsubscribeBundleCourse(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 bundleCourse = resolve(c, Entities::BundleCourse, P::bundleID);
    if (!subscribed(c, bundleCourse, user))
        fail(409, tr("The user is not subscribed to the bundle course."));
    c.store.exec(
        u"DELETE FROM bundle_subscriptions WHERE bundle_course_pk = ? AND user_pk = ?"_s, {bundleCourse, user});
    c.effect(u"bundleSubscription"_s,
        extOf(c.store, Entities::User, user) + u'@' + extOf(c.store, Entities::BundleCourse, bundleCourse));
}

void subscribeGroupBundleCourse(Call &c)
{
    const qint64 group = resolve(c, Entities::Group, P::groupID);
    const qint64 bundleCourse = resolve(c, Entities::BundleCourse, P::bundleID);
    if (c.store.scalar(u"SELECT type FROM user_groups WHERE pk = ?"_s, {group}).toString() != u"student")
        fail(409, tr("Only learner groups can be subscribed to a bundle course."));
    QSqlQuery q = c.store.exec(u"SELECT user_pk FROM group_users WHERE group_pk = ? ORDER BY user_pk"_s, {group});
    QList<qint64> members;
    while (q.next())
        members.append(q.value(0).toLongLong());
    for (qint64 user : std::as_const(members)) {
        if (userHasRole(c.store, user, u"student"_s) && !subscribed(c, bundleCourse, user))
            subscribeUser(c, bundleCourse, user);
    }
}

} // namespace

void registerBundleHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GetBundles)] = getBundles;
    t[size_t(Fn::GetBundleCourses)] = getBundleCourses;
    t[size_t(Fn::GetBundleCourseSubscription)] = getBundleCourseSubscription;
    t[size_t(Fn::GetBundleCourseSubscriptions)] = getBundleCourseSubscriptions;
    t[size_t(Fn::SubscribeBundleCourse)] = subscribeBundleCourse;
    t[size_t(Fn::UnsubscribeBundleCourse)] = unsubscribeBundleCourse;
    t[size_t(Fn::SubscribeGroupBundleCourse)] = subscribeGroupBundleCourse;
}

} // namespace Springdesk::Sandbox
