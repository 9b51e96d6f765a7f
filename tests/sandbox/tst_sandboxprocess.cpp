// The real springdesk-sandbox binary (via SandboxProcess) and EmbeddedSandbox: the stdout line,
// persistence across restarts, --lifetime-s, command-line errors, start failures.
#include "sandbox/embeddedsandbox.h"
#include "tests/support/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using Springdesk::Testing::SandboxProcess;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    // Returns status and body of one request.
    QPair<int, QByteArray> request(
        const QByteArray &method, const QUrl &url, const QString &key, const QByteArray &body = {})
    {
        QNetworkRequest r(url);
        r.setRawHeader("X-API-Key", key.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = method == "GET" ? m_nam.get(r) : m_nam.post(r, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        const QPair<int, QByteArray> out{
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return out;
    }

    QUrl api(const SandboxProcess &p, const QString &path) { return p.apiBaseUrl().resolved(QUrl(path)); }

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void startsAndAnswers()
    {
        SandboxProcess p;
        QString error;
        QVERIFY2(p.start({}, &error), qPrintable(error));
        QVERIFY(p.isRunning());
        QCOMPARE(p.apiBaseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(p.apiBaseUrl().port() > 0);
        QCOMPARE(p.apiBaseUrl().path(), u"/api/"_s);
        QCOMPARE(request("GET", api(p, u"getUsers"_s), p.apiKey()), qMakePair(200, QByteArray("{\"users\":[]}")));
        QCOMPARE(request("GET", api(p, u"getUsers"_s), u"wrong"_s).first, 401);
        QCOMPARE(request("GET", p.controlUrl().resolved(QUrl(u"counters"_s)), {}).first, 200);
        p.stop();
        QVERIFY(!p.isRunning());
    }

    void persistsAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"sandbox.sqlite"_s);
        {
            SandboxProcess p;
            QVERIFY(p.start({u"--db"_s, db, u"--api-key"_s, u"PERSIST"_s}));
            QCOMPARE(p.apiKey(), u"PERSIST"_s);
            QCOMPARE(request("POST", api(p, u"addGroup/P-1"_s), p.apiKey(), "type=student&name=Kept").first, 200);
            QCOMPARE(request("POST", api(p, u"addUser/P-U"_s), p.apiKey(), "login=p%40example.nl").first, 200);
        }
        SandboxProcess again;
        // The seed only applies to a new database; the stored state wins.
        QVERIFY(again.start({u"--db"_s, db, u"--seed"_s, u"demo"_s}));
        QCOMPARE(
            request("GET", api(again, u"groupExists/P-1"_s), again.apiKey()).second, QByteArray("{\"result\":true}"));
        const auto users = request("GET", api(again, u"getUsers"_s), again.apiKey()).second;
        QCOMPARE(QJsonDocument::fromJson(users).object().value(u"users"_s).toArray().size(), 1);
    }

    void lifetime()
    {
        QProcess p;
        p.start(SandboxProcess::executable(),
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"empty"_s, u"--api-key"_s, u"K"_s, u"--lifetime-s"_s,
                u"1"_s});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(out.count('\n'), 1);
        QVERIFY(out.startsWith("springdesk-sandbox: listening on http://127.0.0.1:"));
        QVERIFY(out.endsWith("/api/\n"));
    }

    // Issue 9 item 8: SIGTERM or SIGINT ends the sandbox normally; its temporary folder goes.
    void signalRemovesTheTemporaryFolder_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void signalRemovesTheTemporaryFolder()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TMPDIR"_s, tmp.path());
        p.setProcessEnvironment(env);
        p.start(SandboxProcess::executable(),
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"empty"_s, u"--api-key"_s, u"K"_s});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 15000);
        QVERIFY(p.readLine().startsWith("springdesk-sandbox: listening on"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
        ::kill(pid_t(p.processId()), signalNumber);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void generatedKey()
    {
        QProcess p;
        p.start(SandboxProcess::executable(),
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, u"empty"_s, u"--lifetime-s"_s, u"1"_s});
        QVERIFY(p.waitForFinished(15000));
        QVERIFY(p.readAllStandardError().contains("generated API key"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << QByteArray("Unknown option");
        QTest::newRow("bad seed") << QStringList{u"--seed"_s, u"huge"_s} << QByteArray("--seed");
        QTest::newRow("bad listen") << QStringList{u"--listen"_s, u"localhost"_s} << QByteArray("--listen");
        QTest::newRow("bad fail rate") << QStringList{u"--fail-rate"_s, u"2"_s} << QByteArray("--fail-rate");
        QTest::newRow("missing value") << QStringList{u"--db"_s} << QByteArray("needs a value");
        QTest::newRow("bad whitelist") << QStringList{u"--api-key"_s, u"K:fly"_s} << QByteArray("Unknown function");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QProcess p;
        p.start(SandboxProcess::executable(), args);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains(message));
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
    }

    void portInUse()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost));
        QProcess p;
        p.start(SandboxProcess::executable(),
            {u"--listen"_s, u"127.0.0.1:%1"_s.arg(blocker.serverPort()), u"--seed"_s, u"empty"_s, u"--api-key"_s,
                u"K"_s});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Cannot listen"));
    }

    void embeddedStartStop()
    {
        Springdesk::Sandbox::EmbeddedSandbox sandbox;
        QSignalSpy started(&sandbox, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"empty"_s;
        sandbox.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        QVERIFY(sandbox.isRunning());
        QCOMPARE(started.first().first().toUrl(), sandbox.apiBaseUrl());
        QCOMPARE(sandbox.apiKey().size(), 36); // a generated UUID
        const QUrl url = sandbox.apiBaseUrl().resolved(QUrl(u"getUsers"_s));
        QCOMPARE(request("GET", url, sandbox.apiKey()).first, 200);
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QCOMPARE(request("GET", url, sandbox.apiKey()).first, 0); // nobody listens any more
        sandbox.start(options); // restartable
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 30000);
        QVERIFY(sandbox.isRunning());
    }

    void seeds()
    {
        // demo is deterministic: two fresh stores answer the same; large:N has N users.
        QByteArray answers[2];
        for (QByteArray &answer : answers) {
            Springdesk::Sandbox::EmbeddedSandbox sandbox;
            QSignalSpy started(&sandbox, &Springdesk::Sandbox::EmbeddedSandbox::started);
            Springdesk::Sandbox::SandboxOptions options;
            sandbox.start(options);
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
            answer = request("GET", sandbox.apiBaseUrl().resolved(QUrl(u"getResults/EMP-00007"_s)), sandbox.apiKey())
                         .second
                + request("GET", sandbox.apiBaseUrl().resolved(QUrl(u"getUsers"_s)), sandbox.apiKey()).second;
        }
        QVERIFY(answers[0].size() > 50000);
        QCOMPARE(answers[0], answers[1]);
        const auto users = QJsonDocument::fromJson(answers[0].mid(answers[0].indexOf("{\"users\""))).object();
        QCOMPARE(users.value(u"users"_s).toArray().size(), 500);

        Springdesk::Sandbox::EmbeddedSandbox large;
        QSignalSpy started(&large, &Springdesk::Sandbox::EmbeddedSandbox::started);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"large:1500"_s;
        large.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 60000);
        const auto list = QJsonDocument::fromJson(
            request("GET", large.apiBaseUrl().resolved(QUrl(u"getUsers"_s)), large.apiKey()).second);
        QCOMPARE(list.object().value(u"users"_s).toArray().size(), 1500);
        const auto templates = QJsonDocument::fromJson(
            request("GET", large.apiBaseUrl().resolved(QUrl(u"getTemplates?includeWithoutId=true"_s)), large.apiKey())
                .second);
        QCOMPARE(templates.object().value(u"templates"_s).toArray().size(), 29); // 36 scaled, every fifth unpublished
    }

    void embeddedFailure()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost));
        Springdesk::Sandbox::EmbeddedSandbox sandbox;
        QSignalSpy failed(&sandbox, &Springdesk::Sandbox::EmbeddedSandbox::failed);
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"empty"_s;
        options.port = blocker.serverPort();
        sandbox.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(failed.first().first().toString().contains(u"Cannot listen"_s));
        QVERIFY(!sandbox.isRunning());
    }
};

QTEST_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
