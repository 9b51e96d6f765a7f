#pragma once

#include <QString>

namespace Springdesk::Domain {

// A course named inside another answer (e.g. the courses of a bundle course).
struct CourseReference
{
    QString id;
    QString uid;
    QString name;

    bool operator==(const CourseReference &) const = default;
};

} // namespace Springdesk::Domain
