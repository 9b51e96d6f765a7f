#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"

#include "secrettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace Springdesk::Secrets;

// A persistent store that fails every write the way a keyring without backend does.
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

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void finishesOnceAndLater();
    void errorTexts_data();
    void errorTexts();
    void sessionFallback();
};

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    auto missing = SecretTest::wait(store.read(u"p1"_s));
    QVERIFY(missing.finished);
    QVERIFY(!missing.ok);
    QCOMPARE(missing.error->kind, SecretError::Kind::NotFound);

    QVERIFY(SecretTest::wait(store.write(u"p1"_s, u"k1"_s)).ok);
    QVERIFY(SecretTest::wait(store.write(u"p2"_s, u"k2"_s)).ok);
    QCOMPARE(SecretTest::wait(store.read(u"p1"_s)).value, u"k1"_s);
    QCOMPARE(SecretTest::wait(store.read(u"p2"_s)).value, u"k2"_s);
    QVERIFY(SecretTest::wait(store.remove(u"p1"_s)).ok);
    QVERIFY(SecretTest::wait(store.remove(u"p1"_s)).ok); // removing nothing is fine
    QCOMPARE(SecretTest::wait(store.read(u"p1"_s)).error->kind, SecretError::Kind::NotFound);
}

void TestMemorySecretStore::finishesOnceAndLater()
{
    MemorySecretStore store;
    SecretJob *job = store.write(u"p"_s, u"k"_s);
    QVERIFY(job->isFinished()); // the result is known …
    QSignalSpy spy(job, &SecretJob::finished); // … but delivered only after the caller connected
    job->finishWithError({SecretError::Kind::Other, u"late"_s}); // ignored
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
}

void TestMemorySecretStore::errorTexts_data()
{
    QTest::addColumn<SecretError>("error");
    QTest::addColumn<QString>("text");
    QTest::newRow("no backend") << SecretError{SecretError::Kind::NoBackend, u"Could not connect"_s}
                                << u"No keyring is available (no Secret Service answers on the D-Bus session bus), "
                                   "so the API key cannot be stored permanently. (Keyring: Could not connect)"_s;
    QTest::newRow("locked") << SecretError{SecretError::Kind::Locked, {}}
                            << u"The keyring is locked. Unlock it (for example by logging in again) and try once "
                               "more."_s;
    QTest::newRow("denied") << SecretError{SecretError::Kind::AccessDenied, u"Denied"_s}
                            << u"The keyring refused access to the API key. (Keyring: Denied)"_s;
    QTest::newRow("not found") << SecretError{SecretError::Kind::NotFound, u"Entry not found"_s}
                               << u"No API key is stored for this profile."_s;
    QTest::newRow("timeout") << SecretError{SecretError::Kind::Timeout, u"no answer within 3 seconds"_s}
                             << u"The keyring did not answer in time. (Keyring: no answer within 3 seconds)"_s;
    QTest::newRow("other") << SecretError{SecretError::Kind::Other, u"boom"_s}
                           << u"The keyring reported an error. (Keyring: boom)"_s;
}

void TestMemorySecretStore::errorTexts()
{
    QFETCH(SecretError, error);
    QFETCH(QString, text);
    QCOMPARE(error.userText(), text);
}

void TestMemorySecretStore::sessionFallback()
{
    FailingStore keyring;
    MemorySecretStore session;
    ProfileSecrets secrets(&keyring, &session);

    auto failed = SecretTest::wait(secrets.storePermanently(u"p"_s, u"key"_s));
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error->kind, SecretError::Kind::NoBackend);
    QVERIFY(!secrets.isSessionOnly(u"p"_s));

    QVERIFY(SecretTest::wait(secrets.storeForSession(u"p"_s, u"key"_s)).ok);
    QVERIFY(secrets.isSessionOnly(u"p"_s));
    QCOMPARE(SecretTest::wait(secrets.read(u"p"_s)).value, u"key"_s);

    SecretTest::wait(secrets.remove(u"p"_s));
    QVERIFY(!secrets.isSessionOnly(u"p"_s));

    // A working keyring replaces the session copy.
    MemorySecretStore workingKeyring;
    ProfileSecrets good(&workingKeyring, &session);
    QVERIFY(SecretTest::wait(good.storeForSession(u"q"_s, u"old"_s)).ok);
    QVERIFY(SecretTest::wait(good.storePermanently(u"q"_s, u"new"_s)).ok);
    QTRY_VERIFY(!good.isSessionOnly(u"q"_s));
    QCOMPARE(SecretTest::wait(good.read(u"q"_s)).value, u"new"_s);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
