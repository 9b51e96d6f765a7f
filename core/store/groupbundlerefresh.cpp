#include "core/store/groupbundlerefresh.h"

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

// How many members a failure message names before it only counts the rest.
constexpr int NamedFailures = 5;

QString command()
{
    return QString(Api::endpoint(Api::Fn::SubscribeGroupBundleCourse).function);
}

} // namespace

using Api::ApiJob;
using Api::ApiParams;
using Api::Fn;
using Api::P;

GroupBundleRefresh::GroupBundleRefresh(QSqlDatabase db, Api::ApiClient *client, QString groupId, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_client(client)
    , m_groupId(std::move(groupId))
{ }

void GroupBundleRefresh::start()
{
    connect(m_client->getGroupUsers(m_groupId), &ApiJob::finished, this, &GroupBundleRefresh::onMembers);
}

void GroupBundleRefresh::onMembers(ApiJob *job)
{
    if (job->hasError()) {
        finish(tr("After %1, re-reading the members of group %2 failed: %3 The cache was not changed.")
                   .arg(command(), m_groupId, job->error().userText()));
        return;
    }
    m_members = job->valueAs<QList<Domain::UserSummary>>();
    m_waiting = int(m_members.size()) * 2;
    if (m_waiting == 0) {
        const StoreError e = write();
        finish(e ? storeFailure(e) : QString());
        return;
    }
    for (const auto &member : std::as_const(m_members)) {
        const QString uid = member.uid;
        const ApiParams params = ApiParams().set(P::userUID, uid);
        connect(m_client->call(Fn::GetBundleCourseSubscriptions, params), &ApiJob::finished, this,
            [this, uid](ApiJob *j) { onMemberAnswer(uid, j); });
        connect(m_client->call(Fn::GetSubscriptions, ApiParams(params).set(P::skipStats, false)), &ApiJob::finished,
            this, [this, uid](ApiJob *j) { onMemberAnswer(uid, j); });
    }
}

void GroupBundleRefresh::onMemberAnswer(const QString &uid, ApiJob *job)
{
    if (job->hasError()) {
        const auto member = std::find_if(
            m_members.cbegin(), m_members.cend(), [&](const Domain::UserSummary &m) { return m.uid == uid; });
        const QString name = member == m_members.cend() || member->id.isEmpty() ? uid : member->id;
        if (!m_failedMembers.contains(name))
            m_failedMembers << name;
        if (m_firstFailure.isEmpty())
            m_firstFailure = job->error().userText();
    } else if (job->function() == Fn::GetBundleCourseSubscriptions) {
        m_bundleSubscriptions.insert(uid, job->valueAs<QList<Domain::BundleCourseSubscription>>());
    } else {
        m_subscriptions.insert(uid, job->valueAs<QList<Domain::Subscription>>());
    }
    if (--m_waiting > 0)
        return;
    if (!m_failedMembers.isEmpty()) {
        QStringList named = m_failedMembers.mid(0, NamedFailures);
        const int more = int(m_failedMembers.size()) - int(named.size());
        const QString who
            = more > 0 ? tr("%1 and %n more", nullptr, more).arg(named.join(u", "_s)) : named.join(u", "_s);
        finish(tr("After %1, re-reading the subscriptions of %n member(s) of group %2 failed (%3): %4 The cache "
                  "was not changed.",
            nullptr, int(m_failedMembers.size()))
                   .arg(command(), m_groupId, who, m_firstFailure));
        return;
    }
    const StoreError e = write();
    finish(e ? storeFailure(e) : QString());
}

StoreError GroupBundleRefresh::write()
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = GroupRepository(m_db).replaceMembers(m_groupId, m_members, at))
        return e;
    KnownIdRegistry registry(m_db);
    if (!registry.entry(KnownId::Kind::Group, m_groupId)) {
        if (auto e = registry.record(KnownId::Kind::Group, m_groupId, KnownId::Referenced, at))
            return e;
    }
    if (auto e = registry.markChecked(KnownId::Kind::Group, m_groupId, true, at))
        return e;
    SubscriptionRepository subscriptions(m_db);
    CatalogRepository catalog(m_db);
    for (const auto &member : std::as_const(m_members)) {
        if (auto e = subscriptions.replaceUserSubscriptions(member.uid, m_subscriptions.value(member.uid), at))
            return e;
        if (auto e = catalog.replaceBundleSubscriptions(member.uid, m_bundleSubscriptions.value(member.uid), at))
            return e;
    }
    if (auto e = tx.commit())
        return e;
    m_keys = QStringList{m_groupId};
    for (const auto &member : std::as_const(m_members))
        m_keys << member.uid;
    return {};
}

QString GroupBundleRefresh::storeFailure(const StoreError &error)
{
    qCWarning(lcStore) << "cache update after" << command() << "failed:" << error.sqlError;
    return tr("The cache could not be updated after %1: %2").arg(command(), error.message);
}

void GroupBundleRefresh::finish(const QString &errorText)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorText = errorText;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace Springdesk::Store
