#pragma once

#include <QDate>
#include <QString>

namespace Springdesk::Domain {

// A course (getCourses.courses[], getCourse; contract 2.5). getCourse also works on templates.
struct Course
{
    QString id;
    QString uid;
    QString name;
    QString title;
    QString description;
    bool isTemplate = false;
    QString templateUid; // getCourse only
    bool active = false;
    bool archived = false;
    QString reseller;
    QString type;
    QString accessType;
    QDate startDate;
    QDate expireDate;
    QString expireInterval; // as sent (a number of days or a code like "1y")
    bool teachersAllowed = false;
    QString teacherGroup; // instructor group external ID
    QString mentorGroup; // observer group external ID

    bool operator==(const Course &) const = default;
};

} // namespace Springdesk::Domain
