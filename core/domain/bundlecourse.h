#pragma once

#include "core/domain/coursereference.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Springdesk::Domain {

// A bundle course of a bundle template (getBundleCourses.bundleCourses[]).
struct BundleCourse
{
    QString id;
    QString uid;
    QString name;
    bool active = false;
    QDate startDate;
    QDate expireDate;
    QList<CourseReference> courses;

    bool operator==(const BundleCourse &) const = default;
};

} // namespace Springdesk::Domain
