// ApiClient against the real springdesk-sandbox with faults scripted through its control
// endpoint (/__sandbox/…): Retry-After pauses, a command executed and then cut off (never sent
// twice), truncated and malformed answers, a redirect to another origin, a hanging server; two
// clients sharing a ServerHealth: a 429 met by one makes the other wait without sending, a
// circuit breaker opened by one fails the other's calls fast.
#include "core/api/apiclient.h"
#include "core/api/serverhealth.h"
#include "core/domain/metatypes.h"
#include "tests/api/apiteststep.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Api;
using namespace Springdesk::Test;
using namespace Qt::StringLiterals;

class TestApiFaults : public QObject
{
    Q_OBJECT

private:
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_sandbox.controlUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = method == "GET"
            ? m_nam.get(request)
            : m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10'000);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    void fault(const QJsonObject &rule)
    {
        const QJsonObject answer = control("POST", u"faults"_s, rule);
        QVERIFY2(answer.value(u"success").toString() == u"OK", QJsonDocument(answer).toJson().constData());
    }

    int requestsOf(const QString &function)
    {
        return control("GET", u"counters"_s).value(u"requests").toObject().value(function).toInt();
    }

    ApiClient *newClient(ApiClientConfig config = {})
    {
        auto *client = new ApiClient(config, nullptr, this);
        client->setBaseUrl(m_sandbox.apiBaseUrl());
        client->setApiKey(m_sandbox.apiKey());
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
    }

    void init() { control("POST", u"reset"_s); }

