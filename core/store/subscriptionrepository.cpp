#include "core/store/subscriptionrepository.h"

#include "core/store/courserepository.h"
#include "core/store/sqlhelpers.h"
#include "core/store/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using namespace Domain;

const QString SubscriptionColumns
    = u"reseller, active, subscribe_date, subscribe_date_time, start_date, start_date_time, finished, expired, "
      "progress_done, progress_total, knowledge_intake, efficiency, objectives_progress"_s;

QVariantList subscriptionValues(const Subscription &s)
{
    return {Sql::textOrNull(s.reseller), Sql::flag(s.active), Sql::date(s.subscribeDate),
        Sql::dateTime(s.subscribeDateTime), Sql::date(s.startDate), Sql::dateTime(s.startDateTime),
        Sql::flag(s.finished), Sql::flag(s.expired), s.progress ? QVariant(s.progress->done) : QVariant(),
        s.progress ? QVariant(s.progress->total) : QVariant(), Sql::optionalReal(s.knowledgeIntake),
        Sql::optionalReal(s.efficiency), Sql::optionalReal(s.objectivesProgress)};
}

// Reads the 13 subscription columns starting at `at`.
void readSubscription(const QSqlQuery &q, int at, Subscription &s)
{
    s.reseller = q.value(at).toString();
    s.active = q.value(at + 1).toInt() != 0;
    s.subscribeDate = Sql::toDate(q.value(at + 2));
    s.subscribeDateTime = Sql::toDateTime(q.value(at + 3));
    s.startDate = Sql::toDate(q.value(at + 4));
    s.startDateTime = Sql::toDateTime(q.value(at + 5));
    s.finished = q.value(at + 6).toInt() != 0;
    s.expired = q.value(at + 7).toInt() != 0;
    if (!q.value(at + 8).isNull())
        s.progress = Progress{q.value(at + 8).toInt(), q.value(at + 9).toInt()};
    s.knowledgeIntake = Sql::toOptionalReal(q.value(at + 10));
    s.efficiency = Sql::toOptionalReal(q.value(at + 11));
    s.objectivesProgress = Sql::toOptionalReal(q.value(at + 12));
}

// The subscription columns qualified with the alias s, for joins.
QString qualifiedSubscriptionColumns()
{
    QStringList out;
    for (const auto &c : SubscriptionColumns.split(u", "_s))
        out << u"s."_s + c;
    return out.join(u", "_s);
}

QString upsertSubscriptionSql()
{
    QStringList updates;
    for (const auto &c : SubscriptionColumns.split(u", "_s))
        updates << c + u" = excluded."_s + c;
    return u"INSERT INTO subscriptions (user_uid, course_uid, "_s + SubscriptionColumns
        + u", fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (user_uid, course_uid) DO UPDATE SET "_s
        + updates.join(u", "_s) + u", fetched_at = excluded.fetched_at"_s;
}

StoreError runSubscription(
    QSqlQuery &q, const QString &userUid, const QString &courseUid, const Subscription &s, const QVariant &fetched)
{
    int i = 0;
    q.bindValue(i++, userUid);
    q.bindValue(i++, courseUid);
    for (const auto &v : subscriptionValues(s))
        q.bindValue(i++, v);
    q.bindValue(i++, fetched);
    return Sql::run(q, u"upsert subscription"_s);
}

QString termsJson(const QList<ResultTerm> &terms)
{
    QJsonArray a;
    for (const auto &t : terms)
        a.append(QJsonObject{
            {u"name"_s, t.name}, {u"score"_s, t.score}, {u"maxScore"_s, t.maxScore}, {u"threshold"_s, t.threshold}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString criteriaJson(const QList<ResultCriterion> &criteria)
{
    QJsonArray a;
    for (const auto &c : criteria)
        a.append(QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"maxScore"_s, c.maxScore}, {u"score"_s, c.score}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ResultTerm> readTerms(const QString &json)
{
    QList<ResultTerm> out;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array) {
        const auto o = v.toObject();
        out.append({o.value(u"name"_s).toString(), o.value(u"score"_s).toInt(), o.value(u"maxScore"_s).toInt(),
            o.value(u"threshold"_s).toInt()});
    }
    return out;
}

QList<ResultCriterion> readCriteria(const QString &json)
{
    QList<ResultCriterion> out;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array) {
        const auto o = v.toObject();
        out.append({o.value(u"id"_s).toString(), o.value(u"name"_s).toString(), o.value(u"maxScore"_s).toInt(),
            o.value(u"score"_s).toInt()});
    }
    return out;
}

StoreError deleteWhere(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (auto e = Sql::prepare(q, sql))
        return e;
    for (const auto &v : values)
        q.addBindValue(v);
    return Sql::run(q, sql.left(60));
}

} // namespace

SubscriptionRepository::SubscriptionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError SubscriptionRepository::replaceCourseRoster(
    const QString &courseUid, const QList<StudentSubscription> &students, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QList<UserSummary> learners;
    for (const auto &s : students)
        learners.append({s.userId, s.userUid, s.userName, s.login, s.email, true});
    if (auto e = UserRepository(m_db).ensureUsers(learners, fetchedAt))
        return e;
    if (auto e = deleteWhere(m_db, u"DELETE FROM subscriptions WHERE course_uid = ?"_s, {courseUid}))
        return e;
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, upsertSubscriptionSql()))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &s : students) {
        if (auto e = runSubscription(q, s.userUid, courseUid, s.subscription, fetched))
            return e;
    }
    return tx.commit();
}

