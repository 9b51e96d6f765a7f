// ConnectionService against the real springdesk-sandbox: the active profile's key is read once
// into the one client, commands run through validate → send → cache → log, the cache change is
// announced, the operation log beside the cache lists the command, and a profile without a key
// is reported as not ready; the profile's ServerHealth is shared with the synchronisation's client
// on its worker thread (a breaker open in the GUI keeps the sync from sending) and is fresh after
// a profile switch; the syncs use the key the service read (one read per profile).
#include "core/api/apiclient.h"
#include "core/api/serverhealth.h"
#include "core/api/systemclock.h"
#include "core/ops/operation.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "models/activitylog.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "models/operationlogmodel.h"
#include "tests/support/sandboxprocess.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Api::Fn;
using Api::P;

// A profile with a key (`keyed`) and one without (`other`) over the sandbox, the keyed one
// active, with a CacheSession and the ConnectionService on it; keyReads counts the key reads.
struct World
{
    World(const QString &dir, const Testing::SandboxProcess &sandbox)
        : config(std::make_unique<QSettings>(dir + u"/settings.ini"_s, QSettings::IniFormat))
        , profiles(&config)
        , secrets(&profiles, &keyring, &sessionKeys)
        , keyed(Settings::ConnectionProfile::create(u"Sandbox"_s, sandbox.apiBaseUrl(), Settings::ProfileTag::Test))
        , other(Settings::ConnectionProfile::create(u"Keyless"_s, sandbox.apiBaseUrl(), Settings::ProfileTag::Test))
    {
        profiles.add(keyed);
        profiles.add(other);
        QSignalSpy stored(&secrets, &Secrets::ProfileSecrets::keyChanged);
        secrets.storeForSession(keyed.id, sandbox.apiKey());
        stored.wait(5000);
        profiles.setActive(keyed.id);
        keyReads = std::make_unique<QSignalSpy>(&secrets, &Secrets::ProfileSecrets::keyRead);
        session = std::make_unique<Models::CacheSession>(&profiles, &secrets, &status, &log);
        session->setCacheDirectory(dir + u"/cache"_s);
        service = std::make_unique<Models::ConnectionService>(&profiles, &secrets, session.get());
        session->activate();
    }

    Settings::Config config;
    Secrets::MemorySecretStore keyring;
    Secrets::MemorySecretStore sessionKeys;
    Settings::ProfileStore profiles;
    Secrets::ProfileSecrets secrets;
    Models::ActivityLog log;
    Models::ConnectionStatus status;
    Settings::ConnectionProfile keyed;
    Settings::ConnectionProfile other;
    std::unique_ptr<QSignalSpy> keyReads;
    std::unique_ptr<Models::CacheSession> session;
    std::unique_ptr<Models::ConnectionService> service; // declared last: gone before the session
};

