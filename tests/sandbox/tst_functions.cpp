// Every API function over real HTTP against an in-process sandbox seeded with "demo": a success case
// and the documented error statuses, in order, each followed by reads that prove the resulting state.
// Demo facts used: TPL-001 → CRS-0001 (activities ACT-1-1…, ACT-1-4 = event, ACT-1-5 = external),
// TPL-006 is Test & Assess (CRS-0006), groups GRP-0001 learners / GRP-0003 instructors / GRP-0004
// observers, content library CL-SAFETY, subenvironment main, event EVT-001, profile SP-1, bundle
// BND-1 with bundle course BC-1-1, access-code groups ACG-001 (regular) and ACG-003 (exam).
#include "core/api/endpoints.h"
#include "core/api/ssolinkbuilder.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Springdesk::Testing::SandboxTestClient;

namespace {

struct Step
{
    const char *name;
    const char *method;
    const char *path;
    const char *body;
    int status;
    const char *expect; // substring of the body; "<empty>" = empty body; "" = not checked
};

// clang-format off
const Step Steps[] = {
    // ---- users (2.1)
    {"addUser student", "POST", "addUser/T-S1", "login=t.s1%40example.nl&firstName=Sanne&lastName=Smit&role=student&dateOfBirth=1990-05-17", 200, "<empty>"},
    {"addUser second student", "POST", "addUser/T-S2", "login=t.s2%40example.nl&firstName=Bram&role=student", 200, "<empty>"},
    {"addUser teacher", "POST", "addUser/T-T1", "login=t.t1%40example.nl&firstName=Tom&role=teacher&role=student", 200, "<empty>"},
    {"addUser mentor", "POST", "addUser/T-M1", "login=t.m1%40example.nl&role=mentor", 200, "<empty>"},
    {"addUser author", "POST", "addUser/T-A1", "login=t.a1%40example.nl&role=author", 200, "<empty>"},
    {"addUser 409 id exists", "POST", "addUser/T-S1", "login=other%40example.nl", 409, "already exists"},
    {"addUser 409 login exists", "POST", "addUser/T-X9", "login=t.s1%40example.nl", 409, "login"},
    {"addUser 409 forcePasswordChange", "POST", "addUser/T-X9", "login=x9%40example.nl&forcePasswordChange=true", 409, "force password change"},
    {"addUser 400 missing login", "POST", "addUser/T-X9", "firstName=A", 400, "login"},
    {"addUser 400 bad date", "POST", "addUser/T-X9", "login=x9%40example.nl&dateOfBirth=2023-02-29", 400, "dateOfBirth does not contain an ISO8601 date value: 2023-02-29"},
    {"addUser 400 bad role", "POST", "addUser/T-X9", "login=x9%40example.nl&role=wizard", 400, "Unknown role: wizard"},
    {"addUser 400 bad bool", "POST", "addUser/T-X9", "login=x9%40example.nl&active=yes", 400, "active does not contain a boolean"},
    {"addUser failed calls changed nothing", "GET", "userExists/T-X9", "", 200, "{\"result\":false}"},
    {"userExists true", "GET", "userExists/T-S1", "", 200, "{\"result\":true}"},
    {"userExists false", "GET", "userExists/NOPE", "", 200, "{\"result\":false}"},
    {"getUser", "GET", "getUser/T-S1", "", 200, "\"dateOfBirth\":\"1990-05-17\""},
    {"getUser roles", "GET", "getUser/T-T1", "", 200, "\"roles\":[\"student\",\"teacher\"]"},
    {"getUser 404", "GET", "getUser/NOPE", "", 404, "No user exists with the specified ID: NOPE"},
    {"getUsers", "GET", "getUsers", "", 200, "\"id\":\"T-S1\""},
    {"updateUser", "POST", "updateUser/T-S1", "lastName=Jansen&dateOfBirth=", 200, "<empty>"},
    {"updateUser changed only present fields", "GET", "getUser/T-S1", "", 200, "\"dateOfBirth\":\"\",\"email\":\"\",\"faxNumber\":\"\",\"firstName\":\"Sanne\""},
    {"updateUser 404", "POST", "updateUser/NOPE", "lastName=X", 404, "No user exists"},
    {"updateUser 409 id taken", "POST", "updateUser/T-S1", "id=T-S2", 409, "T-S2"},
    {"updateUser archive", "POST", "updateUser/T-S2", "archived=true", 200, "<empty>"},
    {"updateUser 409 archived", "POST", "updateUser/T-S2", "firstName=Y", 409, "archived"},
    {"addUser 409 archived", "POST", "addUser/T-S2", "login=t.s2b%40example.nl", 409, "is archived"},
    {"updateUser restore", "POST", "updateUser/T-S2", "archived=false&firstName=Bram", 200, "<empty>"},
    {"addOrUpdateUser creates", "POST", "addOrUpdateUser/T-S3", "login=t.s3%40example.nl&role=student", 200, "<empty>"},
    {"addOrUpdateUser updates", "POST", "addOrUpdateUser/T-S3", "firstName=Fleur", 200, "<empty>"},
    {"addOrUpdateUser state", "GET", "getUser/T-S3", "", 200, "\"firstName\":\"Fleur\""},
    {"addOrUpdateUser 400 create without login", "POST", "addOrUpdateUser/T-S4", "firstName=A", 400, "login"},
    {"addUserRoles", "POST", "addUserRoles/T-S3", "role=mentor&role=teacher", 200, "<empty>"},
    {"addUserRoles state", "GET", "getUser/T-S3", "", 200, "\"roles\":[\"mentor\",\"student\",\"teacher\"]"},
    {"addUserRoles 409 duplicate", "POST", "addUserRoles/T-S3", "role=mentor&ignoreDuplicates=false", 409, "already has the role mentor"},
    {"addUserRoles ignoreDuplicates", "POST", "addUserRoles/T-S3", "role=mentor&ignoreDuplicates=true", 200, "<empty>"},
    {"addUserRoles 404", "POST", "addUserRoles/NOPE", "role=mentor", 404, "No user"},
    {"addUserRoles 400 no role", "POST", "addUserRoles/T-S3", "", 400, "role"},
    {"initializeId 409 has an ID", "POST", "initializeId/t.s2%40example.nl/T-INIT", "", 409, "already has an ID"},
    {"initializeId 404 login", "POST", "initializeId/nobody%40example.nl/T-INIT", "", 404, "login"},
    {"deleteUser", "POST", "deleteUser/T-S3", "", 200, "<empty>"},
    {"deleteUser state", "GET", "userExists/T-S3", "", 200, "{\"result\":false}"},
    {"deleteUser 404", "POST", "deleteUser/T-S3", "", 404, "No user"},
    {"addContentLabelUsers", "POST", "addContentLabelUsers/CL-SAFETY", "user=T-A1&role=author", 200, "<empty>"},
    {"addContentLabelUsers 409 lacks role", "POST", "addContentLabelUsers/CL-SAFETY", "user=T-S1&role=designer", 409, "does not have the role designer"},
    {"addContentLabelUsers 404 label", "POST", "addContentLabelUsers/CL-NOPE", "user=T-A1&role=author", 404, "content library"},
    {"addContentLabelUsers 400 role", "POST", "addContentLabelUsers/CL-SAFETY", "user=T-A1&role=boss", 400, "role"},
    {"deleteContentLabelUsers", "POST", "deleteContentLabelUsers/CL-SAFETY", "user=T-A1", 200, "<empty>"},
    {"deleteContentLabelUsers 404 user", "POST", "deleteContentLabelUsers/CL-SAFETY", "user=NOPE", 404, "No user"},

    // ---- groups (2.2)
    {"addGroup", "POST", "addGroup/T-G1", "type=student&name=Learners%20A", 200, "<empty>"},
    {"addGroup child", "POST", "addGroup/T-G2", "type=student&name=Learners%20B&parent=T-G1", 200, "<empty>"},
    {"addGroup teacher group", "POST", "addGroup/T-GT", "type=teacher&name=Trainers", 200, "<empty>"},
    {"addGroup 409 exists", "POST", "addGroup/T-G1", "type=student&name=X", 409, "already exists"},
    {"addGroup 409 own parent", "POST", "addGroup/T-G3", "type=student&name=X&parent=T-G3", 409, "own parent"},
    {"addGroup 404 parent", "POST", "addGroup/T-G3", "type=student&name=X&parent=NOPE", 404, "parent ID"},
    {"addGroup 400 type", "POST", "addGroup/T-G3", "type=boss&name=X", 400, "type must be"},
    {"addGroup 400 missing name", "POST", "addGroup/T-G3", "type=student", 400, "name"},
    {"groupExists", "GET", "groupExists/T-G1", "", 200, "{\"result\":true}"},
    {"groupExists false", "GET", "groupExists/T-G3", "", 200, "{\"result\":false}"},
    {"updateGroup", "POST", "updateGroup/T-G2", "name=Learners%20B2", 200, "<empty>"},
    {"updateGroup 409 cycle", "POST", "updateGroup/T-G1", "parent=T-G2", 409, "subgroup"},
    {"updateGroup 409 self", "POST", "updateGroup/T-G1", "parent=T-G1", 409, "own parent"},
    {"updateGroup 404 parent", "POST", "updateGroup/T-G1", "parent=NOPE", 404, "parent ID"},
    {"updateGroup 404 group", "POST", "updateGroup/NOPE", "name=X", 404, "No group"},
    {"addGroupUsers", "POST", "addGroupUsers/T-G1", "user=T-S1&user=T-T1", 200, "<empty>"},
    {"addGroupUsers 409 role", "POST", "addGroupUsers/T-GT", "user=T-S1", 409, "does not have the role teacher"},
    {"addGroupUsers 409 duplicate", "POST", "addGroupUsers/T-G1", "user=T-S1", 409, "already in the group"},
    {"addGroupUsers ignoreDuplicates", "POST", "addGroupUsers/T-G1", "user=T-S1&ignoreDuplicates=true", 200, "<empty>"},
    {"addGroupUsers 404 group", "POST", "addGroupUsers/NOPE", "user=T-S1", 404, "No group"},
    {"addGroupUsers 404 user", "POST", "addGroupUsers/T-G1", "user=NOPE", 404, "No user"},
    {"addGroupUsers 400 no users", "POST", "addGroupUsers/T-G1", "", 400, "user"},
    {"addGroupUsers teacher", "POST", "addGroupUsers/T-GT", "user=T-T1", 200, "<empty>"},
    {"groupUserExists", "GET", "groupUserExists/T-G1/T-S1", "", 200, "{\"result\":true}"},
    {"groupUserExists false", "GET", "groupUserExists/T-G1/T-M1", "", 200, "{\"result\":false}"},
    {"groupUserExists 404", "GET", "groupUserExists/NOPE/T-S1", "", 404, "No group"},
    {"getGroupUsers", "GET", "getGroupUsers/T-G1", "", 200, "\"id\":\"T-T1\""},
    {"getGroupUsers 404", "GET", "getGroupUsers/NOPE", "", 404, "No group"},
    {"deleteGroupUsers", "POST", "deleteGroupUsers/T-G1", "user=T-T1", 200, "<empty>"},
    {"deleteGroupUsers 409 missing", "POST", "deleteGroupUsers/T-G1", "user=T-T1", 409, "not in the group"},
    {"deleteGroupUsers ignoreMissing", "POST", "deleteGroupUsers/T-G1", "user=T-T1&user=NOPE&ignoreMissing=true", 200, "<empty>"},
    {"deleteGroupUsers 404 user", "POST", "deleteGroupUsers/T-G1", "user=NOPE", 404, "No user"},
    {"deleteGroupUsers state", "GET", "groupUserExists/T-G1/T-T1", "", 200, "{\"result\":false}"},
    {"deleteGroup 409 in use", "POST", "deleteGroup/T-G1", "", 409, "still in use"},
    {"deleteGroup 404", "POST", "deleteGroup/NOPE", "", 404, "No group"},
    {"deleteGroup force", "POST", "deleteGroup/T-G1", "force=true", 200, "<empty>"},
    {"deleteGroup state", "GET", "groupExists/T-G1", "", 200, "{\"result\":false}"},
    {"deleteGroup child kept", "GET", "groupExists/T-G2", "", 200, "{\"result\":true}"},

    // ---- templates and courses (2.5)
    {"getTemplates", "GET", "getTemplates", "", 200, "\"id\":\"TPL-001\""},
    {"getTemplates includeWithoutId", "GET", "getTemplates?includeWithoutId=true", "", 200, "\"id\":\"\""},
    {"getCourses", "GET", "getCourses/TPL-001", "", 200, "\"id\":\"CRS-0001\""},
    {"getCourses 404", "GET", "getCourses/NOPE", "", 404, "No template"},
    {"getCourse", "GET", "getCourse/CRS-0001", "", 200, "\"templateUid\""},
    {"getCourse template", "GET", "getCourse/TPL-001", "", 200, "\"isTemplate\":true"},
    {"getCourse 404", "GET", "getCourse/NOPE", "", 404, "No course"},
    {"addCourse", "POST", "addCourse/TPL-001/T-C1", "name=Testcursus&startDate=2026-01-01&expireDate=2026-12-31&teacherGroup=T-GT", 200, "<empty>"},
    {"addCourse state", "GET", "getCourse/T-C1", "", 200, "\"teacherGroup\":\"T-GT\""},
    {"addCourse 409 exists", "POST", "addCourse/TPL-001/T-C1", "name=X", 409, "already exists"},
    {"addCourse 404 template", "POST", "addCourse/NOPE/T-C2", "name=X", 404, "No template"},
    {"addCourse 409 wrong group type", "POST", "addCourse/TPL-001/T-C2", "teacherGroup=T-G2", 409, "teacher"},
    {"addCourse 400 dates", "POST", "addCourse/TPL-001/T-C2", "startDate=2026-12-01&expireDate=2026-01-01", 400, "before"},
    {"updateCourse", "POST", "updateCourse/T-C1", "title=Nieuwe%20titel&active=false", 200, "<empty>"},
    {"updateCourse state", "GET", "getCourse/T-C1", "", 200, "\"title\":\"Nieuwe titel\""},
    {"updateCourse 404", "POST", "updateCourse/NOPE", "title=X", 404, "No course"},
    {"addOrUpdateCourse create", "POST", "addOrUpdateCourse/TPL-001/T-C2", "name=Tweede", 200, "<empty>"},
    {"addOrUpdateCourse update", "POST", "addOrUpdateCourse/TPL-001/T-C2", "active=true", 200, "<empty>"},
    {"addOrUpdateCourse 409 other template", "POST", "addOrUpdateCourse/TPL-002/T-C2", "active=true", 409, "another template"},
    {"copyTemplate", "POST", "copyTemplate/TPL-001/T-TPL", "name=Kopie", 200, "<empty>"},
    {"copyTemplate state", "GET", "getTemplates", "", 200, "\"id\":\"T-TPL\""},
    {"copyTemplate 409", "POST", "copyTemplate/TPL-001/T-TPL", "", 409, "already exists"},
    {"copyTemplate 404", "POST", "copyTemplate/NOPE/T-TPL2", "", 404, "No template"},
    {"deleteCourse", "POST", "deleteCourse/T-C2", "", 200, "<empty>"},
    {"deleteCourse 404", "POST", "deleteCourse/T-C2", "", 404, "No course"},

    // ---- subscriptions (2.4)
    {"subscribe", "POST", "subscribe/T-S1/T-C1", "startDate=2026-01-01&expireDate=2099-01-01", 200, "<empty>"},
    {"subscribe teacher as learner", "POST", "subscribe/T-T1/T-C1", "", 200, "<empty>"},
    {"subscribe 409 again", "POST", "subscribe/T-S1/T-C1", "", 409, "already subscribed"},
    {"subscribe 409 no learner role", "POST", "subscribe/T-M1/T-C1", "", 409, "learner"},
    {"subscribe 404 user", "POST", "subscribe/NOPE/T-C1", "", 404, "No user"},
    {"subscribe 404 course", "POST", "subscribe/T-S1/NOPE", "", 404, "No course"},
    {"subscribe 400 date", "POST", "subscribe/T-S2/T-C1", "expireDate=31-12-2026", 400, "expireDate does not contain an ISO8601 date value: 31-12-2026"},
    {"isSubscribed", "GET", "isSubscribed/T-S1/T-C1", "", 200, "{\"result\":true}"},
    {"isSubscribed false", "GET", "isSubscribed/T-S2/T-C1", "", 200, "{\"result\":false}"},
    {"isSubscribed 404", "GET", "isSubscribed/NOPE/T-C1", "", 404, "No user"},
    {"getSubscriptions", "GET", "getSubscriptions/T-S1", "", 200, "\"progress\":\"0/"},
    {"getSubscriptions skipStats", "GET", "getSubscriptions/T-S1?skipStats=true", "", 200, "\"id\":\"T-C1\""},
    {"getSubscriptions 404", "GET", "getSubscriptions/NOPE", "", 404, "No user"},
    {"getStudentSubscriptions", "GET", "getStudentSubscriptions/T-C1", "", 200, "{\"students\":[{"},
    {"getStudentSubscriptions 404", "GET", "getStudentSubscriptions/NOPE", "", 404, "No course"},
    {"updateSubscription", "POST", "updateSubscription/T-S1/T-C1", "expireDate=2098-01-01", 200, "<empty>"},
    {"updateSubscription state", "GET", "getSubscriptions/T-S1", "", 200, "\"expireDate\":\"2098-01-01\""},
    {"updateSubscription 404", "POST", "updateSubscription/T-S2/T-C1", "expired=true", 404, "not subscribed"},
    {"setExternalPartResult", "POST", "setExternalPartResult/T-S1/T-C1/ACT-1-5", "score=87&passed=true", 200, "<empty>"},
    {"setExternalPartResult 409 not external", "POST", "setExternalPartResult/T-S1/T-C1/ACT-1-1", "score=87", 409, "not an external activity"},
    {"setExternalPartResult 404 activity", "POST", "setExternalPartResult/T-S1/T-C1/NOPE", "score=87", 404, "activity"},
    {"setExternalPartResult 400 score", "POST", "setExternalPartResult/T-S1/T-C1/ACT-1-5", "score=lots", 400, "score does not contain a numeric value"},
    {"getResults", "GET", "getResults/T-S1", "", 200, "\"score\":\"87\""},
    {"getResults course filter", "GET", "getResults/T-S1?courseID=T-C1", "", 200, "\"attempts\":[{\"attemptNumber\":1"},
    {"getResults 404 not subscribed", "GET", "getResults/T-S2?courseID=T-C1", "", 404, "not subscribed"},
    {"getResults 404 user", "GET", "getResults/NOPE", "", 404, "No user"},

    // ---- instructors (2.5)
    {"setCoursePermissions", "POST", "setCoursePermissions/T-C1/T-T1", "permission=EditCalendar&permission=CourseSettings", 200, "<empty>"},
    {"setCoursePermissions unset", "POST", "setCoursePermissions/T-C1/T-T1", "permission=EditCalendar&unset=true", 200, "<empty>"},
    {"setCoursePermissions 404 permission", "POST", "setCoursePermissions/T-C1/T-T1", "permission=FlyPlanes", 404, "permission"},
    {"setCoursePermissions 404 teacher", "POST", "setCoursePermissions/T-C1/T-S1", "permission=EditCalendar", 404, "No teacher"},
    {"setCoursePermissions 400", "POST", "setCoursePermissions/T-C1/T-T1", "", 400, "permission"},
    {"addTeacherStudents", "POST", "addTeacherStudents/T-C1/T-T1", "student=T-S1", 200, "<empty>"},
    {"addTeacherStudents 409 duplicate", "POST", "addTeacherStudents/T-C1/T-T1", "student=T-S1", 409, "already on"},
    {"addTeacherStudents 404 not enrolled", "POST", "addTeacherStudents/T-C1/T-T1", "student=T-S2", 404, "not enrolled"},
    {"addTeacherStudents 404 no students", "POST", "addTeacherStudents/T-C1/T-T1", "", 404, "student"},
    {"deleteTeacherStudents 404 no students", "POST", "deleteTeacherStudents/T-C1/T-T1", "", 404, "student"},
    {"getTeacherStudents", "GET", "getTeacherStudents/T-T1/T-C1", "", 200, "\"id\":\"T-S1\""},
    {"getTeacherStudents 404", "GET", "getTeacherStudents/T-S1/T-C1", "", 404, "No teacher"},
    {"getStudentTeachers", "GET", "getStudentTeachers/T-S1/T-C1", "", 200, "\"id\":\"T-T1\""},
    {"getStudentTeachers 404", "GET", "getStudentTeachers/T-S1/NOPE", "", 404, "No course"},
    {"deleteTeacherStudents", "POST", "deleteTeacherStudents/T-C1/T-T1", "student=T-S1", 200, "<empty>"},
    {"deleteTeacherStudents 409 missing", "POST", "deleteTeacherStudents/T-C1/T-T1", "student=T-S1", 409, "not on"},
    {"deleteTeacherStudents ignoreMissing", "POST", "deleteTeacherStudents/T-C1/T-T1", "student=T-S1&ignoreMissing=true", 200, "<empty>"},
    {"deleteTeacherStudents 404 student", "POST", "deleteTeacherStudents/T-C1/T-T1", "student=NOPE", 404, "No user"},
    {"addTeacherStudents 404 course", "POST", "addTeacherStudents/NOPE/T-T1", "student=T-S1", 404, "No course"},
    {"addTeacherStudentGroups", "POST", "addTeacherStudentGroups/T-C1/T-T1", "group=T-G2", 200, "<empty>"},
    {"addTeacherStudentGroups 409 type", "POST", "addTeacherStudentGroups/T-C1/T-T1", "group=T-GT", 409, "not a learner group"},
    {"deleteTeacherStudentGroups", "POST", "deleteTeacherStudentGroups/T-C1/T-T1", "group=T-G2", 200, "<empty>"},
    {"deleteTeacherStudentGroups 409", "POST", "deleteTeacherStudentGroups/T-C1/T-T1", "group=T-G2", 409, "not linked"},
    {"initializeCourseId 404", "POST", "initializeCourseId/00000000-0000-0000-0000-000000000000/T-C9", "", 404, "No course"},

    // ---- calendar items (2.6)
    {"addEvent", "POST", "addEvent/T-C1/T-CAL1", "type=Meeting&summary=Kick-off&start=2026-03-01T10:00:00&end=2026-03-01T12:00:00", 200, "<empty>"},
    {"addEvent 409", "POST", "addEvent/T-C1/T-CAL1", "type=Meeting&summary=X&start=2026-03-01T10:00:00&end=2026-03-01T12:00:00", 409, "already exists"},
    {"addEvent 400 type", "POST", "addEvent/T-C1/T-CAL2", "type=Party&summary=X&start=2026-03-01T10:00:00&end=2026-03-01T12:00:00", 400, "one of Meeting, Exam"},
    {"addEvent 400 datetime", "POST", "addEvent/T-C1/T-CAL2", "type=Exam&summary=X&start=tomorrow&end=2026-03-01T12:00:00", 400, "start does not contain an ISO8601 date-time value"},
    {"addEvent 400 missing summary", "POST", "addEvent/T-C1/T-CAL2", "type=Exam&start=2026-03-01T10:00:00&end=2026-03-01T12:00:00", 400, "summary"},
    {"addEvent 404 course", "POST", "addEvent/NOPE/T-CAL2", "type=Exam&summary=X&start=2026-03-01T10:00:00&end=2026-03-01T12:00:00", 404, "No course"},
    {"eventExists", "GET", "eventExists/T-CAL1", "", 200, "{\"result\":true}"},
    {"eventExists false", "GET", "eventExists/NOPE", "", 200, "{\"result\":false}"},
    {"getEvents all", "GET", "getEvents", "", 200, "\"uid\":\"T-CAL1\""},
    {"getEvents 404 course", "GET", "getEvents?courseID=NOPE", "", 404, "No course"},
    {"getEvents", "GET", "getEvents?courseID=T-C1", "", 200, "\"start\":\"2026-03-01T10:00:00+01:00\""},
    {"updateEvent", "POST", "updateEvent/T-CAL1", "summary=Start&type=Exam", 200, "<empty>"},
    {"updateEvent state", "GET", "getEvents?courseID=T-C1", "", 200, "\"summary\":\"Start\""},
    {"updateEvent 404", "POST", "updateEvent/NOPE", "summary=X", 404, "No calendar item"},
    {"updateEvent 400 order", "POST", "updateEvent/T-CAL1", "end=2026-02-01T10:00:00", 400, "before"},
    {"deleteEvent", "POST", "deleteEvent/T-CAL1", "", 200, "<empty>"},
    {"deleteEvent 404", "POST", "deleteEvent/T-CAL1", "", 404, "No calendar item"},

    // ---- access codes (2.7)
    {"addAccessCodeGroup", "POST", "addAccessCodeGroup/T-ACG", "name=Codes&type=regular&course=T-C1", 200, "<empty>"},
    {"addAccessCodeGroup exam", "POST", "addAccessCodeGroup/T-ACGX", "name=Exams&type=exam&course=CRS-0006", 200, "<empty>"},
    {"addAccessCodeGroup 409", "POST", "addAccessCodeGroup/T-ACG", "name=X", 409, "already exists"},
    {"addAccessCodeGroup 409 exam course", "POST", "addAccessCodeGroup/T-ACGY", "name=X&type=exam&course=T-C1", 409, "Test & Assess"},
    {"addAccessCodeGroup 404 course", "POST", "addAccessCodeGroup/T-ACGY", "name=X&course=NOPE", 404, "No course"},
    {"addAccessCodeGroup 400 type", "POST", "addAccessCodeGroup/T-ACGY", "name=X&type=vip", 400, "one of regular, exam"},
    {"accessCodeGroupExists", "GET", "accessCodeGroupExists/T-ACG", "", 200, "{\"result\":true}"},
    {"addAccessCodes explicit", "POST", "addAccessCodes/T-ACG", "code=WELCOME-1&code=WELCOME-2", 200, "{\"codes\":[{\"code\":\"WELCOME-1\""},
    {"addAccessCodes 409 duplicate", "POST", "addAccessCodes/T-ACG", "code=WELCOME-1", 409, "already exists"},
    {"addAccessCodes 400 nothing", "POST", "addAccessCodes/T-ACG", "", 400, "amount"},
    {"addAccessCodes 400 amount", "POST", "addAccessCodes/T-ACG", "amount=0", 400, "amount"},
    {"addAccessCodes 409 user on regular", "POST", "addAccessCodes/T-ACG", "amount=1&user=T-S1", 409, "exam"},
    {"addAccessCodes exam for user", "POST", "addAccessCodes/T-ACGX", "amount=2&user=T-S1", 200, "\"user\":\"T-S1\""},
    {"accessCodeExists", "GET", "accessCodeExists/T-ACGX/T-S1", "", 200, "{\"result\":true}"},
    {"accessCodeExists false", "GET", "accessCodeExists/T-ACGX/T-S2", "", 200, "{\"result\":false}"},
    {"accessCodeExists 404", "GET", "accessCodeExists/NOPE/T-S2", "", 404, "access code group"},
    {"deleteAccessCodes", "POST", "deleteAccessCodes/T-ACG", "code=WELCOME-2", 200, "<empty>"},
    {"deleteAccessCodes 404", "POST", "deleteAccessCodes/T-ACG", "code=WELCOME-2", 404, "no access code"},
    {"deleteAccessCodeGroup", "POST", "deleteAccessCodeGroup/T-ACG", "", 200, "<empty>"},
    {"deleteAccessCodeGroup 404", "POST", "deleteAccessCodeGroup/T-ACG", "", 404, "access code group"},
    {"deleteAccessCodeGroup state", "GET", "accessCodeGroupExists/T-ACG", "", 200, "{\"result\":false}"},

    // ---- bookable events (2.8)
    {"addBookableEvent", "POST", "addBookableEvent/T-EV", "name=Praktijkdag&startDate=2026-04-01T09:00:00&endDate=2026-04-01T17:00:00&maxParticipants=10", 200, "<empty>"},
    {"addBookableEvent 409", "POST", "addBookableEvent/T-EV", "name=X", 409, "already exists"},
    {"addBookableEvent 400 int", "POST", "addBookableEvent/T-EV2", "maxParticipants=many", 400, "maxParticipants does not contain an integer"},
    {"updateBookableEvent", "POST", "updateBookableEvent/T-EV", "location=Delft", 200, "<empty>"},
    {"updateBookableEvent 404", "POST", "updateBookableEvent/NOPE", "location=Delft", 404, "No event"},
    {"updateBookableEvent 409 max below participants", "POST", "updateBookableEvent/EVT-001", "maxParticipants=1", 409, "participants"},
    {"addOrUpdateBookableEvent", "POST", "addOrUpdateBookableEvent/T-EV2", "name=Tweede", 200, "<empty>"},
    {"getBookableEventSubscriptions", "GET", "getBookableEventSubscriptions/EVT-001", "", 200, "\"attended\":"},
    {"getBookableEventSubscriptions by name", "POST", "getBookableEventSubscriptions?eventID=T-EV", "", 200, "{\"users\":[]}"},
    {"getBookableEventSubscriptions 404", "GET", "getBookableEventSubscriptions/NOPE", "", 404, "No event"},
    {"addBookableEventTeachers", "POST", "addBookableEventTeachers/T-EV", "teacher=T-T1", 200, "<empty>"},
    {"addBookableEventTeachers 409 role", "POST", "addBookableEventTeachers/T-EV", "teacher=T-S1", 409, "instructor"},
    {"deleteBookableEventTeachers", "POST", "deleteBookableEventTeachers/T-EV", "teacher=T-T1", 200, "<empty>"},
    {"deleteBookableEventTeachers 409", "POST", "deleteBookableEventTeachers/T-EV", "teacher=T-T1", 409, "not linked"},
    {"addBookableEventParts", "POST", "addBookableEventParts/T-EV", "course=T-C1&activity=ACT-1-4", 200, "<empty>"},
    {"addBookableEventParts 409 dup", "POST", "addBookableEventParts/T-EV", "course=T-C1&activity=ACT-1-4", 409, "already linked"},
    {"addBookableEventParts 409 not event", "POST", "addBookableEventParts/T-EV", "course=T-C1&activity=ACT-1-1", 409, "not an event activity"},
    {"deleteBookableEventParts", "POST", "deleteBookableEventParts/T-EV", "course=T-C1&activity=ACT-1-4", 200, "<empty>"},
    {"deleteBookableEventParts 404", "POST", "deleteBookableEventParts/T-EV", "course=T-C1&activity=ACT-1-4", 404, "not linked"},

    // ---- profiles (2.9)
    {"getSkillProfiles", "GET", "getSkillProfiles", "", 200, "{\"skillProfiles\":[{"},
    {"addSkillProfileUsers", "POST", "addSkillProfileUsers/SP-1", "user=T-S1", 200, "<empty>"},
    {"addSkillProfileUsers 404", "POST", "addSkillProfileUsers/NOPE", "user=T-S1", 404, "No profile"},
    {"getStudentSkillProfiles", "GET", "getStudentSkillProfiles/T-S1", "", 200, "\"id\":\"SP-1\""},
    {"getStudentSkillProfiles 404", "GET", "getStudentSkillProfiles/NOPE", "", 404, "No user"},
    {"deleteSkillProfileUsers", "POST", "deleteSkillProfileUsers/SP-1", "user=T-S1", 200, "<empty>"},
    {"deleteSkillProfileUsers state", "GET", "getStudentSkillProfiles/T-S1", "", 200, "{\"skillProfiles\":[]}"},

    // ---- bundles (2.10)
    {"getBundles", "GET", "getBundles", "", 200, "\"id\":\"BND-1\""},
    {"getBundleCourses", "GET", "getBundleCourses/BND-1", "", 200, "\"id\":\"BC-1-1\""},
    {"getBundleCourses 404", "GET", "getBundleCourses/NOPE", "", 404, "No bundle"},
    {"subscribeBundleCourse", "POST", "subscribeBundleCourse/T-S2/BC-1-1", "", 200, "<empty>"},
    {"subscribeBundleCourse 409", "POST", "subscribeBundleCourse/T-S2/BC-1-1", "", 409, "already subscribed"},
    {"subscribeBundleCourse 409 role", "POST", "subscribeBundleCourse/T-M1/BC-1-1", "", 409, "learner"},
    {"getBundleCourseSubscription", "GET", "getBundleCourseSubscription/T-S2/BC-1-1", "", 200, "\"subscribeDate\""},
    {"getBundleCourseSubscription 404", "GET", "getBundleCourseSubscription/T-S1/BC-1-1", "", 404, "not subscribed"},
    {"getBundleCourseSubscriptions", "GET", "getBundleCourseSubscriptions/T-S2", "", 200, "\"id\":\"BC-1-1\""},
    {"unsubscribeBundleCourse", "POST", "unsubscribeBundleCourse/T-S2/BC-1-1", "", 200, "<empty>"},
    {"unsubscribeBundleCourse 409", "POST", "unsubscribeBundleCourse/T-S2/BC-1-1", "", 409, "not subscribed"},
    {"subscribeGroupBundleCourse", "POST", "subscribeGroupBundleCourse/GRP-0001/BC-1-2", "", 200, "<empty>"},
    {"subscribeGroupBundleCourse 409 type", "POST", "subscribeGroupBundleCourse/T-GT/BC-1-2", "", 409, "learner groups"},
    {"subscribeGroupBundleCourse 404 group", "POST", "subscribeGroupBundleCourse/NOPE/BC-1-2", "", 404, "No group"},
    {"subscribeBundleCourse 404 bundle course", "POST", "subscribeBundleCourse/T-S2/NOPE", "", 404, "No bundle course"},
    {"getBundleCourseSubscriptions 404", "GET", "getBundleCourseSubscriptions/NOPE", "", 404, "No user"},
    {"unsubscribeBundleCourse state", "GET", "getBundleCourseSubscriptions/T-S2", "", 200, "{\"bundleCourses\":[]}"},

    // ---- subenvironments (2.3)
    {"addResellerUsers", "POST", "addResellerUsers/academy", "user=T-S1", 200, "<empty>"},
    {"addResellerUsers 409", "POST", "addResellerUsers/academy", "user=T-S1", 409, "already linked"},
    {"addResellerUsers 404", "POST", "addResellerUsers/nope", "user=T-S1", 404, "No subenvironment"},
    {"deleteResellerUsers", "POST", "deleteResellerUsers/academy", "user=T-S1", 200, "<empty>"},
    {"deleteResellerUsers 409", "POST", "deleteResellerUsers/academy", "user=T-S1", 409, "not linked"},
    {"addResellerGroups", "POST", "addResellerGroups/academy", "group=T-G2", 200, "<empty>"},
    {"deleteResellerGroups", "POST", "deleteResellerGroups/academy", "group=T-G2", 200, "<empty>"},
    {"addResellerTemplates", "POST", "addResellerTemplates/academy", "template=TPL-001", 200, "<empty>"},
    {"deleteResellerTemplates", "POST", "deleteResellerTemplates/academy", "template=TPL-001", 200, "<empty>"},
    {"addResellerBookableEvents", "POST", "addResellerBookableEvents/academy", "event=T-EV", 200, "<empty>"},
    {"deleteResellerBookableEvents", "POST", "deleteResellerBookableEvents/academy", "event=T-EV", 200, "<empty>"},
    {"deleteResellerBookableEvents 404", "POST", "deleteResellerBookableEvents/academy", "event=NOPE", 404, "No event"},
    {"addResellerGroups 404 group", "POST", "addResellerGroups/academy", "group=NOPE", 404, "No group"},
    {"addResellerTemplates 404 template", "POST", "addResellerTemplates/academy", "template=NOPE", 404, "No template"},
    {"deleteResellerUsers ignoreMissing", "POST", "deleteResellerUsers/academy", "user=T-S1&user=NOPE&ignoreMissing=true", 200, "<empty>"},
    {"getResellerSkillProfiles", "GET", "getResellerSkillProfiles/main", "", 200, "\"id\":\"SP-1\""},
    {"getResellerSkillProfiles not another's", "GET", "getResellerSkillProfiles/academy", "", 200, "\"id\":\"SP-4\""},
    {"getResellerSkillProfiles 404", "GET", "getResellerSkillProfiles/nope", "", 404, "No subenvironment"},
    {"getResellerSkillProfiles POST", "POST", "getResellerSkillProfiles", "resellerID=main", 200, "\"id\":\"SP-3\""},

    // ---- SSO (2.11)
    {"getLoginToken", "GET", "getLoginToken/T-S1", "", 200, "{\"result\":\""},
    {"getLoginToken 404", "GET", "getLoginToken/NOPE", "", 404, "No user"},

    // ---- unsubscribe last, as it removes state used above
    {"unsubscribe", "POST", "unsubscribe/T-T1/T-C1", "", 200, "<empty>"},
    {"unsubscribe 409", "POST", "unsubscribe/T-T1/T-C1", "", 409, "not subscribed"},
    {"unsubscribe 404 course", "POST", "unsubscribe/T-T1/NOPE", "", 404, "No course"},
    {"unsubscribe state", "GET", "isSubscribed/T-T1/T-C1", "", 200, "{\"result\":false}"},
    {"deleteCourse 409 learners", "POST", "deleteCourse/T-C1", "", 409, "subscribed"},
    {"deleteCourse force", "POST", "deleteCourse/T-C1", "force=true", 200, "<empty>"},
    {"deleteCourse state", "GET", "getCourse/T-C1", "", 404, "No course"},
    {"deleteCourse removed its subscriptions", "GET", "getSubscriptions/T-S1", "", 200, ""},
};
// clang-format on

} // namespace

