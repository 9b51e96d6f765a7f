#pragma once

#include "core/domain/usersummary.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Springdesk::Domain {

// A participant of a bookable event (getBookableEventSubscriptions.users[]; shape fixed in
// core/api/endpoints.h): a user list entry plus attendance and score.
struct EventParticipant
{
    UserSummary user;
    std::optional<bool> attended; // absent until assessed
    QString score; // as sent; empty when not scored
    QDateTime subscribeDateTime;

    bool operator==(const EventParticipant &) const = default;
};

} // namespace Springdesk::Domain
