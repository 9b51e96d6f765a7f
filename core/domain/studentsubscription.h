#pragma once

#include "core/domain/subscription.h"

namespace Springdesk::Domain {

// One learner of a course (getStudentSubscriptions.students[], contract 2.4). The entry carries
// the subscription fields, but its id/uid/name are the learner's, not the course's; they are
// moved to userId/userUid/userName and subscription.id/uid/name stay empty.
struct StudentSubscription
{
    QString userId;
    QString userUid;
    QString userName;
    QString login; // when the server sends it
    QString email; // when the server sends it
    Subscription subscription;

    bool operator==(const StudentSubscription &) const = default;
};

} // namespace Springdesk::Domain
