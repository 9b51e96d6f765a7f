// springdesk-cli sync, driven in-process against the real springdesk-sandbox.
#include "app/cli/synccommand.h"
#include "core/store/cachedatabase.h"
#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Cli;
using namespace Qt::StringLiterals;

class TestSyncCommand : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    using Run = Testing::CliRun;

    static Run run(const QStringList &args, bool terminal)
    {
        return Testing::runCli(QStringList{u"sync"_s} + args, terminal);
    }

    // requests the sandbox has seen in all (its control endpoint)
    int serverRequests(const Testing::SandboxProcess &sandbox)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(sandbox.controlUrl().resolved(QUrl(u"counters"_s))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
            return -1;
        const int total = QJsonDocument::fromJson(reply->readAll()).object().value(u"total"_s).toInt();
        delete reply;
        return total;
    }
    int serverRequests() { return serverRequests(m_sandbox); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
    }

    void syncsWithProgressAndSummary()
    {
        const QString cache = m_dir.filePath(u"cli.sqlite"_s);
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache}, true);
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u"calls made"_s) && r.out.contains(u"rows written"_s) && r.out.contains(u"0 errors"_s),
            qPrintable(r.out));
        QVERIFY2(r.err.contains(u'\r') && r.err.contains(u"user details"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_sandbox.apiKey()));
        QVERIFY(!r.out.contains(m_sandbox.apiKey()));
        Store::CacheDatabase db(cache);
        QVERIFY(!db.open());
        auto c = db.openConnection();
        QVERIFY(Store::UserRepository(c->database()).totalCount() > 100);

        // within the TTL: nothing to do; no progress line when stderr is not a terminal
        const Run again = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache}, false);
        QCOMPARE(again.code, int(ExitOk));
        QVERIFY2(again.out.contains(u" 0 calls made"_s), qPrintable(again.out));
        QVERIFY(!again.err.contains(u'\r'));
    }

    // Issue 9 item 3: a second sync of the same cache does not touch the server; it says another
    // one is running and exits 5, in this process and in another one.
    void secondSyncOfTheSameCacheIsRefused()
    {
        const QString cache = m_dir.filePath(u"busy.sqlite"_s);
        const QStringList args{u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache, u"--full"_s};
        QLockFile running(cache + u".sync.lock"_s); // what a running sync holds
        QVERIFY(running.tryLock(0));
        const int before = serverRequests();
        const Run r = run(args, false);
        QCOMPARE(r.code, int(ExitBusy));
        QVERIFY2(r.err.contains(u"Another synchronisation of this cache is running"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"calls made"_s), qPrintable(r.out));

        QProcess other; // a real second process
        other.start(QStringLiteral(SPRINGDESK_CLI_EXE), QStringList{u"sync"_s} + args);
        QVERIFY(other.waitForFinished(60'000));
        QCOMPARE(other.exitCode(), int(ExitBusy));
        QVERIFY(other.readAllStandardError().contains("Another synchronisation of this cache is running"));
        QCOMPARE(serverRequests(), before);

        running.unlock();
        const Run free = run(args, false);
        QVERIFY2(free.code == int(ExitOk), qPrintable(free.err));
        QVERIFY(serverRequests() > before);
        QVERIFY(!QFileInfo::exists(cache + u".sync.lock"_s)); // released when the sync ended
    }

    // Issue 9 item 8: calls the open circuit breaker refused are counted apart, not as calls made.
    void callsNotSentAreCountedApart()
    {
        Testing::SandboxProcess failing;
        QString error;
        QVERIFY2(failing.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        // every user's details fail (500, not retried): the circuit opens after a few, the rest are refused
        QJsonArray statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(500);
        QNetworkAccessManager nam;
        QNetworkRequest script(failing.controlUrl().resolved(QUrl(u"faults"_s)));
        script.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *scripted = nam.post(
            script, QJsonDocument(QJsonObject{{u"function"_s, u"getUser"_s}, {u"statuses"_s, statuses}}).toJson());
        QVERIFY(QTest::qWaitFor([scripted] { return scripted->isFinished(); }, 10'000));
        QCOMPARE(scripted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete scripted;
        qputenv("SPRINGDESK_API_KEY", failing.apiKey().toUtf8());
        const QString cache = m_dir.filePath(u"circuit.sqlite"_s);
        const Run r = run({u"--url"_s, failing.apiBaseUrl().toString(), u"--cache"_s, cache, u"--full"_s}, false);
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        QVERIFY(r.code != int(ExitOk));
        static const QRegularExpression summary(u" (\\d+) calls made, (\\d+) not sent \\(circuit open"_s);
        const auto m = summary.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int made = m.captured(1).toInt();
        QVERIFY(m.captured(2).toInt() > 0);
        // every call made reached the server (with its retries); none of the others did
        QVERIFY2(made > 0 && made <= serverRequests(failing), qPrintable(r.out));
    }

    void oneResourceAndFull()
    {
        const QString cache = m_dir.filePath(u"one.sqlite"_s);
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache, u"--resource"_s,
                              u"calendar"_s, u"--full"_s, u"--ttl"_s, u"60"_s},
            false);
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u" 1 calls made"_s), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown resource")
            << QStringList{u"--resource"_s, u"bogus"_s} << u"Unknown resource \"bogus\"."_s;
        QTest::newRow("bad ttl") << QStringList{u"--ttl"_s, u"soon"_s}
                                 << u"--ttl needs a number of seconds, not \"soon\"."_s;
        QTest::newRow("missing value") << QStringList{u"--resource"_s} << u"--resource needs a value."_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"Unknown argument \"--frobnicate\"."_s;
        QTest::newRow("key on the command line")
            << QStringList{u"--api-key"_s, u"secret"_s} << u"--api-key is refused"_s;
        QTest::newRow("empty user") << QStringList{u"--user="_s} << u"--user needs a value."_s;
        QTest::newRow("missing results user")
            << QStringList{u"--results-for-user"_s} << u"--results-for-user needs a value."_s;
        QTest::newRow("user and resource") << QStringList{u"--user"_s, u"U1"_s, u"--resource"_s,
            u"users"_s} << u"--user cannot be combined with --resource: run them as separate syncs."_s;
        QTest::newRow("resource and course") << QStringList{u"--resource"_s, u"users"_s,
            u"--course=C1"_s} << u"--resource cannot be combined with --course: run them as separate syncs."_s;
        QTest::newRow("user and group") << QStringList{u"--user"_s, u"U1"_s, u"--group"_s, u"G1"_s}
                                        << u"--user cannot be combined with --group"_s;
        QTest::newRow("two courses") << QStringList{u"--course"_s, u"C1"_s, u"--course"_s, u"C2"_s}
                                     << u"--course can be given only once."_s;
        QTest::newRow("results and user") << QStringList{u"--results-for-user"_s, u"U1"_s, u"--user"_s, u"U2"_s}
                                          << u"--results-for-user cannot be combined with --user"_s;
        QTest::newRow("results and resource") << QStringList{u"--resource"_s, u"rosters"_s, u"--results-for-course"_s,
            u"C1"_s} << u"--resource cannot be combined with --results-for-course"_s;
        QTest::newRow("two results courses")
            << QStringList{u"--results-for-course"_s, u"C1"_s, u"--results-for-course"_s, u"C2"_s}
            << u"--results-for-course can be given only once."_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args, false);
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY2(r.err.startsWith(u"springdesk-cli sync: "_s + message), qPrintable(r.err));
    }

    void usageNamesTheTargetOptions()
    {
        const Run r = run({u"--help"_s}, false);
        QCOMPARE(r.code, int(ExitOk));
        for (const auto &option : {u"--user ID"_s, u"--course ID"_s, u"--group ID"_s, u"--results-for-user ID"_s,
                 u"--results-for-course ID"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
    }

    // IDs of the results options are looked up in the cache; unknown ones are named, nothing is fetched.
    void uncachedResultsIdsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("user") << QStringList{u"--results-for-user"_s, u"NO-SUCH-USER"_s}
                              << QStringList{u"User \"NO-SUCH-USER\" is not in the cache"_s};
        QTest::newRow("two users") << QStringList{u"--results-for-user=A1"_s, u"--results-for-user"_s,
            u"B2"_s} << QStringList{u"User \"A1\" is not in the cache"_s, u"User \"B2\" is not in the cache"_s};
        QTest::newRow("course") << QStringList{u"--results-for-course"_s, u"NO-SUCH-COURSE"_s}
                                << QStringList{u"Course \"NO-SUCH-COURSE\" is not in the cache"_s};
    }

    void uncachedResultsIdsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, messages);
        const QString cache = m_dir.filePath(u"empty-%1.sqlite"_s).arg(QString::fromLatin1(QTest::currentDataTag()));
        const Run r
            = run(QStringList{u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache} + args, false);
        QCOMPARE(r.code, int(ExitFailure));
        for (const auto &m : messages)
            QVERIFY2(r.err.contains(u"springdesk-cli sync: "_s + m), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"calls made"_s), qPrintable(r.out)); // no sync ran
    }

    void resultsOfACoursesLearnersOnly()
    {
        const QString cache = m_dir.filePath(u"results.sqlite"_s);
        const QStringList at{u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache};
        QCOMPARE(run(at, false).code, int(ExitOk)); // everything but results
        Store::CacheDatabase db(cache);
        QVERIFY(!db.open());
        auto c = db.openConnection();
        Store::SubscriptionRepository subs(c->database());
        QCOMPARE(subs.resultCount(), 0);
        // the course with the most learners, named by its external ID
        Domain::Course course;
        int learners = 0;
        for (const auto &candidate : Store::CourseRepository(c->database()).courses()) {
            if (!candidate.id.isEmpty() && subs.subscriptionCount(candidate.uid) > learners) {
                learners = subs.subscriptionCount(candidate.uid);
                course = candidate;
            }
        }
        QVERIFY(learners > 1);
        QSet<QString> roster;
        for (const auto &s : subs.roster(course.uid))
            roster.insert(s.userUid);
        QCOMPARE(roster.size(), learners);

        Run r = run(at + QStringList{u"--results-for-course"_s, course.id}, false);
        QCOMPARE(r.code, int(ExitOk));
        // the roster is fresh (the full sync fetched it): one getResults per learner
        QVERIFY2(r.out.contains(u" %1 calls made"_s.arg(learners)), qPrintable(r.out));
        Store::SyncMarks marks(c->database());
        QString outsider;
        const auto everyone = Store::UserRepository(c->database()).rows({}, 0, 100'000);
        QVERIFY(everyone.size() > roster.size());
        int fetched = 0;
        for (const auto &row : everyone) {
            const QString uid = row.summary.uid;
            const bool isLearner = roster.contains(uid);
            QCOMPARE(marks.fetchedAt(u"results"_s, uid).isValid(), isLearner);
            if (!isLearner) {
                QVERIFY(subs.results(uid).isEmpty());
                if (outsider.isEmpty() && !row.summary.id.isEmpty())
                    outsider = row.summary.id;
            }
            fetched += isLearner ? 1 : 0;
        }
        QCOMPARE(fetched, learners);
        int withThisCourse = 0;
        for (const auto &uid : std::as_const(roster)) {
            const auto results = subs.results(uid);
            withThisCourse += int(std::count_if(results.cbegin(), results.cend(),
                [&](const Domain::CourseResult &res) { return res.subscription.uid == course.uid; }));
        }
        QCOMPARE(withThisCourse, learners);

        // within the TTL nothing again; with --full the roster first, then every learner
        r = run(at + QStringList{u"--results-for-course"_s, course.uid}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" 0 calls made"_s), qPrintable(r.out));
        r = run(at + QStringList{u"--results-for-course"_s, course.uid, u"--full"_s}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" %1 calls made"_s.arg(learners + 2)), qPrintable(r.out));

        // one more user by external ID, together with the course (whose results are fresh)
        QVERIFY(!outsider.isEmpty());
        const QString outsiderUid = Store::UserRepository(c->database()).uidOf(outsider);
        r = run(at + QStringList{u"--results-for-user"_s, outsider, u"--results-for-course"_s, course.id}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" 1 calls made"_s), qPrintable(r.out));
        QVERIFY(marks.fetchedAt(u"results"_s, outsiderUid).isValid());
    }

    void targetedScopes()
    {
        const QString cache = m_dir.filePath(u"targeted.sqlite"_s);
        const QStringList at{u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s, cache};
        QCOMPARE(run(at + QStringList{u"--resource"_s, u"courses"_s}, false).code, int(ExitOk));
        Store::CacheDatabase db(cache);
        QVERIFY(!db.open());
        auto c = db.openConnection();
        const auto courses = Store::CourseRepository(c->database()).courses();
        QVERIFY(!courses.isEmpty());
        Domain::Course course = courses.constFirst();
        for (const auto &candidate : courses) {
            if (!candidate.teacherGroup.isEmpty())
                course = candidate;
        }
        QVERIFY(!course.teacherGroup.isEmpty());

        Run r = run(at + QStringList{u"--course"_s, course.uid}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" 2 calls made"_s), qPrintable(r.out)); // getCourse, roster
        const auto roster = Store::SubscriptionRepository(c->database()).roster(course.uid);
        QVERIFY(!roster.isEmpty());

        // a learner the roster named: details, subscriptions, results, skill profiles, bundle subscriptions
        const QString learner = roster.constFirst().userUid;
        r = run(at + QStringList{u"--user"_s, learner}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" 5 calls made"_s), qPrintable(r.out));
        QVERIFY(Store::SyncMarks(c->database()).fetchedAt(u"results"_s, learner).isValid());

        r = run(at + QStringList{u"--group"_s, course.teacherGroup}, false);
        QVERIFY2(r.code == ExitOk && r.out.contains(u" 1 calls made"_s), qPrintable(r.out));
        // a group the server does not know is said to be missing
        r = run(at + QStringList{u"--group"_s, u"NO-SUCH-GROUP"_s}, false);
        QCOMPARE(r.code, int(ExitApi));
        QVERIFY2(r.err.contains(
                     u"Group \"NO-SUCH-GROUP\" does not exist on the server; it is marked missing in the cache."_s),
            qPrintable(r.err));

        // a user the server does not know fails with a message naming the ID: an API error
        r = run(at + QStringList{u"--user"_s, u"NO-SUCH-USER"_s}, false);
        QCOMPARE(r.code, int(ExitApi));
        QVERIFY2(r.err.contains(u"User NO-SUCH-USER does not exist on the server."_s), qPrintable(r.err));
    }

    void wrongKeyIsAConnectionError()
    {
        qputenv("SPRINGDESK_API_KEY", "wrong-key");
        const Run r = run({u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--cache"_s,
                              m_dir.filePath(u"wrong.sqlite"_s), u"--resource"_s, u"users"_s},
            false);
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        QCOMPARE(r.code, int(ExitConnection));
        QVERIFY(r.err.contains(u"401"_s));
    }

    void progressLineFormat()
    {
        Store::SyncProgress p;
        p.phases = {{u"users"_s, 1, 1}, {u"user details"_s, 120, 500}};
        p.callsDone = 121;
        p.callsTotal = 501;
        p.etaMs = 12'300;
        QCOMPARE(SyncCommand::progressLine(p), u"users 1/1 · user details 120/500 · 24 % · ETA 13 s"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
