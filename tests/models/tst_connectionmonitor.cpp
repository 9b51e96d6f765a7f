// ConnectionMonitor against the real springdesk-sandbox: the status bar's probe goes through the
// profile's ConnectionService — its key (read once, for both), its client, its circuit breaker —
// and follows the service when the profile or its key changes.
#include "core/api/apiclient.h"
#include "core/api/serverhealth.h"
#include "core/api/systemclock.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/connectionmonitor.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using State = Models::ConnectionStatus::State;

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    QJsonObject control(const QByteArray &method, const QString &path)
    {
        QNetworkRequest request(m_sandbox.controlUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = method == "GET" ? m_nam.get(request) : m_nam.post(request, QByteArray("{}"));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10'000);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    int templateRequests()
    {
        return control("GET", u"counters"_s).value(u"requests").toObject().value(u"getTemplates").toInt();
    }

    // The services of one window, with a profile that has a key and one that has none.
    struct World
    {
        explicit World(const QString &iniPath, const QUrl &apiUrl, const QString &key)
            : config(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
            , profiles(&config)
            , secrets(&profiles, &keyring, &sessionKeys)
            , keyed(Settings::ConnectionProfile::create(u"Keyed"_s, apiUrl, Settings::ProfileTag::Test))
            , keyless(Settings::ConnectionProfile::create(u"Keyless"_s, apiUrl, Settings::ProfileTag::Test))
        {
            profiles.add(keyed);
            profiles.add(keyless);
            QSignalSpy stored(&secrets, &Secrets::ProfileSecrets::keyChanged);
            secrets.storeForSession(keyed.id, key);
            if (stored.isEmpty())
                stored.wait(5000);
            profiles.setActive(keyed.id);
        }
        Settings::Config config;
        Secrets::MemorySecretStore keyring;
        Secrets::MemorySecretStore sessionKeys;
        Settings::ProfileStore profiles;
        Secrets::ProfileSecrets secrets;
        Models::ActivityLog log;
        Models::ConnectionStatus status;
        Settings::ConnectionProfile keyed;
        Settings::ConnectionProfile keyless;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
    }

    void init() { control("POST", u"reset"_s); }

    void probesThroughTheServiceWithTheKeyReadOnce()
    {
        World w(m_dir.filePath(u"a.ini"_s), m_sandbox.apiBaseUrl(), m_sandbox.apiKey());
        QSignalSpy keyReads(&w.secrets, &Secrets::ProfileSecrets::keyRead);
        Models::ConnectionService service(&w.profiles, &w.secrets, nullptr);
        Models::ConnectionMonitor monitor(&service, &w.profiles, &w.secrets, &w.status, &w.log);
        QTRY_COMPARE_WITH_TIMEOUT(w.status.state(), State::Connected, 15'000);
        QCOMPARE(w.status.detail(), m_sandbox.apiBaseUrl().host());
        QCOMPARE(keyReads.size(), 1); // the service's read; the monitor reads no key of its own
        QCOMPARE(templateRequests(), 1);
        QVERIFY(service.client()->maxObservedInFlight() >= 1); // sent by the service's client

        // a profile without a key: the service says so, the status follows
        w.profiles.setActive(w.keyless.id);
        QTRY_COMPARE(w.status.state(), State::NoKey);
        QVERIFY(!monitor.keyringFailed());
        // and back: read and probed again
        w.profiles.setActive(w.keyed.id);
        QTRY_COMPARE_WITH_TIMEOUT(w.status.state(), State::Connected, 15'000);
        QCOMPARE(templateRequests(), 2);
    }

    void openBreakerIsNotProbedPast()
    {
        World w(m_dir.filePath(u"b.ini"_s), m_sandbox.apiBaseUrl(), m_sandbox.apiKey());
        Models::ConnectionService service(&w.profiles, &w.secrets, nullptr);
        QTRY_VERIFY(service.isReady());
        // the profile's server failed for another caller (a sync, a command): its breaker is open
        const Api::SystemClock clock;
        service.serverHealth()->recordFailure(
            clock.nowMs(), Api::ApiError(Api::ApiError::Kind::Server, 502, u"bad gateway"_s), 1, 600'000);
        Models::ConnectionMonitor monitor(&service, &w.profiles, &w.secrets, &w.status, &w.log);
        QTRY_COMPARE(w.status.state(), State::Failed);
        QCOMPARE(templateRequests(), 0); // failed fast: nothing was sent
        // the breaker closes (say a sync got an answer): the next probe goes out
        service.serverHealth()->recordSuccess();
        monitor.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(w.status.state(), State::Connected, 15'000);
        QCOMPARE(templateRequests(), 1);
    }
};

QTEST_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
