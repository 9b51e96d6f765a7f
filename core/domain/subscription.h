#pragma once

#include "core/domain/progress.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Springdesk::Domain {

// A learner's subscription to a course (getSubscriptions.courses[], contract 2.4). id/uid/name
// are the course's. The statistics are absent when the call was made with skipStats=true.
struct Subscription
{
    QString id; // course external ID
    QString uid; // course UID
    QString name; // course name
    QString reseller;
    bool active = false;
    QDate subscribeDate;
    QDateTime subscribeDateTime;
    QDate startDate;
    QDateTime startDateTime;
    bool finished = false;
    bool expired = false;
    std::optional<Progress> progress;
    std::optional<double> knowledgeIntake;
    std::optional<double> efficiency;
    std::optional<double> objectivesProgress; // also read from "objectiveProgress"

    bool operator==(const Subscription &) const = default;
};

} // namespace Springdesk::Domain
