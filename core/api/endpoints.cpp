#include "core/api/endpoints.h"

#include "core/api/commandmeta.h"
#include "core/domain/user.h"

#include <QHash>

#include <array>

namespace Springdesk::Api {

namespace {

// Wire names of the parameters, in the order of enum P.
constexpr std::array<QLatin1StringView, PCount> ParamNames = {
    QLatin1StringView(""),
    // general
    QLatin1StringView("_key"),
    QLatin1StringView("_returnSuccessMessage"),
    QLatin1StringView("_formatErrors"),
    QLatin1StringView("_pretty"),
    QLatin1StringView("_format"),
    // identifiers
    QLatin1StringView("userID"),
    QLatin1StringView("userUID"),
    QLatin1StringView("groupID"),
    QLatin1StringView("resellerID"),
    QLatin1StringView("courseID"),
    QLatin1StringView("courseUID"),
    QLatin1StringView("templateID"),
    QLatin1StringView("templateUID"),
    QLatin1StringView("newTemplateID"),
    QLatin1StringView("UID"),
    QLatin1StringView("teacherID"),
    QLatin1StringView("studentID"),
    QLatin1StringView("activityID"),
    QLatin1StringView("eventID"),
    QLatin1StringView("skillProfileID"),
    QLatin1StringView("skillProfileUID"),
    QLatin1StringView("bundleID"),
    QLatin1StringView("bundleUID"),
    QLatin1StringView("contentLabelID"),
    QLatin1StringView("login"),
    QLatin1StringView("id"),
    // user fields
    QLatin1StringView("firstName"),
    QLatin1StringView("middleName"),
    QLatin1StringView("lastName"),
    QLatin1StringView("initials"),
    QLatin1StringView("title"),
    QLatin1StringView("gender"),
    QLatin1StringView("email"),
    QLatin1StringView("function"),
    QLatin1StringView("company"),
    QLatin1StringView("dateOfBirth"),
    QLatin1StringView("telephoneNumber"),
    QLatin1StringView("faxNumber"),
    QLatin1StringView("cellPhoneNumber"),
    QLatin1StringView("address"),
    QLatin1StringView("zip"),
    QLatin1StringView("residence"),
    QLatin1StringView("country"),
    QLatin1StringView("invoiceAddress"),
    QLatin1StringView("invoiceZip"),
    QLatin1StringView("invoiceResidence"),
    QLatin1StringView("invoiceCountry"),
    QLatin1StringView("custom1"),
    QLatin1StringView("custom2"),
    QLatin1StringView("custom3"),
    QLatin1StringView("custom4"),
    QLatin1StringView("custom5"),
    QLatin1StringView("locale"),
    QLatin1StringView("timeZoneGroup"),
    QLatin1StringView("timeZone"),
    QLatin1StringView("password"),
    QLatin1StringView("generatePassword"),
    QLatin1StringView("forcePasswordChange"),
    QLatin1StringView("notify"),
    QLatin1StringView("active"),
    QLatin1StringView("renewable"),
    QLatin1StringView("avatar"),
    QLatin1StringView("deleteAvatar"),
    QLatin1StringView("role"),
    QLatin1StringView("archived"),
    // lists of members
    QLatin1StringView("user"),
    QLatin1StringView("group"),
    QLatin1StringView("template"),
    QLatin1StringView("event"),
    QLatin1StringView("student"),
    QLatin1StringView("studentUID"),
    QLatin1StringView("teacher"),
    QLatin1StringView("course"),
    QLatin1StringView("code"),
    QLatin1StringView("permission"),
    // flags
    QLatin1StringView("ignoreDuplicates"),
    QLatin1StringView("ignoreMissing"),
    QLatin1StringView("force"),
    QLatin1StringView("addToTeacherStudents"),
    QLatin1StringView("skipStats"),
    QLatin1StringView("asStudent"),
    QLatin1StringView("includeWithoutId"),
    QLatin1StringView("unset"),
    QLatin1StringView("excludeTeacherGroups"),
    QLatin1StringView("expired"),
    QLatin1StringView("passed"),
    QLatin1StringView("completed"),
    // other fields
    QLatin1StringView("type"),
    QLatin1StringView("name"),
    QLatin1StringView("parent"),
    QLatin1StringView("description"),
    QLatin1StringView("startDate"),
    QLatin1StringView("expireDate"),
    QLatin1StringView("expireInterval"),
    QLatin1StringView("teachersAllowed"),
    QLatin1StringView("teacherGroup"),
    QLatin1StringView("mentorGroup"),
    QLatin1StringView("reseller"),
    QLatin1StringView("accessType"),
    QLatin1StringView("summary"),
    QLatin1StringView("start"),
    QLatin1StringView("end"),
    QLatin1StringView("amount"),
    QLatin1StringView("location"),
    QLatin1StringView("endDate"),
    QLatin1StringView("maxParticipants"),
    QLatin1StringView("activity"),
    QLatin1StringView("score"),
    QLatin1StringView("completeDate"),
    // browser SSO
    QLatin1StringView("action"),
    QLatin1StringView("token"),
    QLatin1StringView("redirect"),
};

using T = ParamType;

ParamSpec path(P p, QList<P> alternatives = {})
{
    return {p, T::Id, Required | InPath, std::move(alternatives)};
}
ParamSpec req(P p, T type = T::String, QList<P> alternatives = {})
{
    return {p, type, Required, std::move(alternatives)};
}
ParamSpec reqArray(P p, QList<P> alternatives = {}, T type = T::Id)
{
    return {p, type, Required | Array, std::move(alternatives)};
}
ParamSpec opt(P p, T type = T::String)
{
    return {p, type, Optional, {}};
}
ParamSpec optArray(P p, T type = T::Id)
{
    return {p, type, Array, {}};
}
// A parameter whose values come from a named value set.
ParamSpec withValues(ParamSpec spec, ValueSet values)
{
    spec.values = values;
    return spec;
}

// The writable user fields shared by addUser, updateUser and addOrUpdateUser (contract 2.1).
QList<ParamSpec> userFieldSpecs()
{
    QList<ParamSpec> out;
    for (const UserField &f : userFields())
        out.append({f.param, f.type, Optional, {}, f.values});
    return out;
}

// The writable course fields shared by addCourse, updateCourse and addOrUpdateCourse (contract 2.5, C5).
QList<ParamSpec> courseFields()
{
    return {opt(P::name), opt(P::title), opt(P::description), opt(P::startDate, T::Date), opt(P::expireDate, T::Date),
        opt(P::expireInterval), opt(P::active, T::Bool), opt(P::teachersAllowed, T::Bool), opt(P::teacherGroup),
        opt(P::mentorGroup), opt(P::reseller), opt(P::accessType)};
}

// The bookable-event fields shared by add/update/addOrUpdateBookableEvent (contract 2.8, B2).
QList<ParamSpec> bookableEventFields()
{
    return {opt(P::name), opt(P::description), opt(P::location), opt(P::startDate, T::DateTime),
        opt(P::endDate, T::DateTime), opt(P::maxParticipants, T::Integer), opt(P::reseller)};
}

constexpr auto Get = HttpMethod::Get;
constexpr auto Post = HttpMethod::Post;
constexpr auto Query = CallKind::Query;
constexpr auto Command = CallKind::Command;
constexpr auto Doc = Confidence::Documented;
constexpr auto Prov = Confidence::Provisional;
using R = Resource;
using S = ResponseShape;
using D = Payload;
using L = QLatin1StringView;

QList<Endpoint> buildTable()
{
    const auto userPath = path(P::userID, {P::userUID});
    const auto coursePath = path(P::courseID, {P::courseUID});
    const auto users = reqArray(P::user, {P::userUID});
    // clang-format off
    QList<Endpoint> t = {
        // users (2.1)
        {Fn::UserExists, L("userExists"), R::Users, Get, Query, Doc, {userPath}, S::ResultBool},
        {Fn::GetUser, L("getUser"), R::Users, Get, Query, Doc, {userPath}, S::Object, {}, D::User},
        {Fn::GetUsers, L("getUsers"), R::Users, Get, Query, Doc, {}, S::List, L("users"), D::UserSummary},
        {Fn::InitializeId, L("initializeId"), R::Users, Post, Command, Doc, {path(P::login), path(P::userID)}},
        // [go] posts addUser without a path ID and sends the external ID in a body field "id"
        // (unverified); the sandbox accepts that spelling too.
        {Fn::AddUser, L("addUser"), R::Users, Post, Command, Doc,
         QList<ParamSpec>{path(P::userID, {P::id}), req(P::login)} + userFieldSpecs() + QList<ParamSpec>{withValues(optArray(P::role, T::String), ValueSet::Role)}},
        // [go] addresses updateUser with a bare ?UID=; the contract (1.8) asks to accept both spellings.
        {Fn::UpdateUser, L("updateUser"), R::Users, Post, Command, Doc,
         QList<ParamSpec>{path(P::userID, {P::userUID, P::UID}), opt(P::login)} + userFieldSpecs()
             + QList<ParamSpec>{opt(P::id), opt(P::archived, T::Bool)}},
        {Fn::AddOrUpdateUser, L("addOrUpdateUser"), R::Users, Post, Command, Doc,
         QList<ParamSpec>{userPath, opt(P::login)} + userFieldSpecs()
             + QList<ParamSpec>{opt(P::id), opt(P::archived, T::Bool), withValues(optArray(P::role, T::String), ValueSet::Role)}},
        {Fn::AddUserRoles, L("addUserRoles"), R::Users, Post, Command, Doc,
         {userPath, withValues(reqArray(P::role, {}, T::String), ValueSet::Role), opt(P::ignoreDuplicates, T::Bool)}},
        {Fn::DeleteUser, L("deleteUser"), R::Users, Post, Command, Doc, {userPath}},
        {Fn::AddContentLabelUsers, L("addContentLabelUsers"), R::ContentLibraries, Post, Command, Prov,
         {path(P::contentLabelID), users, withValues(req(P::role), ValueSet::ContentLabelRole)}},
        {Fn::DeleteContentLabelUsers, L("deleteContentLabelUsers"), R::ContentLibraries, Post, Command, Prov,
         {path(P::contentLabelID), users}},

        // user groups (2.2)
        {Fn::GroupExists, L("groupExists"), R::Groups, Get, Query, Doc, {path(P::groupID)}, S::ResultBool},
        {Fn::AddGroup, L("addGroup"), R::Groups, Post, Command, Doc,
         {path(P::groupID), withValues(req(P::type), ValueSet::GroupType), req(P::name), opt(P::parent)}},
        {Fn::UpdateGroup, L("updateGroup"), R::Groups, Post, Command, Doc,
         {path(P::groupID), opt(P::name), opt(P::parent)}},
        {Fn::GroupUserExists, L("groupUserExists"), R::Groups, Get, Query, Doc,
         {path(P::groupID), userPath}, S::ResultBool},
        {Fn::GetGroupUsers, L("getGroupUsers"), R::Groups, Get, Query, Doc,
         {path(P::groupID)}, S::List, L("users"), D::UserSummary},
        {Fn::AddGroupUsers, L("addGroupUsers"), R::Groups, Post, Command, Doc,
         {path(P::groupID), users, opt(P::ignoreDuplicates, T::Bool), opt(P::addToTeacherStudents, T::Bool),
          opt(P::notify, T::Bool)}},
        {Fn::DeleteGroupUsers, L("deleteGroupUsers"), R::Groups, Post, Command, Doc,
         {path(P::groupID), users, opt(P::ignoreMissing, T::Bool)}},
        {Fn::DeleteGroup, L("deleteGroup"), R::Groups, Post, Command, Doc,
         {path(P::groupID), opt(P::force, T::Bool)}},

        // subenvironments (2.3), all provisional
        {Fn::AddResellerUsers, L("addResellerUsers"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), users, opt(P::ignoreDuplicates, T::Bool)}},
        {Fn::DeleteResellerUsers, L("deleteResellerUsers"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), users, opt(P::ignoreMissing, T::Bool)}},
        {Fn::AddResellerGroups, L("addResellerGroups"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::group)}},
        {Fn::DeleteResellerGroups, L("deleteResellerGroups"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::group)}},
        {Fn::AddResellerTemplates, L("addResellerTemplates"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::template_, {P::templateUID})}},
        {Fn::DeleteResellerTemplates, L("deleteResellerTemplates"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::template_, {P::templateUID})}},
        {Fn::AddResellerBookableEvents, L("addResellerBookableEvents"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::event)}},
        {Fn::DeleteResellerBookableEvents, L("deleteResellerBookableEvents"), R::Subenvironments, Post, Command, Prov,
         {path(P::resellerID), reqArray(P::event)}},

        // subscriptions and results (2.4)
        {Fn::IsSubscribed, L("isSubscribed"), R::Subscriptions, Get, Query, Doc,
         {userPath, coursePath}, S::ResultBool},
        {Fn::GetSubscriptions, L("getSubscriptions"), R::Subscriptions, Get, Query, Doc,
         {userPath, opt(P::skipStats, T::Bool)}, S::List, L("courses"), D::Subscription},
        {Fn::GetResults, L("getResults"), R::Subscriptions, Get, Query, Doc,
         {userPath, opt(P::asStudent, T::Bool), opt(P::courseID), opt(P::courseUID)},
         S::List, L("courses"), D::CourseResult},
        {Fn::GetStudentSubscriptions, L("getStudentSubscriptions"), R::Subscriptions, Get, Query, Doc,
         {coursePath, opt(P::skipStats, T::Bool)}, S::List, L("students"), D::StudentSubscription},
        {Fn::Subscribe, L("subscribe"), R::Subscriptions, Post, Command, Doc,
         {userPath, coursePath, opt(P::startDate, T::Date), opt(P::expireDate, T::Date), opt(P::reseller),
          opt(P::notify, T::Bool)}},
        {Fn::Unsubscribe, L("unsubscribe"), R::Subscriptions, Post, Command, Doc, {userPath, coursePath}},
        {Fn::UpdateSubscription, L("updateSubscription"), R::Subscriptions, Post, Command, Doc,
         {userPath, coursePath, opt(P::startDate, T::Date), opt(P::expireDate, T::Date), opt(P::expired, T::Bool),
          opt(P::active, T::Bool)}},
        {Fn::SetExternalPartResult, L("setExternalPartResult"), R::Subscriptions, Post, Command, Prov,
         {userPath, coursePath, path(P::activityID), req(P::score, T::Number), opt(P::passed, T::Bool),
          opt(P::completed, T::Bool), opt(P::completeDate, T::Date)}},

        // templates and courses (2.5)
        {Fn::GetTemplates, L("getTemplates"), R::Courses, Get, Query, Doc,
         {opt(P::includeWithoutId, T::Bool)}, S::List, L("templates"), D::TemplateSummary},
        {Fn::GetCourses, L("getCourses"), R::Courses, Get, Query, Doc,
         {path(P::templateID, {P::templateUID}), opt(P::includeWithoutId, T::Bool)}, S::List, L("courses"),
         D::Course},
        {Fn::GetCourse, L("getCourse"), R::Courses, Get, Query, Doc,
         {path(P::courseID, {P::courseUID, P::UID})}, S::Object, {}, D::Course},
        {Fn::InitializeCourseId, L("initializeCourseId"), R::Courses, Post, Command, Doc,
         {path(P::courseUID), path(P::courseID)}},
        {Fn::AddCourse, L("addCourse"), R::Courses, Post, Command, Prov,
         QList<ParamSpec>{path(P::templateID, {P::templateUID}), path(P::courseID)} + courseFields()},
        {Fn::UpdateCourse, L("updateCourse"), R::Courses, Post, Command, Prov,
         QList<ParamSpec>{coursePath} + courseFields()},
        {Fn::AddOrUpdateCourse, L("addOrUpdateCourse"), R::Courses, Post, Command, Prov,
         QList<ParamSpec>{path(P::templateID, {P::templateUID}), path(P::courseID)} + courseFields()},
        {Fn::DeleteCourse, L("deleteCourse"), R::Courses, Post, Command, Prov, {coursePath, opt(P::force, T::Bool)}},
        {Fn::CopyTemplate, L("copyTemplate"), R::Courses, Post, Command, Prov,
         {path(P::templateID, {P::templateUID}), path(P::newTemplateID), opt(P::name)}},
        {Fn::SetCoursePermissions, L("setCoursePermissions"), R::Courses, Post, Command, Doc,
         {path(P::courseID), path(P::teacherID), withValues(reqArray(P::permission, {}, T::String), ValueSet::Permission), opt(P::unset, T::Bool)}},
        {Fn::GetStudentTeachers, L("getStudentTeachers"), R::Courses, Get, Query, Doc,
         {path(P::studentID), path(P::courseID), opt(P::excludeTeacherGroups, T::Bool)}, S::List, L("users"),
         D::UserSummary},
        {Fn::GetTeacherStudents, L("getTeacherStudents"), R::Courses, Get, Query, Doc,
         {path(P::teacherID), path(P::courseID)}, S::List, L("users"), D::UserSummary},
        {Fn::AddTeacherStudents, L("addTeacherStudents"), R::Courses, Post, Command, Doc,
         {path(P::courseID), path(P::teacherID), ParamSpec{P::student, T::Id, Required | Array | MissingIsNotFound, {P::studentUID}},
          opt(P::ignoreDuplicates, T::Bool)}},
        {Fn::DeleteTeacherStudents, L("deleteTeacherStudents"), R::Courses, Post, Command, Doc,
         {path(P::courseID), path(P::teacherID), ParamSpec{P::student, T::Id, Required | Array | MissingIsNotFound, {P::studentUID}},
          opt(P::ignoreMissing, T::Bool)}},
        {Fn::AddTeacherStudentGroups, L("addTeacherStudentGroups"), R::Courses, Post, Command, Prov,
         {path(P::courseID), path(P::teacherID), reqArray(P::group)}},
        {Fn::DeleteTeacherStudentGroups, L("deleteTeacherStudentGroups"), R::Courses, Post, Command, Prov,
         {path(P::courseID), path(P::teacherID), reqArray(P::group)}},

        // calendar items (2.6); their external ID is called UID
        {Fn::GetEvents, L("getEvents"), R::Calendar, Get, Query, Doc,
         {opt(P::courseID), opt(P::courseUID)}, S::List, L("events"), D::CalendarItem},
        {Fn::EventExists, L("eventExists"), R::Calendar, Get, Query, Doc, {path(P::UID)}, S::ResultBool},
        {Fn::AddEvent, L("addEvent"), R::Calendar, Post, Command, Doc,
         {coursePath, path(P::UID), withValues(req(P::type), ValueSet::CalendarItemType), req(P::summary), opt(P::description), req(P::start, T::DateTime),
          req(P::end, T::DateTime)}},
        {Fn::UpdateEvent, L("updateEvent"), R::Calendar, Post, Command, Prov,
         {path(P::UID), withValues(opt(P::type), ValueSet::CalendarItemType), opt(P::summary), opt(P::description), opt(P::start, T::DateTime),
          opt(P::end, T::DateTime)}},
        {Fn::DeleteEvent, L("deleteEvent"), R::Calendar, Post, Command, Prov, {path(P::UID)}},

        // access codes (2.7)
        {Fn::AccessCodeGroupExists, L("accessCodeGroupExists"), R::AccessCodes, Get, Query, Doc,
         {path(P::groupID)}, S::ResultBool},
        {Fn::AddAccessCodeGroup, L("addAccessCodeGroup"), R::AccessCodes, Post, Command, Doc,
         {path(P::groupID), req(P::name), withValues(opt(P::type), ValueSet::AccessCodeType), optArray(P::course), opt(P::reseller),
          opt(P::startDate, T::Date), opt(P::expireDate, T::Date)}},
        {Fn::AccessCodeExists, L("accessCodeExists"), R::AccessCodes, Get, Query, Prov,
         {path(P::groupID), userPath}, S::ResultBool},
        {Fn::AddAccessCodes, L("addAccessCodes"), R::AccessCodes, Post, Command, Prov,
         {path(P::groupID), optArray(P::code, T::String), opt(P::amount, T::Integer), opt(P::user), opt(P::userUID)},
         S::List, L("codes"), D::AccessCode},
        {Fn::DeleteAccessCodes, L("deleteAccessCodes"), R::AccessCodes, Post, Command, Prov,
         {path(P::groupID), reqArray(P::code, {}, T::String)}},
        {Fn::DeleteAccessCodeGroup, L("deleteAccessCodeGroup"), R::AccessCodes, Post, Command, Prov,
         {path(P::groupID)}},

        // bookable events (2.8)
        {Fn::GetBookableEventSubscriptions, L("getBookableEventSubscriptions"), R::Events, Get, Query, Doc,
         {path(P::eventID)}, S::List, L("users"), D::EventParticipant},
        {Fn::AddBookableEvent, L("addBookableEvent"), R::Events, Post, Command, Doc,
         QList<ParamSpec>{path(P::eventID)} + bookableEventFields()},
        {Fn::UpdateBookableEvent, L("updateBookableEvent"), R::Events, Post, Command, Doc,
         QList<ParamSpec>{path(P::eventID)} + bookableEventFields()},
        {Fn::AddOrUpdateBookableEvent, L("addOrUpdateBookableEvent"), R::Events, Post, Command, Doc,
         QList<ParamSpec>{path(P::eventID)} + bookableEventFields()},
        {Fn::AddBookableEventTeachers, L("addBookableEventTeachers"), R::Events, Post, Command, Prov,
         {path(P::eventID), reqArray(P::teacher)}},
        {Fn::DeleteBookableEventTeachers, L("deleteBookableEventTeachers"), R::Events, Post, Command, Prov,
         {path(P::eventID), reqArray(P::teacher)}},
        {Fn::AddBookableEventParts, L("addBookableEventParts"), R::Events, Post, Command, Prov,
         {path(P::eventID), req(P::course), req(P::activity)}},
        {Fn::DeleteBookableEventParts, L("deleteBookableEventParts"), R::Events, Post, Command, Prov,
         {path(P::eventID), req(P::course), req(P::activity)}},

        // profiles (2.9)
        {Fn::GetSkillProfiles, L("getSkillProfiles"), R::Profiles, Get, Query, Doc,
         {}, S::List, L("skillProfiles"), D::SkillProfile},
        {Fn::GetStudentSkillProfiles, L("getStudentSkillProfiles"), R::Profiles, Get, Query, Doc,
         {userPath}, S::List, L("skillProfiles"), D::SkillProfile},
        {Fn::AddSkillProfileUsers, L("addSkillProfileUsers"), R::Profiles, Post, Command, Doc,
         {path(P::skillProfileID, {P::skillProfileUID}), users}},
        {Fn::DeleteSkillProfileUsers, L("deleteSkillProfileUsers"), R::Profiles, Post, Command, Prov,
         {path(P::skillProfileID, {P::skillProfileUID}), users}},

        // bundles (2.10)
        {Fn::GetBundles, L("getBundles"), R::Bundles, Get, Query, Doc,
         {opt(P::includeWithoutId, T::Bool)}, S::List, L("bundles"), D::BundleSummary},
        {Fn::GetBundleCourses, L("getBundleCourses"), R::Bundles, Get, Query, Doc,
         {path(P::bundleID, {P::bundleUID})}, S::List, L("bundleCourses"), D::BundleCourse},
        {Fn::GetBundleCourseSubscription, L("getBundleCourseSubscription"), R::Bundles, Get, Query, Doc,
         {userPath, path(P::bundleID, {P::bundleUID})}, S::Object, {}, D::BundleCourseSubscription},
        {Fn::GetBundleCourseSubscriptions, L("getBundleCourseSubscriptions"), R::Bundles, Get, Query, Doc,
         {userPath}, S::List, L("bundleCourses"), D::BundleCourseSubscription},
        {Fn::SubscribeBundleCourse, L("subscribeBundleCourse"), R::Bundles, Post, Command, Prov,
         {userPath, path(P::bundleID, {P::bundleUID})}},
        {Fn::UnsubscribeBundleCourse, L("unsubscribeBundleCourse"), R::Bundles, Post, Command, Prov,
         {userPath, path(P::bundleID, {P::bundleUID})}},
        {Fn::SubscribeGroupBundleCourse, L("subscribeGroupBundleCourse"), R::Bundles, Post, Command, Prov,
         {path(P::groupID), path(P::bundleID, {P::bundleUID})}},

        // single sign-on (2.11)
        {Fn::GetLoginToken, L("getLoginToken"), R::Sso, Get, Command, Doc, {userPath}, S::ResultString},

        // appended: the skill profiles linked to a subenvironment (2.3 R9, a read; profiles cannot
        // be linked or unlinked through the API)
        {Fn::GetResellerSkillProfiles, L("getResellerSkillProfiles"), R::Subenvironments, Get, Query, Prov,
         {path(P::resellerID)}, S::List, L("skillProfiles"), D::SkillProfile},
    };
    // clang-format on
    attachCommandMeta(t);
    Q_ASSERT(t.size() == FnCount);
    for (int i = 0; i < t.size(); ++i)
        Q_ASSERT(int(t.at(i).fn) == i);
    return t;
}

} // namespace

