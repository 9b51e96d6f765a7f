#include "core/store/reportrepository.h"

#include "core/store/sqlhelpers.h"
#include "core/store/userquerysql.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

// " AND <column> IN (?, ?…)" with its values, or nothing for all courses.
QString courseFilter(const QString &column, const QStringList &uids, QVariantList *values)
{
    if (uids.isEmpty())
        return {};
    QStringList marks;
    for (const QString &uid : uids) {
        marks << u"?"_s;
        values->append(uid);
    }
    return u" AND %1 IN (%2)"_s.arg(column, marks.join(u", "_s));
}

const QString IsoMillis = u"strftime('%Y-%m-%dT%H:%M:%SZ', %1 / 1000, 'unixepoch')"_s;

const QString RolesOf = u"(SELECT group_concat(role, ', ') FROM (SELECT role FROM user_roles r "
                        "WHERE r.user_uid = %1 ORDER BY role))"_s;

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString ReportRepository::expiryExpression()
{
    const QString start = u"COALESCE(s.start_date, substr(s.start_date_time, 1, 10), s.subscribe_date, "
                          "substr(s.subscribe_date_time, 1, 10))"_s;
    const QString n = u"CAST(c.expire_interval AS INTEGER)"_s;
    const QString byInterval = uR"(CASE
        WHEN c.expire_interval GLOB '[0-9]*[yY]' THEN date(%1, '+' || %2 || ' years')
        WHEN c.expire_interval GLOB '[0-9]*[mM]' THEN date(%1, '+' || %2 || ' months')
        WHEN c.expire_interval GLOB '[0-9]*[dD]' THEN date(%1, '+' || %2 || ' days')
        WHEN c.expire_interval GLOB '[0-9]*' AND c.expire_interval NOT GLOB '*[^0-9]*' THEN date(%1, '+' || %2 || ' days')
        END)"_s.arg(start, n);
    const QString byCourse = u"NULLIF(substr(c.expire_date, 1, 10), '')"_s;
    return u"(CASE WHEN %1 IS NULL THEN %2 WHEN %2 IS NULL THEN %1 ELSE min(%1, %2) END)"_s.arg(byCourse, byInterval);
}

RowCursor ReportRepository::users(const UserQuery &query) const
{
    const auto filter = UserQuerySql::filter(query);
    const QString sql = u"SELECT u.external_id, u.uid, u.login, u.name, u.first_name, u.last_name, u.email, "_s
        + RolesOf.arg(u"u.uid"_s) + u", u.active, u.archived, "_s + IsoMillis.arg(u"u.fetched_at"_s)
        + u" FROM users u"_s + filter.where + UserQuerySql::orderBy(query);
    return RowCursor(m_db, sql, filter.values, u"users report"_s);
}

RowCursor ReportRepository::groupMembers() const
{
    const QString sql = uR"(WITH RECURSIVE tree(id, path, level) AS (
            SELECT g.external_id, COALESCE(NULLIF(g.name, ''), g.external_id), 0 FROM user_groups g
            WHERE g.parent_id IS NULL OR g.parent_id = ''
               OR g.parent_id NOT IN (SELECT external_id FROM user_groups)
            UNION ALL
            SELECT c.external_id, tree.path || ' / ' || COALESCE(NULLIF(c.name, ''), c.external_id), tree.level + 1
            FROM user_groups c JOIN tree ON c.parent_id = tree.id WHERE tree.level < 64)
        SELECT g.external_id, g.name, g.type, g.parent_id, tree.level, tree.path,
               u.external_id, u.uid, u.name, u.email
        FROM tree JOIN user_groups g ON g.external_id = tree.id
        LEFT JOIN group_members m ON m.group_id = g.external_id
        LEFT JOIN users u ON u.uid = m.user_uid
        ORDER BY tree.path COLLATE NOCASE, g.external_id, u.name COLLATE NOCASE, u.user_key)"_s;
    return RowCursor(m_db, sql, {}, u"group members report"_s);
}

