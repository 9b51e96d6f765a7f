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

#include <optional>

namespace Springdesk::Domain {
struct User;
} // namespace Springdesk::Domain

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
// The translated label of a parameter for forms and messages ("First name"); the wire name
// when it has none.
QString paramLabel(P p);
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
    File,
    Email, // text shaped like an e-mail address (name@host.tld); empty clears the field
    Id, // an external ID or UID: never empty, no ".", "..", "/", "\\", "?", "#" or control characters
};

// The named sets of values a parameter accepts (contract 1.11, 2.2, 2.5, 2.6, 2.7), each
// defined once in valuesets.cpp and read by validation, forms, the users pane and the sandbox.
enum class ValueSet : quint8
{
    None,
    Role, // addUser/addUserRoles role: student, teacher, mentor, author, …
    GroupType, // addGroup type: student (learner group), teacher (instructor), mentor (observer)
    ContentLabelRole, // addContentLabelUsers role: author, designer
    Permission, // setCoursePermissions permission: CourseSettings, EditCalendar, …
    AccessCodeType, // addAccessCodeGroup type: regular, exam
    CalendarItemType, // addEvent type: Meeting, Exam
    Gender, // suggestions only: the contract has not seen the allowed values
};
inline constexpr int ValueSetCount = int(ValueSet::Gender) + 1;

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
    // The values it accepts (closed sets) or suggests (open sets); ValueSet::None for free text.
    ValueSet values = ValueSet::None;

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

// What a command acts on (the object a confirmation names, an import row reports, a verification
// checks and the cache refreshes).
enum class Entity : quint8
{
    None,
    User,
    UserRole,
    ContentLabelMember,
    Group,
    GroupMember,
    SubenvironmentMember,
    Subscription,
    ExternalResult,
    Course,
    Template,
    CoursePermission,
    TeacherStudent,
    CalendarItem,
    AccessCodeGroup,
    AccessCode,
    BookableEvent,
    BookableEventMember,
    SkillProfileMember,
    BundleSubscription,
    LoginToken,
};

enum class Effect : quint8
{
    None, // a query
    Create,
    Update,
    CreateOrUpdate,
    Delete,
    Link, // adds members/links to an existing object
    Unlink,
    Issue, // getLoginToken: the server hands out something without a lasting change we can read
};

// A parameter of a derived call (verification or reverse) taken from the command's parameter.
struct ParamLink
{
    P to; // in the derived call
    P from; // in the command (an alternative of `from` is taken as the same alternative of `to`)
    // When the command was given this parameter, `to` takes its value instead of `from`'s
    // (updateUser's new external ID `id`: the user is found by it once the command ran).
    P preferred = P::None;
};

// How the answer of a verification query says the command was carried out.
enum class Expect : quint8
{
    True, // {"result": true}
    False, // {"result": false}
    Found, // the object answer arrives (a 404 means: not done)
    NotFound, // a 404 (not-found) answer; the object arriving means: not done
    Contains, // the answer holds every value of `valuesFrom` in `answerField`
    Lacks, // the answer holds none of them
    Matches, // every field the command set reads back equal in the object answer
};

// The query that tells whether a command whose outcome is unknown (connection reset after the
// request went out) was carried out, instead of sending it again.
struct Verification
{
    std::optional<Fn> fn; // none: the API offers no way to check this command
    QList<ParamLink> params;
    // One query per value of this array parameter of the command (addGroupUsers: one
    // groupUserExists per user), passed as `eachAs`.
    P each = P::None;
    P eachAs = P::None;
    Expect expect = Expect::True;
    P valuesFrom = P::None; // Contains/Lacks: the command's parameter whose values are looked for
    QLatin1StringView answerField; // Contains/Lacks: the list item field, or the object's array field
};

// How the local cache learns a command's effect (Store::CacheUpdater): by re-reading what it
// changed from the server, or by writing what its parameters and answer say (WriteThrough).
enum class CacheEffect : quint8
{
    None, // nothing the cache keeps (getLoginToken, queries)
    RefetchUser, // getUser of the user (by its new ID when the command gives one)
    RefetchUserSubscriptions, // getSubscriptions of the user (after getUser when not cached)
    RefetchUserResults, // getSubscriptions and getResults of the user
    RefetchCourse, // getCourse
    RefetchGroup, // getGroupUsers: the members, the group recorded and checked
    RefetchTeacherStudents, // getTeacherStudents of the instructor in the course (and the groups named)
    RefetchCalendar, // getEvents
    RefetchTemplates, // getTemplates
    RefreshBundles, // the (bundle) subscriptions of the user, or of the group's members
    WriteThrough, // written from the parameters and the answer
};

// The command that undoes this one, with its parameters taken from this one's.
struct Reverse
{
    std::optional<Fn> fn; // none: the API has no inverse (deleteUser, setExternalPartResult…)
    QList<ParamLink> params;
};

// Command metadata (knowledge as data): read by validation, the operation runner, the cache
// updater, confirmations, the console and the import.
struct CommandMeta
{
    Entity entity = Entity::None;
    Effect effect = Effect::None;
    // The parameter that names the object (its alternatives name it too), P::None when the
    // command creates something the server names (addAccessCodes with an amount).
    P idParam = P::None;
    // Deleting or unlinking something the API cannot restore as it was: always confirm.
    bool destructive = false;
    Verification verify;
    Reverse reverse;
    CacheEffect cache = CacheEffect::None;
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
    CommandMeta meta; // Entity::None and Effect::None for queries

    QList<ParamSpec> pathParams() const;
    const ParamSpec *spec(P p) const;
    // "/getUser/{userID}"
    QString pathTemplate() const;
};

const QList<Endpoint> &endpoints();

// A writable user field (contract 2.1): the one list of them, read by the endpoint table
// (addUser, updateUser, addOrUpdateUser), the getUser decoder, the cache, the details panel and
// the sandbox.
struct UserField
{
    P param;
    ParamType type = ParamType::String;
    ValueSet values = ValueSet::None;
    // The text member getUser fills from the field of that name; nullptr for fields that are
    // not text (dates, flags) or not read back (password, avatar…).
    QString Domain::User::*text = nullptr;
    // getUser answers it (password, notify, avatar… are only written).
    bool readBack = true;
};
const QList<UserField> &userFields();
const Endpoint &endpoint(Fn fn);
// The endpoint with that wire name, or nullptr.
const Endpoint *findEndpoint(QStringView function);

// Functions the contract confirms do not exist (section 2.13); the sandbox answers 404.
const QList<QLatin1StringView> &nonexistentFunctions();

// The browser endpoint for single sign-on, outside /api: GET /do?action=sso.
inline constexpr QLatin1StringView SsoBrowserPath("/do");
inline constexpr QLatin1StringView SsoBrowserAction("sso");

} // namespace Springdesk::Api
