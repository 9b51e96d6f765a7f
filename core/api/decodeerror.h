#pragma once

#include <QString>

namespace Springdesk::Api {

// Why a JSON answer could not be decoded: where (a JSON path such as
// "courses[3].parts[0].score") and what was wrong. Technical English, for logs and for the
// detail of an ApiError of kind UnexpectedResponse; never shown as the only user text.
struct DecodeError
{
    QString path;
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

} // namespace Springdesk::Api
