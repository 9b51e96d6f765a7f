#include "core/api/responsedecoder.h"

#include "core/api/decoders.h"
#include "core/api/jsonreader.h"
#include "core/domain/metatypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

namespace {

template <typename T> bool listOf(const QJsonArray &array, const QString &path, QVariant &value, DecodeError &error)
{
    QList<T> out;
    if (!decodeArray(array, path, out, error))
        return false;
    value = QVariant::fromValue(out);
    return true;
}

template <typename T> bool objectOf(const QJsonValue &object, const QString &path, QVariant &value, DecodeError &error)
{
    T out;
    if (!decode(object, path, out, error))
        return false;
    value = QVariant::fromValue(out);
    return true;
}

QString describeBody(const QByteArray &body)
{
    const QByteArray start = body.trimmed().left(200);
    if (start.startsWith('<'))
        return u"an HTML or XML page instead of JSON"_s;
    return u"text that is not JSON"_s;
}

} // namespace

bool decodePayloadList(
    Payload payload, const QJsonArray &array, const QString &path, QVariant &value, DecodeError &error)
{
    switch (payload) {
    case Payload::User:
        return listOf<Domain::User>(array, path, value, error);
    case Payload::UserSummary:
        return listOf<Domain::UserSummary>(array, path, value, error);
    case Payload::Subscription:
        return listOf<Domain::Subscription>(array, path, value, error);
    case Payload::CourseResult:
        return listOf<Domain::CourseResult>(array, path, value, error);
    case Payload::StudentSubscription:
        return listOf<Domain::StudentSubscription>(array, path, value, error);
    case Payload::TemplateSummary:
        return listOf<Domain::TemplateSummary>(array, path, value, error);
    case Payload::Course:
        return listOf<Domain::Course>(array, path, value, error);
    case Payload::CalendarItem:
        return listOf<Domain::CalendarItem>(array, path, value, error);
    case Payload::AccessCode:
        return listOf<Domain::AccessCode>(array, path, value, error);
    case Payload::EventParticipant:
        return listOf<Domain::EventParticipant>(array, path, value, error);
    case Payload::SkillProfile:
        return listOf<Domain::SkillProfile>(array, path, value, error);
    case Payload::BundleSummary:
        return listOf<Domain::BundleSummary>(array, path, value, error);
    case Payload::BundleCourse:
        return listOf<Domain::BundleCourse>(array, path, value, error);
    case Payload::BundleCourseSubscription:
        return listOf<Domain::BundleCourseSubscription>(array, path, value, error);
    case Payload::None:
        break;
    }
    error = {path, u"the endpoint table names no payload type for this list"_s};
    return false;
}

bool decodePayloadObject(
    Payload payload, const QJsonValue &object, const QString &path, QVariant &value, DecodeError &error)
{
    switch (payload) {
    case Payload::User:
        return objectOf<Domain::User>(object, path, value, error);
    case Payload::UserSummary:
        return objectOf<Domain::UserSummary>(object, path, value, error);
    case Payload::Subscription:
        return objectOf<Domain::Subscription>(object, path, value, error);
    case Payload::CourseResult:
        return objectOf<Domain::CourseResult>(object, path, value, error);
    case Payload::StudentSubscription:
        return objectOf<Domain::StudentSubscription>(object, path, value, error);
    case Payload::TemplateSummary:
        return objectOf<Domain::TemplateSummary>(object, path, value, error);
    case Payload::Course:
        return objectOf<Domain::Course>(object, path, value, error);
    case Payload::CalendarItem:
        return objectOf<Domain::CalendarItem>(object, path, value, error);
    case Payload::AccessCode:
        return objectOf<Domain::AccessCode>(object, path, value, error);
    case Payload::EventParticipant:
        return objectOf<Domain::EventParticipant>(object, path, value, error);
    case Payload::SkillProfile:
        return objectOf<Domain::SkillProfile>(object, path, value, error);
    case Payload::BundleSummary:
        return objectOf<Domain::BundleSummary>(object, path, value, error);
    case Payload::BundleCourse:
        return objectOf<Domain::BundleCourse>(object, path, value, error);
    case Payload::BundleCourseSubscription:
        return objectOf<Domain::BundleCourseSubscription>(object, path, value, error);
    case Payload::None:
        break;
    }
    error = {path, u"the endpoint table names no payload type for this object"_s};
    return false;
}

bool decodeResponse(const Endpoint &endpoint, QByteArray body, QVariant &value, QJsonValue &json, DecodeError &error)
{
    value = QVariant();
    json = QJsonValue();
    // In place when `body` is the only reference (the client moves it in): no copy of the answer.
    body = std::move(body).trimmed();
    if (endpoint.response == ResponseShape::Empty && body.isEmpty())
        return true;
    if (body.isEmpty()) {
        error = {{}, u"the answer is empty; a JSON object was expected"_s};
        return false;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = {{},
            u"the answer is %1 (%2 at byte %3 of %4)"_s.arg(describeBody(body), parseError.errorString())
                .arg(parseError.offset)
                .arg(body.size())};
        return false;
    }
    body = QByteArray(); // parsed: the bytes are no longer needed
    if (!doc.isObject()) {
        error = {{}, u"the answer is a JSON %1; a JSON object was expected"_s.arg(doc.isArray() ? u"array" : u"value")};
        return false;
    }
    const QJsonObject root = doc.object();
    doc = QJsonDocument();
    json = root;

    switch (endpoint.response) {
    case ResponseShape::Empty:
        if (!root.contains(u"success")) {
            error = {{}, u"a command's answer must be empty or {\"success\":\"OK\"}"_s};
            return false;
        }
        return true;
    case ResponseShape::ResultBool: {
        JsonReader r(root, {}, error);
        if (!r.has(u"result")) {
            r.fail(u"result", u"required field is missing"_s);
            return false;
        }
        const auto b = r.optionalBoolean(u"result");
        if (!r.ok() || !b) {
            if (r.ok())
                r.fail(u"result", u"expected a boolean"_s);
            return false;
        }
        value = *b;
        return true;
    }
    case ResponseShape::ResultString: {
        JsonReader r(root, {}, error);
        const QString s = r.requiredString(u"result");
        if (r.ok() && s.isEmpty())
            r.fail(u"result", u"the value is empty"_s);
        if (!r.ok())
            return false;
        value = s;
        return true;
    }
    case ResponseShape::Object:
        return decodePayloadObject(endpoint.payload, root, {}, value, error);
    case ResponseShape::List: {
        const QString key(endpoint.listKey);
        const QJsonValue list = root.value(key);
        if (!list.isArray()) {
            error = {key,
                list.isUndefined() ? u"required list is missing"_s
                                   : u"expected an array, got "_s + JsonReader::typeName(list)};
            return false;
        }
        return decodePayloadList(endpoint.payload, list.toArray(), key, value, error);
    }
    }
    error = {{}, u"unknown response shape"_s};
    return false;
}

} // namespace Springdesk::Api
