// Templates and courses, instructor permissions and "My Students" (contract 2.5).
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Courses", text);
}

QStringList permissionNames()
{
    return Api::ValueSets::wires(Api::ValueSet::Permission);
}

const QString CourseSelect = u"SELECT c.ext, c.uid, c.name, c.title, c.description, c.active, c.archived, c.reseller, "
                             "c.type, c.accessType, c.startDate, c.expireDate, c.expireInterval, c.teachersAllowed, "
                             "COALESCE(tg.ext, ''), COALESCE(mg.ext, ''), t.uid FROM courses c "
                             "JOIN templates t ON t.pk = c.template_pk "
                             "LEFT JOIN user_groups tg ON tg.pk = c.teacher_group_pk "
                             "LEFT JOIN user_groups mg ON mg.pk = c.mentor_group_pk "_s;

QJsonObject courseJson(const QSqlQuery &q, bool withTemplate)
{
    QJsonObject o{{u"id"_s, q.value(0).toString()}, {u"uid"_s, q.value(1).toString()},
        {u"name"_s, q.value(2).toString()}, {u"title"_s, q.value(3).toString()},
        {u"description"_s, q.value(4).toString()}, {u"isTemplate"_s, false}, {u"active"_s, q.value(5).toBool()},
        {u"archived"_s, q.value(6).toBool()}, {u"reseller"_s, q.value(7).toString()},
        {u"type"_s, q.value(8).toString()}, {u"accessType"_s, q.value(9).toString()},
        {u"startDate"_s, q.value(10).toString()}, {u"expireDate"_s, q.value(11).toString()},
        {u"expireInterval"_s, q.value(12).toString()}, {u"teachersAllowed"_s, q.value(13).toBool()},
        {u"teacherGroup"_s, q.value(14).toString()}, {u"mentorGroup"_s, q.value(15).toString()}};
    if (withTemplate)
        o.insert(u"templateUid"_s, q.value(16).toString());
    return o;
}

qint64 teacherPk(Call &c)
{
    const QString id = c.str(P::teacherID);
    const qint64 pk = findByExt(c.store, Entities::User, id);
    if (!pk || !userHasRole(c.store, pk, u"teacher"_s))
        fail(404, tr("No teacher exists with the specified ID: %1").arg(id));
    return pk;
}

qint64 groupOfType(Call &c, P p, const QString &type)
{
    const QString id = c.str(p);
    if (id.isEmpty())
        return 0;
    const qint64 pk = findByExt(c.store, Entities::Group, id);
    if (!pk)
        notFound(Entities::Group, id);
    if (c.store.scalar(u"SELECT type FROM user_groups WHERE pk = ?"_s, {pk}).toString() != type)
        fail(409, tr("%1 must be a group of type %2: %3").arg(Api::paramName(p), type, id));
    return pk;
}

