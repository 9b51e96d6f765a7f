#pragma once

#include "core/domain/course.h"
#include "core/domain/coursereference.h"
#include "core/domain/templatesummary.h"
#include "core/domain/usersummary.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Springdesk::Store {

// A template as cached, with how many courses of it are cached.
struct TemplateRow
{
    Domain::TemplateSummary summary;
    int courseCount = 0;
    QDateTime fetchedAt;
};

// All SQL about templates, courses, instructor permissions and instructor–learner links.
class CourseRepository final
{
public:
    explicit CourseRepository(QSqlDatabase db);

    StoreError upsertTemplates(const QList<Domain::TemplateSummary> &templates, const QDateTime &fetchedAt);
    // After a complete getTemplates: templates not listed since then are gone (their courses stay,
    // without a template).
    StoreError removeTemplatesNotFetchedSince(const QDateTime &listFetchedAt, int *removed = nullptr);
    // getCourses(templateUid) or getCourse answers; `detailed` marks getCourse answers (TTL of
    // the detail refresh). A course's templateUid, when set, wins over `templateUid`.
    StoreError upsertCourses(
        const QList<Domain::Course> &courses, const QString &templateUid, bool detailed, const QDateTime &fetchedAt);
    // After a complete getCourses(templateUid): that template's courses not listed are gone.
    StoreError removeCoursesOfTemplateNotFetchedSince(
        const QString &templateUid, const QDateTime &listFetchedAt, int *removed = nullptr);
    // Courses named in other answers (subscriptions, bundles): inserted when unknown, else untouched.
    StoreError ensureCourses(const QList<Domain::CourseReference> &courses, const QDateTime &fetchedAt);
    StoreError removeCourse(const QString &uid);

    // setCoursePermissions: adds (or with unset removes) permissions of an instructor.
    StoreError setPermissions(const QString &courseUid, const QString &teacherUid, const QStringList &permissions,
        bool unset, const QDateTime &fetchedAt);
    QStringList permissions(const QString &courseUid, const QString &teacherUid) const;
    // getTeacherStudents(teacher, course): the learners linked to an instructor in a course.
    StoreError replaceTeacherStudents(const QString &courseUid, const QString &teacherUid,
        const QList<Domain::UserSummary> &students, const QDateTime &fetchedAt);
    StoreError addTeacherStudents(const QString &courseUid, const QString &teacherUid, const QStringList &studentUids,
        const QDateTime &fetchedAt);
    StoreError removeTeacherStudents(
        const QString &courseUid, const QString &teacherUid, const QStringList &studentUids);
    QStringList teacherStudents(const QString &courseUid, const QString &teacherUid) const;

    std::optional<Domain::Course> course(const QString &uid, StoreError *error = nullptr) const;
    QString uidOf(const QString &externalId) const;
    QString templateUidOf(const QString &externalId) const;
    // Courses of a template (all when templateUid is empty), by name.
    QList<Domain::Course> courses(const QString &templateUid = {}, StoreError *error = nullptr) const;
    QList<TemplateRow> templates(StoreError *error = nullptr) const;
    QDateTime detailsFetchedAt(const QString &uid) const;
    // External IDs of instructor and observer groups named by cached courses.
    QStringList referencedGroups() const;
    int courseCount() const;
    int templateCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
