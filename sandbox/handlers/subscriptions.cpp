// Subscriptions and results (contract 2.4).
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Subscriptions", text);
}

// Columns for subscriptionJson(); joins subscriptions s, courses c, users u.
const QString SubscriptionSelect = u"SELECT s.pk, c.ext AS cext, c.uid AS cuid, c.name AS cname, s.reseller, "
                                   "s.active, c.active AS cactive, s.subscribeDateTime, s.startDate, s.expireDate, "
                                   "s.completed, s.expired, s.knowledgeIntake, s.efficiency, s.objectivesProgress, "
                                   "s.completeDateTime, s.grade, s.passed, s.gradeDate, "
                                   "s.lastTrainingCompletedDateTime, u.ext AS uext, u.uid AS uuid, u.firstName, "
                                   "u.middleName, u.lastName, u.login, u.email, c.template_pk, "
                                   "(SELECT COUNT(*) FROM part_results p WHERE p.subscription_pk = s.pk AND "
                                   "p.completed) AS done, (SELECT COUNT(*) FROM activities a WHERE a.template_pk = "
                                   "c.template_pk) AS total FROM subscriptions s JOIN courses c ON c.pk = s.course_pk "
                                   "JOIN users u ON u.pk = s.user_pk "_s;

QString datePart(const QString &dateTime)
{
    return dateTime.left(10);
}

QString startDateTime(const QString &date)
{
    return date.isEmpty()
        ? QString()
        : isoDateTime(QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0), environmentTimeZone()));
}

QJsonObject subscriptionJson(const QSqlQuery &q, bool stats, bool learner)
{
    const QString now = today();
    const QString start = q.value(u"startDate"_s).toString();
    const QString expire = q.value(u"expireDate"_s).toString();
    const bool expired = q.value(u"expired"_s).toBool() || (!expire.isEmpty() && expire < now);
    const bool started = start.isEmpty() || start <= now;
    QJsonObject o;
    if (learner) {
        QStringList names;
        for (const auto &key : {u"firstName"_s, u"middleName"_s, u"lastName"_s}) {
            if (const QString n = q.value(key).toString(); !n.isEmpty())
                names.append(n);
        }
        o = {{u"id"_s, q.value(u"uext"_s).toString()}, {u"uid"_s, q.value(u"uuid"_s).toString()},
            {u"name"_s, names.join(u' ')}, {u"login"_s, q.value(u"login"_s).toString()},
            {u"email"_s, q.value(u"email"_s).toString()}};
    } else {
        o = {{u"id"_s, q.value(u"cext"_s).toString()}, {u"uid"_s, q.value(u"cuid"_s).toString()},
            {u"name"_s, q.value(u"cname"_s).toString()}};
    }
    const QString subscribed = q.value(u"subscribeDateTime"_s).toString();
    o.insert(u"reseller"_s, q.value(u"reseller"_s).toString());
    o.insert(u"active"_s, q.value(u"active"_s).toBool() && q.value(u"cactive"_s).toBool() && started && !expired);
    o.insert(u"subscribeDate"_s, datePart(subscribed));
    o.insert(u"subscribeDateTime"_s, subscribed);
    o.insert(u"startDate"_s, start);
    o.insert(u"startDateTime"_s, startDateTime(start));
    o.insert(u"expireDate"_s, expire);
    o.insert(u"finished"_s, q.value(u"completed"_s).toBool());
    o.insert(u"expired"_s, expired);
    o.insert(u"progress"_s, u"%1/%2"_s.arg(q.value(u"done"_s).toInt()).arg(q.value(u"total"_s).toInt()));
    if (stats) {
        o.insert(u"knowledgeIntake"_s, q.value(u"knowledgeIntake"_s).toDouble());
        o.insert(u"efficiency"_s, q.value(u"efficiency"_s).toDouble());
        o.insert(u"objectivesProgress"_s, q.value(u"objectivesProgress"_s).toDouble());
    }
    return o;
}

