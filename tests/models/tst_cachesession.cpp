// CacheSession opens a profile's cache on a worker thread: the GUI thread is told it is
// opening, a profile switch during an open ends with the right cache open, a recovery is
// reported exactly once (also when the open that did it was superseded), the worker leaves no
// SQL connection behind, and a sync asked for while opening starts when the cache is open.
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "models/activitylog.h"
#include "models/cachesession.h"
#include "models/connectionstatus.h"
#include "models/jobregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;

namespace {

struct Session
{
    Session()
    {
        config = std::make_unique<Settings::Config>(
            std::make_unique<QSettings>(dir.filePath(u"springdesk.ini"_s), QSettings::IniFormat));
        profiles = std::make_unique<Settings::ProfileStore>(config.get());
        secrets = std::make_unique<Secrets::ProfileSecrets>(profiles.get(), &keyring, &sessionKeys);
        a = Settings::ConnectionProfile::create(u"A"_s, QUrl(u"http://127.0.0.1:1/api/"_s), Settings::ProfileTag::Test);
        b = Settings::ConnectionProfile::create(u"B"_s, QUrl(u"http://127.0.0.1:1/api/"_s), Settings::ProfileTag::Test);
        profiles->add(a);
        profiles->add(b);
        profiles->setActive(a.id);
        session = std::make_unique<CacheSession>(profiles.get(), secrets.get(), &status, &log);
        session->setCacheDirectory(dir.filePath(u"cache"_s));
    }

    QString path(const Settings::ConnectionProfile &p) const { return session->cacheFilePath(p.id); }

    bool damage(const Settings::ConnectionProfile &p) const
    {
        QDir().mkpath(QFileInfo(path(p)).absolutePath());
        QFile garbage(path(p));
        if (!garbage.open(QIODevice::WriteOnly))
            return false;
        garbage.write(QByteArray(8192, 'x'));
        return true;
    }

    bool fill(const Settings::ConnectionProfile &p, int users) const
    {
        Store::CacheDatabase cache(path(p));
        if (cache.open())
            return false;
        auto connection = cache.openConnection();
        QList<Domain::UserSummary> list;
        for (int i = 0; i < users; ++i)
            list.append({u"X%1"_s.arg(i), u"uid-%1"_s.arg(i), u"Person %1"_s.arg(i), u"p%1"_s.arg(i),
                u"p%1@example.org"_s.arg(i), true});
        return !Store::UserRepository(connection->database()).upsertSummaries(list, QDateTime::currentDateTimeUtc());
    }

    int logCount(const QString &text) const
    {
        int n = 0;
        for (const auto &entry : log.entries())
            n += entry.message.contains(text) ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    std::unique_ptr<Settings::Config> config;
    Secrets::MemorySecretStore keyring;
    Secrets::MemorySecretStore sessionKeys;
    std::unique_ptr<Secrets::ProfileSecrets> secrets;
    std::unique_ptr<Settings::ProfileStore> profiles;
    Models::ActivityLog log;
    Models::ConnectionStatus status;
    Settings::ConnectionProfile a;
    Settings::ConnectionProfile b;
    Models::JobRegistry jobs;
    std::unique_ptr<CacheSession> session; // last: destroyed first
};

QStringList changedPaths(const QSignalSpy &spy)
{
    QStringList paths;
    for (const auto &args : spy)
        paths << args.at(0).toString();
    return paths;
}

} // namespace

class TestCacheSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnAWorkerThread()
    {
        Session s;
        QVERIFY(s.fill(s.a, 10));
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        QSignalSpy opening(s.session.get(), &CacheSession::openingChanged);
        QSignalSpy changed(s.session.get(), &CacheSession::cacheChanged);
        s.session->activate();
        // activate() returned before the check ran: the GUI thread is only told it is opening
        QVERIFY(s.session->isOpening());
        QCOMPARE(s.session->currentCacheFile(), QString());
        QCOMPARE(opening.count(), 1);
        QCOMPARE(opening.at(0).at(0).toBool(), true);
        QTRY_VERIFY(!s.session->isOpening());
        QCOMPARE(s.session->currentCacheFile(), s.path(s.a));
        QCOMPARE(opening.count(), 2);
        QCOMPARE(opening.at(1).at(0).toBool(), false);
        QCOMPARE(changedPaths(changed), QStringList{s.path(s.a)});
        // the worker's connections were closed and removed in the worker
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