RowCursor ReportRepository::courseRoster(const QStringList &courseUids) const
{
    QVariantList values;
    const QString sql = uR"(SELECT c.external_id, c.name, u.external_id, u.uid, u.name, u.email,
            s.active, s.finished, s.expired, s.subscribe_date_time,
            COALESCE(s.start_date, substr(s.start_date_time, 1, 10)), %1,
            CASE WHEN s.progress_total > 0 THEN round(100.0 * s.progress_done / s.progress_total, 1) END,
            s.knowledge_intake, s.efficiency, s.objectives_progress
        FROM subscriptions s JOIN courses c ON c.uid = s.course_uid JOIN users u ON u.uid = s.user_uid
        WHERE 1 = 1)"_s.arg(expiryExpression())
        + courseFilter(u"s.course_uid"_s, courseUids, &values)
        + u" ORDER BY c.name COLLATE NOCASE, c.uid, u.name COLLATE NOCASE, u.user_key"_s;
    return RowCursor(m_db, sql, values, u"course roster report"_s);
}

RowCursor ReportRepository::expiringSubscriptions(
    const QDate &from, const QDate &until, const QStringList &courseUids) const
{
    QVariantList courseValues;
    const QString sql = uR"(SELECT * FROM (
            SELECT %1 AS expiry, CAST(julianday(%1) - julianday(?) AS INTEGER),
                c.external_id, c.name, u.external_id, u.uid, u.name, u.email,
                COALESCE(s.start_date, substr(s.start_date_time, 1, 10)),
                CASE WHEN s.progress_total > 0 THEN round(100.0 * s.progress_done / s.progress_total, 1) END,
                s.finished, c.name AS course_name, u.name AS user_name, u.user_key AS user_key, c.uid AS course_uid
            FROM subscriptions s JOIN courses c ON c.uid = s.course_uid JOIN users u ON u.uid = s.user_uid
            WHERE COALESCE(s.expired, 0) = 0)"_s.arg(expiryExpression())
        + courseFilter(u"s.course_uid"_s, courseUids, &courseValues) + uR"() WHERE expiry >= ? AND expiry <= ?
            ORDER BY expiry, course_name COLLATE NOCASE, course_uid, user_name COLLATE NOCASE, user_key)"_s;
    // the bound values follow the placeholders' order: julianday(?), the course filter, the window
    const QVariantList values = QVariantList{from.toString(Qt::ISODate)} + courseValues
        + QVariantList{from.toString(Qt::ISODate), until.toString(Qt::ISODate)};
    return RowCursor(m_db, sql, values, u"expiring subscriptions report"_s);
}

QList<ReportCourse> ReportRepository::courses(
    const QStringList &courseUids, bool onlyWithResults, StoreError *error) const
{
    QVariantList values;
    QString sql = u"SELECT c.uid, c.external_id, c.name FROM courses c WHERE 1 = 1"_s
        + courseFilter(u"c.uid"_s, courseUids, &values);
    if (onlyWithResults)
        sql += u" AND EXISTS (SELECT 1 FROM results r WHERE r.course_uid = c.uid)"_s;
    sql += u" ORDER BY c.name COLLATE NOCASE, c.uid"_s;
    QList<ReportCourse> out;
    RowCursor cursor(m_db, sql, values, u"report courses"_s);
    QList<QVariantList> rows;
    for (;;) {
        rows.clear();
        if (auto e = cursor.next(500, &rows)) {
            if (error)
                *error = e;
            return {};
        }
        if (rows.isEmpty())
            break;
        for (const auto &r : std::as_const(rows))
            out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString()});
    }
    return out;
}

QList<ResultActivity> ReportRepository::resultActivities(const QString &courseUid, StoreError *error) const
{
    RowCursor cursor(m_db,
        u"SELECT position, max(part_id), max(name) FROM result_parts WHERE course_uid = ? "
        "GROUP BY position ORDER BY position"_s,
        {courseUid}, u"result activities"_s);
    QList<ResultActivity> out;
    QList<QVariantList> rows;
    for (;;) {
        rows.clear();
        if (auto e = cursor.next(500, &rows)) {
            if (error)
                *error = e;
            return {};
        }
        if (rows.isEmpty())
            break;
        for (const auto &r : std::as_const(rows))
            out.append({r.at(0).toInt(), r.at(1).toString(), r.at(2).toString()});
    }
    return out;
}

