// The keyring with no D-Bus session bus (ctest sets DBUS_SESSION_BUS_ADDRESS to a socket that
// does not exist): every operation fails with a clear NoBackend error within its deadline, a
// read is never mistaken for "no key stored", and the key is written nowhere under HOME.
#include "core/secrets/keychainsecretstore.h"

#include "secrettesthelpers.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Springdesk::Secrets;

namespace {
QTemporaryDir *scratchHome = nullptr;
}

class TestKeychainNoDBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsClearly();
    void readIsNotNotFound();
    void nothingWrittenUnderHome();

private:
    QString m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_secret = SecretTest::uniqueSecret();
};

void TestKeychainNoDBus::initTestCase()
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(bus.contains("nonexistent"), "ctest must point DBUS_SESSION_BUS_ADDRESS at a missing socket");
    QCOMPARE(QDir::homePath(), QDir(scratchHome->path()).canonicalPath());
}

void TestKeychainNoDBus::writeFailsClearly()
{
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(10));
    const auto outcome = SecretTest::wait(store.write(m_profile, m_secret));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error->kind == SecretError::Kind::NoBackend,
        qPrintable(SecretError::kindName(outcome.error->kind) + u": "_s + outcome.error->backendMessage));
    const QString text = outcome.error->userText();
    QVERIFY2(text.startsWith(u"No keyring is available"_s), qPrintable(text));
    QVERIFY(!text.contains(m_secret));
    qInfo("user sees: %s", qPrintable(text));
}

void TestKeychainNoDBus::readIsNotNotFound()
{
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(10));
    const auto outcome = SecretTest::wait(store.read(m_profile));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error->kind, SecretError::Kind::NoBackend);
}

void TestKeychainNoDBus::nothingWrittenUnderHome()
{
    const QStringList hits = SecretTest::filesContaining(scratchHome->path(), m_secret);
    QVERIFY2(hits.isEmpty(), qPrintable(u"key found in plain text in: "_s + hits.join(u", "_s)));
    // The probe itself works: a planted copy is found.
    QFile planted(scratchHome->filePath(u".config/planted"_s));
    QVERIFY(QDir().mkpath(scratchHome->filePath(u".config"_s)));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(m_secret.toUtf8());
    planted.close();
    QCOMPARE(SecretTest::filesContaining(scratchHome->path(), m_secret).size(), 1);
}

int main(int argc, char *argv[])
{
    // A HOME of our own, set before anything (glib caches it) so the grep covers every place a
    // fallback could have written to.
    QTemporaryDir home;
    scratchHome = &home;
    const QByteArray path = QDir(home.path()).canonicalPath().toUtf8();
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    QCoreApplication app(argc, argv);
    TestKeychainNoDBus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainnodbus.moc"
