// Every API function through ApiClient against the real springdesk-sandbox (--seed demo): the
// call succeeds and decodes to the right values, and each documented error maps to the right
// ApiError kind. Demo facts used (see tests/sandbox/tst_functions.cpp): TPL-001 → CRS-0001
// (activity ACT-1-4 = event, ACT-1-5 = external), CRS-0006 is Test & Assess, GRP-0001 learners,
// content library CL-SAFETY, subenvironment academy, event EVT-001, profile SP-1, bundle BND-1
// with bundle courses BC-1-1 and BC-1-2.
#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "tests/api/apiteststep.h"
#include "tests/support/sandboxprocess.h"

#include <QSet>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Api;
using namespace Springdesk::Test;
using namespace Qt::StringLiterals;
using K = ApiError::Kind;

namespace {

// A check returns an empty string when the value is right, else what is wrong.
using Check = std::function<QString(const QVariant &)>;

#define EXPECT(cond)                                                                                                   \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            return QStringLiteral(#cond);                                                                              \
    } while (false)

struct Step
{
    const char *name;
    Fn fn;
    QStringList path;
    QList<std::pair<P, QString>> params;
    K expect = K::None;
    Check check = {};
};

template <typename T> QList<T> listOf(const QVariant &v)
{
    return v.value<QList<T>>();
}

template <typename T> bool hasId(const QList<T> &list, const QString &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
}

QString isTrue(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool && v.toBool() ? QString() : u"expected true"_s;
}

QString isFalse(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool && !v.toBool() ? QString() : u"expected false"_s;
}

QString isEmptyOk(const QVariant &v)
{
    return v.isValid() ? u"a command has no value"_s : QString();
}

