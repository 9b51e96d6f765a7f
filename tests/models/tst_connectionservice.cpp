// ConnectionService against the real springdesk-sandbox: the active profile's key is read once
// into the one client, commands run through validate → send → cache → log, the cache change is
// announced, the operation log beside the cache lists the command, and a profile without a key
// is reported as not ready.
#include "core/api/apiclient.h"
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

class TestConnectionService : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
    }

    void commandsReachServerCacheAndLog()
    {
        Settings::Config config(std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat));
        Secrets::MemorySecretStore keyring;
        Secrets::MemorySecretStore sessionKeys;
        Settings::ProfileStore profiles(&config);
        Secrets::ProfileSecrets secrets(&profiles, &keyring, &sessionKeys);
        Models::ActivityLog log;
        Models::ConnectionStatus status;
        const auto sandbox
            = Settings::ConnectionProfile::create(u"Sandbox"_s, m_sandbox.apiBaseUrl(), Settings::ProfileTag::Test);
        const auto keyless
            = Settings::ConnectionProfile::create(u"Keyless"_s, m_sandbox.apiBaseUrl(), Settings::ProfileTag::Test);
        profiles.add(sandbox);
        profiles.add(keyless);
        QSignalSpy stored(&secrets, &Secrets::ProfileSecrets::keyChanged);
        secrets.storeForSession(sandbox.id, m_sandbox.apiKey());
        QVERIFY(stored.wait(5000) || !stored.isEmpty());
        profiles.setActive(sandbox.id);
        Models::CacheSession session(&profiles, &secrets, &status, &log);
        session.setCacheDirectory(m_dir.filePath(u"cache"_s));
        Models::ConnectionService service(&profiles, &secrets, &session);
        session.activate();
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
        QCOMPARE(change.area, Store::CacheChange::Area::Users);
        QCOMPARE(change.keys, QStringList{u"SVC-1"_s});
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
        profiles.setActive(keyless.id);
        QTRY_VERIFY(!service.isReady() && !service.problem().isEmpty());
        QVERIFY(service.problem().contains(u"Keyless"_s));
        QVERIFY(!service.run(Fn::UserExists, Api::RawParams().add(P::userID, u"SVC-1"_s)));
    }
};

QTEST_MAIN(TestConnectionService)
#include "tst_connectionservice.moc"
