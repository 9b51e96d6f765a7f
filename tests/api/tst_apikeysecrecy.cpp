// Proves that the API key never appears in a log line (any category, debug level), a URL, or
// an error text, whatever the server answers.
#include "core/api/apiclient.h"
#include "core/api/apilog.h"
#include "core/api/connectionprobe.h"
#include "core/api/manualclock.h"
#include "tests/api/support/fakehttpserver.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Springdesk::Api;
using namespace Springdesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Key = u"7d3e9b1a-4c2f-4a8e-b6d5-0e1f2a3b4c5d"_s;

QMutex logMutex;
QStringList captured;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    }
    if (previous && type != QtDebugMsg)
        previous(type, context, message);
}

void checkError(const ApiError &e)
{
    QVERIFY2(!e.userText().contains(Key, Qt::CaseInsensitive), qPrintable(e.userText()));
    QVERIFY2(!e.toString().contains(Key, Qt::CaseInsensitive), qPrintable(e.toString()));
    QVERIFY(!e.serverMessage().contains(Key, Qt::CaseInsensitive));
    QVERIFY(!e.detail().contains(Key, Qt::CaseInsensitive));
}

} // namespace

class TestApiKeySecrecy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("QT_LOGGING_RULES"); // ctest disables debug output; this test needs all of it
        QLoggingCategory::setFilterRules(u"*=true"_s); // every category, every level
        QVERIFY(lcApi().isDebugEnabled());
        previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(previous); }

    void keyNeverLeaksWhateverHappens_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::newRow("success") << 0;
        QTest::newRow("401 echoing the key") << 1;
        QTest::newRow("400 html echoing the key") << 2;
        QTest::newRow("json error echoing the key") << 3;
        QTest::newRow("reset") << 4;
        QTest::newRow("timeout") << 5;
        QTest::newRow("redirect with key") << 6;
        QTest::newRow("bad json") << 7;
    }

    void keyNeverLeaksWhateverHappens()
    {
        QFETCH(int, scenario);
        {
            QMutexLocker lock(&logMutex);
            captured.clear();
        }
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const FakeRequest &) {
            FakeResponse r;
            switch (scenario) {
            case 0:
                return FakeResponse::json(R"({"users":[{"id":"a","uid":"b"}]})");
            case 1:
                return FakeResponse::text(401, "401 Unknown key " + Key.toUtf8());
            case 2:
                return FakeResponse::text(
                    400, "<html><body>bad key <b>" + Key.toUpper().toUtf8() + "</b></body></html>", "text/html");
            case 3:
                return FakeResponse::json(R"({"error":"key )" + Key.toUtf8() + R"( is revoked"})", 403);
            case 4:
                r.mode = FakeResponse::Mode::Reset;
                return r;
            case 5:
                r.mode = FakeResponse::Mode::Hang;
                return r;
            case 6:
                r = FakeResponse::text(301, {});
                r.headers.append(std::pair<QByteArray, QByteArray>(
                    "Location", "http://127.0.0.1:1/api/getUsers?_key=" + Key.toUtf8()));
                return r;
            default:
                return FakeResponse::json(R"({"users":[{"uid":")" + Key.toUtf8() + R"(","active":"x"}]})");
            }
        });
        ManualClock clock;
        ApiClientConfig config;
        config.maxQueryAttempts = 1;
        config.transferTimeoutMs = 100;
        ApiClient client(config, &clock);
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(Key);
        ApiJob *job = client.getUsers();
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        if (scenario == 5) {
            QTRY_COMPARE(server.requestCount(), 1);
            clock.advance(100);
        }
        QVERIFY(spy.wait());
        checkError(job->error());
        for (const FakeRequest &r : server.requests()) {
            QVERIFY(!r.target.contains(Key.toUtf8()));
            QVERIFY(!r.body.contains(Key.toUtf8()));
            QCOMPARE(r.headers.value("x-api-key"), Key.toUtf8()); // where it belongs
        }
        delete job;
        QMutexLocker lock(&logMutex);
        QVERIFY(!captured.isEmpty()); // the handler really saw the client's logging
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(Key, Qt::CaseInsensitive), qPrintable(line));
    }

    void probeDoesNotLeak()
    {
        {
            QMutexLocker lock(&logMutex);
            captured.clear();
        }
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) { return FakeResponse::text(401, "key " + Key.toUtf8()); });
        ConnectionProbe probe;
        QSignalSpy spy(&probe, &ConnectionProbe::finished);
        probe.probe(server.apiUrl(), Key);
        QVERIFY(spy.wait());
        const auto result = spy.first().first().value<ProbeResult>();
        QVERIFY(!result.userText.contains(Key));
        checkError(result.error);
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(Key, Qt::CaseInsensitive), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestApiKeySecrecy)
#include "tst_apikeysecrecy.moc"
