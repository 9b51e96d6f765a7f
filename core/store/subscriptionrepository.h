#pragma once

#include "core/domain/courseresult.h"
#include "core/domain/studentsubscription.h"
#include "core/domain/subscription.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace Springdesk::Store {

// All SQL about subscriptions and course results (with parts and attempts).
class SubscriptionRepository final
{
public:
    explicit SubscriptionRepository(QSqlDatabase db);

    // getStudentSubscriptions(course): the course's learners replace the cached ones. The course
    // must be cached; unknown learners are added from the answer.
    StoreError replaceCourseRoster(
        const QString &courseUid, const QList<Domain::StudentSubscription> &students, const QDateTime &fetchedAt);
    // getSubscriptions(user): the user's subscriptions replace the cached ones; unknown courses
    // are added from the answer. The user must be cached.
    StoreError replaceUserSubscriptions(
        const QString &userUid, const QList<Domain::Subscription> &subscriptions, const QDateTime &fetchedAt);
    // A subscription of a user (id/uid/name are the course's).
    StoreError upsertSubscription(
        const QString &userUid, const Domain::Subscription &subscription, const QDateTime &fetchedAt);
    StoreError removeSubscription(const QString &userUid, const QString &courseUid);
    // getResults(user): replaces the user's results (and updates the subscriptions they carry).
    StoreError replaceUserResults(
        const QString &userUid, const QList<Domain::CourseResult> &results, const QDateTime &fetchedAt);

    QList<Domain::Subscription> subscriptionsOfUser(const QString &userUid, StoreError *error = nullptr) const;
    QList<Domain::StudentSubscription> roster(const QString &courseUid, StoreError *error = nullptr) const;
    QList<Domain::CourseResult> results(const QString &userUid, StoreError *error = nullptr) const;
    int subscriptionCount(const QString &courseUid = {}) const;
    // Subscriptions per course UID (courses without any are absent), in one query.
    QHash<QString, int> subscriptionCounts(StoreError *error = nullptr) const;
    int resultCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