const QList<UserField> &userFields()
{
    using U = Domain::User;
    const auto text = [](P p, QString U::*member, ValueSet values = ValueSet::None) {
        return UserField{p, T::String, values, member, true};
    };
    const auto writeOnly = [](P p, T type) { return UserField{p, type, ValueSet::None, nullptr, false}; };
    static const QList<UserField> fields = {text(P::firstName, &U::firstName), text(P::middleName, &U::middleName),
        text(P::lastName, &U::lastName), text(P::initials, &U::initials), text(P::title, &U::title),
        text(P::gender, &U::gender, ValueSet::Gender), UserField{P::email, T::Email, ValueSet::None, &U::email, true},
        text(P::function, &U::function), text(P::company, &U::company),
        UserField{P::dateOfBirth, T::Date, ValueSet::None, nullptr, true},
        text(P::telephoneNumber, &U::telephoneNumber), text(P::faxNumber, &U::faxNumber),
        text(P::cellPhoneNumber, &U::cellPhoneNumber), text(P::address, &U::address), text(P::zip, &U::zip),
        text(P::residence, &U::residence), text(P::country, &U::country), text(P::invoiceAddress, &U::invoiceAddress),
        text(P::invoiceZip, &U::invoiceZip), text(P::invoiceResidence, &U::invoiceResidence),
        text(P::invoiceCountry, &U::invoiceCountry), text(P::custom1, &U::custom1), text(P::custom2, &U::custom2),
        text(P::custom3, &U::custom3), text(P::custom4, &U::custom4), text(P::custom5, &U::custom5),
        text(P::locale, &U::locale), text(P::timeZoneGroup, &U::timeZoneGroup), text(P::timeZone, &U::timeZone),
        writeOnly(P::password, T::String), writeOnly(P::generatePassword, T::Bool),
        writeOnly(P::forcePasswordChange, T::Bool), writeOnly(P::notify, T::Bool),
        UserField{P::active, T::Bool, ValueSet::None, nullptr, true},
        UserField{P::renewable, T::Bool, ValueSet::None, nullptr, true}, writeOnly(P::avatar, T::File),
        writeOnly(P::deleteAvatar, T::Bool)};
    return fields;
}

