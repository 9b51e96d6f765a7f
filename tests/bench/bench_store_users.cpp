// Cache benchmarks (issue 5): writing 100,000 users with roles (target < 3 s) and the first
// page of a name/e-mail substring filter over them (target: median < 30 ms).
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

namespace {

constexpr int UserCount = 100000;

QList<User> makeUsers(int n)
{
    static const QStringList first{u"Jan"_s, u"Piet"_s, u"Klaas"_s, u"Anna"_s, u"Marie"_s, u"Sophie"_s, u"Lucas"_s,
        u"Emma"_s, u"Noah"_s, u"Julia"_s, u"Daan"_s, u"Sem"_s, u"Zoë"_s, u"Ömer"_s};
    static const QStringList last{u"Jansen"_s, u"de Vries"_s, u"Bakker"_s, u"Visser"_s, u"Smit"_s, u"Meijer"_s,
        u"Mulder"_s, u"Bos"_s, u"Vos"_s, u"Peters"_s, u"Hendriks"_s, u"van Dijk"_s};
    static const QStringList roles{u"student"_s, u"teacher"_s, u"mentor"_s, u"author"_s};
    QRandomGenerator rng(42);
    QList<User> users;
    users.reserve(n);
    for (int i = 0; i < n; ++i) {
        User u;
        u.id = u"EMP-%1"_s.arg(i, 6, 10, QChar(u'0'));
        u.uid = u"%1-7682-11eb-b67e-06575dd7e8c5"_s.arg(i, 8, 16, QChar(u'0'));
        u.firstName = first.at(rng.bounded(first.size()));
        u.lastName = last.at(rng.bounded(last.size()));
        u.login = (u.firstName + u'.' + u.lastName + QString::number(i)).toLower().remove(u' ');
        u.email = u.login + u"@example.com"_s;
        u.company = u"Company %1"_s.arg(i % 97);
        u.active = i % 10 != 0;
        u.roles << u"student"_s;
        if (i % 7 == 0)
            u.roles << roles.at(1 + rng.bounded(3));
        users.append(u);
    }
    return users;
}

// CPU seconds of this process (user + system): the machine may be shared, wall time is noisy.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

class BenchStoreUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"bench.sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
    }

    void cleanupTestCase() { m_connection.reset(); }

    void write100kUsersWithRoles()
    {
        const auto users = makeUsers(UserCount);
        UserRepository repo(m_connection->database());
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const auto error = repo.upsertUsers(users, QDateTime::currentDateTimeUtc());
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        QVERIFY2(!error, qPrintable(error.message + u' ' + error.sqlError));
        QCOMPARE(repo.totalCount(), UserCount);
        const double target = 3.0;
        qInfo("BENCH write %d users with roles: %.3f s wall, %.3f s CPU (target < %.1f s, ratio %.2f) %s", UserCount,
            seconds, cpu, target, seconds / target, seconds < target ? "PASS" : "MISS");

        // A second full write of the same users (a re-sync) for comparison.
        t.restart();
        const double cpu1 = cpuSeconds();
        QVERIFY(!repo.upsertUsers(users, QDateTime::currentDateTimeUtc()));
        qInfo("BENCH rewrite %d unchanged users: %.3f s wall, %.3f s CPU", UserCount, double(t.nsecsElapsed()) / 1e9,
            cpuSeconds() - cpu1);
        QVERIFY(seconds < target);
    }

    void substringFilterFirstPage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("common last name") << u"jansen"_s;
        QTest::newRow("first name, mixed case") << u"SoPh"_s;
        QTest::newRow("e-mail part") << u"daan.vos12"_s;
        QTest::newRow("exact id-like, rare") << u"99999@"_s;
        QTest::newRow("no match") << u"zzzqqq"_s;
        QTest::newRow("two letters") << u"an"_s;
        QTest::newRow("non-ascii") << u"zoë"_s;
    }

    void substringFilterFirstPage()
    {
        QFETCH(QString, text);
        UserRepository repo(m_connection->database());
        QVERIFY(repo.totalCount() == UserCount);
        UserQuery query;
        query.text = text;
        // The first page and the total are separate calls: a pane shows the page at once and
        // asks for the count afterwards (it may run it lazily or on another connection).
        QList<double> pageMs;
        QList<double> countMs;
        QList<double> pageCpuMs;
        int total = 0;
        int rows = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds();
            StoreError error;
            rows = int(repo.rows(query, 0, 100, &error).size());
            pageMs << double(t.nsecsElapsed()) / 1e6;
            pageCpuMs << (cpuSeconds() - cpu0) * 1e3;
            QVERIFY(!error);
            t.restart();
            total = repo.count(query, &error);
            countMs << double(t.nsecsElapsed()) / 1e6;
            QVERIFY(!error);
        }
        const double m = median(pageMs);
        const double target = 30.0;
        qInfo("BENCH filter \"%s\" over %d users: first page %d rows, median %.2f ms wall, %.2f ms CPU (target < %.0f "
              "ms, ratio %.2f) %s; count %d, median %.2f ms",
            qPrintable(text), UserCount, rows, m, median(pageCpuMs), target, m / target, m < target ? "PASS" : "MISS",
            total, median(countMs));
        QVERIFY(m < target);
    }
};

QTEST_GUILESS_MAIN(BenchStoreUsers)
#include "bench_store_users.moc"
