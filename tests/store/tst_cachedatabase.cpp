#include "core/store/cachedatabase.h"
#include "core/store/migrator.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

// A cache with enough users to span many pages.
void fillCache(const QString &path, int users)
{
    CacheDatabase cache(path);
    QVERIFY(!cache.open());
    auto c = cache.openConnection();
    QVERIFY(c);
    QVERIFY(exec(c->database(), u"BEGIN"_s));
    for (int i = 0; i < users; ++i) {
        QVERIFY(exec(c->database(),
            u"INSERT INTO users (uid, external_id, login, email, name, fetched_at) "
            "VALUES ('uid-%1', 'EMP-%1', 'login%1', 'user%1@example.com', 'User Number %1', 1)"_s.arg(i)));
    }
    QVERIFY(exec(c->database(), u"COMMIT"_s));
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathPerProfile_data()
    {
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << u"6b1e2c84-9a8f-4a43-8f7e-0c6f7a1d2e3f"_s << true;
        QTest::newRow("simple") << u"production_1"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("parent") << u".."_s << false;
        QTest::newRow("hidden") << u".x"_s << false;
        QTest::newRow("space") << u"my profile"_s << false;
    }

    void defaultPathPerProfile()
    {
        QFETCH(QString, profileId);
        QFETCH(bool, valid);
        const QString path = CacheDatabase::defaultFilePath(profileId);
        QCOMPARE(!path.isEmpty(), valid);
        if (valid) {
            QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
            QVERIFY(path.endsWith(u"/cache/"_s + profileId + u".sqlite"_s));
        }
    }

    void freshCacheHasPragmasAndSchema()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"sub/dir/p.sqlite"_s));
        QSignalSpy spy(&cache, &CacheDatabase::recovered);
        QVERIFY(!cache.open());
        QVERIFY(cache.isOpen());
        QVERIFY(!cache.recovery());
        QVERIFY(cache.recoveryMessage().isEmpty());
        QCOMPARE(spy.count(), 0);
        auto c = cache.openConnection();
        QVERIFY(c);
        QCOMPARE(scalar(c->database(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(c->database(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(scalar(c->database(), u"PRAGMA busy_timeout"_s).toInt() > 0);
        QCOMPARE(Migrator::userVersion(c->database()), Schema::latestVersion());
        // foreign keys are enforced
        QVERIFY(!exec(c->database(), u"INSERT INTO user_roles (user_uid, role) VALUES ('nobody', 'student')"_s));
    }

    void connectionsPerThreadAreIndependent()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"p.sqlite"_s));
        QVERIFY(!cache.open());
        auto a = cache.openConnection();
        auto b = cache.openConnection();
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(exec(a->database(),
            u"INSERT INTO users (uid, login, email, name, fetched_at) VALUES ('x', 'x', 'x', 'x', 1)"_s));
        QCOMPARE(scalar(b->database(), u"SELECT count(*) FROM users"_s).toInt(), 1);
        const QString name = a->connectionName();
        a.reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void openConnectionBeforeOpenIsAnError()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"p.sqlite"_s));
        StoreError error;
        QVERIFY(!cache.openConnection(&error));
        QCOMPARE(error.kind, StoreError::Kind::Open);
    }

    void recoversDamagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage header") << u"garbage"_s;
        QTest::newRow("truncated file") << u"truncated"_s;
        QTest::newRow("zeroed pages") << u"zeroed"_s;
        QTest::newRow("newer schema") << u"newer"_s;
    }

    void recoversDamagedFile()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        fillCache(path, 3000);
        if (QTest::currentTestFailed())
            return;
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        if (damage == u"garbage"_s) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray junk(4096, 'x');
            file.write(junk);
            file.close();
        } else if (damage == u"truncated"_s) {
            QVERIFY(file.resize(size / 2 + 123));
        } else if (damage == u"zeroed"_s) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(size / 2));
            file.write(QByteArray(16384, '\0'));
            file.close();
        } else {
            CacheConnection c(path);
            QVERIFY(!c.open());
            QVERIFY(exec(c.database(), u"PRAGMA user_version = 999"_s));
        }

        CacheDatabase cache(path);
        QSignalSpy spy(&cache, &CacheDatabase::recovered);
        const auto error = cache.open();
        QVERIFY2(!error, qPrintable(error.message + u' ' + error.sqlError));
        QVERIFY(cache.recovery());
        QCOMPARE(spy.count(), 1);
        QVERIFY(!cache.recovery()->reason.isEmpty());
        QVERIFY(!cache.recovery()->movedTo.isEmpty());
        for (const auto &moved : cache.recovery()->movedTo)
            QVERIFY2(QFile::exists(moved), qPrintable(moved));
        QVERIFY(cache.recovery()->movedTo.constFirst().startsWith(path + u".damaged-"_s));
        QVERIFY(cache.recoveryMessage().contains(cache.recovery()->movedTo.constFirst()));

        auto c = cache.openConnection();
        QVERIFY(c);
        QCOMPARE(Migrator::userVersion(c->database()), Schema::latestVersion());
        QCOMPARE(scalar(c->database(), u"SELECT count(*) FROM users"_s).toInt(), 0);
        QCOMPARE(scalar(c->database(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);

        // Opening again is quiet: the fresh file is healthy.
        CacheDatabase again(path);
        QSignalSpy spy2(&again, &CacheDatabase::recovered);
        QVERIFY(!again.open());
        QCOMPARE(spy2.count(), 0);
    }

    void deletedWalKeepsCheckpointedState_data()
    {
        QTest::addColumn<bool>("keepShm");
        QTest::newRow("wal deleted") << false;
        QTest::newRow("wal deleted, shm left") << true;
    }

    // A crash followed by a lost -wal: the main file is consistent at its last checkpoint.
    // No recovery is needed; only the unsaved writes are gone, and the schema is intact.
    void deletedWalKeepsCheckpointedState()
    {
        QFETCH(bool, keepShm);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        fillCache(path, 200); // closed: checkpointed into the main file
        if (QTest::currentTestFailed())
            return;
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        {
            CacheDatabase cache(path);
            QVERIFY(!cache.open());
            auto c = cache.openConnection();
            QVERIFY(exec(c->database(), u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(exec(c->database(), u"DELETE FROM users WHERE uid = 'uid-5'"_s));
            QVERIFY(QFile::exists(path + u"-wal"_s));
            // "crash" now: take the files as they are, without the -wal
            QVERIFY(QFile::copy(path, copy));
            if (keepShm)
                QVERIFY(QFile::copy(path + u"-shm"_s, copy + u"-shm"_s));
        }
        CacheDatabase cache(copy);
        QSignalSpy spy(&cache, &CacheDatabase::recovered);
        QVERIFY(!cache.open());
        QCOMPARE(spy.count(), 0);
        auto c = cache.openConnection();
        QVERIFY(c);
        QCOMPARE(Migrator::userVersion(c->database()), Schema::latestVersion());
        QCOMPARE(scalar(c->database(), u"SELECT count(*) FROM users"_s).toInt(), 200);
        QCOMPARE(scalar(c->database(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        QVERIFY(exec(c->database(),
            u"INSERT INTO users (uid, login, email, name, fetched_at) VALUES ('new', 'n', 'n', 'n', 1)"_s));
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CacheDatabase cache(dir.filePath(u"file/sub/p.sqlite"_s));
        const auto error = cache.open();
        QCOMPARE(error.kind, StoreError::Kind::Open);
        QVERIFY(!cache.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
