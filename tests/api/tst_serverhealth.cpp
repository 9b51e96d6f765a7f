// ServerHealth: the Retry-After deadline only moves later, the breaker opens after the threshold,
// turns half-open after its cool-down and lets one trial through, listeners hear changes only —
// and all of it holds when many threads use one object at once.
#include "core/api/serverhealth.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Springdesk::Api;
using Breaker = ServerHealth::Breaker;
using namespace Qt::StringLiterals;

class TestServerHealth : public QObject
{
    Q_OBJECT

    // Runs `work(thread index)` on `count` threads at once and waits for all of them.
    static void onThreads(int count, const std::function<void(int)> &work)
    {
        std::atomic<bool> go{false};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < count; ++i) {
            threads.emplace_back(QThread::create([&go, &work, i] {
                while (!go.load())
                    QThread::yieldCurrentThread();
                work(i);
            }));
            threads.back()->start();
        }
        go = true;
        for (auto &t : threads)
            QVERIFY(t->wait(30'000));
    }

    static ApiError failure(int status) { return ApiError(ApiError::Kind::Server, status, u"down"_s); }

private Q_SLOTS:
    void pauseOnlyMovesLater_data()
    {
        QTest::addColumn<QList<qint64>>("deadlines");
        QTest::addColumn<QList<bool>>("moved");
        QTest::addColumn<qint64>("until");
        QTest::newRow("one") << QList<qint64>{1000} << QList<bool>{true} << qint64(1000);
        QTest::newRow("later") << QList<qint64>{1000, 3000} << QList<bool>{true, true} << qint64(3000);
        QTest::newRow("earlier is ignored") << QList<qint64>{3000, 1000} << QList<bool>{true, false} << qint64(3000);
        QTest::newRow("same is ignored") << QList<qint64>{2000, 2000} << QList<bool>{true, false} << qint64(2000);
    }

    void pauseOnlyMovesLater()
    {
        QFETCH(QList<qint64>, deadlines);
        QFETCH(QList<bool>, moved);
        QFETCH(qint64, until);
        ServerHealth health;
        QVERIFY(!health.isPaused(0));
        QCOMPARE(health.pausedUntilMs(), -1);
        for (qsizetype i = 0; i < deadlines.size(); ++i)
            QCOMPARE(health.pauseUntil(deadlines.at(i)), moved.at(i));
        QCOMPARE(health.pausedUntilMs(), until);
        QVERIFY(health.isPaused(until - 1));
        QVERIFY(!health.isPaused(until));
    }

    void breakerOpensHalfOpensAndCloses_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::newRow("threshold 1") << 1;
        QTest::newRow("threshold 3") << 3;
    }

