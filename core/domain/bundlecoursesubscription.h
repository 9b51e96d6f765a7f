#pragma once

#include <QDate>
#include <QString>

namespace Springdesk::Domain {

// A user's subscription to a bundle course (getBundleCourseSubscription, and
// getBundleCourseSubscriptions.bundleCourses[]); id/uid/name are the bundle course's.
struct BundleCourseSubscription
{
    QString id;
    QString uid;
    QString name;
    bool active = false;
    QDate startDate;
    QDate expireDate;
    bool expired = false;
    QDate subscribeDate;

    bool operator==(const BundleCourseSubscription &) const = default;
};

} // namespace Springdesk::Domain
