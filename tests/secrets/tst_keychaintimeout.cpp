// A keyring that never answers: the D-Bus session address points at a socket of ours that
// accepts connections and stays silent. Jobs must end with SecretError::Timeout after their
// deadline, exactly once, while the UI thread's event loop keeps running.
#include "core/secrets/keychainsecretstore.h"

#include "secrettesthelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Springdesk::Secrets;

namespace {
QString silentBusPath;
}

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timesOutWithoutBlocking_data();
    void timesOutWithoutBlocking();

private:
    QLocalServer m_bus;
    QList<QLocalSocket *> m_clients;
};

void TestKeychainTimeout::initTestCase()
{
    QLocalServer::removeServer(silentBusPath);
    QVERIFY2(m_bus.listen(silentBusPath), qPrintable(m_bus.errorString()));
    connect(&m_bus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_bus.nextPendingConnection())
            m_clients << client; // accepted, never answered
    });
}

void TestKeychainTimeout::timesOutWithoutBlocking_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("write") << int(SecretJob::Operation::Write);
    QTest::newRow("read") << int(SecretJob::Operation::Read);
    QTest::newRow("remove") << int(SecretJob::Operation::Remove);
}

void TestKeychainTimeout::timesOutWithoutBlocking()
{
    QFETCH(int, operation);
    KeychainSecretStore store;
    store.setTimeout(std::chrono::milliseconds(800));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);

    QElapsedTimer clock;
    clock.start();
    SecretJob *job = nullptr;
    switch (SecretJob::Operation(operation)) {
    case SecretJob::Operation::Write:
        job = store.write(u"p"_s, u"never-stored"_s);
        break;
    case SecretJob::Operation::Read:
        job = store.read(u"p"_s);
        break;
    case SecretJob::Operation::Remove:
        job = store.remove(u"p"_s);
        break;
    }
    QVERIFY(clock.elapsed() < 300); // starting a job does not wait for the keyring
    const auto outcome = SecretTest::wait(job, 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error->kind == SecretError::Kind::Timeout,
        qPrintable(SecretError::kindName(outcome.error->kind) + u": "_s + outcome.error->backendMessage));
    QVERIFY2(elapsed >= 700 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 10, qPrintable(u"event loop ticked only %1 times"_s.arg(ticks)));
    const QString text = outcome.error->userText();
    QVERIFY2(text.startsWith(u"The keyring did not answer in time. (Keyring: no answer within 1 second"_s),
        qPrintable(text));
}

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    silentBusPath = dir.filePath(u"silent-bus"_s);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + silentBusPath.toUtf8());
    qputenv("HOME", dir.path().toUtf8());
    QCoreApplication app(argc, argv);
    TestKeychainTimeout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintimeout.moc"
