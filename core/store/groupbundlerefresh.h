#pragma once

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

// The re-fetch after subscribeGroupBundleCourse. First the group's members (getGroupUsers), then
// every member's bundle-course subscriptions (getBundleCourseSubscriptions) and course
// subscriptions (getSubscriptions: subscribing to a bundle course subscribes to its courses), all
// through the client, which caps concurrency itself. Nothing is written until every answer is
// in; then the members (through GroupRepository::replaceMembers, as the sync does) and all
// subscriptions are written in one transaction. Finishes exactly once: without error, keys()
// holds the group and the member UIDs; otherwise the cache is unchanged and errorText() says what
// went wrong. Deletes itself after finished().
class GroupBundleRefresh final : public QObject
{
    Q_OBJECT

public:
    GroupBundleRefresh(QSqlDatabase db, Api::ApiClient *client, QString groupId, QObject *parent = nullptr);

    void start();

    bool hasError() const { return !m_errorText.isEmpty(); }
    // Empty unless hasError(): names the group or the members whose re-read failed, or the
    // cache's error.
    const QString &errorText() const { return m_errorText; }
    // The group ID and the UIDs of its members.
    const QStringList &keys() const { return m_keys; }

Q_SIGNALS:
    void finished(Springdesk::Store::GroupBundleRefresh *refresh);

private:
    void onMembers(Api::ApiJob *job);
    void onMemberAnswer(const QString &uid, Api::ApiJob *job);
    StoreError write();
    static QString storeFailure(const StoreError &error);
    void finish(const QString &errorText);

    QSqlDatabase m_db;
    Api::ApiClient *m_client;
    QString m_groupId;
    QList<Domain::UserSummary> m_members;
    QHash<QString, QList<Domain::BundleCourseSubscription>> m_bundleSubscriptions; // by user UID
    QHash<QString, QList<Domain::Subscription>> m_subscriptions; // by user UID
    QStringList m_failedMembers; // external IDs (UIDs when without one), in answer order
    QString m_firstFailure;
    int m_waiting = 0;
    QStringList m_keys;
    QString m_errorText;
    bool m_finished = false;
};

} // namespace Springdesk::Store
