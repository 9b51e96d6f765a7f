#pragma once

#include "core/domain/resultattempt.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Springdesk::Domain {

// The result of one activity of a course (getResults.courses[].parts[]).
struct ResultPart
{
    QString id; // activity external ID
    QString uid;
    QString name;
    QString type;
    QString subType;
    QString blockName;
    bool completed = false;
    QDate completeDate;
    QDateTime completeDateTime;
    QString score; // as sent, e.g. "85" or "7.5"; empty when not scored
    bool passed = false;
    QList<ResultAttempt> attempts;

    bool operator==(const ResultPart &) const = default;
};

} // namespace Springdesk::Domain