// Writes the course fields present in the call.
void writeCourseFields(Call &c, qint64 pk)
{
    struct Text
    {
        P p;
        QLatin1StringView column;
    };
    static constexpr Text texts[] = {{P::name, QLatin1StringView("name")}, {P::title, QLatin1StringView("title")},
        {P::description, QLatin1StringView("description")}, {P::startDate, QLatin1StringView("startDate")},
        {P::expireDate, QLatin1StringView("expireDate")}, {P::expireInterval, QLatin1StringView("expireInterval")},
        {P::accessType, QLatin1StringView("accessType")}};
    if (c.has(P::name) && c.str(P::name).isEmpty())
        fail(400, tr("name cannot be empty."));
    for (const Text &t : texts) {
        if (c.has(t.p))
            c.store.exec(u"UPDATE courses SET %1 = ? WHERE pk = ?"_s.arg(t.column), {c.str(t.p), pk});
    }
    if (const auto v = c.optFlag(P::active))
        c.store.exec(u"UPDATE courses SET active = ? WHERE pk = ?"_s, {int(*v), pk});
    if (const auto v = c.optFlag(P::teachersAllowed))
        c.store.exec(u"UPDATE courses SET teachersAllowed = ? WHERE pk = ?"_s, {int(*v), pk});
    if (c.has(P::reseller)) {
        const QString r = c.str(P::reseller);
        if (!r.isEmpty() && !findByExt(c.store, Entities::Reseller, r))
            notFound(Entities::Reseller, r);
        c.store.exec(u"UPDATE courses SET reseller = ? WHERE pk = ?"_s, {r, pk});
    }
    if (c.has(P::teacherGroup)) {
        const qint64 g = groupOfType(c, P::teacherGroup, u"teacher"_s);
        c.store.exec(u"UPDATE courses SET teacher_group_pk = ? WHERE pk = ?"_s, {g ? QVariant(g) : QVariant(), pk});
    }
    if (c.has(P::mentorGroup)) {
        const qint64 g = groupOfType(c, P::mentorGroup, u"mentor"_s);
        c.store.exec(u"UPDATE courses SET mentor_group_pk = ? WHERE pk = ?"_s, {g ? QVariant(g) : QVariant(), pk});
    }
    QSqlQuery q = c.store.exec(u"SELECT startDate, expireDate FROM courses WHERE pk = ?"_s, {pk});
    q.next();
    checkOrder(q.value(0).toString(), q.value(1).toString(), P::startDate, P::expireDate);
}

void createCourse(Call &c, qint64 tpl, const QString &id)
{
    if (findByExt(c.store, Entities::Course, id))
        fail(409, tr("A course with the specified ID already exists: %1").arg(id));
    QSqlQuery t = c.store.exec(u"SELECT name, type FROM templates WHERE pk = ?"_s, {tpl});
    t.next();
    const qint64 pk = c.store.insert(
        u"INSERT INTO courses (ext, uid, template_pk, name, type, startDate, expireInterval) VALUES (?, ?, ?, ?, ?, ?, '1y')"_s,
        {id, newUid(), tpl, t.value(0).toString(), t.value(1).toString(), today()});
    writeCourseFields(c, pk);
    c.effect(u"course"_s, id);
}

void getTemplates(Call &c)
{
    const bool all = c.flag(P::includeWithoutId);
    QJsonArray list;
    QSqlQuery q
        = c.store.exec(u"SELECT COALESCE(ext, ''), uid, name FROM templates WHERE published = 1 %1 ORDER BY pk"_s.arg(
            all ? QString() : u"AND ext IS NOT NULL"_s));
    while (q.next())
        list.append(QJsonObject{
            {u"id"_s, q.value(0).toString()}, {u"uid"_s, q.value(1).toString()}, {u"name"_s, q.value(2).toString()}});
    c.result = {{QString(c.endpoint.listKey), list}};
}

void getCourses(Call &c)
{
    const qint64 tpl = resolve(c, Entities::Template, P::templateID);
    const bool all = c.flag(P::includeWithoutId);
    QJsonArray list;
    QSqlQuery q = c.store.exec(
        CourseSelect + u"WHERE c.template_pk = ? %1 ORDER BY c.pk"_s.arg(all ? QString() : u"AND c.ext IS NOT NULL"_s),
        {tpl});
    while (q.next())
        list.append(courseJson(q, false));
    c.result = {{QString(c.endpoint.listKey), list}};
}

void getCourse(Call &c)
{
    // getCourse also answers for templates (isTemplate=true).
    const QString id = c.str(P::courseID);
    const QString uid = c.str(P::courseUID).isEmpty() ? c.str(P::UID) : c.str(P::courseUID);
    qint64 pk = id.isEmpty() ? findByUid(c.store, Entities::Course, uid) : findByExt(c.store, Entities::Course, id);
    if (pk) {
        QSqlQuery q = c.store.exec(CourseSelect + u"WHERE c.pk = ?"_s, {pk});
        q.next();
        c.result = courseJson(q, true);
        return;
    }
    pk = id.isEmpty() ? findByUid(c.store, Entities::Template, uid) : findByExt(c.store, Entities::Template, id);
    if (!pk)
        notFound(Entities::Course, id.isEmpty() ? uid : id, id.isEmpty());
    QSqlQuery t = c.store.exec(u"SELECT COALESCE(ext, ''), uid, name, type FROM templates WHERE pk = ?"_s, {pk});
    t.next();
    c.result = {{u"id"_s, t.value(0).toString()}, {u"uid"_s, t.value(1).toString()}, {u"name"_s, t.value(2).toString()},
        {u"isTemplate"_s, true}, {u"type"_s, t.value(3).toString()}, {u"templateUid"_s, t.value(1).toString()}};
}

