#pragma once

// The one table of the aNewSpring API (../shared/api/anewspring-api.md): every function name,
// HTTP method, path parameter and named parameter that Springdesk's client and sandbox know.
// A corrected name is a one-line change here, for client and sandbox alike:
//   - a function's wire name: its row in endpoints.cpp;
//   - a parameter's wire name: its entry in paramName() in endpoints.cpp.
// Code elsewhere refers to functions by Fn and to parameters by P, never by string literals.
//
// Response shapes the contract leaves open are fixed here (marked (inferred) in the contract):
//   getEvents {"events":[{"uid","course","courseUID","type","summary","description","start","end"}]} addAccessCodes
//   {"codes":[{"code","user","used"}]} getBookableEventSubscriptions  {"users":[user list entry +
//   "attended","score","subscribeDateTime"]} getSkillProfiles, getStudentSkillProfiles, getResellerSkillProfiles
//   {"skillProfiles":[{"id","uid","name","description"}]} getBundles {"bundles":[{"id","uid","name"}]} getBundleCourses
//   {"bundleCourses":[{"id","uid","name","active","startDate","expireDate",
//                                                     "courses":[{"id","uid","name"}]}]}
//   getBundleCourseSubscription    {"id","uid","name","active","startDate","expireDate","expired","subscribeDate"}
//   getBundleCourseSubscriptions   {"bundleCourses":[same object as getBundleCourseSubscription]}
//   errors with _formatErrors=true {"error":"<message>"}
//   date-time values               ISO 8601 "YYYY-MM-DDTHH:MM:SS±HH:MM" (input also accepted without offset)

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Springdesk::Api {

// Every function of the API (section 5 of the contract). The enumerator is the code's name;
// the wire name lives in the table.
enum class Fn : quint8
{
    // users
    UserExists,
    GetUser,
    GetUsers,
    InitializeId,
    AddUser,
    UpdateUser,
    AddOrUpdateUser,
    AddUserRoles,
    DeleteUser,
    AddContentLabelUsers,
    DeleteContentLabelUsers,
    // user groups
    GroupExists,
    AddGroup,
    UpdateGroup,
    GroupUserExists,
    GetGroupUsers,
    AddGroupUsers,
    DeleteGroupUsers,
    DeleteGroup,
    // subenvironments (resellers)
    AddResellerUsers,
    DeleteResellerUsers,
    AddResellerGroups,
    DeleteResellerGroups,
    AddResellerTemplates,
    DeleteResellerTemplates,
    AddResellerBookableEvents,
    DeleteResellerBookableEvents,
    // subscriptions and results
    IsSubscribed,
    GetSubscriptions,
    GetResults,
    GetStudentSubscriptions,
    Subscribe,
    Unsubscribe,
    UpdateSubscription,
    SetExternalPartResult,
    // templates and courses
    GetTemplates,
    GetCourses,
    GetCourse,
    InitializeCourseId,
    AddCourse,
    UpdateCourse,
    AddOrUpdateCourse,
    DeleteCourse,
    CopyTemplate,
    SetCoursePermissions,
    GetStudentTeachers,
    GetTeacherStudents,
    AddTeacherStudents,
    DeleteTeacherStudents,
    AddTeacherStudentGroups,
    DeleteTeacherStudentGroups,
    // calendar items
    GetEvents,
    EventExists,
    AddEvent,
    UpdateEvent,
    DeleteEvent,
    // access codes
    AccessCodeGroupExists,
    AddAccessCodeGroup,
    AccessCodeExists,
    AddAccessCodes,
    DeleteAccessCodes,
    DeleteAccessCodeGroup,
    // bookable events
    GetBookableEventSubscriptions,
    AddBookableEvent,
    UpdateBookableEvent,
    AddOrUpdateBookableEvent,
    AddBookableEventTeachers,
    DeleteBookableEventTeachers,
    AddBookableEventParts,
    DeleteBookableEventParts,
    // profiles
    GetSkillProfiles,
    GetStudentSkillProfiles,
    AddSkillProfileUsers,
    DeleteSkillProfileUsers,
    // bundles
    GetBundles,
    GetBundleCourses,
    GetBundleCourseSubscription,
    GetBundleCourseSubscriptions,
    SubscribeBundleCourse,
    UnsubscribeBundleCourse,
    SubscribeGroupBundleCourse,
    // single sign-on
    GetLoginToken,
    // Added after the first release of the table: appended so that the numbers of the functions
    // above stay the same. The table's order follows this enum (asserted in endpoints.cpp).
    // subenvironments (2.3 R9, provisional)
    GetResellerSkillProfiles,
};
// The last enumerator + 1: update it when a function is appended.
inline constexpr int FnCount = int(Fn::GetResellerSkillProfiles) + 1;

// Every parameter name the API uses. Enumerators mirror the documented names; wire names are
// returned by paramName(). General parameters (section 1.5) start with an underscore on the wire.
enum class P : quint8
{
    None,
    // general
    _key,
    _returnSuccessMessage,
    _formatErrors,
    _pretty,
    _format,
    // identifiers
    userID,
    userUID,
    groupID,
    resellerID,
    courseID,
    courseUID,
    templateID,
    templateUID,
    newTemplateID,
    UID,
    teacherID,
    studentID,
    activityID,
    eventID,
    skillProfileID,
    skillProfileUID,
    bundleID,
    bundleUID,
    contentLabelID,
    login,
    id,
    // user fields
    firstName,
    middleName,
    lastName,
    initials,
    title,
    gender,
    email,
    function,
    company,
    dateOfBirth,
    telephoneNumber,
    faxNumber,
    cellPhoneNumber,
    address,
    zip,
    residence,
    country,
    invoiceAddress,
    invoiceZip,
    invoiceResidence,
    invoiceCountry,
    custom1,
    custom2,
    custom3,
    custom4,
    custom5,
    locale,
    timeZoneGroup,
    timeZone,
    password,
    generatePassword,
    forcePasswordChange,
    notify,
    active,
    renewable,
    avatar,
    deleteAvatar,
    role,
    archived,
    // lists of members
    user,
    group,
    template_,
    event,
    student,
    studentUID,
    teacher,
    course,
    code,
    permission,
    // flags
    ignoreDuplicates,
    ignoreMissing,
    force,
    addToTeacherStudents,
    skipStats,
    asStudent,
    includeWithoutId,
    unset,
    excludeTeacherGroups,
    expired,
    passed,
    completed,
    // other fields
    type,
    name,
    parent,
    description,
    startDate,
    expireDate,
    expireInterval,
    teachersAllowed,
    teacherGroup,
    mentorGroup,
    reseller,
    accessType,
    summary,
    start,
    end,
    amount,
    location,
    endDate,
    maxParticipants,
    activity,
    score,
    completeDate,
    // browser SSO (/do?action=sso)
    action,
    token,
    redirect,
};
inline constexpr int PCount = int(P::redirect) + 1;

QLatin1StringView paramName(P p);
// The parameter with that wire name, or P::None.
P paramFromName(QStringView name);

enum class Resource : quint8
{
    Users,
    ContentLibraries,
    Groups,
    Subenvironments,
    Subscriptions,
    Courses,
    Calendar,
    AccessCodes,
    Events,
    Profiles,
    Bundles,
    Sso,
};

enum class HttpMethod : quint8
{
    Get,
    Post
};

// A query only reads and is safe to retry; a command changes the server's state.
enum class CallKind : quint8
{
    Query,
    Command
};

// Documented: the name was read in the docs or in client code. Provisional: the capability is
// documented but its name is the contract's best guess.
enum class Confidence : quint8
{
    Documented,
    Provisional
};

enum class ParamType : quint8
{
    String,
    Bool,
    Date,
    DateTime,
    Integer,
    Number,
    File
};

enum ParamFlag : quint8
{
    Optional = 0,
    Required = 1 << 0, // required, unless one of the alternatives is given instead
    Array = 1 << 1, // sent as repeated name=value pairs
    InPath = 1 << 2, // a path segment (in order); may also be sent as a named parameter
    // When absent, the documented answer is 404 rather than 400 (addTeacherStudents: "the
    // student/studentUID parameters are not present", contract 2.5 C13/C14).
    MissingIsNotFound = 1 << 3,
};

struct ParamSpec
{
    P param = P::None;
    ParamType type = ParamType::String;
    quint8 flags = Optional;
    // Parameters that may stand in for this one, e.g. userUID for the path's userID. The client
    // uses the first; the sandbox accepts any of them.
    QList<P> alternatives;

    bool isRequired() const { return flags & Required; }
    bool isArray() const { return flags & Array; }
    bool isInPath() const { return flags & InPath; }
    QLatin1StringView name() const { return paramName(param); }
};

enum class ResponseShape : quint8
{
    Empty, // 200 with an empty body; {"success":"OK"} with _returnSuccessMessage=true
    ResultBool, // {"result": true|false}
    ResultString, // {"result": "..."}
    Object, // one bare object
    List, // {"<listKey>": [ ... ]}
};

// What the answer's objects are; core/domain has one value type for each.
enum class Payload : quint8
{
    None,
    User,
    UserSummary,
    Subscription,
    CourseResult,
    StudentSubscription,
    TemplateSummary,
    Course,
    CalendarItem,
    AccessCode,
    EventParticipant,
    SkillProfile,
    BundleSummary,
    BundleCourse,
    BundleCourseSubscription,
};

struct Endpoint
{
    Fn fn;
    QLatin1StringView function; // the wire name
    Resource resource;
    HttpMethod method; // the documented method; the API accepts GET and POST for every function
    CallKind kind;
    Confidence confidence;
    QList<ParamSpec> params; // path parameters first, in path order
    ResponseShape response = ResponseShape::Empty;
    QLatin1StringView listKey; // for ResponseShape::List
    Payload payload = Payload::None;

    QList<ParamSpec> pathParams() const;
    const ParamSpec *spec(P p) const;
    // "/getUser/{userID}"
    QString pathTemplate() const;
};

const QList<Endpoint> &endpoints();
const Endpoint &endpoint(Fn fn);
// The endpoint with that wire name, or nullptr.
const Endpoint *findEndpoint(QStringView function);

// Functions the contract confirms do not exist (section 2.13); the sandbox answers 404.
const QList<QLatin1StringView> &nonexistentFunctions();

// The browser endpoint for single sign-on, outside /api: GET /do?action=sso.
inline constexpr QLatin1StringView SsoBrowserPath("/do");
inline constexpr QLatin1StringView SsoBrowserAction("sso");

} // namespace Springdesk::Api
