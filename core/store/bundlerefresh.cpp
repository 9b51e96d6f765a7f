#include "core/store/bundlerefresh.h"

#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/catalogrepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/sqlhelpers.h"
#include "core/store/storelogging.h"
#include "core/store/subscriptionrepository.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

// How many users a failure message names before it only counts the rest.
constexpr int NamedFailures = 5;

} // namespace

using Api::ApiJob;
using Api::ApiParams;
using Api::Fn;
using Api::P;

BundleRefresh::BundleRefresh(QSqlDatabase db, Api::ApiClient *client, Fn command, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_command(command)
{ }

BundleRefresh *BundleRefresh::forGroup(
    QSqlDatabase db, Api::ApiClient *client, Fn command, const QString &groupId, QObject *parent)
{
    auto *refresh = new BundleRefresh(std::move(db), client, command, parent);
    refresh->m_groupId = groupId;
    return refresh;
}

BundleRefresh *BundleRefresh::forUser(
    QSqlDatabase db, Api::ApiClient *client, Fn command, const Domain::UserSummary &user, QObject *parent)
{
    auto *refresh = new BundleRefresh(std::move(db), client, command, parent);
    refresh->m_users = {user};
    return refresh;
}

QString BundleRefresh::commandName() const
{
    return QString(Api::endpoint(m_command).function);
}

void BundleRefresh::start()
{
    if (m_groupId.isEmpty())
        fetchSubscriptions();
    else
        connect(m_client->getGroupUsers(m_groupId), &ApiJob::finished, this, &BundleRefresh::onMembers);
}

void BundleRefresh::onMembers(ApiJob *job)
{
    if (job->hasError()) {
        finish(tr("After %1, re-reading the members of group %2 failed: %3 The cache was not changed.")
                   .arg(commandName(), m_groupId, job->error().userText()));
        return;
    }
    m_users = job->valueAs<QList<Domain::UserSummary>>();
    fetchSubscriptions();
}

void BundleRefresh::fetchSubscriptions()
{
    m_waiting = int(m_users.size()) * 2;
    if (m_waiting == 0) {
        const StoreError e = write();
        finish(e ? storeFailure(e) : QString());
        return;
    }
    for (const auto &user : std::as_const(m_users)) {
        const QString uid = user.uid;
        const ApiParams params = ApiParams().set(P::userUID, uid);
        connect(m_client->call(Fn::GetBundleCourseSubscriptions, params), &ApiJob::finished, this,
            [this, uid](ApiJob *j) { onUserAnswer(uid, j); });
        connect(m_client->call(Fn::GetSubscriptions, ApiParams(params).set(P::skipStats, false)), &ApiJob::finished,
            this, [this, uid](ApiJob *j) { onUserAnswer(uid, j); });
    }
}

void BundleRefresh::onUserAnswer(const QString &uid, ApiJob *job)
{
    if (job->hasError()) {
        const auto user = std::find_if(
            m_users.cbegin(), m_users.cend(), [&](const Domain::UserSummary &u) { return u.uid == uid; });
        const QString name = user == m_users.cend() || user->id.isEmpty() ? uid : user->id;
        if (!m_failedUsers.contains(name))
            m_failedUsers << name;
        if (m_firstFailure.isEmpty())
            m_firstFailure = job->error().userText();
    } else if (job->function() == Fn::GetBundleCourseSubscriptions) {
        m_bundleSubscriptions.insert(uid, job->valueAs<QList<Domain::BundleCourseSubscription>>());
    } else {
        m_subscriptions.insert(uid, job->valueAs<QList<Domain::Subscription>>());
    }
    if (--m_waiting > 0)
        return;
    if (m_failedUsers.isEmpty()) {
        const StoreError e = write();
        finish(e ? storeFailure(e) : QString());
    } else if (m_groupId.isEmpty()) {
        finish(tr("After %1, re-reading the subscriptions of %2 failed: %3 The cache was not changed.")
                   .arg(commandName(), m_failedUsers.constFirst(), m_firstFailure));
    } else {
        const QStringList named = m_failedUsers.mid(0, NamedFailures);
        const int more = int(m_failedUsers.size()) - int(named.size());
        const QString who
            = more > 0 ? tr("%1 and %n more", nullptr, more).arg(named.join(u", "_s)) : named.join(u", "_s);
        finish(tr("After %1, re-reading the subscriptions of %n member(s) of group %2 failed (%3): %4 The cache "
                  "was not changed.",
            nullptr, int(m_failedUsers.size()))
                   .arg(commandName(), m_groupId, who, m_firstFailure));
    }
}

StoreError BundleRefresh::write()
{
    const QDateTime at = Sql::cacheNow();
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (!m_groupId.isEmpty()) {
        if (auto e = GroupRepository(m_db).storeGroupAnswer(m_groupId, m_users, at))
            return e;
    }
    SubscriptionRepository subscriptions(m_db);
    CatalogRepository catalog(m_db);
    for (const auto &user : std::as_const(m_users)) {
        if (auto e = subscriptions.replaceUserSubscriptions(user.uid, m_subscriptions.value(user.uid), at))
            return e;
        if (auto e = catalog.replaceBundleSubscriptions(user.uid, m_bundleSubscriptions.value(user.uid), at))
            return e;
    }
    if (auto e = tx.commit())
        return e;
    m_keys = m_groupId.isEmpty() ? QStringList() : QStringList{m_groupId};
    for (const auto &user : std::as_const(m_users))
        m_keys << user.uid;
    return {};
}

QString BundleRefresh::storeFailure(const StoreError &error) const
{
    qCWarning(lcStore) << "cache update after" << commandName() << "failed:" << error.sqlError;
    return tr("The cache could not be updated after %1: %2").arg(commandName(), error.message);
}

void BundleRefresh::finish(const QString &errorText)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorText = errorText;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace Springdesk::Store
