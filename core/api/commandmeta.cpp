#include "core/api/commandmeta.h"

namespace Springdesk::Api {

namespace {

using E = Entity;
using X = Effect;

struct Row
{
    Fn fn;
    CommandMeta meta;
};

Verification check(Fn fn, QList<ParamLink> params, Expect expect)
{
    Verification v;
    v.fn = fn;
    v.params = std::move(params);
    v.expect = expect;
    return v;
}

// One query per value of the command's array parameter `each` (sent as `eachAs`).
Verification checkEach(Fn fn, QList<ParamLink> params, P each, P eachAs, Expect expect)
{
    Verification v = check(fn, std::move(params), expect);
    v.each = each;
    v.eachAs = eachAs;
    return v;
}

Verification checkContains(Fn fn, QList<ParamLink> params, Expect expect, P valuesFrom, QLatin1StringView field)
{
    Verification v = check(fn, std::move(params), expect);
    v.valuesFrom = valuesFrom;
    v.answerField = field;
    return v;
}

Reverse rev(Fn fn, QList<ParamLink> params)
{
    return {fn, std::move(params)};
}

CommandMeta meta(E entity, X effect, P id, bool destructive, Verification verify = {}, Reverse reverse = {})
{
    return {entity, effect, id, destructive, std::move(verify), std::move(reverse)};
}

constexpr bool Destructive = true;
constexpr bool Safe = false;
using L = QLatin1StringView;

// The same-named parameters, for derived calls that take the command's own parameters.
QList<ParamLink> same(std::initializer_list<P> ps)
{
    QList<ParamLink> out;
    for (const P p : ps)
        out.append({p, p});
    return out;
}

// clang-format off
QList<Row> rows()
{
    const auto user = same({P::userID});
    // An update that gives the user a new external ID (`id`) is checked under that new ID.
    const QList<ParamLink> updatedUser{{P::userID, P::userID, P::id}};
    const auto userCourse = same({P::userID, P::courseID});
    const auto groupUsers = same({P::groupID, P::user});
    const auto teacherCourse = same({P::courseID, P::teacherID});
    return {
        // users
        {Fn::InitializeId, meta(E::User, X::Update, P::userID, Safe, check(Fn::UserExists, user, Expect::True))},
        {Fn::AddUser, meta(E::User, X::Create, P::userID, Safe, check(Fn::UserExists, user, Expect::True),
                           rev(Fn::DeleteUser, user))},
        {Fn::UpdateUser, meta(E::User, X::Update, P::userID, Safe, check(Fn::GetUser, updatedUser, Expect::Matches))},
        {Fn::AddOrUpdateUser, meta(E::User, X::CreateOrUpdate, P::userID, Safe,
                                   check(Fn::GetUser, updatedUser, Expect::Matches))},
        {Fn::AddUserRoles, meta(E::UserRole, X::Link, P::userID, Safe,
                                checkContains(Fn::GetUser, user, Expect::Contains, P::role, L("roles")))},
        {Fn::DeleteUser, meta(E::User, X::Delete, P::userID, Destructive, check(Fn::UserExists, user, Expect::False))},
        {Fn::AddContentLabelUsers, meta(E::ContentLabelMember, X::Link, P::contentLabelID, Safe, {},
                                        rev(Fn::DeleteContentLabelUsers, same({P::contentLabelID, P::user})))},
        {Fn::DeleteContentLabelUsers, meta(E::ContentLabelMember, X::Unlink, P::contentLabelID, Safe)},
        // user groups
        {Fn::AddGroup, meta(E::Group, X::Create, P::groupID, Safe, check(Fn::GroupExists, same({P::groupID}), Expect::True),
                            rev(Fn::DeleteGroup, same({P::groupID})))},
        {Fn::UpdateGroup, meta(E::Group, X::Update, P::groupID, Safe)},
        {Fn::AddGroupUsers, meta(E::GroupMember, X::Link, P::groupID, Safe,
                                 checkEach(Fn::GroupUserExists, same({P::groupID}), P::user, P::userID, Expect::True),
                                 rev(Fn::DeleteGroupUsers, groupUsers))},
        {Fn::DeleteGroupUsers, meta(E::GroupMember, X::Unlink, P::groupID, Safe,
                                    checkEach(Fn::GroupUserExists, same({P::groupID}), P::user, P::userID, Expect::False),
                                    rev(Fn::AddGroupUsers, groupUsers))},
        {Fn::DeleteGroup, meta(E::Group, X::Delete, P::groupID, Destructive,
                               check(Fn::GroupExists, same({P::groupID}), Expect::False))},
        // subenvironments
        {Fn::AddResellerUsers, meta(E::SubenvironmentMember, X::Link, P::resellerID, Safe, {},
                                    rev(Fn::DeleteResellerUsers, same({P::resellerID, P::user})))},
        {Fn::DeleteResellerUsers, meta(E::SubenvironmentMember, X::Unlink, P::resellerID, Safe, {},
                                       rev(Fn::AddResellerUsers, same({P::resellerID, P::user})))},
        {Fn::AddResellerGroups, meta(E::SubenvironmentMember, X::Link, P::resellerID, Safe, {},
                                     rev(Fn::DeleteResellerGroups, same({P::resellerID, P::group})))},
        {Fn::DeleteResellerGroups, meta(E::SubenvironmentMember, X::Unlink, P::resellerID, Safe, {},
                                        rev(Fn::AddResellerGroups, same({P::resellerID, P::group})))},
        {Fn::AddResellerTemplates, meta(E::SubenvironmentMember, X::Link, P::resellerID, Safe, {},
                                        rev(Fn::DeleteResellerTemplates, same({P::resellerID, P::template_})))},
        {Fn::DeleteResellerTemplates, meta(E::SubenvironmentMember, X::Unlink, P::resellerID, Safe, {},
                                           rev(Fn::AddResellerTemplates, same({P::resellerID, P::template_})))},
        {Fn::AddResellerBookableEvents, meta(E::SubenvironmentMember, X::Link, P::resellerID, Safe, {},
                                             rev(Fn::DeleteResellerBookableEvents, same({P::resellerID, P::event})))},
        {Fn::DeleteResellerBookableEvents, meta(E::SubenvironmentMember, X::Unlink, P::resellerID, Safe, {},
                                                rev(Fn::AddResellerBookableEvents, same({P::resellerID, P::event})))},
        // subscriptions and results
        {Fn::Subscribe, meta(E::Subscription, X::Create, P::userID, Safe, check(Fn::IsSubscribed, userCourse, Expect::True),
                             rev(Fn::Unsubscribe, userCourse))},
        // Unsubscribing loses the learner's progress in the course: the reverse cannot restore it.
        {Fn::Unsubscribe, meta(E::Subscription, X::Delete, P::userID, Destructive,
                               check(Fn::IsSubscribed, userCourse, Expect::False))},
        {Fn::UpdateSubscription, meta(E::Subscription, X::Update, P::userID, Safe)},
        {Fn::SetExternalPartResult, meta(E::ExternalResult, X::Update, P::userID, Safe)},
        // templates and courses
        {Fn::InitializeCourseId, meta(E::Course, X::Update, P::courseID, Safe,
                                      check(Fn::GetCourse, same({P::courseID}), Expect::Found))},
        {Fn::AddCourse, meta(E::Course, X::Create, P::courseID, Safe, check(Fn::GetCourse, same({P::courseID}), Expect::Found),
                             rev(Fn::DeleteCourse, same({P::courseID})))},
        {Fn::UpdateCourse, meta(E::Course, X::Update, P::courseID, Safe,
                                check(Fn::GetCourse, same({P::courseID}), Expect::Matches))},
        {Fn::AddOrUpdateCourse, meta(E::Course, X::CreateOrUpdate, P::courseID, Safe,
                                     check(Fn::GetCourse, same({P::courseID}), Expect::Matches))},
        {Fn::DeleteCourse, meta(E::Course, X::Delete, P::courseID, Destructive,
                                check(Fn::GetCourse, same({P::courseID}), Expect::NotFound))},
        {Fn::CopyTemplate, meta(E::Template, X::Create, P::newTemplateID, Safe,
                                check(Fn::GetCourse, {{P::courseID, P::newTemplateID}}, Expect::Found))},
        {Fn::SetCoursePermissions, meta(E::CoursePermission, X::Update, P::teacherID, Safe)},
        {Fn::AddTeacherStudents, meta(E::TeacherStudent, X::Link, P::teacherID, Safe,
                                      checkContains(Fn::GetTeacherStudents, teacherCourse, Expect::Contains, P::student, L("id")),
                                      rev(Fn::DeleteTeacherStudents, same({P::courseID, P::teacherID, P::student})))},
        {Fn::DeleteTeacherStudents, meta(E::TeacherStudent, X::Unlink, P::teacherID, Safe,
                                         checkContains(Fn::GetTeacherStudents, teacherCourse, Expect::Lacks, P::student, L("id")),
                                         rev(Fn::AddTeacherStudents, same({P::courseID, P::teacherID, P::student})))},
        {Fn::AddTeacherStudentGroups, meta(E::TeacherStudent, X::Link, P::teacherID, Safe, {},
                                           rev(Fn::DeleteTeacherStudentGroups, same({P::courseID, P::teacherID, P::group})))},
        {Fn::DeleteTeacherStudentGroups, meta(E::TeacherStudent, X::Unlink, P::teacherID, Safe, {},
                                              rev(Fn::AddTeacherStudentGroups, same({P::courseID, P::teacherID, P::group})))},
        // calendar items
        {Fn::AddEvent, meta(E::CalendarItem, X::Create, P::UID, Safe, check(Fn::EventExists, same({P::UID}), Expect::True),
                            rev(Fn::DeleteEvent, same({P::UID})))},
        {Fn::UpdateEvent, meta(E::CalendarItem, X::Update, P::UID, Safe)},
        {Fn::DeleteEvent, meta(E::CalendarItem, X::Delete, P::UID, Destructive,
                               check(Fn::EventExists, same({P::UID}), Expect::False))},
        // access codes
        {Fn::AddAccessCodeGroup, meta(E::AccessCodeGroup, X::Create, P::groupID, Safe,
                                      check(Fn::AccessCodeGroupExists, same({P::groupID}), Expect::True),
                                      rev(Fn::DeleteAccessCodeGroup, same({P::groupID})))},
        // Generated codes are known only from the answer; a code linked to a learner can be checked.
        {Fn::AddAccessCodes, meta(E::AccessCode, X::Create, P::groupID, Safe,
                                  check(Fn::AccessCodeExists, {{P::groupID, P::groupID}, {P::userID, P::user}}, Expect::True),
                                  rev(Fn::DeleteAccessCodes, same({P::groupID, P::code})))},
        {Fn::DeleteAccessCodes, meta(E::AccessCode, X::Delete, P::groupID, Destructive)},
        {Fn::DeleteAccessCodeGroup, meta(E::AccessCodeGroup, X::Delete, P::groupID, Destructive,
                                         check(Fn::AccessCodeGroupExists, same({P::groupID}), Expect::False))},
        // bookable events
        {Fn::AddBookableEvent, meta(E::BookableEvent, X::Create, P::eventID, Safe,
                                    check(Fn::GetBookableEventSubscriptions, same({P::eventID}), Expect::Found))},
        {Fn::UpdateBookableEvent, meta(E::BookableEvent, X::Update, P::eventID, Safe)},
        {Fn::AddOrUpdateBookableEvent, meta(E::BookableEvent, X::CreateOrUpdate, P::eventID, Safe,
                                            check(Fn::GetBookableEventSubscriptions, same({P::eventID}), Expect::Found))},
        {Fn::AddBookableEventTeachers, meta(E::BookableEventMember, X::Link, P::eventID, Safe, {},
                                            rev(Fn::DeleteBookableEventTeachers, same({P::eventID, P::teacher})))},
        {Fn::DeleteBookableEventTeachers, meta(E::BookableEventMember, X::Unlink, P::eventID, Safe, {},
                                               rev(Fn::AddBookableEventTeachers, same({P::eventID, P::teacher})))},
        {Fn::AddBookableEventParts, meta(E::BookableEventMember, X::Link, P::eventID, Safe, {},
                                         rev(Fn::DeleteBookableEventParts, same({P::eventID, P::course, P::activity})))},
        {Fn::DeleteBookableEventParts, meta(E::BookableEventMember, X::Unlink, P::eventID, Safe, {},
                                            rev(Fn::AddBookableEventParts, same({P::eventID, P::course, P::activity})))},
        // profiles
        {Fn::AddSkillProfileUsers, meta(E::SkillProfileMember, X::Link, P::skillProfileID, Safe,
                                        [] {
                                            auto v = checkContains(Fn::GetStudentSkillProfiles, {}, Expect::Contains,
                                                                   P::skillProfileID, L("id"));
                                            v.each = P::user;
                                            v.eachAs = P::userID;
                                            return v;
                                        }(),
                                        rev(Fn::DeleteSkillProfileUsers, same({P::skillProfileID, P::user})))},
        {Fn::DeleteSkillProfileUsers, meta(E::SkillProfileMember, X::Unlink, P::skillProfileID, Safe,
                                           [] {
                                               auto v = checkContains(Fn::GetStudentSkillProfiles, {}, Expect::Lacks,
                                                                      P::skillProfileID, L("id"));
                                               v.each = P::user;
                                               v.eachAs = P::userID;
                                               return v;
                                           }(),
                                           rev(Fn::AddSkillProfileUsers, same({P::skillProfileID, P::user})))},
        // bundles
        {Fn::SubscribeBundleCourse, meta(E::BundleSubscription, X::Create, P::bundleID, Safe,
                                         check(Fn::GetBundleCourseSubscription, same({P::userID, P::bundleID}), Expect::Found),
                                         rev(Fn::UnsubscribeBundleCourse, same({P::userID, P::bundleID})))},
        {Fn::UnsubscribeBundleCourse, meta(E::BundleSubscription, X::Delete, P::bundleID, Destructive,
                                           check(Fn::GetBundleCourseSubscription, same({P::userID, P::bundleID}),
                                                 Expect::NotFound),
                                           rev(Fn::SubscribeBundleCourse, same({P::userID, P::bundleID})))},
        {Fn::SubscribeGroupBundleCourse, meta(E::BundleSubscription, X::Link, P::groupID, Safe)},
        // single sign-on
        {Fn::GetLoginToken, meta(E::LoginToken, X::Issue, P::userID, Safe)},
    };
}
// clang-format on

// How the cache follows each command (Store::CacheUpdater).
QList<std::pair<Fn, CacheEffect>> cacheEffects()
{
    using C = CacheEffect;
    QList<std::pair<Fn, C>> out{{Fn::InitializeId, C::RefetchUser}, {Fn::AddUser, C::RefetchUser},
        {Fn::UpdateUser, C::RefetchUser}, {Fn::AddOrUpdateUser, C::RefetchUser}, {Fn::AddUserRoles, C::RefetchUser},
        {Fn::AddGroupUsers, C::RefetchGroup}, {Fn::DeleteGroupUsers, C::RefetchGroup},
        {Fn::Subscribe, C::RefetchUserSubscriptions}, {Fn::Unsubscribe, C::RefetchUserSubscriptions},
        {Fn::UpdateSubscription, C::RefetchUserSubscriptions}, {Fn::SetExternalPartResult, C::RefetchUserResults},
        {Fn::InitializeCourseId, C::RefetchCourse}, {Fn::AddCourse, C::RefetchCourse},
        {Fn::UpdateCourse, C::RefetchCourse}, {Fn::AddOrUpdateCourse, C::RefetchCourse},
        {Fn::CopyTemplate, C::RefetchTemplates}, {Fn::AddTeacherStudents, C::RefetchTeacherStudents},
        {Fn::DeleteTeacherStudents, C::RefetchTeacherStudents},
        {Fn::AddTeacherStudentGroups, C::RefetchTeacherStudents},
        {Fn::DeleteTeacherStudentGroups, C::RefetchTeacherStudents}, {Fn::AddEvent, C::RefetchCalendar},
        {Fn::UpdateEvent, C::RefetchCalendar}, {Fn::SubscribeBundleCourse, C::RefreshBundles},
        {Fn::UnsubscribeBundleCourse, C::RefreshBundles}, {Fn::SubscribeGroupBundleCourse, C::RefreshBundles},
        {Fn::GetLoginToken, C::None}};
    return out;
}

} // namespace

void attachCommandMeta(QList<Endpoint> &table)
{
    for (Row &row : rows())
        table[int(row.fn)].meta = std::move(row.meta);
    // Every other command writes its effect from its parameters and answer.
    for (Endpoint &e : table) {
        if (e.kind == CallKind::Command)
            e.meta.cache = CacheEffect::WriteThrough;
    }
    for (const auto &[fn, effect] : cacheEffects())
        table[int(fn)].meta.cache = effect;
}

} // namespace Springdesk::Api
