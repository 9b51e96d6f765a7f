#pragma once

#include "core/api/endpoints.h"
#include "core/domain/bundlecoursesubscription.h"
#include "core/domain/subscription.h"
#include "core/domain/usersummary.h"
#include "core/store/storeerror.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

namespace Springdesk::Api {
class ApiClient;
class ApiJob;
} // namespace Springdesk::Api

namespace Springdesk::Store {

// The re-fetch after a bundle-course command. For a group (subscribeGroupBundleCourse) first the
// group's members (getGroupUsers); then every member's, or the one user's, bundle-course
// subscriptions (getBundleCourseSubscriptions) and course subscriptions (getSubscriptions: the
// sandbox subscribes a learner to the courses of the bundle course too; the contract is silent, so
// both are re-read). All calls go through the client, which caps concurrency itself. Nothing is
// written until every answer is in; then the members (through GroupRepository::replaceMembers, as
// the sync does) and all subscriptions are written in one transaction. Finishes exactly once:
// without error, keys() holds the group (if any) and the user UIDs; otherwise the cache is
// unchanged and errorText() says what went wrong. Deletes itself after finished().
class BundleRefresh final : public QObject
{
    Q_OBJECT

public:
    // After `command` (subscribeGroupBundleCourse) on the group.
    static BundleRefresh *forGroup(
        QSqlDatabase db, Api::ApiClient *client, Api::Fn command, const QString &groupId, QObject *parent);
    // After `command` (subscribeBundleCourse, unsubscribeBundleCourse) on one cached user.
    static BundleRefresh *forUser(
        QSqlDatabase db, Api::ApiClient *client, Api::Fn command, const Domain::UserSummary &user, QObject *parent);

    void start();

    bool hasError() const { return !m_errorText.isEmpty(); }
    // Empty unless hasError(): names the group or the users whose re-read failed, or the cache's error.
    const QString &errorText() const { return m_errorText; }
    // The group ID (if any) and the UIDs of the users.
    const QStringList &keys() const { return m_keys; }
    Api::Fn command() const { return m_command; }
    // The group of forGroup(), else empty.
    const QString &groupId() const { return m_groupId; }

Q_SIGNALS:
    void finished(Springdesk::Store::BundleRefresh *refresh);

private:
    BundleRefresh(QSqlDatabase db, Api::ApiClient *client, Api::Fn command, QObject *parent);

    QString commandName() const;
    void onMembers(Api::ApiJob *job);
    void fetchSubscriptions();
    void onUserAnswer(const QString &uid, Api::ApiJob *job);
    StoreError write();
    QString storeFailure(const StoreError &error) const;
    void finish(const QString &errorText);

    QSqlDatabase m_db;
    Api::ApiClient *m_client;
    Api::Fn m_command;
    QString m_groupId; // empty for one user
    QList<Domain::UserSummary> m_users;
    QHash<QString, QList<Domain::BundleCourseSubscription>> m_bundleSubscriptions; // by user UID
    QHash<QString, QList<Domain::Subscription>> m_subscriptions; // by user UID
    QStringList m_failedUsers; // external IDs (UIDs when without one), in answer order
    QString m_firstFailure;
    int m_waiting = 0;
    QStringList m_keys;
    QString m_errorText;
    bool m_finished = false;
};

} // namespace Springdesk::Store
