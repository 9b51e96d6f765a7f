#include "core/store/courserepository.h"

#include "core/store/sqlhelpers.h"
#include "core/store/userrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using Domain::Course;

const QString CourseColumns = u"uid, external_id, name, title, description, is_template, template_uid, active, "
                              "archived, reseller, type, access_type, start_date, expire_date, expire_interval, "
                              "teachers_allowed, teacher_group, mentor_group"_s;

Course readCourse(const QSqlQuery &q)
{
    Course c;
    c.uid = q.value(0).toString();
    c.id = q.value(1).toString();
    c.name = q.value(2).toString();
    c.title = q.value(3).toString();
    c.description = q.value(4).toString();
    c.isTemplate = q.value(5).toInt() != 0;
    c.templateUid = q.value(6).toString();
    c.active = q.value(7).toInt() != 0;
    c.archived = q.value(8).toInt() != 0;
    c.reseller = q.value(9).toString();
    c.type = q.value(10).toString();
    c.accessType = q.value(11).toString();
    c.startDate = Sql::toDate(q.value(12));
    c.expireDate = Sql::toDate(q.value(13));
    c.expireInterval = q.value(14).toString();
    c.teachersAllowed = q.value(15).toInt() != 0;
    c.teacherGroup = q.value(16).toString();
    c.mentorGroup = q.value(17).toString();
    return c;
}

StoreError releaseExternalId(QSqlDatabase db, const QString &table, const QString &externalId, const QString &uid)
{
    if (externalId.isEmpty())
        return {};
    QSqlQuery q(db);
    if (auto e
        = Sql::prepare(q, u"UPDATE "_s + table + u" SET external_id = NULL WHERE external_id = ? AND uid <> ?"_s))
        return e;
    q.addBindValue(externalId);
    q.addBindValue(uid);
    return Sql::run(q, u"release external ID"_s);
}

StoreError ensureTemplate(QSqlDatabase db, const QString &uid, const QVariant &fetched)
{
    QSqlQuery q(db);
    if (auto e = Sql::prepare(q, u"INSERT OR IGNORE INTO templates (uid, name, fetched_at) VALUES (?, '', ?)"_s))
        return e;
    q.addBindValue(uid);
    q.addBindValue(fetched);
    return Sql::run(q, u"ensure template"_s);
}

QStringList stringColumn(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.prepare(sql))
        return out;
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

CourseRepository::CourseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

StoreError CourseRepository::upsertTemplates(
    const QList<Domain::TemplateSummary> &templates, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO templates (uid, external_id, name, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, name = excluded.name, "
            "fetched_at = excluded.fetched_at"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &t : templates) {
        if (t.uid.isEmpty())
            return StoreError::make(StoreError::Kind::InvalidArgument, u"template %1 has no UID"_s.arg(t.id));
        if (auto e = releaseExternalId(m_db, u"templates"_s, t.id, t.uid))
            return e;
        q.bindValue(0, t.uid);
        q.bindValue(1, Sql::textOrNull(t.id));
        q.bindValue(2, t.name);
        q.bindValue(3, fetched);
        if (auto e = Sql::run(q, u"upsert template"_s))
            return e;
    }
    return tx.commit();
}

StoreError CourseRepository::removeTemplatesNotFetchedSince(const QDateTime &listFetchedAt, int *removed)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM templates WHERE fetched_at < ?"_s))
        return e;
    q.addBindValue(Sql::millis(listFetchedAt));
    if (auto e = Sql::run(q, u"remove templates"_s))
        return e;
    if (removed)
        *removed = q.numRowsAffected();
    return {};
}

