// Sync against the real springdesk-sandbox (--seed demo): after a full sync the cache holds what
// the sandbox holds; a second sync within the TTL makes no calls; a cancelled sync keeps what it
// had and the next one resumes.
#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/cachedatabase.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/subenvironmentrepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncengine.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncTimeoutMs = 120'000;

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    Api::ApiClient m_client; // the test's own view of the sandbox
    QNetworkAccessManager m_nam;

    SyncConnection connection() const
    {
        SyncConnection c;
        c.baseUrl = m_sandbox.apiBaseUrl();
        c.apiKey = m_sandbox.apiKey();
        c.clientConfig.maxInFlight = 8;
        return c;
    }

    // Runs an API call of the test's client and returns its value.
    template <typename T> T fetch(Api::ApiJob *job)
    {
        T value{};
        bool done = false;
        QString error;
        connect(job, &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            if (j->hasError())
                error = j->error().toString();
            else
                value = j->valueAs<T>();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("call did not finish");
        if (!error.isEmpty())
            qWarning("call failed: %s", qPrintable(error));
        return value;
    }

    QJsonObject control(const QString &path, bool post)
    {
        QNetworkRequest request(m_sandbox.controlUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = post ? m_nam.post(request, QByteArray("{}")) : m_nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
            qWarning("control call did not finish");
        const auto object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }

    int requestsOf(const QJsonObject &counters, const QString &function)
    {
        return counters.value(u"requests"_s).toObject().value(function).toInt();
    }

    SyncReport runSync(const QString &path, const SyncRequest &request)
    {
        SyncEngine engine(path);
        engine.setConnection(connection());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        if (!engine.start(request))
            return {};
        if (!finished.wait(SyncTimeoutMs) && finished.isEmpty())
            qWarning("sync did not finish");
        return finished.isEmpty() ? SyncReport{} : finished.constFirst().constFirst().value<SyncReport>();
    }

    std::unique_ptr<CacheDatabase> openCache(const QString &name)
    {
        auto cache = std::make_unique<CacheDatabase>(m_dir.filePath(name));
        if (cache->open())
            return nullptr;
        return cache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        m_client.setBaseUrl(m_sandbox.apiBaseUrl());
        m_client.setApiKey(m_sandbox.apiKey());
    }

    void fullSyncMirrorsTheSandbox()
    {
        auto cache = openCache(u"full.sqlite"_s);
        QVERIFY(cache);
        const SyncReport report = runSync(cache->filePath(), SyncRequest{});
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n') + report.fatalError));
        QVERIFY(report.calls > 500);
        QVERIFY(report.rowsWritten > 500);
        QVERIFY(report.maxInFlight > 1);
        auto c = cache->openConnection();
        QVERIFY(c);
        const auto db = c->database();

        // users: the same set, and a sample of fields
        const auto users = fetch<QList<UserSummary>>(m_client.getUsers());
        QVERIFY(users.size() > 100);
        UserRepository userRepo(db);
        QCOMPARE(userRepo.totalCount(), users.size());
        QCOMPARE(userRepo.summariesNeedingDetails(QDateTime::currentDateTimeUtc().addDays(-1)).size(), 0);
        for (int i = 0; i < users.size(); i += users.size() / 7) {
            const auto server = fetch<User>(m_client.getUser(users.at(i).id));
            const auto cached = userRepo.user(users.at(i).uid);
            QVERIFY(cached);
            QCOMPARE(*cached, server);
            UserQuery byLogin;
            byLogin.text = users.at(i).login;
            const auto rows = userRepo.rows(byLogin, 0, 5);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.constFirst().summary, users.at(i));
        }

        // templates and courses
        const auto templates = fetch<QList<TemplateSummary>>(m_client.getTemplates(true));
        CourseRepository courseRepo(db);
        QCOMPARE(courseRepo.templateCount(), templates.size());
        int courseCount = 0;
        QList<Course> allCourses;
        for (const auto &t : templates) {
            const auto courses = fetch<QList<Course>>(m_client.call(Api::Fn::GetCourses,
                Api::ApiParams().set(Api::P::templateUID, t.uid).set(Api::P::includeWithoutId, true)));
            courseCount += int(courses.size());
            allCourses += courses;
        }
        QCOMPARE(courseRepo.courseCount(), courseCount);
        for (int i = 0; i < allCourses.size(); i += qMax(1, int(allCourses.size()) / 5)) {
            const auto server = fetch<Course>(
                m_client.call(Api::Fn::GetCourse, Api::ApiParams().set(Api::P::courseUID, allCourses.at(i).uid)));
            QCOMPARE(*courseRepo.course(server.uid), server);
        }

        // rosters: every course's learner count, and a sample of fields
        SubscriptionRepository subs(db);
        int subscriptionTotal = 0;
        for (int i = 0; i < allCourses.size(); ++i) {
            const auto &course = allCourses.at(i);
            const auto roster = fetch<QList<StudentSubscription>>(m_client.call(Api::Fn::GetStudentSubscriptions,
                Api::ApiParams().set(Api::P::courseUID, course.uid).set(Api::P::skipStats, false)));
            subscriptionTotal += int(roster.size());
            QCOMPARE(subs.subscriptionCount(course.uid), roster.size());
            if (i % 6 == 0 && !roster.isEmpty()) {
                const auto cached = subs.roster(course.uid);
                for (const auto &s : roster) {
                    const auto it = std::find_if(cached.cbegin(), cached.cend(),
                        [&](const StudentSubscription &x) { return x.userUid == s.userUid; });
                    QVERIFY(it != cached.cend());
                    QCOMPARE(it->subscription, s.subscription);
                }
            }
        }
        QCOMPARE(subs.subscriptionCount(), subscriptionTotal);

        // instructor and observer groups referenced by courses: members and registry state
        GroupRepository groups(db);
        KnownIdRegistry registry(db);
        const QStringList referenced = courseRepo.referencedGroups();
        QVERIFY(!referenced.isEmpty());
        for (const auto &g : referenced) {
            const auto members = fetch<QList<UserSummary>>(m_client.getGroupUsers(g));
            QStringList uids;
            for (const auto &m : members)
                uids << m.uid;
            uids.sort();
            QCOMPARE(groups.memberUids(g), uids);
            QCOMPARE(registry.entry(KnownId::Kind::Group, g)->state, KnownId::State::Exists);
        }

        // calendar, profiles, bundles
        CatalogRepository catalog(db);
        const auto events = fetch<QList<CalendarItem>>(m_client.call(Api::Fn::GetEvents));
        QVERIFY(!events.isEmpty());
        QCOMPARE(catalog.calendarItems().size(), events.size());
        for (const auto &item : catalog.calendarItems()) {
            const auto it = std::find_if(
                events.cbegin(), events.cend(), [&](const CalendarItem &x) { return x.uid == item.uid; });
            QVERIFY(it != events.cend());
            QCOMPARE(item, *it);
        }
        const auto profiles = fetch<QList<SkillProfile>>(m_client.call(Api::Fn::GetSkillProfiles));
        QCOMPARE(catalog.skillProfiles().size(), profiles.size());
        // the skill profiles of the subenvironments the courses name, met during this first sync
        SubenvironmentRepository subenvironments(db);
        for (const QString &reseller : {u"main"_s, u"academy"_s}) {
            const auto linked = fetch<QList<SkillProfile>>(
                m_client.call(Api::Fn::GetResellerSkillProfiles, Api::ApiParams().set(Api::P::resellerID, reseller)));
            QVERIFY(!linked.isEmpty());
            QStringList serverUids, cachedUids;
            for (const auto &p : linked)
                serverUids << p.uid;
            for (const auto &p : subenvironments.skillProfilesOf(reseller))
                cachedUids << p.uid;
            serverUids.sort();
            cachedUids.sort();
            QCOMPARE(cachedUids, serverUids);
            QCOMPARE(registry.entry(KnownId::Kind::Subenvironment, reseller)->state, KnownId::State::Exists);
        }
        const auto bundles = fetch<QList<BundleSummary>>(
            m_client.call(Api::Fn::GetBundles, Api::ApiParams().set(Api::P::includeWithoutId, true)));
        QCOMPARE(catalog.bundles().size(), bundles.size());
        for (const auto &b : bundles) {
            auto server = fetch<QList<BundleCourse>>(
                m_client.call(Api::Fn::GetBundleCourses, Api::ApiParams().set(Api::P::bundleUID, b.uid)));
            auto cached = catalog.bundleCourses(b.uid);
            QCOMPARE(cached.size(), server.size());
        }
    }

    void secondSyncWithinTtlMakesNoCalls()
    {
        auto cache = openCache(u"ttl.sqlite"_s);
        QVERIFY(cache);
        SyncReport first = runSync(cache->filePath(), SyncRequest{});
        QVERIFY2(first.ok(), qPrintable(first.errorMessages.join(u'\n')));
        control(u"reset"_s, true);
        SyncRequest again;
        again.ttlSeconds = 3600;
        const SyncReport second = runSync(cache->filePath(), again);
        QVERIFY(second.ok());
        QCOMPARE(second.calls, 0);
        const auto counters = control(u"counters"_s, false);
        for (const auto &fn : {u"getUser"_s, u"getCourse"_s, u"getCourses"_s, u"getStudentSubscriptions"_s,
                 u"getGroupUsers"_s, u"getBundleCourses"_s})
            QCOMPARE(requestsOf(counters, fn), 0);

        // --full refetches everything
        control(u"reset"_s, true);
        SyncRequest forced;
        forced.force = true;
        const SyncReport third = runSync(cache->filePath(), forced);
        QVERIFY(third.ok());
        QCOMPARE(third.calls, first.calls);
        QVERIFY(requestsOf(control(u"counters"_s, false), u"getUser"_s) > 100);
    }

    void cancelledSyncKeepsWhatItHadAndResumes()
    {
        auto cache = openCache(u"cancel.sqlite"_s);
        QVERIFY(cache);
        // a slower server, so the cancel lands in the middle of the user details
        Testing::SandboxProcess slow;
        QString startError;
        QVERIFY2(slow.start({u"--seed"_s, u"demo"_s, u"--latency-ms"_s, u"20"_s}, &startError), qPrintable(startError));
        SyncConnection slowConnection = connection();
        slowConnection.baseUrl = slow.apiBaseUrl();
        slowConnection.apiKey = slow.apiKey();
        int usersOnServer = 0;
        {
            SyncEngine engine(cache->filePath());
            engine.setConnection(slowConnection);
            QSignalSpy finished(&engine, &SyncEngine::finished);
            bool cancelled = false;
            connect(&engine, &SyncEngine::progress, this, [&](const SyncProgress &p) {
                for (const auto &phase : p.phases) {
                    if (phase.name == u"user details"_s && phase.done >= 60 && !cancelled) {
                        cancelled = true;
                        engine.cancel();
                    }
                }
            });
            QVERIFY(engine.start(SyncRequest{}));
            QVERIFY(finished.wait(SyncTimeoutMs));
            const auto report = finished.constFirst().constFirst().value<SyncReport>();
            QVERIFY(report.cancelled);
            QVERIFY(cancelled);
        }
        auto c = cache->openConnection();
        UserRepository users(c->database());
        usersOnServer = users.totalCount(); // the list was written before the details started
        const int missing = int(users.summariesNeedingDetails(QDateTime::currentDateTimeUtc().addDays(-1)).size());
        QVERIFY2(missing > 0 && missing < usersOnServer - 50, qPrintable(QString::number(missing)));

        control(u"reset"_s, true);
        // resumed against the fast sandbox: the same seed, so the same data
        const SyncReport resumed = runSync(cache->filePath(), SyncRequest{});
        QVERIFY2(resumed.ok(), qPrintable(resumed.errorMessages.join(u'\n')));
        // only what was missing is fetched again
        QCOMPARE(requestsOf(control(u"counters"_s, false), u"getUser"_s), missing);
        QCOMPARE(users.summariesNeedingDetails(QDateTime::currentDateTimeUtc().addDays(-1)).size(), 0);
        QCOMPARE(users.totalCount(), fetch<QList<UserSummary>>(m_client.getUsers()).size());
    }

    void targetedRefreshOfOneUser()
    {
        auto cache = openCache(u"target.sqlite"_s);
        QVERIFY(cache);
        const auto users = fetch<QList<UserSummary>>(m_client.getUsers());
        const auto subsOf
            = [&](const UserSummary &u) { return fetch<QList<Subscription>>(m_client.getSubscriptions(u.id, false)); };
        // a learner with subscriptions
        UserSummary learner;
        QList<Subscription> expected;
        for (const auto &u : users) {
            expected = subsOf(u);
            if (!expected.isEmpty()) {
                learner = u;
                break;
            }
        }
        QVERIFY(!learner.uid.isEmpty());
        SyncRequest request;
        request.scope = SyncRequest::Scope::User;
        request.target = learner.id;
        const SyncReport report = runSync(cache->filePath(), request);
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        // getUser, getSubscriptions, getResults, getStudentSkillProfiles, getBundleCourseSubscriptions
        QCOMPARE(report.calls, 5);
        auto c = cache->openConnection();
        QCOMPARE(UserRepository(c->database()).user(learner.uid)->login, learner.login);
        const auto cachedSubs = SubscriptionRepository(c->database()).subscriptionsOfUser(learner.uid);
        QCOMPARE(cachedSubs.size(), expected.size());
        const auto results = fetch<QList<CourseResult>>(m_client.getResults(learner.id));
        const auto cachedResults = SubscriptionRepository(c->database()).results(learner.uid);
        QCOMPARE(cachedResults.size(), results.size());
        for (const auto &r : results) {
            const auto it = std::find_if(cachedResults.cbegin(), cachedResults.cend(),
                [&](const CourseResult &x) { return x.subscription.uid == r.subscription.uid; });
            QVERIFY(it != cachedResults.cend());
            QCOMPARE(it->parts, r.parts);
            QCOMPARE(it->grade, r.grade);
        }
        // the user's skill profiles and bundle-course subscriptions, dated
        const auto profiles = fetch<QList<SkillProfile>>(
            m_client.call(Api::Fn::GetStudentSkillProfiles, Api::ApiParams().set(Api::P::userUID, learner.uid)));
        const auto cachedProfiles = CatalogRepository(c->database()).profilesOfUser(learner.uid);
        QCOMPARE(cachedProfiles.size(), profiles.size());
        for (const auto &p : profiles)
            QVERIFY(std::any_of(cachedProfiles.cbegin(), cachedProfiles.cend(),
                [&p](const SkillProfile &x) { return x.uid == p.uid && x.name == p.name; }));
        const auto bundles = fetch<QList<BundleCourseSubscription>>(
            m_client.call(Api::Fn::GetBundleCourseSubscriptions, Api::ApiParams().set(Api::P::userUID, learner.uid)));
        QCOMPARE(CatalogRepository(c->database()).bundleSubscriptionsOfUser(learner.uid).size(), bundles.size());
        SyncMarks marks(c->database());
        QVERIFY(marks.fetchedAt(u"userProfiles"_s, learner.uid).isValid());
        QVERIFY(marks.fetchedAt(u"bundleSubscriptions"_s, learner.uid).isValid());
    }

    void targetedRefreshOfOneCourseAndOneGroup()
    {
        auto cache = openCache(u"course.sqlite"_s);
        QVERIFY(cache);
        const auto course = fetch<Course>(m_client.getCourse(u"CRS-0001"_s));
        QVERIFY(!course.uid.isEmpty());
        SyncRequest request;
        request.scope = SyncRequest::Scope::Course;
        request.target = course.id;
        const SyncReport report = runSync(cache->filePath(), request);
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        QCOMPARE(report.calls, 2); // getCourse, getStudentSubscriptions
        auto c = cache->openConnection();
        QCOMPARE(*CourseRepository(c->database()).course(course.uid), course);
        const auto roster = fetch<QList<StudentSubscription>>(m_client.getStudentSubscriptions(course.id, false));
        QCOMPARE(SubscriptionRepository(c->database()).subscriptionCount(course.uid), roster.size());

        request.scope = SyncRequest::Scope::Group;
        request.target = course.teacherGroup;
        QVERIFY(!request.target.isEmpty());
        const SyncReport group = runSync(cache->filePath(), request);
        QVERIFY(group.ok());
        QCOMPARE(group.calls, 1);
        QCOMPARE(GroupRepository(c->database()).memberUids(course.teacherGroup).size(),
            fetch<QList<UserSummary>>(m_client.getGroupUsers(course.teacherGroup)).size());
    }

    // A profiles sync asks every known subenvironment for its skill profiles: a tracked one the
    // server does not know is marked missing (not an error); within the TTL only that one is asked
    // again.
    void subenvironmentProfilesAndMissingSubenvironments()
    {
        auto cache = openCache(u"subenvironments.sqlite"_s);
        QVERIFY(cache);
        auto c = cache->openConnection();
        QVERIFY(c);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        KnownIdRegistry registry(c->database());
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"academy"_s, KnownId::TrackedByHand, at));
        QVERIFY(!registry.record(KnownId::Kind::Subenvironment, u"ghost"_s, KnownId::TrackedByHand, at));
        const SkillProfile stale{u"SP-X"_s, u"sp-x"_s, u"Stale"_s, {}};
        QVERIFY(!SubenvironmentRepository(c->database()).replaceSkillProfiles(u"ghost"_s, {stale}, at.addDays(-2)));

        SyncRequest request;
        request.resources = {SyncRequest::Resource::Profiles};
        const SyncReport report = runSync(cache->filePath(), request);
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        QCOMPARE(report.calls, 3); // getSkillProfiles, then academy and ghost
        QCOMPARE(registry.entry(KnownId::Kind::Subenvironment, u"academy"_s)->state, KnownId::State::Exists);
        QCOMPARE(registry.entry(KnownId::Kind::Subenvironment, u"ghost"_s)->state, KnownId::State::Missing);
        SubenvironmentRepository subenvironments(c->database());
        QCOMPARE(subenvironments.skillProfilesOf(u"academy"_s).size(), 3);
        // the stale profile went with getSkillProfiles' complete list, and its link with it
        QVERIFY(subenvironments.skillProfilesOf(u"ghost"_s).isEmpty());

        const SyncReport again = runSync(cache->filePath(), request);
        QVERIFY(again.ok());
        QCOMPARE(again.calls, 1); // ghost, which never answered, is asked again
    }

    void resultsOfACoursesLearnersOnDemand()
    {
        auto cache = openCache(u"results.sqlite"_s);
        QVERIFY(cache);
        QVERIFY(runSync(cache->filePath(), SyncRequest{}).ok());
        auto c = cache->openConnection();
        SubscriptionRepository subs(c->database());
        QCOMPARE(subs.resultCount(), 0); // a full sync does not fetch results
        // the course with the most learners
        QString courseUid;
        int most = 0;
        for (const auto &course : CourseRepository(c->database()).courses()) {
            if (subs.subscriptionCount(course.uid) > most) {
                most = subs.subscriptionCount(course.uid);
                courseUid = course.uid;
            }
        }
        QVERIFY(most > 0);
        SyncRequest request;
        request.scope = SyncRequest::Scope::Results;
        request.resultsForCourse = courseUid;
        const SyncReport report = runSync(cache->filePath(), request);
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        QCOMPARE(report.calls, most); // one getResults per learner
        int withThisCourse = 0;
        for (const auto &learner : subs.roster(courseUid)) {
            const auto results = subs.results(learner.userUid);
            withThisCourse += int(std::count_if(results.cbegin(), results.cend(),
                [&](const CourseResult &r) { return r.subscription.uid == courseUid; }));
        }
        QCOMPARE(withThisCourse, most);
        // within the TTL nothing is fetched again
        QCOMPARE(runSync(cache->filePath(), request).calls, 0);
    }

    // A course's roster, then its learners' results: two requests, one run with one report.
    void sequenceIsOneRun()
    {
        auto cache = openCache(u"sequence.sqlite"_s);
        QVERIFY(cache);
        SyncRequest coursesOnly;
        coursesOnly.resources = {SyncRequest::Resource::Courses};
        QVERIFY(runSync(cache->filePath(), coursesOnly).ok());
        auto c = cache->openConnection();
        const auto courses = CourseRepository(c->database()).courses();
        QVERIFY(!courses.isEmpty());
        SubscriptionRepository subs(c->database());
        QCOMPARE(subs.subscriptionCount(), 0); // no rosters yet

        SyncRequest roster;
        roster.scope = SyncRequest::Scope::Course;
        roster.target = courses.constFirst().uid;
        SyncRequest results;
        results.scope = SyncRequest::Scope::Results;
        results.resultsForCourse = roster.target;
        SyncEngine engine(cache->filePath());
        engine.setConnection(connection());
        QVERIFY(!engine.start(QList<SyncRequest>{})); // nothing to run
        QSignalSpy started(&engine, &SyncEngine::started);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start(QList<SyncRequest>{roster, results}));
        QVERIFY(engine.isRunning());
        QVERIFY(!engine.start(results)); // one run at a time, also between its requests
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
        QCOMPARE(started.count(), 1);
        QVERIFY(!engine.isRunning());
        const auto report = finished.constFirst().constFirst().value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        // the second request planned from what the first wrote: one getResults per learner
        const auto learners = subs.roster(roster.target);
        QVERIFY(!learners.isEmpty());
        QCOMPARE(report.calls, 2 + int(learners.size()));
        const SyncMarks marks(c->database());
        for (const auto &l : learners)
            QVERIFY(marks.fetchedAt(u"results"_s, l.userUid).isValid());

        // cancelled in the first request: the second does not run, the report says cancelled
        roster.force = true;
        results.force = true;
        finished.clear();
        QVERIFY(engine.start(QList<SyncRequest>{roster, results}));
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
        QVERIFY(finished.constFirst().constFirst().value<SyncReport>().cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!engine.isRunning());
    }

    void unknownGroupIsMarkedMissing()
    {
        auto cache = openCache(u"registry.sqlite"_s);
        QVERIFY(cache);
        {
            auto c = cache->openConnection();
            KnownIdRegistry registry(c->database());
            QVERIFY(!registry.record(
                KnownId::Kind::Group, u"NO-SUCH-GROUP"_s, KnownId::TrackedByHand, QDateTime::currentDateTimeUtc()));
        }
        SyncRequest request;
        request.resources = {SyncRequest::Resource::Groups};
        const SyncReport report = runSync(cache->filePath(), request);
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n')));
        auto c = cache->openConnection();
        const auto entry = KnownIdRegistry(c->database()).entry(KnownId::Kind::Group, u"NO-SUCH-GROUP"_s);
        QVERIFY(entry);
        QCOMPARE(entry->state, KnownId::State::Missing);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
