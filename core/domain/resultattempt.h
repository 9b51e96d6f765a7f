#pragma once

#include "core/domain/resultcriterion.h"
#include "core/domain/resultterm.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Springdesk::Domain {

// One attempt at an activity (getResults … parts[].attempts[]).
struct ResultAttempt
{
    int attemptNumber = 0;
    QDate startDate;
    QDateTime startDateTime;
    bool completed = false;
    QDate completeDate;
    QDateTime completeDateTime;
    QDate expireDate;
    QString progress; // as sent; the API's format for attempts is not documented
    QString score; // as sent (the API sends scores as strings, sometimes as numbers)
    bool passed = false;
    QList<ResultTerm> terms;
    QList<ResultCriterion> criteria;

    bool operator==(const ResultAttempt &) const = default;
};

} // namespace Springdesk::Domain