StoreError SubscriptionRepository::replaceUserSubscriptions(
    const QString &userUid, const QList<Subscription> &subscriptions, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QList<CourseReference> courses;
    for (const auto &s : subscriptions)
        courses.append({s.id, s.uid, s.name});
    if (auto e = CourseRepository(m_db).ensureCourses(courses, fetchedAt))
        return e;
    if (auto e = deleteWhere(m_db, u"DELETE FROM subscriptions WHERE user_uid = ?"_s, {userUid}))
        return e;
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, upsertSubscriptionSql()))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &s : subscriptions) {
        if (auto e = runSubscription(q, userUid, s.uid, s, fetched))
            return e;
    }
    return tx.commit();
}

StoreError SubscriptionRepository::upsertSubscription(
    const QString &userUid, const Subscription &subscription, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e
        = CourseRepository(m_db).ensureCourses({{subscription.id, subscription.uid, subscription.name}}, fetchedAt))
        return e;
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, upsertSubscriptionSql()))
        return e;
    if (auto e = runSubscription(q, userUid, subscription.uid, subscription, Sql::millis(fetchedAt)))
        return e;
    return tx.commit();
}

StoreError SubscriptionRepository::removeSubscription(const QString &userUid, const QString &courseUid)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e
        = deleteWhere(m_db, u"DELETE FROM results WHERE user_uid = ? AND course_uid = ?"_s, {userUid, courseUid}))
        return e;
    if (auto e
        = deleteWhere(m_db, u"DELETE FROM subscriptions WHERE user_uid = ? AND course_uid = ?"_s, {userUid, courseUid}))
        return e;
    return tx.commit();
}

