#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"

#include "secrettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace Springdesk::Secrets;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void finishesOnceAndLater();
    void errorTexts_data();
    void errorTexts();
    void injectedFailure();
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

void TestMemorySecretStore::injectedFailure()
{
    MemorySecretStore store;
    QVERIFY(SecretTest::wait(store.write(u"p"_s, u"k"_s)).ok);
    store.setFailure(SecretError{SecretError::Kind::Locked, u"collection is locked"_s});
    QCOMPARE(SecretTest::wait(store.read(u"p"_s)).error->kind, SecretError::Kind::Locked);
    QCOMPARE(SecretTest::wait(store.write(u"p"_s, u"other"_s)).error->kind, SecretError::Kind::Locked);
    QCOMPARE(SecretTest::wait(store.remove(u"p"_s)).error->kind, SecretError::Kind::Locked);
    store.setFailure(std::nullopt);
    QCOMPARE(SecretTest::wait(store.read(u"p"_s)).value, u"k"_s); // nothing changed meanwhile
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
