#pragma once

#include "core/domain/resultpart.h"
#include "core/domain/subscription.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Springdesk::Domain {

// A learner's result in one course (getResults.courses[], contract 2.4): every subscription
// field plus completion, grade and per-activity parts.
struct CourseResult
{
    Subscription subscription;
    bool completed = false;
    QDate completeDate;
    QString grade;
    bool passed = false;
    QDate gradeDate;
    QDate lastTrainingCompletedDate;
    QDateTime lastTrainingCompletedDateTime;
    QList<ResultPart> parts;

    bool operator==(const CourseResult &) const = default;
};

} // namespace Springdesk::Domain