QJsonArray attemptsJson(SandboxStore &s, qint64 sub, qint64 activity, bool asStudent)
{
    QJsonArray out;
    QSqlQuery a = s.exec(u"SELECT pk, attemptNumber, startDateTime, completed, completeDateTime, expireDate, "
                         "progress, score, passed FROM attempts WHERE subscription_pk = ? AND activity_pk = ? "
                         "ORDER BY attemptNumber"_s,
        {sub, activity});
    while (a.next()) {
        QJsonObject o{{u"attemptNumber"_s, a.value(1).toInt()}, {u"startDate"_s, datePart(a.value(2).toString())},
            {u"startDateTime"_s, a.value(2).toString()}, {u"completed"_s, a.value(3).toBool()},
            {u"completeDate"_s, datePart(a.value(4).toString())}, {u"completeDateTime"_s, a.value(4).toString()},
            {u"expireDate"_s, a.value(5).toString()}, {u"progress"_s, a.value(6).toString()},
            {u"score"_s, a.value(7).toString()}, {u"passed"_s, a.value(8).toBool()}};
        QJsonArray terms;
        QJsonArray criteria;
        if (!asStudent) { // detailed feedback is for administrators
            QSqlQuery t = s.exec(
                u"SELECT name, score, maxScore, threshold FROM attempt_terms WHERE attempt_pk = ?"_s, {a.value(0)});
            while (t.next())
                terms.append(QJsonObject{{u"name"_s, t.value(0).toString()}, {u"score"_s, t.value(1).toInt()},
                    {u"maxScore"_s, t.value(2).toInt()}, {u"threshold"_s, t.value(3).toInt()}});
            QSqlQuery cr = s.exec(
                u"SELECT ext, name, maxScore, score FROM attempt_criteria WHERE attempt_pk = ?"_s, {a.value(0)});
            while (cr.next())
                criteria.append(QJsonObject{{u"id"_s, cr.value(0).toString()}, {u"name"_s, cr.value(1).toString()},
                    {u"maxScore"_s, cr.value(2).toInt()}, {u"score"_s, cr.value(3).toInt()}});
        }
        o.insert(u"terms"_s, terms);
        o.insert(u"criteria"_s, criteria);
        out.append(o);
    }
    return out;
}

QJsonObject resultJson(SandboxStore &s, const QSqlQuery &q, bool asStudent)
{
    QJsonObject o = subscriptionJson(q, true, false);
    const qint64 sub = q.value(0).toLongLong();
    const QString completed = q.value(u"completeDateTime"_s).toString();
    const QString training = q.value(u"lastTrainingCompletedDateTime"_s).toString();
    o.insert(u"completed"_s, q.value(u"completed"_s).toBool());
    o.insert(u"completeDate"_s, datePart(completed));
    o.insert(u"grade"_s, q.value(u"grade"_s).toString());
    o.insert(u"passed"_s, q.value(u"passed"_s).toBool());
    o.insert(u"gradeDate"_s, q.value(u"gradeDate"_s).toString());
    o.insert(u"lastTrainingCompletedDate"_s, datePart(training));
    o.insert(u"lastTrainingCompletedDateTime"_s, training);
    QJsonArray parts;
    QSqlQuery p = s.exec(u"SELECT a.pk, a.ext, a.uid, a.name, a.type, a.subType, a.blockName, "
                         "COALESCE(r.completed, 0), COALESCE(r.completeDateTime, ''), COALESCE(r.score, ''), "
                         "COALESCE(r.passed, 0) FROM activities a LEFT JOIN part_results r ON r.activity_pk = a.pk "
                         "AND r.subscription_pk = ? WHERE a.template_pk = ? ORDER BY a.sort"_s,
        {sub, q.value(u"template_pk"_s)});
    while (p.next()) {
        const QString done = p.value(8).toString();
        parts.append(QJsonObject{{u"id"_s, p.value(1).toString()}, {u"uid"_s, p.value(2).toString()},
            {u"name"_s, p.value(3).toString()}, {u"type"_s, p.value(4).toString()},
            {u"subType"_s, p.value(5).toString()}, {u"blockName"_s, p.value(6).toString()},
            {u"completed"_s, p.value(7).toBool()}, {u"completeDate"_s, datePart(done)}, {u"completeDateTime"_s, done},
            {u"score"_s, p.value(9).toString()}, {u"passed"_s, p.value(10).toBool()},
            {u"attempts"_s, attemptsJson(s, sub, p.value(0).toLongLong(), asStudent)}});
    }
    o.insert(u"parts"_s, parts);
    return o;
}

qint64 subscriptionPk(Call &c, qint64 user, qint64 course)
{
    return c.store.scalar(u"SELECT pk FROM subscriptions WHERE user_pk = ? AND course_pk = ?"_s, {user, course})
        .toLongLong();
}

