#pragma once

#include <QString>

namespace Springdesk::Domain {

// A scored term of an attempt (getResults … attempts[].terms[]).
struct ResultTerm
{
    QString name;
    int score = 0;
    int maxScore = 0;
    int threshold = 0;

    bool operator==(const ResultTerm &) const = default;
};

} // namespace Springdesk::Domain
