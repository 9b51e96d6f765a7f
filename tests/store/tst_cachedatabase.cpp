#include "core/store/cachedatabase.h"
#include "core/store/migrator.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <sys/stat.h>

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

    // Issue 9 item 7: the cache and its journal are 0600 in a 0700 folder, whatever the umask.
    void filesArePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"new/cache"_s);
        const QString path = folder + u"/p.sqlite"_s;
        const mode_t old = ::umask(0);
        CacheDatabase cache(path);
        const StoreError e = cache.open();
        ::umask(old);
        QVERIFY2(!e, qPrintable(e.message));
        auto c = cache.openConnection();
        QVERIFY(exec(c->database(), u"INSERT INTO users (uid, name, fetched_at) VALUES ('u', 'N', 1)"_s));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto mode = [](const QString &p) {
            return QFileInfo(p).permissions()
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
            QCOMPARE(mode(path + suffix), owner);
        }
        QCOMPARE(mode(folder), owner | QFileDevice::ExeOwner);
        QCOMPARE(mode(dir.filePath(u"new"_s)), owner | QFileDevice::ExeOwner); // created by Springdesk too
    }

    // Files and folders made by an older Springdesk (0644 in 0755) are tightened on open; a folder
    // the user chose is left alone.
    void existingFilesAreTightened()
    {
        const QString folder = CacheDatabase::defaultFolder();
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/old.sqlite"_s;
        fillCache(path, 1);
        const auto wide
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto wideFolder = wide | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(path, wide));
        QVERIFY(QFile::setPermissions(folder, wideFolder));
        QVERIFY(QFile::setPermissions(QFileInfo(folder).path(), wideFolder));
        {
            CacheDatabase cache(path);
            QVERIFY(!cache.open());
        }
        const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup
            | QFileDevice::ExeOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(folder).path()).permissions() & others, QFileDevice::Permissions());

        QTemporaryDir chosen;
        QVERIFY(QFile::setPermissions(chosen.path(), wideFolder));
        CacheDatabase elsewhere(chosen.filePath(u"x.sqlite"_s));
        QVERIFY(!elsewhere.open());
        QCOMPARE(QFileInfo(chosen.path()).permissions() & others, wideFolder & others);
        QCOMPARE(QFileInfo(chosen.filePath(u"x.sqlite"_s)).permissions() & others, QFileDevice::Permissions());
    }

    // Issue 9 item 3: many threads (each with its own connection) create the same new cache at once.
    void concurrentCreationInThreads()
    {
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"race.sqlite"_s);
            QList<QThread *> threads;
            QList<StoreError> errors(8);
            QList<int> versions(8, -1);
            for (int i = 0; i < 8; ++i) {
                threads.append(QThread::create([path, i, &errors, &versions] {
                    CacheDatabase cache(path);
                    errors[i] = cache.open();
                    if (errors[i])
                        return;
                    auto c = cache.openConnection(&errors[i]);
                    if (c)
                        versions[i] = Migrator::userVersion(c->database());
                }));
            }
            for (QThread *t : std::as_const(threads))
                t->start();
            for (QThread *t : std::as_const(threads)) {
                QVERIFY(t->wait(120'000));
                delete t;
            }
            for (int i = 0; i < 8; ++i) {
                QVERIFY2(!errors[i], qPrintable(errors[i].message + u' ' + errors[i].sqlError));
                QCOMPARE(versions[i], Schema::latestVersion());
            }
            QCOMPARE(QDir(dir.path()).entryList({u"*.damaged-*"_s}, QDir::Files), QStringList());
        }
    }

    // Issue 9 item 3, with real processes: 10 pairs of springdesk-cli creating one new cache each.
    void concurrentCreationInProcesses()
    {
        const QString cli = QStringLiteral(SPRINGDESK_CLI_EXE);
        QVERIFY2(QFileInfo::exists(cli), qPrintable(cli));
        QTemporaryDir dir;
        for (int pair = 0; pair < 10; ++pair) {
            const QString path = dir.filePath(u"pair-%1.sqlite"_s.arg(pair));
            std::array<QProcess, 2> processes;
            for (QProcess &p : processes)
                p.start(cli, {u"tracked"_s, u"--cache"_s, path});
            for (QProcess &p : processes) {
                QVERIFY(p.waitForFinished(120'000));
                QVERIFY2(
                    p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
                QVERIFY(p.readAllStandardOutput().startsWith("kind\tid"));
            }
            QCOMPARE(QDir(dir.path()).entryList({u"*.damaged-*"_s}, QDir::Files), QStringList());
        }
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