RowCursor ReportRepository::courseResults(const QString &courseUid) const
{
    const QString sql = uR"(SELECT u.external_id, u.uid, u.name, u.email, r.completed, r.grade, r.passed,
            p.position, p.score, p.passed
        FROM results r JOIN users u ON u.uid = r.user_uid
        LEFT JOIN result_parts p ON p.user_uid = r.user_uid AND p.course_uid = r.course_uid
        WHERE r.course_uid = ?
        ORDER BY u.name COLLATE NOCASE, u.user_key, p.position)"_s;
    return RowCursor(m_db, sql, {courseUid}, u"results report"_s);
}

RowCursor ReportRepository::courseInstructors(const QStringList &courseUids) const
{
    QVariantList values;
    const QString sql = uR"(WITH instructors(course_uid, teacher_uid) AS (
            SELECT course_uid, teacher_uid FROM course_permissions
            UNION SELECT course_uid, teacher_uid FROM teacher_students
            UNION SELECT c.uid, m.user_uid FROM courses c JOIN group_members m ON m.group_id = c.teacher_group)
        SELECT c.external_id, c.name, u.external_id, u.uid, u.name, u.email,
            CASE WHEN EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = c.teacher_group
                AND m.user_uid = i.teacher_uid) THEN c.teacher_group END,
            (SELECT group_concat(permission, ', ') FROM (SELECT permission FROM course_permissions p
                WHERE p.course_uid = i.course_uid AND p.teacher_uid = i.teacher_uid ORDER BY permission)),
            (SELECT count(*) FROM teacher_students t WHERE t.course_uid = i.course_uid
                AND t.teacher_uid = i.teacher_uid),
            (SELECT group_concat(learner, ', ') FROM (SELECT COALESCE(s.external_id, s.uid) AS learner
                FROM teacher_students t JOIN users s ON s.uid = t.student_uid
                WHERE t.course_uid = i.course_uid AND t.teacher_uid = i.teacher_uid ORDER BY learner))
        FROM instructors i JOIN courses c ON c.uid = i.course_uid JOIN users u ON u.uid = i.teacher_uid
        WHERE 1 = 1)"_s
        + courseFilter(u"i.course_uid"_s, courseUids, &values)
        + u" ORDER BY c.name COLLATE NOCASE, c.uid, u.name COLLATE NOCASE, u.user_key"_s;
    return RowCursor(m_db, sql, values, u"course instructors report"_s);
}

RowCursor ReportRepository::accessCodes() const
{
    const QString sql = uR"(SELECT g.external_id, g.name, g.type, a.code,
            COALESCE(u.external_id, a.user_id), u.name, a.used
        FROM access_codes a JOIN access_code_groups g ON g.external_id = a.group_id
        LEFT JOIN users u ON u.external_id = a.user_id OR u.uid = a.user_id
        ORDER BY g.external_id, a.code)"_s;
    return RowCursor(m_db, sql, {}, u"access codes report"_s);
}

RowCursor ReportRepository::calendarItems(const QStringList &courseUids) const
{
    QVariantList values;
    const QString sql = uR"(SELECT COALESCE(c.external_id, i.course_id), c.name, i.external_id, i.type, i.summary,
            i.description, i.start, i.end
        FROM calendar_items i LEFT JOIN courses c ON c.uid = i.course_uid OR (i.course_uid IS NULL AND c.external_id = i.course_id)
        WHERE 1 = 1)"_s
        + courseFilter(u"c.uid"_s, courseUids, &values)
        + u" ORDER BY c.name COLLATE NOCASE, c.uid, i.start, i.external_id"_s;
    return RowCursor(m_db, sql, values, u"calendar items report"_s);
}

