// springdesk-cli call, in process: argument validation, key sources, output and exit codes,
// against the fake server (no sandbox needed).
#include "core/api/endpoints.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "tests/api/support/fakehttpserver.h"
#include "tests/support/clirun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Test;
using namespace Qt::StringLiterals;

namespace {

using Run = Testing::CliRun;

Run runCall(const QStringList &args)
{
    return Testing::runCli(QStringList{u"call"_s} + args, false, 20'000);
}

} // namespace

class TestCliCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(u"Springdesk"_s);
        QCoreApplication::setApplicationName(u"springdesk"_s);
        QVERIFY(m_server.listen());
        m_server.setHandler([](const FakeRequest &r) {
            if (r.path().startsWith("/api/getUser/"))
                return FakeResponse::json(R"({"uid":"u-1","id":"EMP-1","login":"jan","active":"true"})");
            if (r.path().startsWith("/api/getCourse/"))
                return FakeResponse::text(404, "No course exists with the specified ID");
            if (r.path().startsWith("/api/getUsers"))
                return FakeResponse::text(401, "Invalid key");
            if (r.path().startsWith("/api/addUserRoles/"))
                return FakeResponse::json(R"({"success":"OK"})");
            return FakeResponse::json(R"({"result":true})");
        });
    }

    void init() { qunsetenv("SPRINGDESK_API_KEY"); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no function") << QStringList{} << u"Name the function"_s;
        QTest::newRow("unknown function") << QStringList{u"getUserz"_s} << u"Did you mean: getUser"_s;
        QTest::newRow("api key option") << QStringList{u"getUser"_s, u"x"_s, u"--api-key"_s, u"secret"_s}
                                        << u"--api-key is refused"_s;
        QTest::newRow("api key option =") << QStringList{u"getUser"_s, u"--api-key=secret"_s} << u"refused"_s;
        QTest::newRow("key param") << QStringList{u"getUsers"_s, u"--param"_s, u"_key=secret"_s} << u"_key"_s;
        QTest::newRow("too many path args") << QStringList{u"getUser"_s, u"a"_s, u"b"_s} << u"path argument"_s;
        QTest::newRow("unknown param") << QStringList{u"getUser"_s, u"a"_s, u"--param"_s, u"colour=red"_s}
                                       << u"has no parameter \"colour\""_s;
        QTest::newRow("param twice") << QStringList{u"getUsers"_s, u"--param"_s, u"_pretty=true"_s, u"--param"_s,
            u"_pretty=false"_s} << u"twice"_s;
        QTest::newRow("not name=value") << QStringList{u"getUsers"_s, u"--param"_s, u"flag"_s} << u"NAME=VALUE"_s;
        QTest::newRow("remote http") << QStringList{u"getUsers"_s, u"--url"_s, u"http://example.com/api/"_s}
                                     << u"https"_s;
        QTest::newRow("url and profile") << QStringList{u"getUsers"_s, u"--url"_s, u"https://x.nl/api/"_s,
            u"--profile"_s, u"p"_s} << u"not both"_s;
        QTest::newRow("unknown option") << QStringList{u"getUsers"_s, u"--fast"_s} << u"--fast"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Run r = runCall(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"secret"_s) || needle == u"refused"_s || needle.contains(u"_key"));
        QVERIFY(r.out.isEmpty());
    }

    void noKeyWithUrl()
    {
        const Run r = runCall({u"getUsers"_s, u"--url"_s, m_server.apiUrl().toString()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"SPRINGDESK_API_KEY"));
    }

    void successPrintsPrettyJson()
    {
        qputenv("SPRINGDESK_API_KEY", "env-key-123");
        const int before = m_server.requestCount();
        const Run r = runCall({u"getUser"_s, u"EMP 1"_s, u"--url"_s, m_server.apiUrl().toString()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"login").toString(), u"jan"_s);
        QVERIFY(r.out.contains(u"\n    \"")); // indented
        QCOMPARE(m_server.requestCount(), before + 1);
        const FakeRequest &sent = m_server.requests().last();
        QCOMPARE(sent.target, QByteArray("/api/getUser/EMP%201"));
        QCOMPARE(sent.headers.value("x-api-key"), QByteArray("env-key-123"));
    }

    void arraysAndKeyFile()
    {
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(u"key"_s);
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("file-key-456\n");
        f.close();
        const Run r = runCall({u"addUserRoles"_s, u"u1"_s, u"--param"_s, u"role=student"_s, u"--param=role=teacher"_s,
            u"--url"_s, m_server.apiUrl().toString(), u"--api-key-file"_s, keyFile});
        QCOMPARE(r.code, 0);
        const FakeRequest &sent = m_server.requests().last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.body, QByteArray("role=student&role=teacher&_returnSuccessMessage=true"));
        QCOMPARE(sent.headers.value("x-api-key"), QByteArray("file-key-456"));
        QVERIFY(r.out.contains(u"\"success\""));
    }

    void invalidValueIsUsageWithoutSending()
    {
        qputenv("SPRINGDESK_API_KEY", "k");
        const int before = m_server.requestCount();
        const Run r = runCall({u"updateUser"_s, u"u1"_s, u"--param"_s, u"dateOfBirth=2023-02-29"_s, u"--url"_s,
            m_server.apiUrl().toString()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"YYYY-MM-DD"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("404 is an API error") << QStringList{u"getCourse"_s, u"C9"_s} << 4 << u"No course exists"_s;
        QTest::newRow("401 is auth") << QStringList{u"getUsers"_s} << 3 << u"rejected the API key"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        qputenv("SPRINGDESK_API_KEY", "k");
        const Run r = runCall(args + QStringList{u"--url"_s, m_server.apiUrl().toString()});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void connectionRefusedIsExit3()
    {
        qputenv("SPRINGDESK_API_KEY", "k");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run r = runCall({u"userExists"_s, u"u"_s, u"--url"_s, u"http://127.0.0.1:%1/api/"_s.arg(port)});
        QCOMPARE(r.code, 3);
    }

    void profileOption()
    {
        {
            Settings::Config config;
            Settings::ProfileStore store(&config);
            const auto errors = store.add(
                Settings::ConnectionProfile::create(u"Fake"_s, m_server.apiUrl(), Settings::ProfileTag::Test));
            QVERIFY2(errors.ok(), qPrintable(errors.summary()));
            config.sync();
        }
        qputenv("SPRINGDESK_API_KEY", "profile-env-key");
        Run r = runCall({u"userExists"_s, u"u1"_s, u"--profile"_s, u"fake"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_server.requests().last().headers.value("x-api-key"), QByteArray("profile-env-key"));

        r = runCall({u"userExists"_s, u"u1"_s, u"--profile"_s, u"Nope"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Fake"), qPrintable(r.err)); // lists the profiles that exist
    }

    void listAndHelp()
    {
        Run r = runCall({u"--list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"/getUser/{userID}"));
        QVERIFY(r.out.contains(u"--param role=text, repeatable"));
        QVERIFY(r.out.contains(u"/getResellerSkillProfiles/{resellerID}  [query]  (provisional name)"));
        int functions = 0;
        for (const auto &line : r.out.split(u'\n')) {
            if (line.startsWith(u'/'))
                ++functions;
        }
        QCOMPARE(functions, Springdesk::Api::FnCount); // one line per function of the table
        r = runCall({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"--api-key-file"));
    }

private:
    QTemporaryDir m_home;
    FakeHttpServer m_server;
};

QTEST_GUILESS_MAIN(TestCliCall)
#include "tst_clicall.moc"
