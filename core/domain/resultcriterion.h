#pragma once

#include <QString>

namespace Springdesk::Domain {

// An assessment criterion of an attempt (getResults … attempts[].criteria[]).
struct ResultCriterion
{
    QString id;
    QString name;
    int maxScore = 0;
    int score = 0;

    bool operator==(const ResultCriterion &) const = default;
};

} // namespace Springdesk::Domain
