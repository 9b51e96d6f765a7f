#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"

#include "secrettesthelpers.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Springdesk;
using namespace Springdesk::Secrets;

namespace {

// A persistent store that fails every operation the way a keyring without backend does.
class FailingStore final : public SecretStore
{
public:
    SecretJob *read(const QString &id) override { return fail(SecretJob::Operation::Read, id); }
    SecretJob *write(const QString &id, const QString &) override { return fail(SecretJob::Operation::Write, id); }
    SecretJob *remove(const QString &id) override { return fail(SecretJob::Operation::Remove, id); }
    QString displayName() const override { return u"failing"_s; }
    bool isPersistent() const override { return true; }

private:
    SecretJob *fail(SecretJob::Operation op, const QString &id)
    {
        auto *job = new SecretJob(op, id, this);
        job->finishWithError({SecretError::Kind::NoBackend, u"no bus"_s});
        return job;
    }
};

struct Profiles
{
    Profiles()
        : config(std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat))
        , store(&config)
    { }
    QString add(const QString &name, const QString &url)
    {
        QString id;
        if (!store.add(Settings::ConnectionProfile::create(name, QUrl(url), Settings::ProfileTag::Test), &id).ok())
            return {};
        return id;
    }
    void moveTo(const QString &id, const QString &url)
    {
        auto profile = *store.profile(id);
        profile.baseUrl = QUrl(url);
        QVERIFY(store.update(profile).ok());
    }
    QTemporaryDir dir;
    Settings::Config config;
    Settings::ProfileStore store;
};

} // namespace

class TestProfileSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryNames_data();
    void entryNames();
    void keyIsBoundToHost();
    void legacyEntryMovesToHost();
    void sessionFallback();
    void readReportsSuccess();
};

void TestProfileSecrets::entryNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("entry");
    QTest::newRow("host") << u"https://Acme.Example/api/"_s << u"p1/acme.example"_s;
    QTest::newRow("port") << u"http://127.0.0.1:8123/api/"_s << u"p1/127.0.0.1:8123"_s;
    QTest::newRow("no host") << u"not a url"_s << QString();
}

void TestProfileSecrets::entryNames()
{
    QFETCH(QString, url);
    QFETCH(QString, entry);
    QCOMPARE(ProfileSecrets::entryName(u"p1"_s, QUrl(url)), entry);
    QCOMPARE(ProfileSecrets::legacyEntryName(u"p1"_s), u"profile/p1"_s);
}

void TestProfileSecrets::keyIsBoundToHost()
{
    Profiles profiles;
    MemorySecretStore keyring;
    MemorySecretStore session;
    ProfileSecrets secrets(&profiles.store, &keyring, &session);
    const QString id = profiles.add(u"Acceptance"_s, u"https://acc.example/api/"_s);
    QVERIFY(SecretTest::wait(secrets.storePermanently(id, u"acc-key"_s)).ok);
    QVERIFY(keyring.contains(id + u"/acc.example"_s));
    QCOMPARE(SecretTest::wait(secrets.read(id)).value, u"acc-key"_s);

    // Another path on the same host keeps the key.
    profiles.moveTo(id, u"https://acc.example/other/api/"_s);
    QCOMPARE(SecretTest::wait(secrets.read(id)).value, u"acc-key"_s);

    // Another host: the key is gone (and its entry removed), reads find nothing.
    QSignalSpy changed(&secrets, &ProfileSecrets::keyChanged);
    profiles.moveTo(id, u"https://prod.example/api/"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), id);
    const auto missing = SecretTest::wait(secrets.read(id));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.error->kind, SecretError::Kind::NotFound);
    QTRY_VERIFY(!keyring.contains(id + u"/acc.example"_s));
    // Moving back does not bring the old key back either.
    profiles.moveTo(id, u"https://acc.example/api/"_s);
    QCOMPARE(SecretTest::wait(secrets.read(id)).error->kind, SecretError::Kind::NotFound);
}

