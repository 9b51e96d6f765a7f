#pragma once

#include "core/api/decodeerror.h"
#include "core/api/endpoints.h"

#include <QByteArray>
#include <QJsonValue>
#include <QVariant>

namespace Springdesk::Api {

// Decodes the body of a successful (HTTP 200) answer of `endpoint` according to its response
// shape and payload type. The value is:
//   Empty          an invalid QVariant (the body is empty or {"success":"OK"})
//   ResultBool     bool
//   ResultString   QString (never empty)
//   Object         the payload's domain type, e.g. Domain::User
//   List           QList<payload type>, e.g. QList<Domain::UserSummary>
// `json` receives the parsed document (for `springdesk-cli call`). Returns false and fills
// `error` when the body does not have the expected structure: not JSON, truncated, an HTML
// page, a missing wrapper key or a field of the wrong type. `body` is released as soon as it has
// been parsed, so a large answer is not held as bytes and as JSON at once (move it in).
bool decodeResponse(const Endpoint &endpoint, QByteArray body, QVariant &value, QJsonValue &json, DecodeError &error);

// Decodes a JSON array of `payload` objects into a QVariant holding QList<T>.
bool decodePayloadList(
    Payload payload, const QJsonArray &array, const QString &path, QVariant &value, DecodeError &error);
// Decodes one `payload` object into a QVariant holding T.
bool decodePayloadObject(
    Payload payload, const QJsonValue &object, const QString &path, QVariant &value, DecodeError &error);

} // namespace Springdesk::Api