class TestConnectionService : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
    }

    void commandsReachServerCacheAndLog()
    {
        QTemporaryDir dir;
        World w(dir.path(), m_sandbox);
        auto &session = *w.session;
        auto &service = *w.service;
        QTRY_VERIFY(!session.currentCacheFile().isEmpty());
        QTRY_VERIFY(service.isReady());
        QCOMPARE(service.profileName(), u"Sandbox"_s);
        QCOMPARE(service.client()->baseUrl(), m_sandbox.apiBaseUrl());
        QVERIFY(service.logFile().startsWith(session.currentCacheFile().chopped(7)));

        QSignalSpy changed(&service, &Models::ConnectionService::cacheChanged);
        QSignalSpy finished(&service, &Models::ConnectionService::operationFinished);
        Api::RawParams raw;
        raw.add(P::userID, u"SVC-1"_s).add(P::login, u"svc1"_s).add(P::firstName, u"Service"_s);
        raw.add(P::lastName, u"Gebruiker"_s).add(P::role, u"student"_s).add(P::active, u"ja"_s);
        Ops::Operation *op = service.run(Fn::AddUser, raw);
        QVERIFY(op);
        QVERIFY(finished.wait(20'000));
        QTRY_VERIFY(!changed.isEmpty());
        const auto change = changed.constFirst().constFirst().value<Store::CacheChange>();
        QCOMPARE(change.areas(), QList<Store::CacheChange::Area>{Store::CacheChange::Area::Users});
        QCOMPARE(change.keys(Store::CacheChange::Area::Users), QStringList{u"SVC-1"_s});
        {
            Store::CacheDatabase cache(session.currentCacheFile());
            QVERIFY(!cache.open());
            auto connection = cache.openConnection();
            const auto user = Store::UserRepository(connection->database()).userByExternalId(u"SVC-1"_s);
            QVERIFY(user);
            QVERIFY(user->active);
        }
        Models::OperationLogModel model;
        model.setLogFile(service.logFile());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0).function, u"addUser"_s);
        QCOMPARE(model.record(0).source, Ops::Source::Gui);
        QCOMPARE(model.record(0).profile, u"Sandbox"_s);

        // A profile without a key: not ready, and says why.
        QSignalSpy ready(&service, &Models::ConnectionService::readyChanged);
        w.profiles.setActive(w.other.id);
        QTRY_VERIFY(!service.isReady() && !service.problem().isEmpty());
        QVERIFY(service.problem().contains(u"Keyless"_s));
        QVERIFY(!service.run(Fn::UserExists, Api::RawParams().add(P::userID, u"SVC-1"_s)));
    }

    void serverHealthIsSharedWithTheSyncAndFreshPerProfile()
    {
        QTemporaryDir dir;
        World w(dir.path(), m_sandbox);
        auto &session = *w.session;
        auto &service = *w.service;
        QTRY_VERIFY(!session.currentCacheFile().isEmpty());
        QTRY_VERIFY(service.isReady());

        const std::shared_ptr<Api::ServerHealth> health = service.serverHealth();
        QVERIFY(health);
        QCOMPARE(service.client()->serverHealth(), health);
        QCOMPARE(session.serverHealth(), health);

        // The breaker opened by the GUI's client holds for the sync's client on its worker thread:
        // nothing is sent.
        const Api::SystemClock clock;
        const Api::ApiError down(Api::ApiError::Kind::Server, 500, u"down"_s);
        health->recordFailure(clock.nowMs(), down, 1, 600'000);
        QCOMPARE(service.client()->circuitState(), Api::ApiClient::CircuitState::Open);
        QSignalSpy synced(&session, &Models::CacheSession::syncFinished);
        QVERIFY(session.synchronise(true));
        QVERIFY(synced.wait(60'000));
        auto report = synced.constLast().constFirst().value<Store::SyncReport>();
        QCOMPARE(report.calls, 0);
        QVERIFY(report.callsNotSent > 0);

        // closed again (say by the GUI's next answer): the sync goes out
        health->recordSuccess();
        QVERIFY(session.synchronise(true));
        QVERIFY(synced.wait(60'000));
        report = synced.constLast().constFirst().value<Store::SyncReport>();
        QVERIFY(report.calls > 0);
        QCOMPARE(report.callsNotSent, 0);
        // the syncs took the key the service read: one read for the profile
        QCOMPARE(w.keyReads->size(), 1);

        // Another profile starts with a fresh health, for the client and the sync alike.
        w.profiles.setActive(w.other.id);
        QTRY_VERIFY(service.serverHealth() != health);
        QVERIFY(service.serverHealth());
        QCOMPARE(service.client()->serverHealth(), service.serverHealth());
        QCOMPARE(session.serverHealth(), service.serverHealth());
        QCOMPARE(service.client()->circuitState(), Api::ApiClient::CircuitState::Closed);
    }
};

QTEST_MAIN(TestConnectionService)
#include "tst_connectionservice.moc"