StoreError CourseRepository::upsertCourses(
    const QList<Course> &courses, const QString &templateUid, bool detailed, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO courses ("_s + CourseColumns
                + u", detail_fetched_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  u"?) "
                  "ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, name = excluded.name, "
                  "title = excluded.title, description = excluded.description, is_template = excluded.is_template, "
                  "template_uid = coalesce(excluded.template_uid, courses.template_uid), active = excluded.active, "
                  "archived = excluded.archived, reseller = excluded.reseller, type = excluded.type, "
                  "access_type = excluded.access_type, start_date = excluded.start_date, "
                  "expire_date = excluded.expire_date, expire_interval = excluded.expire_interval, "
                  "teachers_allowed = excluded.teachers_allowed, teacher_group = excluded.teacher_group, "
                  "mentor_group = excluded.mentor_group, "
                  "detail_fetched_at = coalesce(excluded.detail_fetched_at, courses.detail_fetched_at), "
                  "fetched_at = excluded.fetched_at"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &c : courses) {
        if (c.uid.isEmpty())
            return StoreError::make(StoreError::Kind::InvalidArgument, u"course %1 has no UID"_s.arg(c.id));
        const QString tmpl = !c.templateUid.isEmpty() ? c.templateUid : templateUid;
        if (!tmpl.isEmpty()) {
            if (auto e = ensureTemplate(m_db, tmpl, fetched))
                return e;
        }
        if (auto e = releaseExternalId(m_db, u"courses"_s, c.id, c.uid))
            return e;
        int i = 0;
        for (const QVariant &v : {QVariant(c.uid), Sql::textOrNull(c.id), QVariant(c.name), Sql::textOrNull(c.title),
                 Sql::textOrNull(c.description), QVariant(Sql::flag(c.isTemplate)), Sql::textOrNull(tmpl),
                 QVariant(Sql::flag(c.active)), QVariant(Sql::flag(c.archived)), Sql::textOrNull(c.reseller),
                 Sql::textOrNull(c.type), Sql::textOrNull(c.accessType), Sql::date(c.startDate),
                 Sql::date(c.expireDate), Sql::textOrNull(c.expireInterval), QVariant(Sql::flag(c.teachersAllowed)),
                 Sql::textOrNull(c.teacherGroup), Sql::textOrNull(c.mentorGroup), detailed ? fetched : QVariant(),
                 fetched})
            q.bindValue(i++, v);
        if (auto e = Sql::run(q, u"upsert course"_s))
            return e;
    }
    return tx.commit();
}

StoreError CourseRepository::removeCoursesOfTemplateNotFetchedSince(
    const QString &templateUid, const QDateTime &listFetchedAt, int *removed)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM courses WHERE template_uid = ? AND fetched_at < ?"_s))
        return e;
    q.addBindValue(templateUid);
    q.addBindValue(Sql::millis(listFetchedAt));
    if (auto e = Sql::run(q, u"remove courses"_s))
        return e;
    if (removed)
        *removed = q.numRowsAffected();
    return {};
}

StoreError CourseRepository::ensureCourses(const QList<Domain::CourseReference> &courses, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO courses (uid, external_id, name, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (uid) DO NOTHING"_s))
        return e;
    const QVariant fetched = Sql::millis(fetchedAt);
    for (const auto &c : courses) {
        if (c.uid.isEmpty())
            return StoreError::make(StoreError::Kind::InvalidArgument, u"course %1 has no UID"_s.arg(c.id));
        if (!uidOf(c.id).isEmpty() && uidOf(c.id) != c.uid) {
            if (auto e = releaseExternalId(m_db, u"courses"_s, c.id, c.uid))
                return e;
        }
        q.bindValue(0, c.uid);
        q.bindValue(1, Sql::textOrNull(c.id));
        q.bindValue(2, c.name);
        q.bindValue(3, fetched);
        if (auto e = Sql::run(q, u"ensure course"_s))
            return e;
    }
    return tx.commit();
}

StoreError CourseRepository::removeCourse(const QString &uid)
{
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q, u"DELETE FROM courses WHERE uid = ?"_s))
        return e;
    q.addBindValue(uid);
    return Sql::run(q, u"remove course"_s);
}

StoreError CourseRepository::setPermissions(const QString &courseUid, const QString &teacherUid,
    const QStringList &permissions, bool unset, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            unset ? u"DELETE FROM course_permissions WHERE course_uid = ? AND teacher_uid = ? AND permission = ?"_s
                  : u"INSERT INTO course_permissions (course_uid, teacher_uid, permission, fetched_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s))
        return e;
    for (const auto &p : permissions) {
        q.bindValue(0, courseUid);
        q.bindValue(1, teacherUid);
        q.bindValue(2, p);
        if (!unset)
            q.bindValue(3, Sql::millis(fetchedAt));
        if (auto e = Sql::run(q, u"set permission"_s))
            return e;
    }
    return tx.commit();
}

QStringList CourseRepository::permissions(const QString &courseUid, const QString &teacherUid) const
{
    return stringColumn(m_db,
        u"SELECT permission FROM course_permissions WHERE course_uid = ? AND teacher_uid = ? ORDER BY permission"_s,
        {courseUid, teacherUid});
}

StoreError CourseRepository::replaceTeacherStudents(const QString &courseUid, const QString &teacherUid,
    const QList<Domain::UserSummary> &students, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = UserRepository(m_db).ensureUsers(students, fetchedAt))
        return e;
    QSqlQuery clear(m_db);
    if (auto e = Sql::prepare(clear, u"DELETE FROM teacher_students WHERE course_uid = ? AND teacher_uid = ?"_s))
        return e;
    clear.addBindValue(courseUid);
    clear.addBindValue(teacherUid);
    if (auto e = Sql::run(clear, u"clear teacher students"_s))
        return e;
    QStringList uids;
    for (const auto &s : students)
        uids << s.uid;
    if (auto e = addTeacherStudents(courseUid, teacherUid, uids, fetchedAt))
        return e;
    return tx.commit();
}