namespace {

// Every row of a small query, or none with `error` set.
QList<QVariantList> allRows(RowCursor cursor, StoreError *error)
{
    QList<QVariantList> rows;
    for (;;) {
        const qsizetype before = rows.size();
        if (auto e = cursor.next(1000, &rows)) {
            if (error)
                *error = e;
            return {};
        }
        if (rows.size() == before)
            return rows;
    }
}

} // namespace

QList<std::pair<QString, int>> ReportRepository::subscriptionStatusCounts(StoreError *error) const
{
    const QString sql = uR"(SELECT CASE WHEN expired = 1 THEN 'expired' WHEN finished = 1 THEN 'finished'
            WHEN active = 0 THEN 'inactive' ELSE 'active' END AS status, count(*)
        FROM subscriptions GROUP BY status)"_s;
    QList<std::pair<QString, int>> out;
    for (const auto &r : allRows(RowCursor(m_db, sql, {}, u"subscription status counts"_s), error))
        out.append({r.at(0).toString(), r.at(1).toInt()});
    return out;
}

QList<ReportRepository::ProgressBuckets> ReportRepository::progressDistribution(int limit, StoreError *error) const
{
    const QString sql = uR"(WITH top AS (
            SELECT course_uid, count(*) AS n FROM subscriptions GROUP BY course_uid ORDER BY n DESC, course_uid LIMIT ?)
        SELECT c.uid, c.external_id, c.name,
            min(4, CAST(COALESCE(100.0 * s.progress_done / NULLIF(s.progress_total, 0), 0) / 20 AS INTEGER)) AS bucket,
            count(*)
        FROM top JOIN subscriptions s ON s.course_uid = top.course_uid JOIN courses c ON c.uid = top.course_uid
        GROUP BY c.uid, bucket ORDER BY top.n DESC, c.uid, bucket)"_s;
    QList<ProgressBuckets> out;
    for (const auto &r : allRows(RowCursor(m_db, sql, {limit}, u"progress distribution"_s), error)) {
        if (out.isEmpty() || out.last().course.uid != r.at(0).toString())
            out.append({{r.at(0).toString(), r.at(1).toString(), r.at(2).toString()}, QList<int>(5, 0)});
        out.last().counts[qBound(0, r.at(3).toInt(), 4)] = r.at(4).toInt();
    }
    return out;
}

QList<int> ReportRepository::expirationsPerWeek(const QDate &from, int weeks, StoreError *error) const
{
    const QString sql = uR"(SELECT CAST((julianday(expiry) - julianday(?)) / 7 AS INTEGER) AS week, count(*) FROM (
            SELECT %1 AS expiry FROM subscriptions s JOIN courses c ON c.uid = s.course_uid
            WHERE COALESCE(s.expired, 0) = 0)
        WHERE expiry >= ? AND expiry < ? GROUP BY week ORDER BY week)"_s.arg(expiryExpression());
    QList<int> out(weeks, 0);
    const QString start = from.toString(Qt::ISODate);
    for (const auto &r :
        allRows(RowCursor(m_db, sql, {start, start, from.addDays(7 * weeks).toString(Qt::ISODate)}, u"expirations"_s),
            error)) {
        const int week = r.at(0).toInt();
        if (week >= 0 && week < weeks)
            out[week] = r.at(1).toInt();
    }
    return out;
}

RowCursor ReportRepository::eventParticipants() const
{
    const QString sql = uR"(SELECT e.external_id, e.name, e.location, e.start_date, e.end_date,
            u.external_id, u.uid, u.name, u.email, p.subscribe_date_time, p.attended, p.score
        FROM event_participants p JOIN bookable_events e ON e.external_id = p.event_id
        JOIN users u ON u.uid = p.user_uid
        ORDER BY e.start_date, e.external_id, u.name COLLATE NOCASE, u.user_key)"_s;
    return RowCursor(m_db, sql, {}, u"event participants report"_s);
}

} // namespace Springdesk::Store