void isSubscribed(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    c.result = {{u"result"_s, subscriptionPk(c, user, course) != 0}};
}

void getSubscriptions(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const bool stats = !c.flag(P::skipStats);
    QJsonArray list;
    QSqlQuery q = c.store.exec(SubscriptionSelect + u"WHERE s.user_pk = ? ORDER BY s.pk"_s, {user});
    while (q.next())
        list.append(subscriptionJson(q, stats, false));
    c.result = {{QString(c.endpoint.listKey), list}};
}

void getResults(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    QString sql = SubscriptionSelect + u"WHERE s.user_pk = ?"_s;
    QVariantList args{user};
    if (!c.str(P::courseID).isEmpty() || !c.str(P::courseUID).isEmpty()) {
        const qint64 course = c.str(P::courseID).isEmpty() ? findByUid(c.store, Entities::Course, c.str(P::courseUID))
                                                           : findByExt(c.store, Entities::Course, c.str(P::courseID));
        if (!course)
            notFound(Entities::Course, c.str(P::courseID).isEmpty() ? c.str(P::courseUID) : c.str(P::courseID),
                c.str(P::courseID).isEmpty());
        if (!subscriptionPk(c, user, course))
            fail(404, tr("The user is not subscribed to the course."));
        sql += u" AND s.course_pk = ?"_s;
        args.append(course);
    }
    const bool asStudent = c.flag(P::asStudent);
    if (asStudent)
        sql += u" AND c.active = 1"_s;
    QJsonArray list;
    QSqlQuery q = c.store.exec(sql + u" ORDER BY s.pk"_s, args);
    while (q.next())
        list.append(resultJson(c.store, q, asStudent));
    c.result = {{QString(c.endpoint.listKey), list}};
}

void getStudentSubscriptions(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const bool stats = !c.flag(P::skipStats);
    QJsonArray list;
    QSqlQuery q = c.store.exec(SubscriptionSelect + u"WHERE s.course_pk = ? ORDER BY s.pk"_s, {course});
    while (q.next())
        list.append(subscriptionJson(q, stats, true));
    c.result = {{QString(c.endpoint.listKey), list}};
}

void effectFor(Call &c, qint64 user, qint64 course)
{
    c.effect(u"subscription"_s, extOf(c.store, Entities::User, user) + u'@' + extOf(c.store, Entities::Course, course));
}