void TestProfileSecrets::legacyEntryMovesToHost()
{
    Profiles profiles;
    MemorySecretStore keyring;
    MemorySecretStore session;
    const QString id = profiles.add(u"Old"_s, u"https://old.example/api/"_s);
    QVERIFY(SecretTest::wait(keyring.write(ProfileSecrets::legacyEntryName(id), u"legacy-key"_s)).ok);
    ProfileSecrets secrets(&profiles.store, &keyring, &session);
    const auto read = SecretTest::wait(secrets.read(id));
    QVERIFY(read.ok);
    QCOMPARE(read.value, u"legacy-key"_s);
    QTRY_VERIFY(!keyring.contains(ProfileSecrets::legacyEntryName(id)));
    QVERIFY(keyring.contains(id + u"/old.example"_s));
    // After a move to another host neither the legacy nor the old entry is used.
    QVERIFY(SecretTest::wait(keyring.write(ProfileSecrets::legacyEntryName(id), u"legacy-key"_s)).ok);
    profiles.moveTo(id, u"https://new.example/api/"_s);
    QTRY_VERIFY(!keyring.contains(ProfileSecrets::legacyEntryName(id)));
    QCOMPARE(SecretTest::wait(secrets.read(id)).error->kind, SecretError::Kind::NotFound);
}

void TestProfileSecrets::sessionFallback()
{
    Profiles profiles;
    const QString p = profiles.add(u"P"_s, u"https://p.example/api/"_s);
    const QString q = profiles.add(u"Q"_s, u"https://q.example/api/"_s);
    FailingStore keyring;
    MemorySecretStore session;
    ProfileSecrets secrets(&profiles.store, &keyring, &session);

    auto failed = SecretTest::wait(secrets.storePermanently(p, u"key"_s));
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error->kind, SecretError::Kind::NoBackend);
    QVERIFY(!secrets.isSessionOnly(p));

    QVERIFY(SecretTest::wait(secrets.storeForSession(p, u"key"_s)).ok);
    QVERIFY(secrets.isSessionOnly(p));
    QCOMPARE(SecretTest::wait(secrets.read(p)).value, u"key"_s);

    SecretTest::wait(secrets.remove(p));
    QVERIFY(!secrets.isSessionOnly(p));

    // A working keyring replaces the session copy.
    MemorySecretStore workingKeyring;
    ProfileSecrets good(&profiles.store, &workingKeyring, &session);
    QVERIFY(SecretTest::wait(good.storeForSession(q, u"old"_s)).ok);
    QVERIFY(SecretTest::wait(good.storePermanently(q, u"new"_s)).ok);
    QTRY_VERIFY(!good.isSessionOnly(q));
    QCOMPARE(SecretTest::wait(good.read(q)).value, u"new"_s);
    // Unknown profiles have no key.
    QCOMPARE(SecretTest::wait(good.read(u"nobody"_s)).error->kind, SecretError::Kind::NotFound);
}

void TestProfileSecrets::readReportsSuccess()
{
    Profiles profiles;
    const QString id = profiles.add(u"P"_s, u"https://p.example/api/"_s);
    MemorySecretStore keyring;
    MemorySecretStore session;
    ProfileSecrets secrets(&profiles.store, &keyring, &session);
    QVERIFY(SecretTest::wait(secrets.storePermanently(id, u"k"_s)).ok);
    QSignalSpy read(&secrets, &ProfileSecrets::keyRead);
    keyring.setFailure(SecretError{SecretError::Kind::Locked, {}});
    const auto locked = SecretTest::wait(secrets.read(id));
    QCOMPARE(locked.error->kind, SecretError::Kind::Locked);
    QCOMPARE(read.count(), 0);
    keyring.setFailure(std::nullopt);
    QVERIFY(SecretTest::wait(secrets.read(id)).ok);
    QCOMPARE(read.count(), 1);
}

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
