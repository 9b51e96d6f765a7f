#pragma once

#include "core/store/rowcursor.h"
#include "core/store/userquery.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace Springdesk::Store {

// One activity (result part) of a course, as a column of the results matrix.
struct ResultActivity
{
    int position = 0;
    QString id; // the activity's external ID, when known
    QString name;
};

// A cached course in a report's list of courses.
struct ReportCourse
{
    QString uid;
    QString externalId;
    QString name;
};

// The SQL of the reports and exports (core/transfer/reportregistry.cpp): each method returns a
// cursor whose columns are listed beside it, read page by page. Date-times come as ISO 8601
// text (fetched_at columns in UTC, "…Z"). `courseUids` empty means every course.
class ReportRepository final
{
public:
    explicit ReportRepository(QSqlDatabase db);

    // external_id, uid, login, name, first_name, last_name, email, roles ("a, b"), active, archived,
    // fetched_at — in the query's filter and order (the Users pane's export).
    RowCursor users(const UserQuery &query = {}) const;
    // group_id, group_name, group_type, parent_id, level, path, member_external_id, member_uid,
    // member_name, member_email — groups in tree order (a group without members: one row).
    RowCursor groupMembers() const;
    // course_external_id, course_name, learner_external_id, learner_uid, learner_name, learner_email,
    // active, finished, expired, subscribe_date_time, start_date, expiry_date, progress_percent,
    // knowledge_intake, efficiency, objectives_progress
    RowCursor courseRoster(const QStringList &courseUids) const;
    // expiry_date, days_left, course_external_id, course_name, learner_external_id, learner_uid,
    // learner_name, learner_email, start_date, progress_percent, finished — subscriptions not
    // marked expired whose expiry (see expiryExpression) lies in [from, until], soonest first.
    RowCursor expiringSubscriptions(const QDate &from, const QDate &until, const QStringList &courseUids) const;
    // The courses with cached results (courseUids empty) or the given ones, by name.
    QList<ReportCourse> courses(const QStringList &courseUids, bool onlyWithResults, StoreError *error = nullptr) const;
    QList<ResultActivity> resultActivities(const QString &courseUid, StoreError *error = nullptr) const;
    // learner_external_id, learner_uid, learner_name, learner_email, completed, grade, passed,
    // part_position, part_score, part_passed — one row per learner and part, by learner then part.
    RowCursor courseResults(const QString &courseUid) const;
    // course_external_id, course_name, instructor_external_id, instructor_uid, instructor_name,
    // instructor_email, via_group, permissions ("a, b"), linked_learner_count, linked_learners ("id, id")
    RowCursor courseInstructors(const QStringList &courseUids) const;
    // group_id, group_name, group_type, code, user_external_id, user_name, used
    RowCursor accessCodes() const;
    // course_external_id, course_name, item_id, type, summary, description, start, end
    RowCursor calendarItems(const QStringList &courseUids) const;
    // event_id, event_name, location, start, end, user_external_id, user_uid, user_name,
    // user_email, subscribe_date_time, attended, score
    RowCursor eventParticipants() const;

    // Dashboard figures (one small query each).
    // Subscriptions by status: "expired", "finished", "inactive", "active" → count.
    QList<std::pair<QString, int>> subscriptionStatusCounts(StoreError *error = nullptr) const;
    struct ProgressBuckets
    {
        ReportCourse course;
        QList<int> counts; // learners with progress in [0, 20), [20, 40), [40, 60), [60, 80), [80, 100]
    };
    // The `limit` courses with the most subscriptions, with their learners' progress in buckets.
    QList<ProgressBuckets> progressDistribution(int limit, StoreError *error = nullptr) const;
    // Subscriptions (not marked expired) expiring in each of `weeks` weeks from `from`.
    QList<int> expirationsPerWeek(const QDate &from, int weeks, StoreError *error = nullptr) const;

    // The date a subscription expires, as SQL over `s` (subscriptions) and `c` (courses): the
    // earlier of the course's expire date and the start date plus the course's expire interval
    // ("1y", "6m", "30d" or a number of days); NULL when neither is known. The API does not send
    // a subscription's own expire date.
    static QString expiryExpression();

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