void initializeCourseId(Call &c)
{
    const QString uid = c.str(P::courseUID);
    const QString id = c.str(P::courseID);
    const qint64 pk = findByUid(c.store, Entities::Course, uid);
    if (!pk)
        notFound(Entities::Course, uid, true);
    const QString current = extOf(c.store, Entities::Course, pk);
    if (!current.isEmpty() && current != id)
        fail(409, tr("The course already has the ID %1.").arg(current));
    const qint64 other = findByExt(c.store, Entities::Course, id);
    if (other && other != pk)
        fail(409, tr("The ID %1 is already used by another course.").arg(id));
    c.store.exec(u"UPDATE courses SET ext = ? WHERE pk = ?"_s, {id, pk});
    c.effect(u"course"_s, id);
}

void addCourse(Call &c)
{
    createCourse(c, resolve(c, Entities::Template, P::templateID), c.str(P::courseID));
}

void updateCourse(Call &c)
{
    const qint64 pk = resolve(c, Entities::Course, P::courseID);
    writeCourseFields(c, pk);
    c.effect(u"course"_s, extOf(c.store, Entities::Course, pk));
}

void addOrUpdateCourse(Call &c)
{
    const qint64 tpl = resolve(c, Entities::Template, P::templateID);
    const QString id = c.str(P::courseID);
    if (const qint64 pk = findByExt(c.store, Entities::Course, id)) {
        if (c.store.scalar(u"SELECT template_pk FROM courses WHERE pk = ?"_s, {pk}).toLongLong() != tpl)
            fail(409, tr("The course %1 belongs to another template.").arg(id));
        writeCourseFields(c, pk);
        c.effect(u"course"_s, id);
    } else {
        createCourse(c, tpl, id);
    }
}

void deleteCourse(Call &c)
{
    const qint64 pk = resolve(c, Entities::Course, P::courseID);
    const int learners = c.store.scalar(u"SELECT COUNT(*) FROM subscriptions WHERE course_pk = ?"_s, {pk}).toInt();
    if (learners > 0 && !c.flag(P::force))
        fail(409, tr("%1 learner(s) are subscribed to the course; send force=true to delete it.").arg(learners));
    const QString ext = extOf(c.store, Entities::Course, pk);
    c.store.exec(u"DELETE FROM courses WHERE pk = ?"_s, {pk});
    c.effect(u"course"_s, ext);
}