class TestFunctions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.control = true;
        QString error;
        QVERIFY2(m_client.start(options, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_client.stop(); }

    void call_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expect");
        for (const Step &s : Steps)
            QTest::newRow(s.name) << QByteArray(s.method) << QByteArray(s.path) << QByteArray(s.body) << s.status
                                  << QByteArray(s.expect);
    }

    void call()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, expect);
        const auto reply = method == "GET" ? m_client.get(path) : m_client.post(path, body);
        QVERIFY2(reply.status == status,
            qPrintable(u"expected %1, got %2: %3"_s.arg(status).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        if (expect == "<empty>")
            QCOMPARE(reply.body, QByteArray());
        else if (!expect.isEmpty())
            QVERIFY2(reply.body.contains(expect), reply.body.constData());
        if (status == 200 && !reply.body.isEmpty())
            QVERIFY2(!QJsonDocument::fromJson(reply.body).isNull(), "a success body must be JSON");
    }

    // Every function of the endpoint table appears in the steps above.
    void everyFunctionCovered()
    {
        QSet<QString> called;
        for (const Step &s : Steps)
            called.insert(QString::fromLatin1(s.path).section(u'/', 0, 0).section(u'?', 0, 0));
        for (const auto &ep : Springdesk::Api::endpoints())
            QVERIFY2(called.contains(QString(ep.function)), ep.function.data());
    }

    void initializeIdSuccess()
    {
        // Demo users made in the admin UI have no external ID: give one an ID.
        QString login;
        for (const auto &v : m_client.get("getUsers").json().value(u"users"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString().isEmpty())
                login = v.toObject().value(u"login"_s).toString();
        }
        QVERIFY(!login.isEmpty());
        const QByteArray encoded = QUrl::toPercentEncoding(login);
        QCOMPARE(m_client.post("initializeId/" + encoded + "/T-S1").status, 409); // the ID is in use
        QCOMPARE(m_client.post("initializeId/" + encoded + "/T-INIT1").status, 200);
        QCOMPARE(m_client.get("getUser/T-INIT1").json().value(u"login"_s).toString(), login);
        QCOMPARE(m_client.post("initializeId/" + encoded + "/T-INIT2").status, 409); // already has one
    }

    // The default subenvironment of a subscription is the one of the domain called (contract 1.9):
    // the demo's "academy" answers on localhost, "main" on 127.0.0.1.
    void subscriptionSubenvironmentFromDomain()
    {
        QCOMPARE(m_client.post("addUser/T-DOM", "login=t.dom%40example.nl&role=student").status, 200);
        const QByteArray key = m_client.apiKey().toUtf8();
        const auto r = m_client.raw("POST", "/api/subscribe/T-DOM/CRS-0001", {},
            {{"X-API-Key", key}, {"Host", "localhost:" + QByteArray::number(m_client.apiBaseUrl().port())}});
        QCOMPARE(r.status, 200);
        QCOMPARE(m_client.post("subscribe/T-DOM/CRS-0002").status, 200);
        const auto courses = m_client.get("getSubscriptions/T-DOM").json().value(u"courses"_s).toArray();
        QCOMPARE(courses.size(), 2);
        QCOMPARE(courses.at(0).toObject().value(u"reseller"_s).toString(), u"academy"_s);
        QCOMPARE(courses.at(1).toObject().value(u"reseller"_s).toString(), u"main"_s);
        QCOMPARE(m_client.post("subscribe/T-DOM/CRS-0003", "reseller=nope").status, 404);
    }

    // Each subenvironment lists exactly the profiles linked to it in the seed (SP-3 is shared; the
    // fifth profile has no external ID).
    void resellerSkillProfilesPerSubenvironment_data()
    {
        QTest::addColumn<QByteArray>("reseller");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("main") << QByteArray("main")
                              << QStringList{u"Veiligheidskundige"_s, u"Projectleider"_s, u"Data Analyst"_s};
        QTest::newRow("academy") << QByteArray("academy")
                                 << QStringList{u"Data Analyst"_s, u"Teamleider"_s, u"Customer Success"_s};
    }

    void resellerSkillProfilesPerSubenvironment()
    {
        QFETCH(QByteArray, reseller);
        QFETCH(QStringList, names);
        const auto reply = m_client.get("getResellerSkillProfiles/" + reseller);
        QCOMPARE(reply.status, 200);
        QStringList got;
        for (const auto &v : reply.json().value(u"skillProfiles"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(u"uid"_s).toString().isEmpty());
            QVERIFY(o.contains(u"description"_s));
            got << o.value(u"name"_s).toString();
        }
        QCOMPARE(got, names);
    }

    // The browser side of SSO: /do?action=sso consumes the user's single, most recent token.
    void browserSso()
    {
        QCOMPARE(m_client.post("addUser/T-SSO", "login=t.sso%40example.nl&role=student").status, 200);
        QCOMPARE(m_client.post("subscribe/T-SSO/CRS-0001").status, 200);
        const auto token
            = [this] { return m_client.get("getLoginToken/T-SSO").json().value(u"result"_s).toString().toUtf8(); };
        const QByteArray first = token();
        const QByteArray second = token(); // invalidates the first
        QVERIFY(first != second);
        QCOMPARE(first.size(), 32);
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + first).status, 403);
        auto r = m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + second);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("/"));
        QVERIFY(r.header("Set-Cookie").startsWith("SANDBOXSESSION="));
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + second).status, 403); // single use

        const QByteArray uid = m_client.get("getUser/T-SSO").json().value(u"uid"_s).toString().toUtf8();
        r = m_client.raw(
            "GET", "/do?action=sso&userUID=" + uid + "&token=" + token() + "&course=CRS-0001&activity=ACT-1-2");
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("/course/CRS-0001/activity/ACT-1-2"));
        r = m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + token() + "&redirect=%2Fcatalog");
        QCOMPARE(r.header("Location"), QByteArray("/catalog"));

        const QByteArray t = token();
        QCOMPARE(
            m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + t + "&course=CRS-0001&redirect=%2Fx").status, 400);
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + t + "&activity=ACT-1-2").status, 400);
        QCOMPARE(
            m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + t + "&redirect=https%3A%2F%2Fevil.example").status,
            400);
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO").status, 400);
        QCOMPARE(m_client.raw("GET", "/do?action=other&user=T-SSO&token=" + t).status, 404);
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-S2&token=" + t).status, 403); // another user's token
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + t + "&course=CRS-0002").status, 404);
        QCOMPARE(m_client.raw("GET", "/do?action=sso&user=T-SSO&token=" + t).status, 403); // spent above
    }

    // Links made by Api::SsoLinkBuilder log in on the server and land exactly where they should,
    // also with a redirect full of URL syntax.
    void builtSsoLinksLogIn_data()
    {
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("home") << QString() << QString() << QString() << QByteArray("/");
        QTest::newRow("course and activity")
            << u"CRS-0001"_s << u"ACT-1-2"_s << QString() << QByteArray("/course/CRS-0001/activity/ACT-1-2");
        QTest::newRow("redirect with query")
            << QString() << QString() << u"/zoek?q=a&b=c d+e#x"_s << u"/zoek?q=a&b=c d+e#x"_s.toUtf8();
    }

    void builtSsoLinksLogIn()
    {
        QFETCH(QString, course);
        QFETCH(QString, activity);
        QFETCH(QString, redirect);
        QFETCH(QByteArray, location);
        if (m_client.get("userExists/T-SSO2").json().value(u"result"_s).toBool() == false) {
            QCOMPARE(m_client.post("addUser/T-SSO2", "login=t.sso2%40example.nl&role=student").status, 200);
            QCOMPARE(m_client.post("subscribe/T-SSO2/CRS-0001").status, 200);
        }
        Springdesk::Api::SsoLinkRequest request;
        request.userId = u"T-SSO2"_s;
        request.token = m_client.get("getLoginToken/T-SSO2").json().value(u"result"_s).toString();
        request.courseId = course;
        request.activityId = activity;
        request.redirect = redirect;
        QString error;
        const QUrl link = Springdesk::Api::SsoLinkBuilder::build(m_client.apiBaseUrl(), request, &error);
        QVERIFY2(link.isValid(), qPrintable(error));
        QCOMPARE(link.host(), m_client.apiBaseUrl().host());
        const auto r = m_client.raw(
            "GET", link.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1());
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), location);
        QCOMPARE(
            m_client
                .raw("GET", link.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1())
                .status,
            403); // single use
    }

    void initializeCourseIdSuccess()
    {
        // CRS-0013 is a demo course without external ID: find its UID via includeWithoutId.
        const auto courses = m_client.get("getCourses/TPL-001?includeWithoutId=true").json();
        QString uid;
        for (const auto &v : courses.value(u"courses"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString().isEmpty())
                uid = v.toObject().value(u"uid"_s).toString();
        }
        QVERIFY(!uid.isEmpty());
        QCOMPARE(m_client.post("initializeCourseId/" + uid.toUtf8() + "/T-INITC").status, 200);
        QCOMPARE(m_client.get("getCourse/T-INITC").status, 200);
        QCOMPARE(m_client.post("initializeCourseId/" + uid.toUtf8() + "/T-INITD").status, 409);
    }

private:
    SandboxTestClient m_client;
};

QTEST_MAIN(TestFunctions)
#include "tst_functions.moc"