QList<Step> steps()
{
    using D = Domain::User;
    // clang-format off
    return {
        // users
        {"addUser student", Fn::AddUser, {u"T-S1"_s}, {{P::login, u"t.s1@example.nl"_s}, {P::firstName, u"Sanne"_s},
            {P::lastName, u"Smit"_s}, {P::role, u"student"_s}, {P::dateOfBirth, u"1990-05-17"_s}}, K::None, isEmptyOk},
        {"addUser second", Fn::AddUser, {u"T-S2"_s}, {{P::login, u"t.s2@example.nl"_s}, {P::role, u"student"_s}}},
        {"addUser teacher", Fn::AddUser, {u"T-T1"_s}, {{P::login, u"t.t1@example.nl"_s}, {P::role, u"teacher"_s},
            {P::role, u"student"_s}}},
        {"addUser author", Fn::AddUser, {u"T-A1"_s}, {{P::login, u"t.a1@example.nl"_s}, {P::role, u"author"_s}}},
        {"addUser 409", Fn::AddUser, {u"T-S1"_s}, {{P::login, u"other@example.nl"_s}}, K::Conflict},
        // An unknown role is refused by the client before sending (tst_paramvalidator); the
        // sandbox's own 400 for it is in tst_functions. A 400 only the server can judge:
        {"addUser 400 empty login", Fn::AddUser, {u"T-X9"_s}, {{P::login, QString()}}, K::InvalidInput},
        {"userExists", Fn::UserExists, {u"T-S1"_s}, {}, K::None, isTrue},
        {"userExists false", Fn::UserExists, {u"NOPE"_s}, {}, K::None, isFalse},
        {"getUser", Fn::GetUser, {u"T-T1"_s}, {}, K::None, [](const QVariant &v) {
             const D u = v.value<D>();
             EXPECT(u.id == u"T-T1" && !u.uid.isEmpty() && u.login == u"t.t1@example.nl");
             EXPECT(u.roles == (QStringList{u"student"_s, u"teacher"_s}));
             return QString(); }},
        {"getUser 404", Fn::GetUser, {u"NOPE"_s}, {}, K::NotFound},
        {"getUsers", Fn::GetUsers, {}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::UserSummary>(v), u"T-S1"_s));
             return QString(); }},
        {"updateUser", Fn::UpdateUser, {u"T-S1"_s}, {{P::lastName, u"Jansen"_s}}},
        {"updateUser state", Fn::GetUser, {u"T-S1"_s}, {}, K::None, [](const QVariant &v) {
             const D u = v.value<D>();
             EXPECT(u.lastName == u"Jansen" && u.firstName == u"Sanne" && u.dateOfBirth == QDate(1990, 5, 17));
             return QString(); }},
        {"updateUser 404", Fn::UpdateUser, {u"NOPE"_s}, {{P::lastName, u"X"_s}}, K::NotFound},
        {"addOrUpdateUser", Fn::AddOrUpdateUser, {u"T-S3"_s}, {{P::login, u"t.s3@example.nl"_s}, {P::role, u"student"_s}}},
        {"addUserRoles", Fn::AddUserRoles, {u"T-S3"_s}, {{P::role, u"mentor"_s}, {P::role, u"teacher"_s}}},
        {"addUserRoles 409", Fn::AddUserRoles, {u"T-S3"_s}, {{P::role, u"mentor"_s}, {P::ignoreDuplicates, u"false"_s}},
            K::Conflict},
        {"initializeId 409", Fn::InitializeId, {u"t.s2@example.nl"_s, u"T-INIT"_s}, {}, K::Conflict},
        {"initializeId 404", Fn::InitializeId, {u"nobody@example.nl"_s, u"T-INIT"_s}, {}, K::NotFound},
        {"deleteUser", Fn::DeleteUser, {u"T-S3"_s}, {}},
        {"deleteUser 404", Fn::DeleteUser, {u"T-S3"_s}, {}, K::NotFound},
        {"addContentLabelUsers", Fn::AddContentLabelUsers, {u"CL-SAFETY"_s}, {{P::user, u"T-A1"_s}, {P::role, u"author"_s}}},
        {"addContentLabelUsers 409", Fn::AddContentLabelUsers, {u"CL-SAFETY"_s}, {{P::user, u"T-S1"_s},
            {P::role, u"designer"_s}}, K::Conflict},
        {"deleteContentLabelUsers", Fn::DeleteContentLabelUsers, {u"CL-SAFETY"_s}, {{P::user, u"T-A1"_s}}},
        // groups
        {"addGroup", Fn::AddGroup, {u"T-G1"_s}, {{P::type, u"student"_s}, {P::name, u"Learners A"_s}}},
        {"addGroup child", Fn::AddGroup, {u"T-G2"_s}, {{P::type, u"student"_s}, {P::name, u"B"_s}, {P::parent, u"T-G1"_s}}},
        {"addGroup teachers", Fn::AddGroup, {u"T-GT"_s}, {{P::type, u"teacher"_s}, {P::name, u"Trainers"_s}}},
        {"addGroup 404 parent", Fn::AddGroup, {u"T-G9"_s}, {{P::type, u"student"_s}, {P::name, u"X"_s},
            {P::parent, u"NOPE"_s}}, K::NotFound},
        {"addGroup 409", Fn::AddGroup, {u"T-G1"_s}, {{P::type, u"student"_s}, {P::name, u"X"_s}}, K::Conflict},
        {"groupExists", Fn::GroupExists, {u"T-G1"_s}, {}, K::None, isTrue},
        {"updateGroup", Fn::UpdateGroup, {u"T-G2"_s}, {{P::name, u"B2"_s}}},
        {"addGroupUsers", Fn::AddGroupUsers, {u"T-G1"_s}, {{P::user, u"T-S1"_s}, {P::user, u"T-T1"_s}}},
        {"addGroupUsers teacher", Fn::AddGroupUsers, {u"T-GT"_s}, {{P::user, u"T-T1"_s}}},
        {"groupUserExists", Fn::GroupUserExists, {u"T-G1"_s, u"T-S1"_s}, {}, K::None, isTrue},
        {"groupUserExists 404", Fn::GroupUserExists, {u"NOPE"_s, u"T-S1"_s}, {}, K::NotFound},
        {"getGroupUsers", Fn::GetGroupUsers, {u"T-G1"_s}, {}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::UserSummary>(v);
             EXPECT(l.size() == 2 && hasId(l, u"T-S1"_s) && hasId(l, u"T-T1"_s));
             return QString(); }},
        {"deleteGroupUsers", Fn::DeleteGroupUsers, {u"T-G1"_s}, {{P::user, u"T-T1"_s}}},
        {"deleteGroupUsers 409", Fn::DeleteGroupUsers, {u"T-G1"_s}, {{P::user, u"T-T1"_s}, {P::ignoreMissing, u"false"_s}},
            K::Conflict},
        // templates and courses
        {"getTemplates", Fn::GetTemplates, {}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::TemplateSummary>(v), u"TPL-001"_s));
             return QString(); }},
        {"getCourses", Fn::GetCourses, {u"TPL-001"_s}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::Course>(v), u"CRS-0001"_s));
             return QString(); }},
        {"getCourse", Fn::GetCourse, {u"CRS-0001"_s}, {}, K::None, [](const QVariant &v) {
             const auto c = v.value<Domain::Course>();
             EXPECT(c.id == u"CRS-0001" && !c.uid.isEmpty() && !c.isTemplate);
             return QString(); }},
        {"getCourse 404", Fn::GetCourse, {u"NOPE"_s}, {}, K::NotFound},
        {"addCourse", Fn::AddCourse, {u"TPL-001"_s, u"T-C1"_s}, {{P::name, u"Testcursus"_s},
            {P::startDate, u"2026-01-01"_s}, {P::expireDate, u"2026-12-31"_s}, {P::teacherGroup, u"T-GT"_s}}},
        {"addCourse 409", Fn::AddCourse, {u"TPL-001"_s, u"T-C1"_s}, {{P::name, u"Again"_s}}, K::Conflict},
        {"addCourse state", Fn::GetCourse, {u"T-C1"_s}, {}, K::None, [](const QVariant &v) {
             const auto c = v.value<Domain::Course>();
             EXPECT(c.name == u"Testcursus" && c.teacherGroup == u"T-GT" && c.expireDate == QDate(2026, 12, 31));
             return QString(); }},
        {"updateCourse", Fn::UpdateCourse, {u"T-C1"_s}, {{P::title, u"Nieuwe titel"_s}}},
        {"addOrUpdateCourse", Fn::AddOrUpdateCourse, {u"TPL-001"_s, u"T-C2"_s}, {{P::name, u"Tweede"_s}}},
        {"copyTemplate", Fn::CopyTemplate, {u"TPL-001"_s, u"T-TPL"_s}, {{P::name, u"Kopie"_s}}},
        {"deleteCourse", Fn::DeleteCourse, {u"T-C2"_s}, {}},
        {"initializeCourseId 404", Fn::InitializeCourseId, {u"no-such-uid"_s, u"T-C9"_s}, {}, K::NotFound},
        // subscriptions and results
        {"subscribe", Fn::Subscribe, {u"T-S1"_s, u"T-C1"_s}, {{P::startDate, u"2026-01-01"_s},
            {P::expireDate, u"2099-01-01"_s}}},
        {"subscribe teacher", Fn::Subscribe, {u"T-T1"_s, u"T-C1"_s}, {}},
        {"subscribe 404", Fn::Subscribe, {u"NOPE"_s, u"T-C1"_s}, {}, K::NotFound},
        {"isSubscribed", Fn::IsSubscribed, {u"T-S1"_s, u"T-C1"_s}, {}, K::None, isTrue},
        {"isSubscribed false", Fn::IsSubscribed, {u"T-S2"_s, u"T-C1"_s}, {}, K::None, isFalse},
        {"getSubscriptions", Fn::GetSubscriptions, {u"T-S1"_s}, {}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::Subscription>(v);
             EXPECT(hasId(l, u"T-C1"_s));
             for (const auto &s : l) {
                 if (s.id == u"T-C1")
                     EXPECT(s.startDate == QDate(2026, 1, 1) && s.progress.has_value());
             }
             return QString(); }},
        {"getSubscriptions skipStats", Fn::GetSubscriptions, {u"T-S1"_s}, {{P::skipStats, u"true"_s}}},
        {"getSubscriptions 404", Fn::GetSubscriptions, {u"NOPE"_s}, {}, K::NotFound},
        {"getStudentSubscriptions", Fn::GetStudentSubscriptions, {u"T-C1"_s}, {}, K::None, [](const QVariant &v) {
             const auto l = v.value<QList<Domain::StudentSubscription>>();
             EXPECT(std::any_of(l.cbegin(), l.cend(), [](const auto &s) { return s.userId == u"T-S1"; }));
             return QString(); }},
        {"updateSubscription", Fn::UpdateSubscription, {u"T-S1"_s, u"T-C1"_s}, {{P::expireDate, u"2098-01-01"_s}}},
        {"setExternalPartResult", Fn::SetExternalPartResult, {u"T-S1"_s, u"T-C1"_s, u"ACT-1-5"_s},
            {{P::score, u"87"_s}, {P::passed, u"true"_s}}},
        {"getResults", Fn::GetResults, {u"T-S1"_s}, {{P::courseID, u"T-C1"_s}}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::CourseResult>(v);
             EXPECT(l.size() == 1 && l.first().subscription.id == u"T-C1");
             const auto &parts = l.first().parts;
             EXPECT(std::any_of(parts.cbegin(), parts.cend(),
                 [](const auto &p) { return p.id == u"ACT-1-5" && p.score == u"87" && p.passed; }));
             return QString(); }},
        {"setCoursePermissions", Fn::SetCoursePermissions, {u"T-C1"_s, u"T-T1"_s}, {{P::permission, u"EditCalendar"_s},
            {P::permission, u"CourseSettings"_s}}},
        // (an unknown permission name is refused by the client before sending)
        {"setCoursePermissions 404", Fn::SetCoursePermissions, {u"NO-COURSE"_s, u"T-T1"_s},
            {{P::permission, u"EditCalendar"_s}}, K::NotFound},
        {"addTeacherStudents", Fn::AddTeacherStudents, {u"T-C1"_s, u"T-T1"_s}, {{P::student, u"T-S1"_s}}},
        {"addTeacherStudents 409", Fn::AddTeacherStudents, {u"T-C1"_s, u"T-T1"_s}, {{P::student, u"T-S1"_s},
            {P::ignoreDuplicates, u"false"_s}}, K::Conflict},
        {"getTeacherStudents", Fn::GetTeacherStudents, {u"T-T1"_s, u"T-C1"_s}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::UserSummary>(v), u"T-S1"_s));
             return QString(); }},
        {"getStudentTeachers", Fn::GetStudentTeachers, {u"T-S1"_s, u"T-C1"_s}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::UserSummary>(v), u"T-T1"_s));
             return QString(); }},
        {"deleteTeacherStudents", Fn::DeleteTeacherStudents, {u"T-C1"_s, u"T-T1"_s}, {{P::student, u"T-S1"_s}}},
        {"addTeacherStudentGroups", Fn::AddTeacherStudentGroups, {u"T-C1"_s, u"T-T1"_s}, {{P::group, u"T-G2"_s}}},
        {"deleteTeacherStudentGroups", Fn::DeleteTeacherStudentGroups, {u"T-C1"_s, u"T-T1"_s}, {{P::group, u"T-G2"_s}}},
        // calendar items
        {"addEvent", Fn::AddEvent, {u"T-C1"_s, u"T-CAL1"_s}, {{P::type, u"Meeting"_s}, {P::summary, u"Kick-off"_s},
            {P::start, u"2026-03-01T10:00:00"_s}, {P::end, u"2026-03-01T12:00:00"_s}}},
        {"addEvent 409", Fn::AddEvent, {u"T-C1"_s, u"T-CAL1"_s}, {{P::type, u"Meeting"_s}, {P::summary, u"X"_s},
            {P::start, u"2026-03-01T10:00:00"_s}, {P::end, u"2026-03-01T12:00:00"_s}}, K::Conflict},
        {"eventExists", Fn::EventExists, {u"T-CAL1"_s}, {}, K::None, isTrue},
        {"getEvents", Fn::GetEvents, {}, {{P::courseID, u"T-C1"_s}}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::CalendarItem>(v);
             EXPECT(l.size() == 1 && l.first().uid == u"T-CAL1" && l.first().type == u"Meeting");
             EXPECT(l.first().start.date() == QDate(2026, 3, 1) && l.first().summary == u"Kick-off");
             return QString(); }},
        {"updateEvent", Fn::UpdateEvent, {u"T-CAL1"_s}, {{P::summary, u"Start"_s}}},
        {"deleteEvent", Fn::DeleteEvent, {u"T-CAL1"_s}, {}},
        {"deleteEvent 404", Fn::DeleteEvent, {u"T-CAL1"_s}, {}, K::NotFound},
        // access codes
        {"addAccessCodeGroup", Fn::AddAccessCodeGroup, {u"T-ACG"_s}, {{P::name, u"Codes"_s}, {P::type, u"regular"_s},
            {P::course, u"T-C1"_s}}},
        {"addAccessCodeGroup exam", Fn::AddAccessCodeGroup, {u"T-ACGX"_s}, {{P::name, u"Exams"_s}, {P::type, u"exam"_s},
            {P::course, u"CRS-0006"_s}}},
        {"accessCodeGroupExists", Fn::AccessCodeGroupExists, {u"T-ACG"_s}, {}, K::None, isTrue},
        {"addAccessCodes", Fn::AddAccessCodes, {u"T-ACG"_s}, {{P::code, u"WELCOME-1"_s}, {P::code, u"WELCOME-2"_s}},
            K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::AccessCode>(v);
             EXPECT(l.size() == 2 && l.first().code == u"WELCOME-1");
             return QString(); }},
        {"addAccessCodes generated", Fn::AddAccessCodes, {u"T-ACGX"_s}, {{P::amount, u"2"_s}, {P::user, u"T-S1"_s}},
            K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::AccessCode>(v);
             EXPECT(l.size() == 2 && l[0].code != l[1].code && l[0].user == u"T-S1");
             return QString(); }},
        {"accessCodeExists", Fn::AccessCodeExists, {u"T-ACGX"_s, u"T-S1"_s}, {}, K::None, isTrue},
        {"deleteAccessCodes", Fn::DeleteAccessCodes, {u"T-ACG"_s}, {{P::code, u"WELCOME-2"_s}}},
        {"deleteAccessCodeGroup", Fn::DeleteAccessCodeGroup, {u"T-ACG"_s}, {}},
        // bookable events
        {"addBookableEvent", Fn::AddBookableEvent, {u"T-EV"_s}, {{P::name, u"Praktijkdag"_s},
            {P::startDate, u"2026-04-01T09:00:00"_s}, {P::endDate, u"2026-04-01T17:00:00"_s},
            {P::maxParticipants, u"10"_s}}},
        {"updateBookableEvent", Fn::UpdateBookableEvent, {u"T-EV"_s}, {{P::location, u"Delft"_s}}},
        {"addOrUpdateBookableEvent", Fn::AddOrUpdateBookableEvent, {u"T-EV2"_s}, {{P::name, u"Tweede"_s}}},
        {"getBookableEventSubscriptions", Fn::GetBookableEventSubscriptions, {u"EVT-001"_s}, {}, K::None,
            [](const QVariant &v) {
             const auto l = listOf<Domain::EventParticipant>(v);
             EXPECT(std::all_of(l.cbegin(), l.cend(), [](const auto &p) { return !p.user.uid.isEmpty(); }));
             return QString(); }},
        {"getBookableEventSubscriptions 404", Fn::GetBookableEventSubscriptions, {u"NOPE"_s}, {}, K::NotFound},
        {"addBookableEventTeachers", Fn::AddBookableEventTeachers, {u"T-EV"_s}, {{P::teacher, u"T-T1"_s}}},
        {"deleteBookableEventTeachers", Fn::DeleteBookableEventTeachers, {u"T-EV"_s}, {{P::teacher, u"T-T1"_s}}},
        {"addBookableEventParts", Fn::AddBookableEventParts, {u"T-EV"_s}, {{P::course, u"T-C1"_s},
            {P::activity, u"ACT-1-4"_s}}},
        {"deleteBookableEventParts", Fn::DeleteBookableEventParts, {u"T-EV"_s}, {{P::course, u"T-C1"_s},
            {P::activity, u"ACT-1-4"_s}}},
        // profiles
        {"getSkillProfiles", Fn::GetSkillProfiles, {}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::SkillProfile>(v), u"SP-1"_s));
             return QString(); }},
        {"addSkillProfileUsers", Fn::AddSkillProfileUsers, {u"SP-1"_s}, {{P::user, u"T-S1"_s}}},
        {"getStudentSkillProfiles", Fn::GetStudentSkillProfiles, {u"T-S1"_s}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::SkillProfile>(v), u"SP-1"_s));
             return QString(); }},
        {"deleteSkillProfileUsers", Fn::DeleteSkillProfileUsers, {u"SP-1"_s}, {{P::user, u"T-S1"_s}}},
        // bundles
        {"getBundles", Fn::GetBundles, {}, {}, K::None, [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::BundleSummary>(v), u"BND-1"_s));
             return QString(); }},
        {"getBundleCourses", Fn::GetBundleCourses, {u"BND-1"_s}, {}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::BundleCourse>(v);
             EXPECT(hasId(l, u"BC-1-1"_s));
             EXPECT(!l.first().courses.isEmpty());
             return QString(); }},
        {"subscribeBundleCourse", Fn::SubscribeBundleCourse, {u"T-S2"_s, u"BC-1-1"_s}, {}},
        {"getBundleCourseSubscription", Fn::GetBundleCourseSubscription, {u"T-S2"_s, u"BC-1-1"_s}, {}, K::None,
            [](const QVariant &v) {
             EXPECT(v.value<Domain::BundleCourseSubscription>().id == u"BC-1-1");
             return QString(); }},
        {"getBundleCourseSubscriptions", Fn::GetBundleCourseSubscriptions, {u"T-S2"_s}, {}, K::None,
            [](const QVariant &v) {
             EXPECT(hasId(listOf<Domain::BundleCourseSubscription>(v), u"BC-1-1"_s));
             return QString(); }},
        {"unsubscribeBundleCourse", Fn::UnsubscribeBundleCourse, {u"T-S2"_s, u"BC-1-1"_s}, {}},
        {"subscribeGroupBundleCourse", Fn::SubscribeGroupBundleCourse, {u"GRP-0001"_s, u"BC-1-2"_s}, {}},
        // subenvironments
        {"addResellerUsers", Fn::AddResellerUsers, {u"academy"_s}, {{P::user, u"T-S1"_s}}},
        {"deleteResellerUsers", Fn::DeleteResellerUsers, {u"academy"_s}, {{P::user, u"T-S1"_s}}},
        {"addResellerGroups", Fn::AddResellerGroups, {u"academy"_s}, {{P::group, u"T-G2"_s}}},
        {"deleteResellerGroups", Fn::DeleteResellerGroups, {u"academy"_s}, {{P::group, u"T-G2"_s}}},
        {"addResellerTemplates", Fn::AddResellerTemplates, {u"academy"_s}, {{P::template_, u"TPL-001"_s}}},
        {"deleteResellerTemplates", Fn::DeleteResellerTemplates, {u"academy"_s}, {{P::template_, u"TPL-001"_s}}},
        {"addResellerBookableEvents", Fn::AddResellerBookableEvents, {u"academy"_s}, {{P::event, u"T-EV"_s}}},
        {"deleteResellerBookableEvents", Fn::DeleteResellerBookableEvents, {u"academy"_s}, {{P::event, u"T-EV"_s}}},
        {"getResellerSkillProfiles", Fn::GetResellerSkillProfiles, {u"main"_s}, {}, K::None, [](const QVariant &v) {
             const auto l = listOf<Domain::SkillProfile>(v);
             EXPECT(hasId(l, u"SP-1"_s));
             EXPECT(!hasId(l, u"SP-4"_s));
             return QString(); }},
        {"getResellerSkillProfiles 404", Fn::GetResellerSkillProfiles, {u"nope"_s}, {}, K::NotFound},
        // SSO
        {"getLoginToken", Fn::GetLoginToken, {u"T-S1"_s}, {}, K::None, [](const QVariant &v) {
             EXPECT(v.typeId() == QMetaType::QString && v.toString().size() >= 8);
             return QString(); }},
        {"getLoginToken 404", Fn::GetLoginToken, {u"NOPE"_s}, {}, K::NotFound},
        // clean-up commands
        {"unsubscribe", Fn::Unsubscribe, {u"T-T1"_s, u"T-C1"_s}, {}},
        {"deleteGroup 409 in use", Fn::DeleteGroup, {u"T-G1"_s}, {{P::force, u"false"_s}}, K::Conflict},
        {"deleteGroup", Fn::DeleteGroup, {u"T-G1"_s}, {{P::force, u"true"_s}}},
        {"deleteCourse forced", Fn::DeleteCourse, {u"T-C1"_s}, {{P::force, u"true"_s}}},
    };
    // clang-format on
}

} // namespace

class TestApiIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s, u"--api-key"_s, u"integration-key-0001"_s, u"--api-key"_s,
                                     u"limited-key-0002:getUsers"_s},
                     &error),
            qPrintable(error));
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setApiKey(m_sandbox.apiKey());
    }

    void everyFunction()
    {
        QSet<int> &covered = m_covered;
        for (const Step &step : steps()) {
            ApiJob *job = await(m_client.call(step.fn, paramsFrom(step.fn, step.path, step.params)));
            QVERIFY2(job->isFinished(), step.name);
            const QString context = QString::fromLatin1(step.name) + u": "_s + job->error().toString();
            QVERIFY2(job->error().kind() == step.expect, qPrintable(context));
            if (step.expect == K::None) {
                covered.insert(int(step.fn));
                if (step.check) {
                    const QString wrong = step.check(job->value());
                    QVERIFY2(wrong.isEmpty(), qPrintable(QString::fromLatin1(step.name) + u": "_s + wrong));
                }
            } else {
                QVERIFY2(job->error().httpStatus() > 0, qPrintable(context)); // the server said so
                QVERIFY(!job->error().userText().isEmpty());
                QVERIFY2(!job->error().serverMessage().isEmpty(), qPrintable(context));
            }
            delete job;
        }
    }

    void initializeIds()
    {
        // Demo users made in the admin UI have no external ID; give one an ID.
        ApiJob *job = await(m_client.getUsers());
        QString login;
        for (const auto &u : job->valueAs<QList<Domain::UserSummary>>()) {
            if (u.id.isEmpty())
                login = u.login;
        }
        delete job;
        QVERIFY(!login.isEmpty());
        job = await(m_client.call(Fn::InitializeId, paramsFrom(Fn::InitializeId, {login, u"T-INIT1"_s}, {})));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        delete job;
        m_covered.insert(int(Fn::InitializeId));
        job = await(m_client.getUser(u"T-INIT1"_s));
        QCOMPARE(job->valueAs<Domain::User>().login, login);
        delete job;
        job = await(m_client.call(Fn::InitializeId, paramsFrom(Fn::InitializeId, {login, u"T-INIT2"_s}, {})));
        QCOMPARE(job->error().kind(), K::Conflict);
        delete job;

        // A course without external ID, found through includeWithoutId.
        job = await(m_client.getCourses(u"TPL-001"_s, true));
        QString uid;
        for (const auto &c : job->valueAs<QList<Domain::Course>>()) {
            if (c.id.isEmpty())
                uid = c.uid;
        }
        delete job;
        QVERIFY(!uid.isEmpty());
        job = await(m_client.call(Fn::InitializeCourseId, paramsFrom(Fn::InitializeCourseId, {uid, u"T-INITC"_s}, {})));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        delete job;
        m_covered.insert(int(Fn::InitializeCourseId));
        job = await(m_client.getCourse(u"T-INITC"_s));
        QCOMPARE(job->valueAs<Domain::Course>().uid, uid);
        delete job;
        job = await(m_client.call(Fn::InitializeCourseId, paramsFrom(Fn::InitializeCourseId, {uid, u"T-INITD"_s}, {})));
        QCOMPARE(job->error().kind(), K::Conflict);
        delete job;
    }

    void authErrors()
    {
        ApiClient wrongKey;
        wrongKey.setBaseUrl(m_sandbox.apiBaseUrl());
        wrongKey.setApiKey(u"not-a-valid-key"_s);
        ApiJob *job = await(wrongKey.getUsers());
        QCOMPARE(job->error().kind(), K::Auth);
        QCOMPARE(job->error().httpStatus(), 401);
        delete job;

        ApiClient limited;
        limited.setBaseUrl(m_sandbox.apiBaseUrl());
        limited.setApiKey(u"limited-key-0002"_s);
        job = await(limited.getUsers());
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        delete job;
        job = await(limited.getTemplates());
        QCOMPARE(job->error().kind(), K::Forbidden);
        QCOMPARE(job->error().httpStatus(), 403);
        delete job;
    }

    void uidFormsWork()
    {
        ApiJob *job = await(m_client.getUser(u"T-S1"_s));
        const QString uid = job->valueAs<Domain::User>().uid;
        delete job;
        QVERIFY(!uid.isEmpty());
        job = await(m_client.call(Fn::GetUser, ApiParams().set(P::userUID, uid)));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->valueAs<Domain::User>().id, u"T-S1"_s);
        delete job;
    }

    void everyFunctionWasCovered()
    {
        QStringList missing;
        for (int i = 0; i < FnCount; ++i) {
            if (!m_covered.contains(i))
                missing.append(QString(endpoint(Fn(i)).function));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"functions never called successfully: "_s + missing.join(u", ")));
    }

private:
    Testing::SandboxProcess m_sandbox;
    ApiClient m_client;
    QSet<int> m_covered;
};

QTEST_GUILESS_MAIN(TestApiIntegration)
#include "tst_apiintegration.moc"