void subscribe(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    if (!userHasRole(c.store, user, u"student"_s))
        fail(409, tr("The user does not have the learner (student) role."));
    if (subscriptionPk(c, user, course))
        fail(409, tr("The user is already subscribed to the course."));
    QSqlQuery cq = c.store.exec(u"SELECT archived, reseller, expireInterval FROM courses WHERE pk = ?"_s, {course});
    cq.next();
    if (cq.value(0).toBool())
        fail(409, tr("The course is archived."));
    // Default subenvironment: the one whose domain was called, else the course's own.
    QString reseller
        = c.store.scalar(u"SELECT ext FROM resellers WHERE domain = ? AND domain != ''"_s, {c.requestHost}).toString();
    if (reseller.isEmpty())
        reseller = cq.value(1).toString();
    if (const QString r = c.str(P::reseller); !r.isEmpty()) {
        if (!findByExt(c.store, Entities::Reseller, r))
            notFound(Entities::Reseller, r);
        reseller = r;
    }
    const QString start = c.str(P::startDate).isEmpty() ? today() : c.str(P::startDate);
    // Default validity: one year (the course's default "preservability").
    const QString expire = c.has(P::expireDate)
        ? c.str(P::expireDate)
        : QDate::fromString(start, Qt::ISODate).addYears(1).toString(Qt::ISODate);
    checkOrder(start, expire, P::startDate, P::expireDate);
    c.store.insert(
        u"INSERT INTO subscriptions (user_pk, course_pk, reseller, subscribeDateTime, startDate, expireDate) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {user, course, reseller, nowIso(), start, expire});
    effectFor(c, user, course);
}

void unsubscribe(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 sub = subscriptionPk(c, user, course);
    if (!sub)
        fail(409, tr("The user is not subscribed to the course."));
    c.store.exec(u"DELETE FROM subscriptions WHERE pk = ?"_s, {sub});
    c.store.exec(u"DELETE FROM teacher_students WHERE course_pk = ? AND student_pk = ?"_s, {course, user});
    effectFor(c, user, course);
}

void updateSubscription(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 sub = subscriptionPk(c, user, course);
    if (!sub)
        fail(404, tr("The user is not subscribed to the course."));
    QSqlQuery q = c.store.exec(u"SELECT startDate, expireDate FROM subscriptions WHERE pk = ?"_s, {sub});
    q.next();
    const QString start = c.has(P::startDate) ? c.str(P::startDate) : q.value(0).toString();
    const QString expire = c.has(P::expireDate) ? c.str(P::expireDate) : q.value(1).toString();
    checkOrder(start, expire, P::startDate, P::expireDate);
    c.store.exec(u"UPDATE subscriptions SET startDate = ?, expireDate = ? WHERE pk = ?"_s, {start, expire, sub});
    if (const auto expired = c.optFlag(P::expired))
        c.store.exec(u"UPDATE subscriptions SET expired = ? WHERE pk = ?"_s, {int(*expired), sub});
    if (const auto active = c.optFlag(P::active))
        c.store.exec(u"UPDATE subscriptions SET active = ? WHERE pk = ?"_s, {int(*active), sub});
    effectFor(c, user, course);
}

void setExternalPartResult(Call &c)
{
    const qint64 user = resolve(c, Entities::User, P::userID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 sub = subscriptionPk(c, user, course);
    const QString activityId = c.str(P::activityID);
    QSqlQuery a = c.store.exec(u"SELECT a.pk, a.type FROM activities a JOIN courses c ON c.template_pk = a.template_pk "
                               "WHERE c.pk = ? AND a.ext = ?"_s,
        {course, activityId});
    if (!a.next())
        fail(404, tr("No activity exists with the specified ID in this course: %1").arg(activityId));
    if (!sub)
        fail(404, tr("The user is not subscribed to the course."));
    if (a.value(1).toString() != u"External")
        fail(409, tr("The activity %1 is not an external activity.").arg(activityId));
    const qint64 activity = a.value(0).toLongLong();
    const bool completed = c.flag(P::completed, true);
    const QString when = c.str(P::completeDate).isEmpty()
        ? nowIso()
        : isoDateTime(
            QDateTime(QDate::fromString(c.str(P::completeDate), Qt::ISODate), QTime(12, 0), environmentTimeZone()));
    const QString score = c.str(P::score);
    const bool passed = c.flag(P::passed, completed);
    c.store.exec(u"INSERT INTO part_results (subscription_pk, activity_pk, completed, completeDateTime, score, passed) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subscription_pk, activity_pk) DO UPDATE SET "
                 "completed = excluded.completed, completeDateTime = excluded.completeDateTime, "
                 "score = excluded.score, passed = excluded.passed"_s,
        {sub, activity, int(completed), completed ? when : QString(), score, int(passed)});
    const int number
        = c.store
              .scalar(u"SELECT COALESCE(MAX(attemptNumber), 0) + 1 FROM attempts WHERE subscription_pk = ? "
                      "AND activity_pk = ?"_s,
                  {sub, activity})
              .toInt();
    c.store.insert(u"INSERT INTO attempts (subscription_pk, activity_pk, attemptNumber, startDateTime, completed, "
                   "completeDateTime, progress, score, passed) VALUES (?, ?, ?, ?, ?, ?, '1/1', ?, ?)"_s,
        {sub, activity, number, when, int(completed), completed ? when : QString(), score, int(passed)});
    c.store.exec(u"UPDATE subscriptions SET lastTrainingCompletedDateTime = ? WHERE pk = ?"_s, {when, sub});
    effectFor(c, user, course);
}

} // namespace

void registerSubscriptionHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::IsSubscribed)] = isSubscribed;
    t[size_t(Fn::GetSubscriptions)] = getSubscriptions;
    t[size_t(Fn::GetResults)] = getResults;
    t[size_t(Fn::GetStudentSubscriptions)] = getStudentSubscriptions;
    t[size_t(Fn::Subscribe)] = subscribe;
    t[size_t(Fn::Unsubscribe)] = unsubscribe;
    t[size_t(Fn::UpdateSubscription)] = updateSubscription;
    t[size_t(Fn::SetExternalPartResult)] = setExternalPartResult;
}

} // namespace Springdesk::Sandbox
