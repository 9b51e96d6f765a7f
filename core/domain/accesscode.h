#pragma once

#include <QString>

namespace Springdesk::Domain {

// One access code of an access-code group (addAccessCodes.codes[]; shape fixed in
// core/api/endpoints.h).
struct AccessCode
{
    QString code;
    QString user; // external ID of the learner it is linked to; empty when none
    bool used = false;

    bool operator==(const AccessCode &) const = default;
};

} // namespace Springdesk::Domain
