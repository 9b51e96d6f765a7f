#pragma once

#include <QString>

namespace Springdesk::Domain {

// A single-use SSO login token (getLoginToken {"result": "<token>"}, contract 2.11). Only the
// most recent token of a user is valid. Treat it like a secret: never log it.
struct LoginToken
{
    QString userId; // whom it was requested for (filled by the caller; the API does not echo it)
    QString token;

    bool operator==(const LoginToken &) const = default;
};

} // namespace Springdesk::Domain