    void breakerOpensHalfOpensAndCloses()
    {
        QFETCH(int, threshold);
        ServerHealth health;
        for (int i = 1; i < threshold; ++i) {
            health.recordFailure(0, failure(500), threshold, 10'000);
            QCOMPARE(health.breaker(0), Breaker::Closed);
        }
        health.recordFailure(100, failure(502), threshold, 10'000);
        QCOMPARE(health.consecutiveFailures(), threshold);
        QCOMPARE(health.lastFailure().httpStatus(), 502);
        QCOMPARE(health.breaker(100), Breaker::Open);
        QCOMPARE(health.openUntilMs(), 10'100);
        QCOMPARE(health.beginTrial(100), ServerHealth::Ticket(0)); // open: no trial yet
        QCOMPARE(health.breaker(10'099), Breaker::Open);
        QCOMPARE(health.breaker(10'100), Breaker::HalfOpen);

        // one trial at a time; a failed trial opens it again for a new cool-down
        const auto trial = health.beginTrial(10'100);
        QVERIFY(trial != 0);
        QCOMPARE(health.beginTrial(10'100), ServerHealth::Ticket(0));
        health.recordFailure(10'200, failure(500), threshold, 10'000);
        QCOMPARE(health.breaker(10'200), Breaker::Open);
        QCOMPARE(health.openUntilMs(), 20'200);

        // a trial that ended without an outcome lets the next one go; a stale ticket changes nothing
        const auto second = health.beginTrial(20'200);
        QVERIFY(second != 0 && second != trial);
        health.endTrial(trial);
        QCOMPARE(health.beginTrial(20'200), ServerHealth::Ticket(0));
        health.endTrial(second);
        const auto third = health.beginTrial(20'200);
        QVERIFY(third != 0);

        health.recordSuccess();
        QCOMPARE(health.breaker(20'300), Breaker::Closed);
        QCOMPARE(health.consecutiveFailures(), 0);
        QCOMPARE(health.openUntilMs(), -1);
        QCOMPARE(health.beginTrial(20'300), ServerHealth::Ticket(0)); // closed: no trial needed
    }

    void successResetsTheCount()
    {
        ServerHealth health;
        health.recordFailure(0, failure(500), 3, 1000);
        health.recordFailure(0, failure(500), 3, 1000);
        health.recordSuccess();
        health.recordFailure(0, failure(500), 3, 1000);
        health.recordFailure(0, failure(500), 3, 1000);
        QCOMPARE(health.breaker(0), Breaker::Closed);
        health.recordFailure(0, failure(500), 3, 1000);
        QCOMPARE(health.breaker(0), Breaker::Open);
    }

    void listenersHearChangesOnly()
    {
        ServerHealth health;
        int calls = 0;
        const auto id = health.addListener([&calls] { ++calls; });
        QVERIFY(health.pauseUntil(1000));
        QCOMPARE(calls, 1);
        QVERIFY(!health.pauseUntil(500)); // not later: nothing to hear
        QCOMPARE(calls, 1);
        health.recordFailure(0, failure(500), 2, 1000);
        QCOMPARE(calls, 1); // counted, still closed
        health.recordFailure(0, failure(500), 2, 1000);
        QCOMPARE(calls, 2); // opened
        const auto trial = health.beginTrial(1000);
        health.endTrial(trial);
        QCOMPARE(calls, 3); // the trial ended: another client may try
        health.recordSuccess();
        QCOMPARE(calls, 4); // closed
        health.recordSuccess();
        QCOMPARE(calls, 4);
        health.removeListener(id);
        QVERIFY(health.pauseUntil(5000));
        QCOMPARE(calls, 4);
    }

    void concurrentUseFromThreads()
    {
        constexpr int Threads = 8;
        constexpr int Rounds = 2000;
        ServerHealth health;
        std::atomic<int> heard{0};
        health.addListener([&heard] { ++heard; });

        // every failure counts once; the deadline ends at the latest one asked for
        std::atomic<int> moved{0};
        onThreads(Threads, [&](int t) {
            for (int i = 0; i < Rounds; ++i) {
                health.recordFailure(0, failure(500 + t), Threads * Rounds + 1, 1000);
                if (health.pauseUntil(qint64(i) * Threads + t))
                    ++moved;
            }
        });
        QCOMPARE(health.consecutiveFailures(), Threads * Rounds);
        QCOMPARE(health.breaker(0), Breaker::Closed);
        QCOMPARE(health.pausedUntilMs(), qint64(Rounds - 1) * Threads + Threads - 1);
        QVERIFY(moved.load() >= 1);
        QCOMPARE(heard.load(), moved.load()); // a listener per move, none lost

        // half-open: never two trials at once, whoever asks
        ServerHealth breaker;
        breaker.recordFailure(0, failure(500), 1, 0); // open with no cool-down: half-open at once
        QCOMPARE(breaker.breaker(0), Breaker::HalfOpen);
        std::atomic<int> inTrial{0};
        std::atomic<int> overlaps{0};
        std::atomic<int> granted{0};
        onThreads(Threads, [&](int) {
            for (int i = 0; i < Rounds; ++i) {
                if (const auto ticket = breaker.beginTrial(0)) {
                    ++granted;
                    if (++inTrial > 1)
                        ++overlaps;
                    --inTrial;
                    breaker.endTrial(ticket);
                }
            }
        });
        QVERIFY(granted.load() > 0);
        QCOMPARE(overlaps.load(), 0);

        // opened by one thread, closed by another: every thread sees one of the two states
        ServerHealth shared;
        std::atomic<int> odd{0};
        onThreads(Threads, [&](int t) {
            for (int i = 0; i < Rounds; ++i) {
                if (t % 2 == 0)
                    shared.recordFailure(0, failure(500), 1, 1'000'000);
                else
                    shared.recordSuccess();
                const Breaker b = shared.breaker(0);
                if (b != Breaker::Open && b != Breaker::Closed)
                    ++odd;
                if (b == Breaker::Open && shared.openUntilMs() != 1'000'000 && shared.openUntilMs() != -1)
                    ++odd;
            }
        });
        QCOMPARE(odd.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerHealth)
#include "tst_serverhealth.moc"
