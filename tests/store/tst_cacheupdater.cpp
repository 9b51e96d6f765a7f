// CacheUpdater against the real springdesk-sandbox: after each command the cache shows the
// server's truth without a sync.
#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/cachedatabase.h"
#include "core/store/cacheupdater.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncengine.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using Api::ApiParams;
using Api::Fn;
using Api::P;
using namespace Qt::StringLiterals;

class TestCacheUpdater : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    Api::ApiClient m_client;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    std::unique_ptr<CacheUpdater> m_updater;

    // Sends a command, lets the updater apply it and waits until it has.
    bool command(Fn fn, const ApiParams &params)
    {
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QSignalSpy failed(m_updater.get(), &CacheUpdater::failed);
        Api::ApiJob *job = m_client.call(fn, params);
        m_updater->track(job);
        bool ok = false;
        bool finished = false;
        connect(job, &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            finished = true;
            ok = !j->hasError();
            if (!ok)
                qWarning("command failed: %s", qPrintable(j->error().toString()));
        });
        if (!QTest::qWaitFor(
                [&] { return finished && m_updater->pending() == 0 && (!changed.isEmpty() || !failed.isEmpty()); },
                20'000))
            return false;
        if (!failed.isEmpty())
            qWarning("updater failed: %s", qPrintable(failed.constFirst().constFirst().toString()));
        return ok && failed.isEmpty();
    }

    template <typename T> T fetch(Api::ApiJob *job)
    {
        T value{};
        bool done = false;
        connect(job, &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            if (!j->hasError())
                value = j->valueAs<T>();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            qWarning("call did not finish");
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setApiKey(m_sandbox.apiKey());
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"c.sqlite"_s));
        QVERIFY(!m_cache->open());
        // a synced cache to start from
        SyncEngine engine(m_cache->filePath());
        engine.setConnection({m_sandbox.apiBaseUrl(), m_sandbox.apiKey(), {}});
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start(SyncRequest{}));
        QVERIFY(finished.wait(120'000));
        QVERIFY(finished.constFirst().constFirst().value<SyncReport>().ok());
        m_connection = m_cache->openConnection();
        m_updater = std::make_unique<CacheUpdater>(m_connection->database(), &m_client);
    }

    void cleanupTestCase()
    {
        m_updater.reset();
        m_connection.reset();
    }

    void updateUserIsReflected()
    {
        UserRepository users(m_connection->database());
        const auto before = users.userByExternalId(u"EMP-00002"_s);
        QVERIFY(before);
        QVERIFY(command(Fn::UpdateUser, ApiParams().set(P::userID, u"EMP-00002"_s).set(P::firstName, u"Changed"_s)));
        QCOMPARE(users.userByExternalId(u"EMP-00002"_s)->firstName, u"Changed"_s);
        QCOMPARE(*users.userByExternalId(u"EMP-00002"_s), fetch<User>(m_client.getUser(u"EMP-00002"_s)));
    }

    void groupLifecycleIsTracked()
    {
        // learners to put in a new learner group
        QStringList learners;
        for (const auto &u : fetch<QList<UserSummary>>(m_client.getUsers())) {
            const auto detail = fetch<User>(m_client.getUser(u.id));
            if (detail.roles.contains(u"student"_s))
                learners << u.id;
            if (learners.size() == 3)
                break;
        }
        QCOMPARE(learners.size(), 3);
        QVERIFY(command(Fn::AddGroup,
            ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::type, u"student"_s).set(P::name, u"New group"_s)));
        KnownIdRegistry registry(m_connection->database());
        GroupRepository groups(m_connection->database());
        QVERIFY(registry.entry(KnownId::Kind::Group, u"SD-NEW"_s)->sources & KnownId::Created);
        QCOMPARE(groups.group(u"SD-NEW"_s)->name, u"New group"_s);

        QVERIFY(command(Fn::AddGroupUsers, ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::user, learners)));
        QCOMPARE(groups.memberUids(u"SD-NEW"_s).size(), 3);
        QCOMPARE(registry.entry(KnownId::Kind::Group, u"SD-NEW"_s)->state, KnownId::State::Exists);

        QVERIFY(command(Fn::DeleteGroupUsers,
            ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::user, QStringList{learners.constFirst()})));
        QCOMPARE(groups.memberUids(u"SD-NEW"_s).size(), 2);

        QVERIFY(command(Fn::DeleteGroup, ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::force, true)));
        QVERIFY(!groups.group(u"SD-NEW"_s));
        QCOMPARE(registry.entry(KnownId::Kind::Group, u"SD-NEW"_s)->state, KnownId::State::Deleted);
    }

    void subscribeIsReflected()
    {
        // a learner and a course they are not subscribed to
        UserRepository users(m_connection->database());
        SubscriptionRepository subs(m_connection->database());
        QString learner;
        for (const auto &u : fetch<QList<UserSummary>>(m_client.getUsers())) {
            if (users.userByExternalId(u.id)->roles.contains(u"student"_s)) {
                learner = u.id;
                break;
            }
        }
        QVERIFY(!learner.isEmpty());
        const QString uid = users.uidOf(learner);
        // the server's list: a full sync only sees the subscriptions of listed courses
        const auto before = fetch<QList<Subscription>>(m_client.getSubscriptions(learner, false));
        QString courseId;
        for (int i = 1; i < 50 && courseId.isEmpty(); ++i) {
            const QString candidate = u"CRS-%1"_s.arg(i, 4, 10, QChar(u'0'));
            if (std::none_of(before.cbegin(), before.cend(), [&](const Subscription &s) { return s.id == candidate; }))
                courseId = candidate;
        }
        QVERIFY(command(Fn::Subscribe, ApiParams().set(P::userID, learner).set(P::courseID, courseId)));
        auto after = subs.subscriptionsOfUser(uid);
        QCOMPARE(after.size(), before.size() + 1);
        auto server = fetch<QList<Subscription>>(m_client.getSubscriptions(learner, false));
        const auto byUid = [](const Subscription &a, const Subscription &b) { return a.uid < b.uid; };
        std::sort(after.begin(), after.end(), byUid);
        std::sort(server.begin(), server.end(), byUid);
        QCOMPARE(after.size(), server.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).uid, server.at(i).uid);
            QCOMPARE(after.at(i).name, server.at(i).name);
            QCOMPARE(after.at(i).subscribeDateTime, server.at(i).subscribeDateTime);
            QCOMPARE(after.at(i).progress, server.at(i).progress);
            QCOMPARE(after.at(i), server.at(i));
        }

        QVERIFY(command(Fn::Unsubscribe, ApiParams().set(P::userID, learner).set(P::courseID, courseId)));
        QCOMPARE(subs.subscriptionsOfUser(uid).size(), before.size());
    }

    void deleteUserIsReflected()
    {
        UserRepository users(m_connection->database());
        const int before = users.totalCount();
        QVERIFY(command(Fn::DeleteUser, ApiParams().set(P::userID, u"EMP-00499"_s)));
        QCOMPARE(users.totalCount(), before - 1);
        QVERIFY(users.uidOf(u"EMP-00499"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCacheUpdater)
#include "tst_cacheupdater.moc"