StoreError SubscriptionRepository::replaceUserResults(
    const QString &userUid, const QList<CourseResult> &results, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QList<CourseReference> courses;
    for (const auto &r : results)
        courses.append({r.subscription.id, r.subscription.uid, r.subscription.name});
    if (auto e = CourseRepository(m_db).ensureCourses(courses, fetchedAt))
        return e;
    if (auto e = deleteWhere(m_db, u"DELETE FROM results WHERE user_uid = ?"_s, {userUid}))
        return e;
    QSqlQuery sub(m_db);
    QSqlQuery result(m_db);
    QSqlQuery part(m_db);
    QSqlQuery attempt(m_db);
    if (auto e = Sql::prepare(sub, upsertSubscriptionSql()))
        return e;
    if (auto e = Sql::prepare(result,
            u"INSERT INTO results (user_uid, course_uid, completed, complete_date, grade, passed, grade_date, "
            "last_training_completed_date, last_training_completed_date_time, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return e;
    if (auto e = Sql::prepare(part,
            u"INSERT INTO result_parts (user_uid, course_uid, position, part_id, part_uid, name, type, sub_type, "
            "block_name, completed, complete_date, complete_date_time, score, passed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return e;
    if (auto e = Sql::prepare(attempt,
            u"INSERT INTO result_attempts (user_uid, course_uid, part_position, attempt_number, start_date, "
            "start_date_time, completed, complete_date, complete_date_time, expire_date, progress, score, passed, "
            "terms_json, criteria_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &r : results) {
        const QString courseUid = r.subscription.uid;
        if (auto e = runSubscription(sub, userUid, courseUid, r.subscription, fetched))
            return e;
        int i = 0;
        for (const QVariant &v :
            {QVariant(userUid), QVariant(courseUid), QVariant(Sql::flag(r.completed)), Sql::date(r.completeDate),
                Sql::textOrNull(r.grade), QVariant(Sql::flag(r.passed)), Sql::date(r.gradeDate),
                Sql::date(r.lastTrainingCompletedDate), Sql::dateTime(r.lastTrainingCompletedDateTime), fetched})
            result.bindValue(i++, v);
        if (auto e = Sql::run(result, u"insert result"_s))
            return e;
        for (int p = 0; p < r.parts.size(); ++p) {
            const auto &rp = r.parts.at(p);
            i = 0;
            for (const QVariant &v : {QVariant(userUid), QVariant(courseUid), QVariant(p), Sql::textOrNull(rp.id),
                     Sql::textOrNull(rp.uid), QVariant(rp.name), Sql::textOrNull(rp.type), Sql::textOrNull(rp.subType),
                     Sql::textOrNull(rp.blockName), QVariant(Sql::flag(rp.completed)), Sql::date(rp.completeDate),
                     Sql::dateTime(rp.completeDateTime), Sql::textOrNull(rp.score), QVariant(Sql::flag(rp.passed))})
                part.bindValue(i++, v);
            if (auto e = Sql::run(part, u"insert result part"_s))
                return e;
            for (const auto &a : rp.attempts) {
                i = 0;
                for (const QVariant &v :
                    {QVariant(userUid), QVariant(courseUid), QVariant(p), QVariant(a.attemptNumber),
                        Sql::date(a.startDate), Sql::dateTime(a.startDateTime), QVariant(Sql::flag(a.completed)),
                        Sql::date(a.completeDate), Sql::dateTime(a.completeDateTime), Sql::date(a.expireDate),
                        Sql::textOrNull(a.progress), Sql::textOrNull(a.score), QVariant(Sql::flag(a.passed)),
                        QVariant(termsJson(a.terms)), QVariant(criteriaJson(a.criteria))})
                    attempt.bindValue(i++, v);
                if (auto e = Sql::run(attempt, u"insert attempt"_s))
                    return e;
            }
        }
    }
    return tx.commit();
}

QList<Subscription> SubscriptionRepository::subscriptionsOfUser(const QString &userUid, StoreError *error) const
{
    QList<Subscription> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT c.external_id, c.uid, c.name, "_s + qualifiedSubscriptionColumns()
            + u" FROM subscriptions s JOIN courses c ON c.uid = s.course_uid WHERE s.user_uid = ? "
              "ORDER BY c.name COLLATE NOCASE, c.uid"_s);
    if (!e) {
        q.addBindValue(userUid);
        e = Sql::run(q, u"subscriptions of user"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        Subscription s;
        s.id = q.value(0).toString();
        s.uid = q.value(1).toString();
        s.name = q.value(2).toString();
        readSubscription(q, 3, s);
        out << s;
    }
    return out;
}

QList<StudentSubscription> SubscriptionRepository::roster(const QString &courseUid, StoreError *error) const
{
    QList<StudentSubscription> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT u.external_id, u.uid, u.name, u.login, u.email, "_s + qualifiedSubscriptionColumns()
            + u" FROM subscriptions s JOIN users u ON u.uid = s.user_uid WHERE s.course_uid = ? "
              "ORDER BY u.name COLLATE NOCASE, u.uid"_s);
    if (!e) {
        q.addBindValue(courseUid);
        e = Sql::run(q, u"roster"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        StudentSubscription s;
        s.userId = q.value(0).toString();
        s.userUid = q.value(1).toString();
        s.userName = q.value(2).toString();
        s.login = q.value(3).toString();
        s.email = q.value(4).toString();
        readSubscription(q, 5, s.subscription);
        out << s;
    }
    return out;
}

QList<CourseResult> SubscriptionRepository::results(const QString &userUid, StoreError *error) const
{
    QList<CourseResult> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT c.external_id, c.uid, c.name, r.completed, r.complete_date, r.grade, r.passed, r.grade_date, "
        "r.last_training_completed_date, r.last_training_completed_date_time, "_s
            + qualifiedSubscriptionColumns()
            + u" FROM results r JOIN courses c ON c.uid = r.course_uid "
              "LEFT JOIN subscriptions s ON s.user_uid = r.user_uid AND s.course_uid = r.course_uid "
              "WHERE r.user_uid = ? ORDER BY c.name COLLATE NOCASE, c.uid"_s);
    if (!e) {
        q.addBindValue(userUid);
        e = Sql::run(q, u"results"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next()) {
        CourseResult r;
        r.subscription.id = q.value(0).toString();
        r.subscription.uid = q.value(1).toString();
        r.subscription.name = q.value(2).toString();
        r.completed = q.value(3).toInt() != 0;
        r.completeDate = Sql::toDate(q.value(4));
        r.grade = q.value(5).toString();
        r.passed = q.value(6).toInt() != 0;
        r.gradeDate = Sql::toDate(q.value(7));
        r.lastTrainingCompletedDate = Sql::toDate(q.value(8));
        r.lastTrainingCompletedDateTime = Sql::toDateTime(q.value(9));
        readSubscription(q, 10, r.subscription);
        out << r;
    }
    q.finish();
    QSqlQuery parts(m_db);
    QSqlQuery attempts(m_db);
    parts.prepare(u"SELECT position, part_id, part_uid, name, type, sub_type, block_name, completed, complete_date, "
                  "complete_date_time, score, passed FROM result_parts WHERE user_uid = ? AND course_uid = ? "
                  "ORDER BY position"_s);
    attempts.prepare(u"SELECT attempt_number, start_date, start_date_time, completed, complete_date, "
                     "complete_date_time, expire_date, progress, score, passed, terms_json, criteria_json "
                     "FROM result_attempts WHERE user_uid = ? AND course_uid = ? AND part_position = ? "
                     "ORDER BY attempt_number"_s);
    for (auto &r : out) {
        parts.bindValue(0, userUid);
        parts.bindValue(1, r.subscription.uid);
        if (!parts.exec()) {
            if (error)
                *error = Sql::errorOf(parts, u"result parts"_s);
            return {};
        }
        QList<int> positions;
        while (parts.next()) {
            ResultPart p;
            positions << parts.value(0).toInt();
            p.id = parts.value(1).toString();
            p.uid = parts.value(2).toString();
            p.name = parts.value(3).toString();
            p.type = parts.value(4).toString();
            p.subType = parts.value(5).toString();
            p.blockName = parts.value(6).toString();
            p.completed = parts.value(7).toInt() != 0;
            p.completeDate = Sql::toDate(parts.value(8));
            p.completeDateTime = Sql::toDateTime(parts.value(9));
            p.score = parts.value(10).toString();
            p.passed = parts.value(11).toInt() != 0;
            r.parts << p;
        }
        for (int i = 0; i < r.parts.size(); ++i) {
            attempts.bindValue(0, userUid);
            attempts.bindValue(1, r.subscription.uid);
            attempts.bindValue(2, positions.at(i));
            if (!attempts.exec()) {
                if (error)
                    *error = Sql::errorOf(attempts, u"result attempts"_s);
                return {};
            }
            while (attempts.next()) {
                ResultAttempt a;
                a.attemptNumber = attempts.value(0).toInt();
                a.startDate = Sql::toDate(attempts.value(1));
                a.startDateTime = Sql::toDateTime(attempts.value(2));
                a.completed = attempts.value(3).toInt() != 0;
                a.completeDate = Sql::toDate(attempts.value(4));
                a.completeDateTime = Sql::toDateTime(attempts.value(5));
                a.expireDate = Sql::toDate(attempts.value(6));
                a.progress = attempts.value(7).toString();
                a.score = attempts.value(8).toString();
                a.passed = attempts.value(9).toInt() != 0;
                a.terms = readTerms(attempts.value(10).toString());
                a.criteria = readCriteria(attempts.value(11).toString());
                r.parts[i].attempts << a;
            }
        }
    }
    return out;
}

int SubscriptionRepository::subscriptionCount(const QString &courseUid) const
{
    QSqlQuery q(m_db);
    q.prepare(courseUid.isEmpty() ? u"SELECT count(*) FROM subscriptions"_s
                                  : u"SELECT count(*) FROM subscriptions WHERE course_uid = ?"_s);
    if (!courseUid.isEmpty())
        q.addBindValue(courseUid);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> SubscriptionRepository::subscriptionCounts(StoreError *error) const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, u"SELECT course_uid, count(*) FROM subscriptions GROUP BY course_uid"_s);
    if (!e)
        e = Sql::run(q, u"subscription counts"_s);
    if (e) {
        if (error)
            *error = e;
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

int SubscriptionRepository::resultCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM results"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Springdesk::Store
