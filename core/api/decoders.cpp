#include "core/api/decoders.h"

#include "core/api/endpoints.h"

#include "core/api/jsonreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

// Reads the array under `key` and decodes its elements into `out`.
template <typename T> void readList(JsonReader &r, QStringView key, QList<T> &out, DecodeError &error)
{
    const QJsonArray a = r.array(key);
    if (r.ok())
        decodeArray(a, r.childPath(key), out, error);
}

// The subscription fields shared by Subscription, CourseResult and StudentSubscription.
void readSubscriptionFields(JsonReader &r, Domain::Subscription &s)
{
    s.reseller = r.string(u"reseller");
    s.active = r.boolean(u"active");
    s.subscribeDate = r.date(u"subscribeDate");
    s.subscribeDateTime = r.dateTime(u"subscribeDateTime");
    s.startDate = r.date(u"startDate");
    s.startDateTime = r.dateTime(u"startDateTime");
    s.finished = r.boolean(u"finished");
    s.expired = r.boolean(u"expired");
    s.progress = r.progress(u"progress");
    s.knowledgeIntake = r.number(u"knowledgeIntake");
    s.efficiency = r.number(u"efficiency");
    // The API spells it both ways (contract 2.4).
    s.objectivesProgress
        = r.has(u"objectivesProgress") ? r.number(u"objectivesProgress") : r.number(u"objectiveProgress");
}

} // namespace

