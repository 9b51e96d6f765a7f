// Round trip through the real system keyring. scripts/test runs the suite inside
// dbus-run-session with an unlocked gnome-keyring and a temporary HOME; run it by hand the same
// way (see DEVELOPERS notes in tests/secrets/CMakeLists.txt).
#include "core/secrets/keychainsecretstore.h"

#include "secrettesthelpers.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Springdesk::Secrets;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void profilesAreSeparate();
    void nothingInPlainText();

private:
    QString m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_secret = SecretTest::uniqueSecret();
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run this test inside dbus-run-session with an unlocked gnome-keyring "
              "(scripts/test does).");
    QCOMPARE(KeychainSecretStore::serviceName(), u"springdesk"_s);
    QCOMPARE(KeychainSecretStore::keyFor(u"abc/acme.example"_s), u"abc/acme.example"_s);
}

void TestKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store;
    QVERIFY(store.isPersistent());

    const auto missing = SecretTest::wait(store.read(m_profile));
    QVERIFY(missing.finished);
    QVERIFY2(missing.error && missing.error->kind == SecretError::Kind::NotFound,
        qPrintable(missing.error ? missing.error->userText() : u"read succeeded"_s));

    const auto written = SecretTest::wait(store.write(m_profile, m_secret));
    QVERIFY2(written.ok, qPrintable(written.error ? written.error->userText() : u"not finished"_s));
    QCOMPARE(written.finishedCount, 1);

    // A second instance reads what the first wrote: it is in the keyring, not in memory.
    KeychainSecretStore other;
    const auto read = SecretTest::wait(other.read(m_profile));
    QVERIFY2(read.ok, qPrintable(read.error ? read.error->userText() : u"not finished"_s));
    QCOMPARE(read.value, m_secret);

    const auto overwritten = SecretTest::wait(store.write(m_profile, m_secret + u"-2"_s));
    QVERIFY(overwritten.ok);
    QCOMPARE(SecretTest::wait(store.read(m_profile)).value, m_secret + u"-2"_s);

    QVERIFY(SecretTest::wait(store.remove(m_profile)).ok);
    QCOMPARE(SecretTest::wait(store.read(m_profile)).error->kind, SecretError::Kind::NotFound);
    QVERIFY(SecretTest::wait(store.remove(m_profile)).ok); // removing nothing is fine
}

void TestKeychainSecretStore::profilesAreSeparate()
{
    KeychainSecretStore store;
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(SecretTest::wait(store.write(a, u"key-a"_s)).ok);
    QVERIFY(SecretTest::wait(store.write(b, u"key-b"_s)).ok);
    QCOMPARE(SecretTest::wait(store.read(a)).value, u"key-a"_s);
    QCOMPARE(SecretTest::wait(store.read(b)).value, u"key-b"_s);
    QVERIFY(SecretTest::wait(store.remove(a)).ok);
    QCOMPARE(SecretTest::wait(store.read(b)).value, u"key-b"_s);
    QVERIFY(SecretTest::wait(store.remove(b)).ok);
}

void TestKeychainSecretStore::nothingInPlainText()
{
    KeychainSecretStore store;
    QVERIFY(SecretTest::wait(store.write(m_profile, m_secret)).ok);
    const QString home = QDir::homePath();
    const QStringList hits = SecretTest::filesContaining(home, m_secret);
    SecretTest::wait(store.remove(m_profile));
    QVERIFY2(hits.isEmpty(), qPrintable(u"key found in plain text in: "_s + hits.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