QLatin1StringView paramName(P p)
{
    return ParamNames[size_t(p)];
}

P paramFromName(QStringView name)
{
    static const QHash<QString, P> byName = [] {
        QHash<QString, P> h;
        for (int i = 1; i < PCount; ++i)
            h.insert(QString(ParamNames[size_t(i)]), P(i));
        return h;
    }();
    return byName.value(name.toString(), P::None);
}

QList<ParamSpec> Endpoint::pathParams() const
{
    QList<ParamSpec> out;
    for (const auto &p : params) {
        if (p.isInPath())
            out.append(p);
    }
    return out;
}

const ParamSpec *Endpoint::spec(P p) const
{
    for (const auto &s : params) {
        if (s.param == p)
            return &s;
    }
    return nullptr;
}

QString Endpoint::pathTemplate() const
{
    QString out = u'/' + QString(function);
    for (const auto &p : params) {
        if (p.isInPath())
            out += u"/{" + QString(p.name()) + u'}';
    }
    return out;
}

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> table = buildTable();
    return table;
}

const Endpoint &endpoint(Fn fn)
{
    return endpoints().at(int(fn));
}

const Endpoint *findEndpoint(QStringView function)
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> h;
        const auto &t = endpoints();
        for (int i = 0; i < t.size(); ++i)
            h.insert(QString(t.at(i).function), i);
        return h;
    }();
    const auto it = byName.constFind(function.toString());
    return it == byName.cend() ? nullptr : &endpoints().at(*it);
}

const QList<QLatin1StringView> &nonexistentFunctions()
{
    static const QList<QLatin1StringView> names
        = {L("deleteUserRoles"), L("getGroup"), L("getGroups"), L("getCoursePermissions")};
    return names;
}

} // namespace Springdesk::Api