    void switchDuringOpenEndsWithTheRightCache()
    {
        Session s;
        QVERIFY(s.damage(s.a));
        QVERIFY(s.fill(s.b, 3));
        QSignalSpy changed(s.session.get(), &CacheSession::cacheChanged);
        QSignalSpy recovered(s.session.get(), &CacheSession::cacheRecovered);
        QSignalSpy opening(s.session.get(), &CacheSession::openingChanged);
        s.session->activate(); // opens A (damaged) on the worker …
        QVERIFY(s.session->isOpening());
        s.profiles->setActive(s.b.id); // … and B is wanted before A's open can answer
        QTRY_COMPARE(s.session->currentCacheFile(), s.path(s.b));
        QVERIFY(!s.session->isOpening());
        QCOMPARE(changedPaths(changed), QStringList{s.path(s.b)}); // A was never announced
        QCOMPARE(opening.count(), 2); // one "opening" state from A's start to B's end
        // A's open did repair the file, but A is not shown: nothing reported yet
        QCOMPARE(recovered.count(), 0);
        const QDir folder(QFileInfo(s.path(s.a)).absolutePath());
        QCOMPARE(folder.entryList({QFileInfo(s.path(s.a)).fileName() + u".damaged-*"_s}, QDir::Files).size(), 1);

        // back to A: the recovery is reported now, once
        s.profiles->setActive(s.a.id);
        QTRY_COMPARE(s.session->currentCacheFile(), s.path(s.a));
        QCOMPARE(recovered.count(), 1);
        const QString notice = recovered.at(0).at(0).toString();
        QVERIFY2(notice.contains(QFileInfo(s.path(s.a)).fileName() + u".damaged-"_s), qPrintable(notice));
        QCOMPARE(s.logCount(notice), 1);
        s.profiles->setActive(s.b.id);
        QTRY_COMPARE(s.session->currentCacheFile(), s.path(s.b));
        s.profiles->setActive(s.a.id);
        QTRY_COMPARE(s.session->currentCacheFile(), s.path(s.a));
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(s.logCount(notice), 1);
    }

    void switchAwayAndBackDuringOneOpen()
    {
        Session s;
        QVERIFY(s.damage(s.a));
        QSignalSpy changed(s.session.get(), &CacheSession::cacheChanged);
        QSignalSpy recovered(s.session.get(), &CacheSession::cacheRecovered);
        s.session->activate();
        s.profiles->setActive(s.b.id);
        s.profiles->setActive(s.a.id); // A again before its open answered: that open is kept
        QTRY_VERIFY(!s.session->isOpening());
        QCOMPARE(s.session->currentCacheFile(), s.path(s.a));
        QCOMPARE(changedPaths(changed), QStringList{s.path(s.a)});
        QCOMPARE(recovered.count(), 1);
    }

    void recoveryIsReportedOnce()
    {
        Session s;
        QVERIFY(s.damage(s.a));
        QSignalSpy recovered(s.session.get(), &CacheSession::cacheRecovered);
        s.session->activate();
        QTRY_COMPARE(s.session->currentCacheFile(), s.path(s.a));
        QCOMPARE(recovered.count(), 1);
        s.session->setCacheDirectory(s.dir.filePath(u"cache"_s)); // same file: stays open, no reopen
        QVERIFY(!s.session->isOpening());
        QCOMPARE(recovered.count(), 1);
    }

    void syncAskedWhileOpeningStartsWhenOpen()
    {
        Session s;
        QSignalSpy finished(s.session.get(), &CacheSession::syncFinished);
        s.session->activate();
        QVERIFY(s.session->isOpening());
        QVERIFY(s.session->synchronise(false));
        QCOMPARE(s.logCount(u"The synchronisation starts when the local cache is open."_s), 1);
        QVERIFY(!s.session->synchronise(false)); // one waits at most
        // once open it starts: the profile has no key, so it ends at once with that error
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!s.session->isOpening());
        QCOMPARE(s.logCount(u"Cannot synchronise “A”"_s), 1);
    }

    // Issue 9 item 3: while another process synchronises the same cache, the GUI's sync does not
    // start and the activity log says why.
    void anotherSyncOfTheSameCacheIsReported()
    {
        Session s;
        s.keyring.write(
            Secrets::ProfileSecrets::entryName(s.a.id, s.a.baseUrl), u"0f9a3c1e-5b7d-4e2a-9c8b-1d2e3f4a5b6c"_s);
        QSignalSpy finished(s.session.get(), &CacheSession::syncFinished);
        s.session->activate();
        QTRY_VERIFY(!s.session->isOpening());
        QLockFile otherSync(s.path(s.a) + u".sync.lock"_s);
        QVERIFY(otherSync.tryLock(0));
        QVERIFY(s.session->synchronise(false));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(s.logCount(u"Another synchronisation of this cache is running"_s), 1);
    }

