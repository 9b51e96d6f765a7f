// springdesk-cli call keeps the local cache true after a command (issue 5: every command sent
// through Springdesk updates the cache), in process against the real springdesk-sandbox.
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;

class TestCallCacheUpdate : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_cache;

    using Run = Testing::CliRun;

    static Run cli(const QStringList &args) { return Testing::runCli(args); }

    QStringList connection() const { return {u"--url"_s, m_sandbox.apiBaseUrl().toString()}; }

    // first name of the cached user with this external ID
    QString cachedFirstName(const QString &id)
    {
        Store::CacheDatabase db(m_cache);
        if (db.open())
            return u"<cannot open>"_s;
        auto c = db.openConnection();
        const auto user = Store::UserRepository(c->database()).userByExternalId(id);
        return user ? user->firstName : u"<not cached>"_s;
    }

    // how many requests of `function` the sandbox has counted (its control endpoint)
    int sandboxRequests(const QString &function)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(m_sandbox.controlUrl().resolved(QUrl(u"counters"_s))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
            return -1;
        const QJsonObject counters = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return counters.value(u"requests"_s).toObject().value(function).toInt();
    }

    QString someUserId()
    {
        Store::CacheDatabase db(m_cache);
        if (db.open())
            return {};
        auto c = db.openConnection();
        QSqlQuery q(c->database());
        return q.exec(u"SELECT external_id FROM users WHERE external_id IS NOT NULL ORDER BY user_key LIMIT 1"_s)
                && q.next()
            ? q.value(0).toString()
            : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        m_cache = m_dir.filePath(u"call.sqlite"_s);
        const Run sync = cli(
            QStringList{u"sync"_s} + connection() + QStringList{u"--cache"_s, m_cache, u"--resource"_s, u"users"_s});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
    }

    void aCommandUpdatesTheCache()
    {
        const QString id = someUserId();
        QVERIFY(!id.isEmpty());
        const Run r = cli(QStringList{u"call"_s, u"updateUser"_s, id, u"--param"_s, u"firstName=Renamed"_s}
            + connection() + QStringList{u"--cache"_s, m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"The local cache was updated."_s), qPrintable(r.err));
        QCOMPARE(cachedFirstName(id), u"Renamed"_s);
    }

    void noCacheLeavesItAlone()
    {
        const QString id = someUserId();
        const Run r = cli(QStringList{u"call"_s, u"updateUser"_s, id, u"--param"_s, u"firstName=Untracked"_s}
            + connection() + QStringList{u"--no-cache"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(u"cache"_s));
        QVERIFY(cachedFirstName(id) != u"Untracked"_s);
    }

    void queriesDoNotTouchTheCache()
    {
        const Run r = cli(QStringList{u"call"_s, u"getUsers"_s} + connection() + QStringList{u"--cache"_s, m_cache});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains(u"cache"_s));
    }

    void withoutACacheNothingIsCreated()
    {
        const QString missing = m_dir.filePath(u"none.sqlite"_s);
        const QString id = someUserId();
        const Run r = cli(QStringList{u"call"_s, u"updateUser"_s, id, u"--param"_s, u"firstName=Again"_s} + connection()
            + QStringList{u"--cache"_s, missing});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing to update"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void aFailedCommandLeavesTheCache()
    {
        const Run r = cli(
            QStringList{u"call"_s, u"addGroupUsers"_s, u"NO-SUCH-GROUP"_s, u"--param"_s, u"user="_s + someUserId()}
            + connection() + QStringList{u"--cache"_s, m_cache});
        // the API refuses an unknown group: an API error, the cache untouched
        QCOMPARE(r.code, 4);
        QVERIFY(!r.err.contains(u"The local cache was updated."_s));
    }

    // Issue 9 item 1, the example end to end: ".." as the user ID of setExternalPartResult
    // must not turn the call into deleteUser EMP-00030.
    void anIdCannotChangeTheFunctionCalled()
    {
        const QString victim = u"EMP-00030"_s;
        const Run before = cli(QStringList{u"call"_s, u"userExists"_s, victim, u"--no-cache"_s} + connection());
        QVERIFY2(before.code == 0 && before.out.contains(u"true"_s), qPrintable(before.out + before.err));
        const int deletesBefore = sandboxRequests(u"deleteUser"_s);

        const Run r = cli(QStringList{u"call"_s, u"setExternalPartResult"_s, u".."_s, u"deleteUser"_s, victim,
                              u"--param"_s, u"score=1"_s, u"--no-cache"_s}
            + connection());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"\"userID\""_s), qPrintable(r.err));
        QCOMPARE(sandboxRequests(u"deleteUser"_s), deletesBefore);
        QCOMPARE(sandboxRequests(u"setExternalPartResult"_s), 0);
        const Run after = cli(QStringList{u"call"_s, u"userExists"_s, victim, u"--no-cache"_s} + connection());
        QVERIFY2(after.code == 0 && after.out.contains(u"true"_s), qPrintable(after.out + after.err));
    }

    void contradictoryOptions()
    {
        const Run r = cli(QStringList{u"call"_s, u"getUsers"_s, u"--no-cache"_s, u"--cache"_s, m_cache} + connection());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--cache and --no-cache"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCallCacheUpdate)
#include "tst_callcacheupdate.moc"