void copyTemplate(Call &c)
{
    const qint64 tpl = resolve(c, Entities::Template, P::templateID);
    const QString newId = c.str(P::newTemplateID);
    if (findByExt(c.store, Entities::Template, newId))
        fail(409, tr("A template with the specified ID already exists: %1").arg(newId));
    QSqlQuery t = c.store.exec(u"SELECT name, type FROM templates WHERE pk = ?"_s, {tpl});
    t.next();
    const QString name = c.str(P::name).isEmpty() ? tr("Copy of %1").arg(t.value(0).toString()) : c.str(P::name);
    const qint64 copy
        = c.store.insert(u"INSERT INTO templates (ext, uid, name, published, type) VALUES (?, ?, ?, 1, ?)"_s,
            {newId, newUid(), name, t.value(1).toString()});
    QSqlQuery a = c.store.exec(
        u"SELECT ext, name, type, subType, blockName, sort FROM activities WHERE template_pk = ? ORDER BY sort"_s,
        {tpl});
    while (a.next()) {
        c.store.exec(u"INSERT INTO activities (template_pk, ext, uid, name, type, subType, blockName, sort) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {copy, a.value(0), newUid(), a.value(1), a.value(2), a.value(3), a.value(4), a.value(5)});
    }
    c.effect(u"template"_s, newId);
}

void setCoursePermissions(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 teacher = teacherPk(c);
    const QStringList permissions = c.list(P::permission);
    for (const QString &p : permissions) {
        if (!permissionNames().contains(p))
            fail(404, tr("No permission exists with the name %1 (valid: %2).").arg(p, permissionNames().join(u", "_s)));
    }
    for (const QString &p : permissions) {
        c.store.exec(c.flag(P::unset)
                ? u"DELETE FROM course_permissions WHERE course_pk = ? AND user_pk = ? AND permission = ?"_s
                : u"INSERT OR IGNORE INTO course_permissions (course_pk, user_pk, permission) VALUES (?, ?, ?)"_s,
            {course, teacher, p});
    }
    c.effect(u"coursePermissions"_s, c.str(P::courseID) + u'@' + c.str(P::teacherID));
}

void getStudentTeachers(Call &c)
{
    const qint64 student = resolve(c, Entities::User, P::studentID);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    QString sql = u"SELECT %1 FROM users u WHERE u.pk IN (SELECT teacher_pk FROM teacher_students WHERE course_pk = ? "
                  "AND student_pk = ?"_s.arg(UserSummaryColumns);
    QVariantList args{course, student};
    if (!c.flag(P::excludeTeacherGroups)) {
        sql += u" UNION SELECT g.user_pk FROM group_users g JOIN courses c ON c.teacher_group_pk = g.group_pk "
               "WHERE c.pk = ?"_s;
        args.append(course);
    }
    c.result = {{QString(c.endpoint.listKey), userSummaries(c.store.exec(sql + u") ORDER BY u.pk"_s, args))}};
}

void getTeacherStudents(Call &c)
{
    const qint64 teacher = teacherPk(c);
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const QString sql = u"SELECT %1 FROM users u WHERE u.pk IN (SELECT student_pk FROM teacher_students WHERE "
                        "course_pk = ? AND teacher_pk = ? UNION SELECT g.user_pk FROM teacher_student_groups t JOIN "
                        "group_users g ON g.group_pk = t.group_pk JOIN subscriptions s ON s.user_pk = g.user_pk AND "
                        "s.course_pk = t.course_pk WHERE t.course_pk = ? AND t.teacher_pk = ?) ORDER BY u.pk"_s.arg(
                            UserSummaryColumns);
    c.result = {{QString(c.endpoint.listKey), userSummaries(c.store.exec(sql, {course, teacher, course, teacher}))}};
}

QList<qint64> studentsOf(Call &c, qint64 course)
{
    const QList<qint64> students = resolveList(c, Entities::User, P::student, P::studentUID);
    if (students.isEmpty())
        fail(404, tr("The student/studentUID parameters are not present."));
    for (qint64 s : students) {
        if (!exists(c.store, u"SELECT 1 FROM subscriptions WHERE user_pk = ? AND course_pk = ?"_s, {s, course}))
            fail(404, tr("The student %1 is not enrolled in the course.").arg(extOf(c.store, Entities::User, s)));
    }
    return students;
}

void addTeacherStudents(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 teacher = teacherPk(c);
    for (qint64 s : studentsOf(c, course)) {
        const bool listed = exists(c.store,
            u"SELECT 1 FROM teacher_students WHERE course_pk = ? AND teacher_pk = ? AND student_pk = ?"_s,
            {course, teacher, s});
        if (listed && !c.flag(P::ignoreDuplicates))
            fail(409, tr("The student %1 is already on the teacher's list.").arg(extOf(c.store, Entities::User, s)));
        c.store.exec(u"INSERT OR IGNORE INTO teacher_students (course_pk, teacher_pk, student_pk) VALUES (?, ?, ?)"_s,
            {course, teacher, s});
    }
    c.effect(u"teacherStudents"_s, c.str(P::courseID) + u'@' + c.str(P::teacherID));
}

void deleteTeacherStudents(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 teacher = teacherPk(c);
    const QList<qint64> students = resolveList(c, Entities::User, P::student, P::studentUID);
    if (students.isEmpty())
        fail(404, tr("The student/studentUID parameters are not present."));
    for (qint64 s : students) {
        const bool listed = exists(c.store,
            u"SELECT 1 FROM teacher_students WHERE course_pk = ? AND teacher_pk = ? AND student_pk = ?"_s,
            {course, teacher, s});
        if (!listed && !c.flag(P::ignoreMissing))
            fail(409, tr("The student %1 is not on the teacher's list.").arg(extOf(c.store, Entities::User, s)));
        c.store.exec(u"DELETE FROM teacher_students WHERE course_pk = ? AND teacher_pk = ? AND student_pk = ?"_s,
            {course, teacher, s});
    }
    c.effect(u"teacherStudents"_s, c.str(P::courseID) + u'@' + c.str(P::teacherID));
}

QList<qint64> learnerGroups(Call &c)
{
    QList<qint64> out;
    for (const QString &id : c.list(P::group)) {
        const qint64 g = findByExt(c.store, Entities::Group, id);
        if (!g)
            notFound(Entities::Group, id);
        if (c.store.scalar(u"SELECT type FROM user_groups WHERE pk = ?"_s, {g}).toString() != u"student")
            fail(409, tr("The group %1 is not a learner group.").arg(id));
        out.append(g);
    }
    return out;
}

void addTeacherStudentGroups(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 teacher = teacherPk(c);
    for (qint64 g : learnerGroups(c))
        c.store.exec(
            u"INSERT OR IGNORE INTO teacher_student_groups (course_pk, teacher_pk, group_pk) VALUES (?, ?, ?)"_s,
            {course, teacher, g});
    c.effect(u"teacherStudentGroups"_s, c.str(P::courseID) + u'@' + c.str(P::teacherID));
}

void deleteTeacherStudentGroups(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const qint64 teacher = teacherPk(c);
    for (qint64 g : learnerGroups(c)) {
        if (!exists(c.store,
                u"SELECT 1 FROM teacher_student_groups WHERE course_pk = ? AND teacher_pk = ? AND group_pk = ?"_s,
                {course, teacher, g}))
            fail(409,
                tr("The group %1 is not linked to the teacher in this course.")
                    .arg(extOf(c.store, Entities::Group, g)));
        c.store.exec(u"DELETE FROM teacher_student_groups WHERE course_pk = ? AND teacher_pk = ? AND group_pk = ?"_s,
            {course, teacher, g});
    }
    c.effect(u"teacherStudentGroups"_s, c.str(P::courseID) + u'@' + c.str(P::teacherID));
}

} // namespace

void registerCourseHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GetTemplates)] = getTemplates;
    t[size_t(Fn::GetCourses)] = getCourses;
    t[size_t(Fn::GetCourse)] = getCourse;
    t[size_t(Fn::InitializeCourseId)] = initializeCourseId;
    t[size_t(Fn::AddCourse)] = addCourse;
    t[size_t(Fn::UpdateCourse)] = updateCourse;
    t[size_t(Fn::AddOrUpdateCourse)] = addOrUpdateCourse;
    t[size_t(Fn::DeleteCourse)] = deleteCourse;
    t[size_t(Fn::CopyTemplate)] = copyTemplate;
    t[size_t(Fn::SetCoursePermissions)] = setCoursePermissions;
    t[size_t(Fn::GetStudentTeachers)] = getStudentTeachers;
    t[size_t(Fn::GetTeacherStudents)] = getTeacherStudents;
    t[size_t(Fn::AddTeacherStudents)] = addTeacherStudents;
    t[size_t(Fn::DeleteTeacherStudents)] = deleteTeacherStudents;
    t[size_t(Fn::AddTeacherStudentGroups)] = addTeacherStudentGroups;
    t[size_t(Fn::DeleteTeacherStudentGroups)] = deleteTeacherStudentGroups;
}

} // namespace Springdesk::Sandbox