    void retryAfterPausesAndRetries_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void retryAfterPausesAndRetries()
    {
        QFETCH(int, status);
        fault({{u"function"_s, u"addGroup"_s}, {u"statuses"_s, QJsonArray{status, 200}}, {u"retryAfter"_s, 1}});
        ApiClient *client = newClient();
        QSignalSpy paused(client, &ApiClient::rateLimited);
        ApiJob *job = await(client->call(Fn::AddGroup,
            paramsFrom(Fn::AddGroup, {u"F-G%1"_s.arg(status)}, {{P::type, u"student"_s}, {P::name, u"Fault"_s}})));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().first().toLongLong(), 1000);
        QCOMPARE(requestsOf(u"addGroup"_s), 2); // the first was refused before executing
        delete job;
        job = await(client->call(Fn::GroupExists, ApiParams().set(P::groupID, u"F-G%1"_s.arg(status))));
        QCOMPARE(job->value().toBool(), true);
        delete job;
    }

    void retryAfterHoldsForTheClientSharingTheHealth_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared health") << true;
        QTest::newRow("own health (control)") << false;
    }

    void retryAfterHoldsForTheClientSharingTheHealth()
    {
        QFETCH(bool, shared);
        fault({{u"function"_s, u"getUsers"_s}, {u"statuses"_s, QJsonArray{429, 200}}, {u"retryAfter"_s, 2}});
        ApiClient *first = newClient();
        ApiClient *second = newClient();
        if (shared) {
            auto health = std::make_shared<ServerHealth>();
            first->setServerHealth(health);
            second->setServerHealth(health);
        }
        QSignalSpy paused(first, &ApiClient::rateLimited);
        ApiJob *users = first->getUsers();
        users->setAutoDelete(false);
        QVERIFY(paused.wait(10'000)); // the first client met the 429 (Retry-After: 2)
        QElapsedTimer since;
        since.start();
        QCOMPARE(second->isPaused(), shared);
        ApiJob *exists = second->userExists(u"EMP-00001"_s);
        exists->setAutoDelete(false);
        QCOMPARE(exists->attempts(), shared ? 0 : 1); // shared: queued, not sent
        QVERIFY(await(exists)->value().toBool());
        const qint64 waited = since.elapsed();
        QCOMPARE(exists->attempts(), 1); // sent once, when the pause ended: it never met a 429 itself
        QCOMPARE(requestsOf(u"userExists"_s), 1);
        if (shared)
            QVERIFY2(waited >= 1500, qPrintable(QString::number(waited)));
        else
            QVERIFY2(waited < 1500, qPrintable(QString::number(waited)));
        QTRY_VERIFY_WITH_TIMEOUT(users->isFinished(), 10'000); // may have finished before `exists`
        QVERIFY(!users->hasError());
        QCOMPARE(requestsOf(u"getUsers"_s), 2); // the 429, then the answer
        delete exists;
        delete users;
    }

    void breakerHoldsForTheClientSharingTheHealth_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared health") << true;
        QTest::newRow("own health (control)") << false;
    }

    void breakerHoldsForTheClientSharingTheHealth()
    {
        QFETCH(bool, shared);
        fault({{u"function"_s, u"getUsers"_s}, {u"statuses"_s, QJsonArray{500, 500}}});
        ApiClientConfig config;
        config.circuitFailureThreshold = 2;
        config.circuitCooldownMs = 60'000;
        config.maxQueryAttempts = 1;
        ApiClient *first = newClient(config);
        ApiClient *second = newClient(config);
        if (shared) {
            auto health = std::make_shared<ServerHealth>();
            first->setServerHealth(health);
            second->setServerHealth(health);
        }
        QSignalSpy secondCircuit(second, &ApiClient::circuitStateChanged);
        for (int i = 0; i < 2; ++i) {
            ApiJob *job = await(first->getUsers());
            QCOMPARE(job->error().httpStatus(), 500);
            delete job;
        }
        QCOMPARE(first->circuitState(), ApiClient::CircuitState::Open);
        QCOMPARE(second->circuitState(), shared ? ApiClient::CircuitState::Open : ApiClient::CircuitState::Closed);
        if (shared) // told through the shared health, without having sent anything
            QTRY_COMPARE(secondCircuit.size(), 1);
        ApiJob *job = await(second->userExists(u"EMP-00001"_s));
        if (shared) {
            QVERIFY(job->hasError());
            QVERIFY(job->error().circuitOpen());
            QCOMPARE(job->error().httpStatus(), 500); // the failure that opened it
            QCOMPARE(job->attempts(), 0);
            QCOMPARE(requestsOf(u"userExists"_s), 0);
            QCOMPARE(secondCircuit.constFirst().constFirst().value<ApiClient::CircuitState>(),
                ApiClient::CircuitState::Open);
        } else {
            QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
            QCOMPARE(requestsOf(u"userExists"_s), 1);
            QVERIFY(secondCircuit.isEmpty());
        }
        delete job;
    }

    void commandCutOffAfterExecutionIsNotResent()
    {
        fault({{u"function"_s, u"addUser"_s}, {u"mode"_s, u"reset"_s}, {u"times"_s, 1}});
        ApiClient *client = newClient();
        ApiJob *job = await(
            client->call(Fn::AddUser, paramsFrom(Fn::AddUser, {u"F-U1"_s}, {{P::login, u"f.u1@example.nl"_s}})));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind(), ApiError::Kind::Network);
        QVERIFY(job->error().outcomeUnknown());
        QVERIFY(job->error().userText().contains(u"may or may not"));
        QCOMPARE(job->attempts(), 1);
        delete job;
        QCOMPARE(requestsOf(u"addUser"_s), 1); // created exactly once: neither we nor Qt re-sent it
        job = await(client->userExists(u"F-U1"_s));
        QCOMPARE(job->value().toBool(), true); // it was executed: checking is how to find out
        delete job;
    }

    void truncatedQueryIsRetried()
    {
        fault({{u"function"_s, u"getUsers"_s}, {u"mode"_s, u"truncate"_s}, {u"times"_s, 1}});
        ApiClient *client = newClient();
        ApiJob *job = await(client->getUsers());
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->attempts(), 2);
        QVERIFY(!job->valueAs<QList<Domain::UserSummary>>().isEmpty());
        delete job;
    }

    void malformedJsonIsUnexpectedResponse()
    {
        fault({{u"function"_s, u"getTemplates"_s}, {u"mode"_s, u"malformed"_s}, {u"times"_s, -1}});
        ApiClient *client = newClient();
        ApiJob *job = await(client->getTemplates());
        QCOMPARE(job->error().kind(), ApiError::Kind::UnexpectedResponse);
        QCOMPARE(job->attempts(), 1);
        delete job;
    }

    void redirectIsRefused()
    {
        fault({{u"function"_s, u"getCourse"_s}, {u"mode"_s, u"redirect"_s}, {u"location"_s, u"http://127.0.0.2:9/"_s},
            {u"times"_s, -1}});
        ApiClient *client = newClient();
        ApiJob *job = await(client->getCourse(u"CRS-0001"_s));
        QCOMPARE(job->error().kind(), ApiError::Kind::UnexpectedResponse);
        QCOMPARE(job->error().httpStatus(), 302);
        delete job;
        QCOMPARE(requestsOf(u"getCourse"_s), 1);
    }

    void hangingServerTimesOut()
    {
        fault({{u"function"_s, u"getSkillProfiles"_s}, {u"mode"_s, u"hang"_s}, {u"times"_s, -1}});
        ApiClientConfig config;
        config.transferTimeoutMs = 300;
        config.maxQueryAttempts = 2;
        config.backoffBaseMs = 50;
        ApiClient *client = newClient(config);
        ApiJob *job = await(client->call(Fn::GetSkillProfiles));
        QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(!job->error().deadlineExpired());
        QCOMPARE(job->attempts(), 2);
        delete job;
        QCOMPARE(requestsOf(u"getSkillProfiles"_s), 2);
    }

    void serverErrorOnCommandIsNotRetried()
    {
        fault({{u"function"_s, u"updateGroup"_s}, {u"statuses"_s, QJsonArray{500}}});
        ApiClient *client = newClient();
        ApiJob *job
            = await(client->call(Fn::UpdateGroup, paramsFrom(Fn::UpdateGroup, {u"GRP-0001"_s}, {{P::name, u"X"_s}})));
        QCOMPARE(job->error().kind(), ApiError::Kind::Server);
        QVERIFY(!job->error().outcomeUnknown());
        QCOMPARE(job->attempts(), 1);
        delete job;
        QCOMPARE(requestsOf(u"updateGroup"_s), 1);
    }

    void gatewayErrorsOnQueriesAreRetried()
    {
        fault({{u"function"_s, u"getBundles"_s}, {u"statuses"_s, QJsonArray{502, 504, 200}}});
        ApiClientConfig config;
        config.backoffBaseMs = 50;
        ApiClient *client = newClient(config);
        ApiJob *job = await(client->call(Fn::GetBundles));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        QCOMPARE(job->attempts(), 3);
        delete job;
    }

private:
    Testing::SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
