// Benchmark (label bench): 5,000 userExists queries against springdesk-sandbox --latency-ms 20.
// Prints requests/s, the ratio to the ideal (in-flight cap × 1000 / 20 req/s) and to a strictly
// sequential loop measured in the same run. Targets: ≥ 85 % of ideal, ≥ 6× sequential.
#include "core/api/apiclient.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Springdesk;
using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

// SPRINGDESK_BENCH_LATENCY_MS overrides the latency (e.g. 0 to see the pure per-request cost).
const int LatencyMs = qEnvironmentVariableIsSet("SPRINGDESK_BENCH_LATENCY_MS")
    ? qEnvironmentVariableIntValue("SPRINGDESK_BENCH_LATENCY_MS")
    : 20;
constexpr int Total = 5000;
constexpr int SequentialCount = 250;

} // namespace

class BenchApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userExistsThroughput()
    {
        Testing::SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({u"--latency-ms"_s, QString::number(LatencyMs)}, &error), qPrintable(error));

        ApiClientConfig config; // default cap, unless SPRINGDESK_BENCH_CAP says otherwise
        if (const int cap = qEnvironmentVariableIntValue("SPRINGDESK_BENCH_CAP"); cap > 0)
            config.maxInFlight = cap;
        ApiClient client(config, nullptr);
        client.setBaseUrl(sandbox.apiBaseUrl());
        client.setApiKey(sandbox.apiKey());

        // Strictly sequential: the next call starts when the previous one has finished.
        QElapsedTimer timer;
        timer.start();
        int failures = 0;
        for (int i = 0; i < SequentialCount; ++i) {
            ApiJob *job = client.userExists(u"bench-%1"_s.arg(i));
            job->setAutoDelete(false);
            QSignalSpy spy(job, &ApiJob::finished);
            QVERIFY(spy.wait(10'000));
            failures += job->hasError() ? 1 : 0;
            delete job;
        }
        const double sequentialRate = SequentialCount * 1000.0 / double(timer.elapsed());

        // Everything at once; the scheduler keeps `cap` on the wire.
        client.resetStatistics();
        // Waited for in a real event loop: QTRY_*/qWait sleep 10 ms between event rounds, which
        // would delay every finished reply and understate the throughput.
        int done = 0;
        QEventLoop loop;
        QTimer::singleShot(300'000, &loop, &QEventLoop::quit);
        timer.restart();
        for (int i = 0; i < Total; ++i) {
            ApiJob *job = client.userExists(u"bench-%1"_s.arg(i));
            connect(job, &ApiJob::finished, this, [&done, &failures, &loop](ApiJob *j) {
                failures += j->hasError() ? 1 : 0;
                if (++done == Total)
                    loop.quit();
            });
        }
        loop.exec();
        QCOMPARE(done, Total);
        const double elapsedMs = double(timer.elapsed());
        const double rate = Total * 1000.0 / elapsedMs;
        const double ideal = config.maxInFlight * 1000.0 / qMax(1, LatencyMs);

        qInfo().noquote()
            << u"userExists x %1 against --latency-ms %2, in-flight cap %3 (%4 managers, max observed %5)"_s.arg(Total)
                   .arg(LatencyMs)
                   .arg(config.maxInFlight)
                   .arg(client.managerCount())
                   .arg(client.maxObservedInFlight());
        qInfo().noquote() << u"concurrent: %1 req/s in %2 ms; ideal %3 req/s; ratio to ideal %4 (target >= 0.85)"_s
                                 .arg(rate, 0, 'f', 1)
                                 .arg(elapsedMs, 0, 'f', 0)
                                 .arg(ideal, 0, 'f', 1)
                                 .arg(rate / ideal, 0, 'f', 3);
        qInfo().noquote() << u"sequential: %1 req/s over %2 calls; concurrent/sequential %3x (target >= 6)"_s
                                 .arg(sequentialRate, 0, 'f', 1)
                                 .arg(SequentialCount)
                                 .arg(rate / sequentialRate, 0, 'f', 2);
        QCOMPARE(failures, 0);
        QCOMPARE(client.maxObservedInFlight(), config.maxInFlight);
    }
};

QTEST_GUILESS_MAIN(BenchApiClient)
#include "bench_apiclient.moc"
