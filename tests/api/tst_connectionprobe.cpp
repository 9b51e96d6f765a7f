#include "core/api/apiclient.h"
#include "core/api/connectionprobe.h"
#include "core/api/serverhealth.h"
#include "tests/api/support/fakehttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

#include <limits>

using namespace Springdesk::Api;
using namespace Springdesk::Test;
using namespace Qt::StringLiterals;

namespace {

ProbeResult runProbe(ConnectionProbe &probe, const QUrl &url, const QString &key)
{
    QSignalSpy spy(&probe, &ConnectionProbe::finished);
    probe.probe(url, key);
    if (!spy.wait(20'000))
        qFatal("probe did not finish");
    if (spy.size() != 1)
        qFatal("probe finished %d times", int(spy.size()));
    return spy.first().first().value<ProbeResult>();
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::newRow("ok") << 200 << QByteArray(R"({"templates":[{"id":"t1","uid":"u1","name":"Basics"}]})")
                            << int(ProbeResult::Outcome::Ok);
        QTest::newRow("401") << 401 << QByteArray("Invalid API key") << int(ProbeResult::Outcome::KeyRejected);
        QTest::newRow("403") << 403 << QByteArray("IP not allowed") << int(ProbeResult::Outcome::Forbidden);
        QTest::newRow("404") << 404 << QByteArray("<html>Not Found</html>")
                             << int(ProbeResult::Outcome::UnexpectedResponse);
        QTest::newRow("html 200") << 200 << QByteArray("<html>Welcome</html>")
                                  << int(ProbeResult::Outcome::UnexpectedResponse);
        QTest::newRow("500") << 500 << QByteArray("boom") << int(ProbeResult::Outcome::UnexpectedResponse);
    }

    void httpOutcomes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const FakeRequest &) { return FakeResponse::text(status, body, "application/json"); });
        ConnectionProbe probe;
        const ProbeResult r = runProbe(probe, server.apiUrl(), u"the-key"_s);
        QCOMPARE(ProbeResult::outcomeName(r.outcome), ProbeResult::outcomeName(ProbeResult::Outcome(outcome)));
        QVERIFY(!r.userText.isEmpty());
        QVERIFY(!r.userText.contains(u"the-key"));
        QCOMPARE(server.requestCount(), 1); // one cheap GET, never retried
        QCOMPARE(server.requests().first().path(), QByteArray("/api/getTemplates"));
        QCOMPARE(server.requests().first().headers.value("x-api-key"), QByteArray("the-key"));
        if (r.ok())
            QCOMPARE(r.templateCount, 1);
    }

    void refusedAndTimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) {
            FakeResponse r;
            r.mode = FakeResponse::Mode::Hang;
            return r;
        });
        ConnectionProbe probe;
        probe.setTimeoutMs(300);
        QCOMPARE(runProbe(probe, server.apiUrl(), u"k"_s).outcome, ProbeResult::Outcome::Timeout);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const ProbeResult r = runProbe(probe, QUrl(u"http://127.0.0.1:%1/api/"_s.arg(port)), u"k"_s);
        QCOMPARE(r.outcome, ProbeResult::Outcome::ConnectionRefused);
    }

    void throughAGivenClient_data()
    {
        QTest::addColumn<bool>("hang");
        QTest::newRow("answers") << false;
        QTest::newRow("hangs: the probe's timeout bounds the client's") << true;
    }

    void throughAGivenClient()
    {
        QFETCH(bool, hang);
        FakeHttpServer server;
        QVERIFY(server.listen());
        QByteArray keySeen;
        server.setHandler([&](const FakeRequest &request) {
            keySeen = request.headers.value("x-api-key");
            FakeResponse r = FakeResponse::json(R"({"templates":[{"id":"t1","uid":"u1","name":"Basics"}]})");
            if (hang)
                r.mode = FakeResponse::Mode::Hang;
            return r;
        });
        ApiClientConfig config;
        config.transferTimeoutMs = 60'000; // longer than the probe's
        config.deadlineMs = 60'000;
        ApiClient client(config, nullptr);
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(u"shared-key"_s);
        ConnectionProbe probe;
        probe.setTimeoutMs(300);
        QSignalSpy spy(&probe, &ConnectionProbe::finished);
        probe.probe(&client);
        QVERIFY(spy.wait(10'000));
        const auto r = spy.first().first().value<ProbeResult>();
        QCOMPARE(ProbeResult::outcomeName(r.outcome),
            ProbeResult::outcomeName(hang ? ProbeResult::Outcome::Timeout : ProbeResult::Outcome::Ok));
        QCOMPARE(r.baseUrl, server.apiUrl());
        QCOMPARE(keySeen, QByteArray("shared-key")); // the client's key: the probe has none of its own
        QCOMPARE(server.requestCount(), 1);
        QTRY_COMPARE(client.inFlight(), 0); // a hanging call was cancelled, the client lives on
        QVERIFY(client.hasApiKey());
    }

    void openBreakerOfTheGivenClientIsNotPassed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) { return FakeResponse::json(R"({"templates":[]})"); });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(u"k"_s);
        client.serverHealth()->recordFailure(
            0, ApiError(ApiError::Kind::Network, 0, {}, u"refused"_s), 1, std::numeric_limits<qint64>::max() / 2);
        QCOMPARE(client.circuitState(), ApiClient::CircuitState::Open);
        ConnectionProbe probe;
        QSignalSpy spy(&probe, &ConnectionProbe::finished);
        probe.probe(&client);
        QVERIFY(spy.wait(10'000));
        const auto r = spy.first().first().value<ProbeResult>();
        QVERIFY(!r.ok());
        QVERIFY(r.error.circuitOpen());
        QCOMPARE(server.requestCount(), 0);
    }

    void hostNotFound()
    {
        ConnectionProbe probe;
        const ProbeResult r = runProbe(probe, QUrl(u"https://springdesk-no-such-host.invalid/api/"_s), u"k"_s);
        QCOMPARE(r.outcome, ProbeResult::Outcome::HostNotFound);
        QVERIFY(r.userText.contains(u"springdesk-no-such-host.invalid"));
    }

    void invalidSettingsNeverConnect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::newRow("remote http") << u"http://demo.anewspring.com/api/"_s << u"k"_s;
        QTest::newRow("key in url") << u"https://demo.anewspring.com/api/?_key=abc"_s << u"k"_s;
        QTest::newRow("no key") << u"https://demo.anewspring.com/api/"_s << QString();
    }

    void invalidSettingsNeverConnect()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        ConnectionProbe probe;
        const ProbeResult r = runProbe(probe, QUrl(url), key);
        QCOMPARE(r.outcome, ProbeResult::Outcome::InvalidSettings);
        QVERIFY(!r.userText.isEmpty());
    }

    void untrustedCertificateIsReported()
    {
        QFile certFile(QStringLiteral(SPRINGDESK_SOURCE_DIR "/tests/api/data/selfsigned-test.crt"));
        QFile keyFile(QStringLiteral(SPRINGDESK_SOURCE_DIR "/tests/api/data/selfsigned-test.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int received = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [&received, s] {
                    received += int(s->readAll().size()); // must stay 0: nothing is sent over a refused handshake
                });
            }
        });
        ConnectionProbe probe;
        const ProbeResult r = runProbe(probe, QUrl(u"https://localhost:%1/api/"_s.arg(server.serverPort())), u"k"_s);
        QCOMPARE(r.outcome, ProbeResult::Outcome::TlsError);
        QVERIFY(!r.tlsProblems.isEmpty());
        QVERIFY2(r.tlsProblems.first().subject.contains(u"localhost"), qPrintable(r.tlsProblems.first().subject));
        QVERIFY(r.tlsProblems.first().issuer.contains(u"Springdesk test certificate"));
        QVERIFY(!r.tlsProblems.first().reason.isEmpty());
        QVERIFY(r.userText.contains(u"Springdesk test certificate"));
        QCOMPARE(received, 0);
    }

    void newProbeReplacesRunningOne()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(R"({"templates":[]})");
            r.delayMs = 100;
            return r;
        });
        ConnectionProbe probe;
        QSignalSpy spy(&probe, &ConnectionProbe::finished);
        probe.probe(server.apiUrl(), u"a"_s);
        QVERIFY(probe.isRunning());
        probe.probe(server.apiUrl(), u"b"_s);
        QVERIFY(spy.wait());
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().first().value<ProbeResult>().ok());
        QCOMPARE(spy.first().first().value<ProbeResult>().templateCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
