// Sync benchmark (issue 5): a full sync of springdesk-sandbox --seed large:20000 --latency-ms 20
// against the ideal time calls ÷ (in-flight cap × 50 requests/s) (target: within 1.25×).
#include "core/store/cachedatabase.h"
#include "core/store/syncengine.h"
#include "core/store/userrepository.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

class BenchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncOfLargeEnvironment_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("cap");
        const int users = qEnvironmentVariableIntValue("SPRINGDESK_BENCH_SYNC_USERS");
        QTest::newRow("large:20000, cap 8") << (users > 0 ? users : 20000) << 8;
    }

    void fullSyncOfLargeEnvironment()
    {
        QFETCH(int, users);
        QFETCH(int, cap);
        constexpr int LatencyMs = 20;
        Testing::SandboxProcess sandbox;
        QString error;
        QElapsedTimer seedTimer;
        seedTimer.start();
        QVERIFY2(sandbox.start(
                     {u"--seed"_s, u"large:%1"_s.arg(users), u"--latency-ms"_s, QString::number(LatencyMs)}, &error),
            qPrintable(error));
        qInfo("BENCH sandbox seeded with large:%d in %.1f s", users, double(seedTimer.elapsed()) / 1000.0);

        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"bench.sqlite"_s));
        QVERIFY(!cache.open());
        SyncEngine engine(cache.filePath());
        SyncConnection connection;
        connection.baseUrl = sandbox.apiBaseUrl();
        connection.apiKey = sandbox.apiKey();
        connection.clientConfig.maxInFlight = cap;
        engine.setConnection(connection);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QElapsedTimer t;
        t.start();
        QVERIFY(engine.start(SyncRequest{}));
        QVERIFY(finished.wait(1'800'000));
        const double seconds = double(t.elapsed()) / 1000.0;
        const auto report = finished.constFirst().constFirst().value<SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.errorMessages.join(u'\n') + report.fatalError));

        const double perSecondPerSlot = 1000.0 / LatencyMs;
        const double ideal = double(report.calls) / (cap * perSecondPerSlot);
        const double ratio = seconds / ideal;
        qInfo("BENCH full sync of large:%d with --latency-ms %d: %d calls, %d rows, %.1f s; ideal %.1f s "
              "(calls / (cap %d x %.0f req/s)); ratio %.2f (target <= 1.25) %s; max in flight %d",
            users, LatencyMs, report.calls, report.rowsWritten, seconds, ideal, cap, perSecondPerSlot, ratio,
            ratio <= 1.25 ? "PASS" : "MISS", report.maxInFlight);
        auto c = cache.openConnection();
        QCOMPARE(UserRepository(c->database()).totalCount(), users);
        QVERIFY(ratio <= 1.25);
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
