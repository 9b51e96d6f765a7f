// CacheUpdater against the real springdesk-sandbox: after each command the cache shows the
// server's truth without a sync.
#include "core/api/apiclient.h"
#include "core/domain/metatypes.h"
#include "core/store/cachedatabase.h"
#include "core/store/cacheupdater.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/grouprepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncengine.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonArray>
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

    // Sends a call without the updater seeing it (the cache does not learn of it).
    bool send(Fn fn, const ApiParams &params)
    {
        bool ok = false;
        bool done = false;
        connect(m_client.call(fn, params), &Api::ApiJob::finished, this, [&](Api::ApiJob *j) {
            ok = !j->hasError();
            if (!ok)
                qWarning("call failed: %s", qPrintable(j->error().toString()));
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
    }

    // A learner the cache has never seen.
    bool createLearner(const QString &id)
    {
        return send(Fn::AddUser,
            ApiParams()
                .set(P::userID, id)
                .set(P::login, id)
                .set(P::firstName, u"New"_s)
                .set(P::lastName, id)
                .set(P::role, QStringList{u"student"_s}));
    }

    // Scripts a fault on the sandbox's control endpoint (/__sandbox/faults).
    bool script(const QByteArray &path, const QJsonObject &body)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(m_sandbox.controlUrl().resolved(QUrl(QString::fromLatin1(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
        const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 20'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return finished && status == 200;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    static QStringList uidsOf(const QList<UserSummary> &users)
    {
        QStringList out;
        for (const auto &u : users)
            out << u.uid;
        return sorted(out);
    }

    // What a failed update must leave alone: the known groups and the cached groups with their members.
    QStringList groupSnapshot()
    {
        QStringList out;
        for (const auto &k : KnownIdRegistry(m_connection->database()).entries(KnownId::Kind::Group))
            out << u"known %1 %2 %3"_s.arg(k.externalId).arg(k.sources).arg(int(k.state));
        GroupRepository groups(m_connection->database());
        for (const auto &g : groups.groups())
            out << u"group %1: %2"_s.arg(g.id, sorted(groups.memberUids(g.id)).join(u' '));
        return out;
    }

    // An instructor of the course: a member of its instructor group.
    QString instructorOf(const Course &course)
    {
        const auto teachers = fetch<QList<UserSummary>>(m_client.getGroupUsers(course.teacherGroup));
        return teachers.isEmpty() ? QString() : teachers.constFirst().id;
    }

    // The cached (bundle-course) subscriptions of a user equal the server's.
    void compareSubscriptions(const QString &uid)
    {
        CatalogRepository catalog(m_connection->database());
        SubscriptionRepository subs(m_connection->database());
        const auto byUid = [](const auto &a, const auto &b) { return a.uid < b.uid; };
        const ApiParams user = ApiParams().set(P::userUID, uid);
        auto bundles = fetch<QList<BundleCourseSubscription>>(m_client.call(Fn::GetBundleCourseSubscriptions, user));
        std::sort(bundles.begin(), bundles.end(), byUid);
        QCOMPARE(catalog.bundleSubscriptionsOfUser(uid), bundles);
        auto server
            = fetch<QList<Subscription>>(m_client.call(Fn::GetSubscriptions, ApiParams(user).set(P::skipStats, false)));
        auto cached = subs.subscriptionsOfUser(uid);
        std::sort(server.begin(), server.end(), byUid);
        std::sort(cached.begin(), cached.end(), byUid);
        QCOMPARE(cached, server);
    }

    // A fresh cache filled by a targeted sync of one object, to compare the updated cache with.
    std::unique_ptr<CacheDatabase> freshSync(SyncRequest::Scope scope, const QString &target)
    {
        static int n = 0;
        auto cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"fresh-%1.sqlite"_s.arg(++n)));
        if (cache->open())
            return {};
        SyncEngine engine(cache->filePath());
        engine.setConnection({m_sandbox.apiBaseUrl(), m_sandbox.apiKey(), {}});
        QSignalSpy finished(&engine, &SyncEngine::finished);
        SyncRequest request;
        request.scope = scope;
        request.target = target;
        request.force = true;
        if (!engine.start({request}) || !finished.wait(60'000))
            return {};
        return cache;
    }

    // What the cache holds about the object a command touched, comparable across caches.
    static QString snapshot(QSqlDatabase db, SyncRequest::Scope scope, const QString &target)
    {
        QStringList out;
        if (scope == SyncRequest::Scope::User) {
            const auto user = UserRepository(db).userByExternalId(target);
            if (!user)
                return u"no user %1"_s.arg(target);
            out << u"user %1 %2 %3 %4 active=%5 renewable=%6 roles=%7"_s
                       .arg(user->id, user->login, user->firstName, user->lastName)
                       .arg(user->active)
                       .arg(user->renewable)
                       .arg(user->roles.join(u','));
            auto subs = SubscriptionRepository(db).subscriptionsOfUser(user->uid);
            std::sort(subs.begin(), subs.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
            for (const auto &sub : subs)
                out << u"subscription %1 start=%2 expired=%3 active=%4"_s
                           .arg(sub.uid, sub.startDate.toString(Qt::ISODate))
                           .arg(sub.expired)
                           .arg(sub.active);
        } else if (scope == SyncRequest::Scope::Group) {
            out << u"members %1"_s.arg(sorted(GroupRepository(db).memberUids(target)).join(u' '));
        } else {
            CourseRepository courses(db);
            const auto course = courses.course(courses.uidOf(target));
            if (!course)
                return u"no course %1"_s.arg(target);
            out << u"course %1 %2 active=%3 teachersAllowed=%4 start=%5 expire=%6"_s.arg(course->id, course->name)
                       .arg(course->active)
                       .arg(course->teachersAllowed)
                       .arg(course->startDate.toString(Qt::ISODate), course->expireDate.toString(Qt::ISODate));
        }
        return out.join(u'\n');
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

    // Booleans reach the cache as the server read them, whatever their spelling: before the
    // validator typed them, unset=TRUE removed the permission on the server while the cache
    // kept it.
    void booleansInEverySpelling_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<bool>("value");
        for (const auto *t : {u"TRUE", u"True", u"true", u"1", u"yes", u"ja", u"waar", u"on"})
            QTest::newRow(qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << true;
        for (const auto *t : {u"FALSE", u"0", u"nee", u"onwaar", u"off"})
            QTest::newRow(qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << false;
    }

    void booleansInEverySpelling()
    {
        QFETCH(QString, spelling);
        QFETCH(bool, value);
        UserRepository users(m_connection->database());
        CourseRepository courses(m_connection->database());
        const auto course = fetch<Course>(m_client.getCourse(u"CRS-0002"_s));
        const QString teacher = instructorOf(course);
        QVERIFY(!teacher.isEmpty());
        const QString courseUid = courses.uidOf(course.id);
        const QString teacherUid = users.uidOf(teacher);
        QVERIFY(!courseUid.isEmpty() && !teacherUid.isEmpty());

        // Start from the opposite state, then send the flag as text, as a CSV cell or the CLI would.
        const auto permission = [&](const QString &unset) {
            return ApiParams()
                .set(P::courseID, course.id)
                .set(P::teacherID, teacher)
                .set(P::permission, QStringList{u"CourseSettings"_s})
                .set(P::unset, unset);
        };
        QVERIFY(command(Fn::SetCoursePermissions, permission(value ? u"false"_s : u"true"_s)));
        QCOMPARE(courses.permissions(courseUid, teacherUid).contains(u"CourseSettings"_s), value);
        QVERIFY(command(Fn::SetCoursePermissions, permission(spelling)));
        QCOMPARE(courses.permissions(courseUid, teacherUid).contains(u"CourseSettings"_s), !value);

        // A flag the cache reads back from the server: the cached user equals a fresh getUser.
        QVERIFY(command(Fn::UpdateUser, ApiParams().set(P::userID, u"EMP-00004"_s).set(P::active, spelling)));
        const User server = fetch<User>(m_client.getUser(u"EMP-00004"_s));
        QCOMPARE(server.active, value);
        QCOMPARE(*users.userByExternalId(u"EMP-00004"_s), server);
    }

    // For the commands whose effect the cache keeps: after the command (parameters as text,
    // booleans in several spellings) the cache says what a fresh targeted sync of the same
    // object says. This is the test that would have caught unset=TRUE.
    void commandsMatchAFreshSync_data()
    {
        using S = SyncRequest::Scope;
        QTest::addColumn<int>("fn");
        QTest::addColumn<QStringList>("params"); // name=value, as text
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("target");
        const auto row = [](const char *name, Fn fn, const QStringList &params, S scope, const QString &target) {
            QTest::newRow(name) << int(fn) << params << int(scope) << target;
        };
        const auto p
            = [](P param, const QString &value) -> QString { return QString(Api::paramName(param)) + u'=' + value; };
        row("addUser", Fn::AddUser,
            {p(P::userID, u"FS-L1"_s), p(P::login, u"fs-l1"_s), p(P::firstName, u"Fresh"_s), p(P::lastName, u"Sync"_s),
                p(P::role, u"student"_s), p(P::active, u"1"_s), p(P::renewable, u"Ja"_s)},
            S::User, u"FS-L1"_s);
        row("updateUser", Fn::UpdateUser,
            {p(P::userID, u"FS-L1"_s), p(P::firstName, u"Again"_s), p(P::active, u"NEE"_s)}, S::User, u"FS-L1"_s);
        row("addOrUpdateUser", Fn::AddOrUpdateUser,
            {p(P::userID, u"FS-L1"_s), p(P::lastName, u"Later"_s), p(P::active, u"True"_s), p(P::renewable, u"off"_s)},
            S::User, u"FS-L1"_s);
        row("addUserRoles", Fn::AddUserRoles,
            {p(P::userID, u"FS-L1"_s), p(P::role, u"Author"_s), p(P::ignoreDuplicates, u"TRUE"_s)}, S::User,
            u"FS-L1"_s);
        row("subscribe", Fn::Subscribe,
            {p(P::userID, u"FS-L1"_s), p(P::courseID, u"CRS-0001"_s), p(P::startDate, u"2026-09-01"_s),
                p(P::notify, u"FALSE"_s)},
            S::User, u"FS-L1"_s);
        row("updateSubscription", Fn::UpdateSubscription,
            {p(P::userID, u"FS-L1"_s), p(P::courseID, u"CRS-0001"_s), p(P::expireDate, u"2027-06-30"_s),
                p(P::active, u"onwaar"_s)},
            S::User, u"FS-L1"_s);
        row("unsubscribe", Fn::Unsubscribe, {p(P::userID, u"FS-L1"_s), p(P::courseID, u"CRS-0001"_s)}, S::User,
            u"FS-L1"_s);
        row("addGroup", Fn::AddGroup, {p(P::groupID, u"FS-G1"_s), p(P::type, u"STUDENT"_s), p(P::name, u"Fresh"_s)},
            S::Group, u"FS-G1"_s);
        row("addGroupUsers", Fn::AddGroupUsers,
            {p(P::groupID, u"FS-G1"_s), p(P::user, u"FS-L1"_s), p(P::ignoreDuplicates, u"yes"_s),
                p(P::notify, u"no"_s)},
            S::Group, u"FS-G1"_s);
        row("deleteGroupUsers", Fn::DeleteGroupUsers,
            {p(P::groupID, u"FS-G1"_s), p(P::user, u"FS-L1"_s), p(P::ignoreMissing, u"WAAR"_s)}, S::Group, u"FS-G1"_s);
        row("updateCourse", Fn::UpdateCourse,
            {p(P::courseID, u"CRS-0003"_s), p(P::name, u"Fresh course"_s), p(P::active, u"FALSE"_s),
                p(P::teachersAllowed, u"ja"_s), p(P::expireDate, u"2027-12-31"_s)},
            S::Course, u"CRS-0003"_s);
        row("deleteUser", Fn::DeleteUser, {p(P::userID, u"FS-L1"_s)}, S::User, u"FS-L1"_s);
    }

    void commandsMatchAFreshSync()
    {
        QFETCH(int, fn);
        QFETCH(QStringList, params);
        QFETCH(int, scope);
        QFETCH(QString, target);
        ApiParams given;
        for (const QString &assignment : std::as_const(params)) {
            const P p = Api::paramFromName(assignment.section(u'=', 0, 0));
            const QString value = assignment.section(u'=', 1);
            if (Api::endpoint(Fn(fn)).spec(p) && Api::endpoint(Fn(fn)).spec(p)->isArray())
                given.append(p, value);
            else
                given.set(p, value); // text, as a form, the CLI or a CSV cell gives it
        }
        QVERIFY(command(Fn(fn), given));
        const auto fresh = freshSync(SyncRequest::Scope(scope), target);
        QVERIFY(fresh);
        auto connection = fresh->openConnection();
        QCOMPARE(snapshot(m_connection->database(), SyncRequest::Scope(scope), target),
            snapshot(connection->database(), SyncRequest::Scope(scope), target));
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

        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QVERIFY(command(Fn::AddGroupUsers, ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::user, learners)));
        QCOMPARE(groups.memberUids(u"SD-NEW"_s).size(), 3);
        // one change: the group, and its members as users
        QCOMPARE(changed.size(), 1);
        auto change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(change.fn, Fn::AddGroupUsers);
        QCOMPARE(change.areas(), (QList<CacheChange::Area>{CacheChange::Area::Groups, CacheChange::Area::Users}));
        QCOMPARE(change.keys(CacheChange::Area::Groups), QStringList{u"SD-NEW"_s});
        QCOMPARE(sorted(change.keys(CacheChange::Area::Users)), sorted(groups.memberUids(u"SD-NEW"_s)));
        QVERIFY(!change.touches(CacheChange::Area::Courses));
        QCOMPARE(registry.entry(KnownId::Kind::Group, u"SD-NEW"_s)->state, KnownId::State::Exists);

        const QStringList allThree = groups.memberUids(u"SD-NEW"_s);
        changed.clear();
        QVERIFY(command(Fn::DeleteGroupUsers,
            ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::user, QStringList{learners.constFirst()})));
        QCOMPARE(groups.memberUids(u"SD-NEW"_s).size(), 2);
        // the one who left is among the users touched
        change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(sorted(change.keys(CacheChange::Area::Users)), sorted(allThree));

        const QStringList remaining = groups.memberUids(u"SD-NEW"_s);
        changed.clear();
        QVERIFY(command(Fn::DeleteGroup, ApiParams().set(P::groupID, u"SD-NEW"_s).set(P::force, true)));
        change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(change.keys(CacheChange::Area::Groups), QStringList{u"SD-NEW"_s});
        QCOMPARE(sorted(change.keys(CacheChange::Area::Users)), sorted(remaining)); // no longer members
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

    void teacherStudentGroupsAreReflected()
    {
        UserRepository users(m_connection->database());
        CourseRepository courses(m_connection->database());
        KnownIdRegistry registry(m_connection->database());
        const auto course = fetch<Course>(m_client.getCourse(u"CRS-0001"_s));
        QVERIFY(!course.teacherGroup.isEmpty());
        const QString teacher = instructorOf(course);
        QVERIFY(!teacher.isEmpty());
        const QString courseUid = courses.uidOf(course.id);
        const QString teacherUid = users.uidOf(teacher);
        QVERIFY(!courseUid.isEmpty() && !teacherUid.isEmpty());
        // a learner group with a learner of the course the cache has never seen (both done behind its back)
        const QString group = u"GRP-0001"_s;
        const QString fresh = u"SD-TSG-NEW"_s;
        QVERIFY(createLearner(fresh));
        QVERIFY(send(Fn::Subscribe, ApiParams().set(P::userID, fresh).set(P::courseID, course.id)));
        QVERIFY(send(Fn::AddGroupUsers, ApiParams().set(P::groupID, group).set(P::user, QStringList{fresh})));
        QVERIFY(users.uidOf(fresh).isEmpty());
        const QStringList before = sorted(courses.teacherStudents(courseUid, teacherUid));

        const ApiParams params
            = ApiParams().set(P::courseID, course.id).set(P::teacherID, teacher).set(P::group, QStringList{group});
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QVERIFY(command(Fn::AddTeacherStudentGroups, params));
        QCOMPARE(changed.size(), 1);
        const auto change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(change.keys(CacheChange::Area::Courses), QStringList{courseUid});
        QCOMPARE(change.keys(CacheChange::Area::Groups), QStringList{group});
        QCOMPARE(change.keys(CacheChange::Area::Users), QStringList{teacherUid});
        const QString freshUid = users.uidOf(fresh);
        QVERIFY(!freshUid.isEmpty());
        QVERIFY(!before.contains(freshUid));
        const auto linked = fetch<QList<UserSummary>>(
            m_client.call(Fn::GetTeacherStudents, ApiParams().set(P::teacherID, teacher).set(P::courseID, course.id)));
        QVERIFY(uidsOf(linked).contains(freshUid));
        QCOMPARE(sorted(courses.teacherStudents(courseUid, teacherUid)), uidsOf(linked));
        QVERIFY(registry.entry(KnownId::Kind::Group, group)->sources & KnownId::Referenced);

        QVERIFY(command(Fn::DeleteTeacherStudentGroups, params));
        const auto unlinked = fetch<QList<UserSummary>>(
            m_client.call(Fn::GetTeacherStudents, ApiParams().set(P::teacherID, teacher).set(P::courseID, course.id)));
        QVERIFY(!uidsOf(unlinked).contains(freshUid));
        QCOMPARE(sorted(courses.teacherStudents(courseUid, teacherUid)), uidsOf(unlinked));
    }

    void groupBundleSubscriptionIsReflected()
    {
        UserRepository users(m_connection->database());
        GroupRepository groups(m_connection->database());
        CatalogRepository catalog(m_connection->database());
        SubscriptionRepository subs(m_connection->database());
        const QString group = u"GRP-0002"_s; // a learner group
        const QString bundleCourse = u"BC-1-1"_s;
        const QString fresh = u"SD-BND-NEW"_s;
        QVERIFY(createLearner(fresh));
        QVERIFY(send(Fn::AddGroupUsers, ApiParams().set(P::groupID, group).set(P::user, QStringList{fresh})));
        QVERIFY(users.uidOf(fresh).isEmpty());

        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QVERIFY(
            command(Fn::SubscribeGroupBundleCourse, ApiParams().set(P::groupID, group).set(P::bundleID, bundleCourse)));
        QCOMPARE(changed.size(), 1); // reported once, with the group and every member
        const auto change = changed.constFirst().constFirst().value<CacheChange>();
        using Area = CacheChange::Area;
        QCOMPARE(change.areas(), (QList<Area>{Area::Bundles, Area::Groups, Area::Users, Area::Subscriptions}));
        const auto members = fetch<QList<UserSummary>>(m_client.getGroupUsers(group));
        QVERIFY(members.size() > 1);
        QCOMPARE(sorted(change.keys(Area::Bundles)), sorted(QStringList{group} + uidsOf(members)));
        QCOMPARE(change.keys(Area::Groups), QStringList{group});
        QCOMPARE(sorted(change.keys(Area::Users)), uidsOf(members));
        QCOMPARE(sorted(change.keys(Area::Subscriptions)), uidsOf(members));
        QCOMPARE(sorted(groups.memberUids(group)), uidsOf(members));
        const QString freshUid = users.uidOf(fresh);
        QVERIFY(uidsOf(members).contains(freshUid));

        for (const auto &m : members) {
            const auto bundles = catalog.bundleSubscriptionsOfUser(m.uid);
            QVERIFY(std::any_of(bundles.cbegin(), bundles.cend(),
                [&](const BundleCourseSubscription &b) { return b.id == bundleCourse; }));
            compareSubscriptions(m.uid);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void bundleSubscriptionIsReflected()
    {
        // a new learner, cached through the updater, without subscriptions
        UserRepository users(m_connection->database());
        CatalogRepository catalog(m_connection->database());
        SubscriptionRepository subs(m_connection->database());
        const QString bundleCourse = u"BC-3-2"_s;
        const QString learner = u"SD-BUNDLE-ONE"_s;
        QVERIFY(command(Fn::AddUser,
            ApiParams()
                .set(P::userID, learner)
                .set(P::login, learner)
                .set(P::lastName, learner)
                .set(P::role, QStringList{u"student"_s})));
        const QString uid = users.uidOf(learner);
        QVERIFY(!uid.isEmpty());
        QVERIFY(subs.subscriptionsOfUser(uid).isEmpty());
        const ApiParams params = ApiParams().set(P::userID, learner).set(P::bundleID, bundleCourse);
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QVERIFY(command(Fn::SubscribeBundleCourse, params));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!subs.subscriptionsOfUser(uid).isEmpty()); // the bundle course's courses
        const auto change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(change.keys(CacheChange::Area::Bundles), QStringList{uid});
        QCOMPARE(change.keys(CacheChange::Area::Subscriptions), QStringList{uid});
        QVERIFY(!change.touches(CacheChange::Area::Groups)); // one user, no group
        const auto bundles = catalog.bundleSubscriptionsOfUser(uid);
        QVERIFY(std::any_of(
            bundles.cbegin(), bundles.cend(), [&](const BundleCourseSubscription &b) { return b.id == bundleCourse; }));
        compareSubscriptions(uid);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(command(Fn::UnsubscribeBundleCourse, params));
        QCOMPARE(catalog.bundleSubscriptionsOfUser(uid).size(), bundles.size() - 1);
        compareSubscriptions(uid);
    }

    void groupBundleFailureWritesNothing()
    {
        // the command succeeds, but re-reading one member's bundle subscriptions fails
        UserRepository users(m_connection->database());
        const QString group = u"GRP-0005"_s; // a learner group
        const QString fresh = u"SD-BND-FAIL"_s;
        QVERIFY(createLearner(fresh));
        QVERIFY(send(Fn::AddGroupUsers, ApiParams().set(P::groupID, group).set(P::user, QStringList{fresh})));
        QVERIFY(script("faults",
            {{u"function"_s, QString(Api::endpoint(Fn::GetBundleCourseSubscriptions).function)},
                {u"statuses"_s, QJsonArray{404}}}));
        const QStringList before = groupSnapshot();
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QSignalSpy failed(m_updater.get(), &CacheUpdater::failed);
        QVERIFY(
            !command(Fn::SubscribeGroupBundleCourse, ApiParams().set(P::groupID, group).set(P::bundleID, u"BC-2-1"_s)));
        QVERIFY(script("faults/clear", {}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(changed.size(), 0);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(group) && message.contains(u"1 member"_s), qPrintable(message));
        QCOMPARE(groupSnapshot(), before);
        QVERIFY(users.uidOf(fresh).isEmpty());
    }

    void failureLeavesCacheUnchanged_data()
    {
        QTest::addColumn<Fn>("fn");
        QTest::addColumn<ApiParams>("params");
        QTest::addColumn<QString>("expected");
        const ApiParams links = ApiParams().set(P::group, QStringList{u"GRP-0001"_s});
        QTest::newRow("group does not exist")
            << Fn::SubscribeGroupBundleCourse
            << ApiParams().set(P::groupID, u"GRP-NOPE"_s).set(P::bundleID, u"BC-1-1"_s)
            << u"members of group GRP-NOPE failed"_s;
        QTest::newRow("instructor not cached")
            << Fn::AddTeacherStudentGroups
            << ApiParams(links).set(P::courseID, u"CRS-0001"_s).set(P::teacherID, u"NOBODY"_s)
            << u"The learners of NOBODY in CRS-0001 are not in the cache"_s;
        QTest::newRow("user not cached") << Fn::SubscribeBundleCourse
                                         << ApiParams().set(P::userID, u"NOBODY"_s).set(P::bundleID, u"BC-1-1"_s)
                                         << u"User NOBODY is not in the cache"_s;
        QTest::newRow("course not cached")
            << Fn::DeleteTeacherStudentGroups
            << ApiParams(links).set(P::courseID, u"CRS-NOPE"_s).set(P::teacherID, u"EMP-00002"_s)
            << u"The learners of EMP-00002 in CRS-NOPE are not in the cache"_s;
    }

    void failureLeavesCacheUnchanged()
    {
        // apply() as after a command that succeeded, while the server or the cache says otherwise
        QFETCH(Fn, fn);
        QFETCH(ApiParams, params);
        QFETCH(QString, expected);
        const QStringList before = groupSnapshot();
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QSignalSpy failed(m_updater.get(), &CacheUpdater::failed);
        m_updater->apply(fn, params);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
        QTRY_COMPARE(m_updater->pending(), 0);
        QCOMPARE(changed.size(), 0);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(groupSnapshot(), before);
    }

    void deleteUserIsReflected()
    {
        UserRepository users(m_connection->database());
        GroupRepository groups(m_connection->database());
        const int before = users.totalCount();
        const QString uid = users.uidOf(u"EMP-00499"_s);
        QVERIFY(!uid.isEmpty());
        // a member of a group the cache knows, so the change has a group to name
        QVERIFY(command(
            Fn::AddGroupUsers, ApiParams().set(P::groupID, u"GRP-0002"_s).set(P::user, QStringList{u"EMP-00499"_s})));
        const QStringList memberOf = groups.groupsOfUser(uid);
        QVERIFY(memberOf.contains(u"GRP-0002"_s));
        QSignalSpy changed(m_updater.get(), &CacheUpdater::changed);
        QVERIFY(command(Fn::DeleteUser, ApiParams().set(P::userID, u"EMP-00499"_s)));
        QCOMPARE(users.totalCount(), before - 1);
        QVERIFY(users.uidOf(u"EMP-00499"_s).isEmpty());
        QVERIFY(groups.groupsOfUser(uid).isEmpty());
        // one change names every area the user's row took along
        QCOMPARE(changed.size(), 1);
        using Area = CacheChange::Area;
        const auto change = changed.constFirst().constFirst().value<CacheChange>();
        QCOMPARE(change.keys(Area::Users), QStringList{u"EMP-00499"_s});
        QCOMPARE(sorted(change.keys(Area::Groups)), sorted(memberOf));
        QCOMPARE(change.keys(Area::Subscriptions), QStringList{uid});
        QVERIFY(change.touches(Area::Profiles) && change.touches(Area::Bundles) && change.touches(Area::Courses));
        QVERIFY(!change.touches(Area::AccessCodes));
    }

    void cacheChangeMergesAreas()
    {
        using Area = CacheChange::Area;
        CacheChange change(Fn::AddGroupUsers, Area::Groups, {u"G1"_s});
        change.add(Area::Users, {u"u1"_s, u"u2"_s})
            .add(Area::Groups, {u"G1"_s, u"G2"_s, QString()})
            .touch(Area::Profiles);
        change.add(Area::Courses, {}).add(Area::Calendar, {QString()}); // no rows: no entry
        QCOMPARE(change.areas(), (QList<Area>{Area::Groups, Area::Users, Area::Profiles}));
        QCOMPARE(change.keys(Area::Groups), (QStringList{u"G1"_s, u"G2"_s})); // merged, not repeated, no empty key
        QCOMPARE(change.keys(Area::Users), (QStringList{u"u1"_s, u"u2"_s}));
        QVERIFY(change.touches(Area::Profiles));
        QVERIFY(change.keys(Area::Profiles).isEmpty());
        QVERIFY(!change.touches(Area::Courses));
        QVERIFY(change.touchesAny({Area::Courses, Area::Users}));
        QVERIFY(!change.touchesAny({Area::Courses, Area::Calendar}));
        QVERIFY(CacheChange().areas().isEmpty());
        // the command's own area is there even without keys
        QCOMPARE(CacheChange(Fn::AddEvent, Area::Calendar).areas(), QList<Area>{Area::Calendar});
    }
};

QTEST_GUILESS_MAIN(TestCacheUpdater)
#include "tst_cacheupdater.moc"