bool decode(const QJsonValue &value, const QString &path, Domain::User &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::User u;
    u.id = r.string(u"id");
    u.uid = r.requiredString(u"uid");
    u.login = r.string(u"login");
    for (const UserField &f : userFields()) {
        if (f.text)
            u.*f.text = r.string(QString(paramName(f.param)));
    }
    u.dateOfBirth = r.date(u"dateOfBirth");
    u.active = r.boolean(u"active");
    u.renewable = r.boolean(u"renewable");
    u.archived = r.optionalBoolean(u"archived");
    u.roles = r.stringList(u"roles");
    std::sort(u.roles.begin(), u.roles.end());
    if (!r.ok())
        return false;
    out = std::move(u);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::UserSummary &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::UserSummary u;
    u.id = r.string(u"id");
    u.uid = r.requiredString(u"uid");
    u.name = r.string(u"name");
    u.login = r.string(u"login");
    u.email = r.string(u"email");
    u.active = r.boolean(u"active");
    if (!r.ok())
        return false;
    out = std::move(u);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::Subscription &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::Subscription s;
    r.requireAnyOf(u"id", u"uid");
    s.id = r.string(u"id");
    s.uid = r.string(u"uid");
    s.name = r.string(u"name");
    readSubscriptionFields(r, s);
    if (!r.ok())
        return false;
    out = std::move(s);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::ResultTerm &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::ResultTerm t;
    t.name = r.requiredString(u"name");
    t.score = r.integer(u"score");
    t.maxScore = r.integer(u"maxScore");
    t.threshold = r.integer(u"threshold");
    if (!r.ok())
        return false;
    out = std::move(t);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::ResultCriterion &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::ResultCriterion c;
    r.requireAnyOf(u"id", u"name");
    c.id = r.string(u"id");
    c.name = r.string(u"name");
    c.maxScore = r.integer(u"maxScore");
    c.score = r.integer(u"score");
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::ResultAttempt &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::ResultAttempt a;
    a.attemptNumber = r.requiredInteger(u"attemptNumber");
    a.startDate = r.date(u"startDate");
    a.startDateTime = r.dateTime(u"startDateTime");
    a.completed = r.boolean(u"completed");
    a.completeDate = r.date(u"completeDate");
    a.completeDateTime = r.dateTime(u"completeDateTime");
    a.expireDate = r.date(u"expireDate");
    a.progress = r.string(u"progress");
    a.score = r.string(u"score");
    a.passed = r.boolean(u"passed");
    readList(r, u"terms", a.terms, error);
    readList(r, u"criteria", a.criteria, error);
    if (!r.ok())
        return false;
    out = std::move(a);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::ResultPart &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::ResultPart p;
    r.requireAnyOf(u"id", u"uid");
    p.id = r.string(u"id");
    p.uid = r.string(u"uid");
    p.name = r.string(u"name");
    p.type = r.string(u"type");
    p.subType = r.string(u"subType");
    p.blockName = r.string(u"blockName");
    p.completed = r.boolean(u"completed");
    p.completeDate = r.date(u"completeDate");
    p.completeDateTime = r.dateTime(u"completeDateTime");
    p.score = r.string(u"score");
    p.passed = r.boolean(u"passed");
    readList(r, u"attempts", p.attempts, error);
    if (!r.ok())
        return false;
    out = std::move(p);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::CourseResult &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::CourseResult c;
    r.requireAnyOf(u"id", u"uid");
    c.subscription.id = r.string(u"id");
    c.subscription.uid = r.string(u"uid");
    c.subscription.name = r.string(u"name");
    readSubscriptionFields(r, c.subscription);
    c.completed = r.boolean(u"completed");
    c.completeDate = r.date(u"completeDate");
    c.grade = r.string(u"grade");
    c.passed = r.boolean(u"passed");
    c.gradeDate = r.date(u"gradeDate");
    c.lastTrainingCompletedDate = r.date(u"lastTrainingCompletedDate");
    c.lastTrainingCompletedDateTime = r.dateTime(u"lastTrainingCompletedDateTime");
    readList(r, u"parts", c.parts, error);
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::StudentSubscription &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::StudentSubscription s;
    r.requireAnyOf(u"id", u"uid");
    s.userId = r.string(u"id");
    s.userUid = r.string(u"uid");
    s.userName = r.string(u"name");
    s.login = r.string(u"login");
    s.email = r.string(u"email");
    readSubscriptionFields(r, s.subscription);
    if (!r.ok())
        return false;
    out = std::move(s);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::TemplateSummary &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::TemplateSummary t;
    t.id = r.string(u"id");
    t.uid = r.requiredString(u"uid");
    t.name = r.string(u"name");
    if (!r.ok())
        return false;
    out = std::move(t);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::Course &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::Course c;
    c.id = r.string(u"id");
    c.uid = r.requiredString(u"uid");
    c.name = r.string(u"name");
    c.title = r.string(u"title");
    c.description = r.string(u"description");
    c.isTemplate = r.boolean(u"isTemplate");
    c.templateUid = r.string(u"templateUid");
    c.active = r.boolean(u"active");
    c.archived = r.boolean(u"archived");
    c.reseller = r.string(u"reseller");
    c.type = r.string(u"type");
    c.accessType = r.string(u"accessType");
    c.startDate = r.date(u"startDate");
    c.expireDate = r.date(u"expireDate");
    c.expireInterval = r.string(u"expireInterval");
    c.teachersAllowed = r.boolean(u"teachersAllowed");
    c.teacherGroup = r.string(u"teacherGroup");
    c.mentorGroup = r.string(u"mentorGroup");
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::CalendarItem &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::CalendarItem c;
    c.uid = r.requiredString(u"uid");
    c.course = r.string(u"course");
    c.courseUid = r.string(u"courseUID");
    c.type = r.string(u"type");
    c.summary = r.string(u"summary");
    c.description = r.string(u"description");
    c.start = r.dateTime(u"start");
    c.end = r.dateTime(u"end");
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::AccessCode &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::AccessCode c;
    c.code = r.requiredString(u"code");
    c.user = r.string(u"user");
    c.used = r.boolean(u"used");
    if (r.ok() && c.code.isEmpty())
        r.fail(u"code", u"the access code is empty"_s);
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::EventParticipant &out, DecodeError &error)
{
    Domain::EventParticipant p;
    if (!decode(value, path, p.user, error))
        return false;
    JsonReader r(value, path, error);
    p.attended = r.optionalBoolean(u"attended");
    p.score = r.string(u"score");
    p.subscribeDateTime = r.dateTime(u"subscribeDateTime");
    if (!r.ok())
        return false;
    out = std::move(p);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::SkillProfile &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::SkillProfile s;
    r.requireAnyOf(u"id", u"uid");
    s.id = r.string(u"id");
    s.uid = r.string(u"uid");
    s.name = r.string(u"name");
    s.description = r.string(u"description");
    if (!r.ok())
        return false;
    out = std::move(s);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::BundleSummary &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::BundleSummary b;
    b.id = r.string(u"id");
    b.uid = r.requiredString(u"uid");
    b.name = r.string(u"name");
    if (!r.ok())
        return false;
    out = std::move(b);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::CourseReference &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::CourseReference c;
    r.requireAnyOf(u"id", u"uid");
    c.id = r.string(u"id");
    c.uid = r.string(u"uid");
    c.name = r.string(u"name");
    if (!r.ok())
        return false;
    out = std::move(c);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::BundleCourse &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::BundleCourse b;
    r.requireAnyOf(u"id", u"uid");
    b.id = r.string(u"id");
    b.uid = r.string(u"uid");
    b.name = r.string(u"name");
    b.active = r.boolean(u"active");
    b.startDate = r.date(u"startDate");
    b.expireDate = r.date(u"expireDate");
    readList(r, u"courses", b.courses, error);
    if (!r.ok())
        return false;
    out = std::move(b);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, Domain::BundleCourseSubscription &out, DecodeError &error)
{
    JsonReader r(value, path, error);
    Domain::BundleCourseSubscription b;
    r.requireAnyOf(u"id", u"uid");
    b.id = r.string(u"id");
    b.uid = r.string(u"uid");
    b.name = r.string(u"name");
    b.active = r.boolean(u"active");
    b.startDate = r.date(u"startDate");
    b.expireDate = r.date(u"expireDate");
    b.expired = r.boolean(u"expired");
    b.subscribeDate = r.date(u"subscribeDate");
    if (!r.ok())
        return false;
    out = std::move(b);
    return true;
}

} // namespace Springdesk::Api