StoreError CourseRepository::addTeacherStudents(
    const QString &courseUid, const QString &teacherUid, const QStringList &studentUids, const QDateTime &fetchedAt)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(q,
            u"INSERT INTO teacher_students (course_uid, teacher_uid, student_uid, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET fetched_at = excluded.fetched_at"_s))
        return e;
    for (const auto &s : studentUids) {
        q.bindValue(0, courseUid);
        q.bindValue(1, teacherUid);
        q.bindValue(2, s);
        q.bindValue(3, Sql::millis(fetchedAt));
        if (auto e = Sql::run(q, u"add teacher student"_s))
            return e;
    }
    return tx.commit();
}

StoreError CourseRepository::removeTeacherStudents(
    const QString &courseUid, const QString &teacherUid, const QStringList &studentUids)
{
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (auto e = Sql::prepare(
            q, u"DELETE FROM teacher_students WHERE course_uid = ? AND teacher_uid = ? AND student_uid = ?"_s))
        return e;
    for (const auto &s : studentUids) {
        q.bindValue(0, courseUid);
        q.bindValue(1, teacherUid);
        q.bindValue(2, s);
        if (auto e = Sql::run(q, u"remove teacher student"_s))
            return e;
    }
    return tx.commit();
}

QStringList CourseRepository::teacherStudents(const QString &courseUid, const QString &teacherUid) const
{
    return stringColumn(m_db,
        u"SELECT student_uid FROM teacher_students WHERE course_uid = ? AND teacher_uid = ? ORDER BY student_uid"_s,
        {courseUid, teacherUid});
}

std::optional<Course> CourseRepository::course(const QString &uid, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q, u"SELECT "_s + CourseColumns + u" FROM courses WHERE uid = ?"_s);
    if (!e) {
        q.addBindValue(uid);
        e = Sql::run(q, u"read course"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readCourse(q);
}

QString CourseRepository::uidOf(const QString &externalId) const
{
    if (externalId.isEmpty())
        return {};
    return stringColumn(m_db, u"SELECT uid FROM courses WHERE external_id = ?"_s, {externalId}).value(0);
}

QString CourseRepository::templateUidOf(const QString &externalId) const
{
    if (externalId.isEmpty())
        return {};
    return stringColumn(m_db, u"SELECT uid FROM templates WHERE external_id = ?"_s, {externalId}).value(0);
}

QList<Course> CourseRepository::courses(const QString &templateUid, StoreError *error) const
{
    QList<Course> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    StoreError e = Sql::prepare(q,
        u"SELECT "_s + CourseColumns + u" FROM courses"_s
            + (templateUid.isEmpty() ? QString() : u" WHERE template_uid = ?"_s)
            + u" ORDER BY name COLLATE NOCASE, uid"_s);
    if (!e) {
        if (!templateUid.isEmpty())
            q.addBindValue(templateUid);
        e = Sql::run(q, u"list courses"_s);
    }
    if (e) {
        if (error)
            *error = e;
        return out;
    }
    while (q.next())
        out << readCourse(q);
    return out;
}

QList<TemplateRow> CourseRepository::templates(StoreError *error) const
{
    QList<TemplateRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT t.uid, t.external_id, t.name, t.fetched_at, "
                "(SELECT count(*) FROM courses c WHERE c.template_uid = t.uid) FROM templates t "
                "ORDER BY t.name COLLATE NOCASE, t.uid"_s)) {
        if (error)
            *error = Sql::errorOf(q, u"list templates"_s);
        return out;
    }
    while (q.next()) {
        out.append({{q.value(1).toString(), q.value(0).toString(), q.value(2).toString()}, q.value(4).toInt(),
            Sql::fromMillis(q.value(3))});
    }
    return out;
}

QDateTime CourseRepository::detailsFetchedAt(const QString &uid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT detail_fetched_at FROM courses WHERE uid = ?"_s);
    q.addBindValue(uid);
    return q.exec() && q.next() ? Sql::fromMillis(q.value(0)) : QDateTime();
}

QStringList CourseRepository::referencedGroups() const
{
    return stringColumn(m_db,
        u"SELECT teacher_group FROM courses WHERE teacher_group IS NOT NULL UNION "
        "SELECT mentor_group FROM courses WHERE mentor_group IS NOT NULL ORDER BY 1"_s,
        {});
}

int CourseRepository::courseCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM courses"_s) && q.next() ? q.value(0).toInt() : 0;
}

int CourseRepository::templateCount() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM templates"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Springdesk::Store
