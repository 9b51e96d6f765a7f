// Benchmark (label bench): how fast `--seed large:N` fills a new sandbox store (target: 100,000 users
// in well under 30 s), and how long getUsers takes on it. Prints numbers and ratios; N can be
// overridden with SPRINGDESK_BENCH_USERS.
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/seeder.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Sandbox;

class BenchSandboxSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedLarge()
    {
        const int users = qEnvironmentVariableIsSet("SPRINGDESK_BENCH_USERS")
            ? qEnvironmentVariableIntValue("SPRINGDESK_BENCH_USERS")
            : 100000;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bench.sqlite"_s);
        QElapsedTimer timer;
        {
            SandboxStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            timer.start();
            QVERIFY2(Seeder::seed(store, u"large:%1"_s.arg(users), &error), qPrintable(error));
            const qint64 ms = timer.elapsed();
            const int subscriptions = store.scalar(u"SELECT COUNT(*) FROM subscriptions"_s).toInt();
            const int courses = store.scalar(u"SELECT COUNT(*) FROM courses"_s).toInt();
            const int groups = store.scalar(u"SELECT COUNT(*) FROM user_groups"_s).toInt();
            std::printf("seed large:%d: %lld ms (%.0f users/s); %d courses, %d groups, %d subscriptions; "
                        "ratio to the 30 s target: %.3f\n",
                users, ms, users * 1000.0 / qMax<qint64>(ms, 1), courses, groups, subscriptions, ms / 30000.0);
            QCOMPARE(store.scalar(u"SELECT COUNT(*) FROM users"_s).toInt(), users);
        }

        // getUsers on the large store, over HTTP.
        EmbeddedSandbox sandbox;
        QSignalSpy started(&sandbox, &EmbeddedSandbox::started);
        SandboxOptions options;
        options.databasePath = path;
        sandbox.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 60000);
        QNetworkAccessManager nam;
        QNetworkRequest request(sandbox.apiBaseUrl().resolved(QUrl(u"getUsers"_s)));
        request.setRawHeader("X-API-Key", sandbox.apiKey().toUtf8());
        timer.restart();
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(120000));
        const QByteArray body = reply->readAll();
        std::printf("getUsers with %d users: %lld ms, %lld bytes\n", users, timer.elapsed(), qint64(body.size()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
};

QTEST_MAIN(BenchSandboxSeed)
#include "bench_sandboxseed.moc"