    void waitingSyncCanBeCancelled()
    {
        Session s;
        QSignalSpy finished(s.session.get(), &CacheSession::syncFinished);
        QSignalSpy started(s.session.get(), &CacheSession::syncStarted);
        s.session->activate();
        QVERIFY(s.session->fetchResults({u"uid-1"_s}));
        s.session->cancel();
        QCOMPARE(s.logCount(u"The synchronisation that was waiting for the local cache was cancelled."_s), 1);
        QTRY_VERIFY(!s.session->isOpening());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(started.count(), 0);
        QCOMPARE(s.logCount(u"Cannot synchronise"_s), 0); // it did not start
    }

    // Every run is a job of the Jobs panel, and every way it ends ends the job.
    void jobFollowsTheRun_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text"); // in the detail or the error
        QTest::newRow("cancelled while waiting for the cache")
            << u"cancel"_s << int(Models::JobState::Cancelled) << u"Cancelled before it started."_s;
        QTest::newRow("no key") << u"nokey"_s << int(Models::JobState::Failed) << u"key"_s;
        QTest::newRow("another sync holds the cache")
            << u"locked"_s << int(Models::JobState::Failed) << u"Another synchronisation of this cache"_s;
        QTest::newRow("profile switched while waiting")
            << u"switch"_s << int(Models::JobState::Cancelled) << u"the profile changed"_s;
    }

    void jobFollowsTheRun()
    {
        QFETCH(QString, scenario);
        QFETCH(int, state);
        QFETCH(QString, text);
        Session s;
        s.session->setJobRegistry(&s.jobs);
        if (scenario == "locked"_L1) {
            s.keyring.write(
                Secrets::ProfileSecrets::entryName(s.a.id, s.a.baseUrl), u"0f9a3c1e-5b7d-4e2a-9c8b-1d2e3f4a5b6c"_s);
        }
        QLockFile otherSync(s.path(s.a) + u".sync.lock"_s);
        s.session->activate();
        if (scenario == "locked"_L1) {
            QTRY_VERIFY(!s.session->isOpening());
            QVERIFY(otherSync.tryLock(0));
        }
        QVERIFY(s.session->fetchResults({u"uid-1"_s, u"uid-2"_s}));
        QCOMPARE(s.jobs.jobs().size(), 1);
        const Models::Job job = s.jobs.jobs().constFirst();
        QVERIFY2(job.title.startsWith(u"Results of 2 user"_s), qPrintable(job.title)); // no .qm loaded here
        QCOMPARE(job.kind, Models::JobKind::Results);
        QVERIFY(job.cancellable);
        if (scenario == "cancel"_L1) {
            QCOMPARE(job.state, Models::JobState::Queued);
            QVERIFY(s.jobs.cancel(job.id));
        } else if (scenario == "switch"_L1) {
            QVERIFY(s.session->isOpening());
            s.profiles->setActive(s.b.id);
        }
        QTRY_VERIFY(!s.jobs.job(job.id)->isActive());
        const Models::Job ended = *s.jobs.job(job.id);
        QCOMPARE(int(ended.state), state);
        const QString said = ended.state == Models::JobState::Failed ? ended.error : ended.detail;
        QVERIFY2(said.contains(text), qPrintable(said));
        QVERIFY(ended.finishedAt.isValid());
        QVERIFY(!s.session->isSyncing());
        QCOMPARE(s.jobs.jobs().size(), 1); // one job per run
    }

    void courseResultsNeedACachedCourse()
    {
        Session s;
        QVERIFY(!s.session->fetchCourseResults(u"C1"_s)); // no cache yet
        s.session->activate();
        QVERIFY(!s.session->fetchCourseResults(u"C1"_s));
        QCOMPARE(s.logCount(u"The local cache is still being opened"_s), 1);
        QTRY_VERIFY(!s.session->isOpening());
        QVERIFY(!s.session->fetchCourseResults(u"NO-SUCH-COURSE"_s));
        QCOMPARE(s.logCount(u"Course NO-SUCH-COURSE is not in the local cache"_s), 1);
        QVERIFY(!s.session->fetchResults({}));
        QVERIFY(!s.session->isSyncing());
    }
};

QTEST_GUILESS_MAIN(TestCacheSession)
#include "tst_cachesession.moc"
