#include "core/store/cacheconnection.h"
#include "core/store/migrator.h"
#include "core/store/schema.h"
#include "core/store/syncmarks.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

namespace {

QStringList schemaOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s))
        return {u"error"_s};
    while (q.next()) {
        QString sql = q.value(3).toString().simplified();
        out << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString() + u'|' + sql;
    }
    return out;
}

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

// Rows a user of version `version` would have written, so the test shows they survive.
void writeSampleData(QSqlDatabase db, int version)
{
    if (version >= 1) {
        QVERIFY(exec(db,
            u"INSERT INTO users (uid, external_id, login, email, name, fetched_at) "
            "VALUES ('u-1', 'EMP-1', 'jan', 'jan.jansen@example.com', 'Jan Jansen', 1)"_s));
        QVERIFY(exec(db, u"INSERT INTO user_roles (user_uid, role) VALUES ('u-1', 'student')"_s));
        QVERIFY(exec(db, u"INSERT INTO user_groups (external_id, name, fetched_at) VALUES ('G1', 'Group', 1)"_s));
        QVERIFY(exec(db, u"INSERT INTO group_members (group_id, user_uid, fetched_at) VALUES ('G1', 'u-1', 1)"_s));
    }
    if (version >= 2) {
        QVERIFY(exec(db,
            u"INSERT INTO known_ids (kind, external_id, sources, state, first_seen, last_seen) "
            "VALUES ('group', 'G1', 1, 'exists', 1, 1)"_s));
    }
    if (version >= 3) {
        QVERIFY(exec(db, u"INSERT INTO sync_marks (scope, key, fetched_at) VALUES ('list', 'users', 1)"_s));
        QVERIFY(exec(
            db, u"INSERT INTO sync_runs (started_at, finished_at, outcome, calls) VALUES (1000, 2000, 'ok', 7)"_s));
    }
    if (version >= 4) {
        QVERIFY(exec(db,
            u"INSERT INTO sync_runs (started_at, finished_at, outcome, scope) VALUES (3000, 4000, 'ok', 'partial')"_s));
    }
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreOrderedAndComplete()
    {
        const auto &steps = Schema::migrations();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY(!steps.at(i).statements.isEmpty());
        }
        QCOMPARE(Schema::latestVersion(), steps.size());
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < Schema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        CacheConnection fresh(dir.filePath(u"fresh.sqlite"_s));
        QVERIFY(!fresh.open());
        QVERIFY(!Migrator::migrate(fresh.database()));
        const QStringList expected = schemaOf(fresh.database());

        CacheConnection old(dir.filePath(u"old.sqlite"_s));
        QVERIFY(!old.open());
        QVERIFY(!Migrator::migrate(old.database(), fromVersion));
        QCOMPARE(Migrator::userVersion(old.database()), fromVersion);
        writeSampleData(old.database(), fromVersion);
        if (QTest::currentTestFailed())
            return;

        const auto error = Migrator::migrate(old.database());
        QVERIFY2(!error, qPrintable(error.message + u' ' + error.sqlError));
        QCOMPARE(Migrator::userVersion(old.database()), Schema::latestVersion());
        QCOMPARE(schemaOf(old.database()), expected);

        if (fromVersion >= 1) {
            QCOMPARE(scalar(old.database(), u"SELECT name FROM users WHERE uid = 'u-1'"_s).toString(), u"Jan Jansen"_s);
            QCOMPARE(scalar(old.database(), u"SELECT count(*) FROM group_members"_s).toInt(), 1);
        }
        if (fromVersion >= 1 && fromVersion < 4) {
            // Users written before the search index (re)built by step 4 are found by it. (From
            // version 4 on, UserRepository indexes what it writes; this test writes raw SQL.)
            QCOMPARE(
                scalar(old.database(), u"SELECT count(*) FROM users_search WHERE users_search MATCH '\"jansen@exa\"'"_s)
                    .toInt(),
                1);
        }
        if (fromVersion >= 2)
            QCOMPARE(scalar(old.database(), u"SELECT state FROM known_ids"_s).toString(), u"exists"_s);
        if (fromVersion >= 3) {
            // a run from before the scope was recorded still counts as the last full sync
            QCOMPARE(SyncMarks(old.database()).lastFullSync(), QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
        }
        QVERIFY(exec(old.database(), u"PRAGMA foreign_key_check"_s));
        QCOMPARE(scalar(old.database(), u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
    }

    // The step that links skill profiles to subenvironments: a profile cached before it gets links
    // after it, links follow their profile, and a link needs a subenvironment ID.
    void subenvironmentSkillProfilesStep()
    {
        const int version = Schema::version5().version;
        QTemporaryDir dir;
        CacheConnection c(dir.filePath(u"c.sqlite"_s));
        QVERIFY(!c.open());
        QVERIFY(!Migrator::migrate(c.database(), version - 1));
        QVERIFY(exec(c.database(),
            u"INSERT INTO skill_profiles (uid, external_id, name, fetched_at) VALUES ('sp-1', 'SP-1', 'Safety', 1)"_s));
        QVERIFY(!exec(c.database(), u"SELECT * FROM subenvironment_skill_profiles"_s));
        QVERIFY(!Migrator::migrate(c.database(), version));
        QVERIFY(exec(c.database(),
            u"INSERT INTO subenvironment_skill_profiles (reseller_id, profile_uid, fetched_at) VALUES ('main', 'sp-1', 1)"_s));
        QVERIFY(!exec(c.database(), // no such profile
            u"INSERT INTO subenvironment_skill_profiles (reseller_id, profile_uid, fetched_at) VALUES ('main', 'x', 1)"_s));
        QVERIFY(!exec(c.database(), // no subenvironment ID
            u"INSERT INTO subenvironment_skill_profiles (reseller_id, profile_uid, fetched_at) VALUES ('', 'sp-1', 1)"_s));
        QCOMPARE(scalar(c.database(), u"SELECT count(*) FROM subenvironment_skill_profiles"_s).toInt(), 1);
        QVERIFY(exec(c.database(), u"DELETE FROM skill_profiles WHERE uid = 'sp-1'"_s));
        QCOMPARE(scalar(c.database(), u"SELECT count(*) FROM subenvironment_skill_profiles"_s).toInt(), 0);
    }

    void migratingTwiceIsHarmless()
    {
        QTemporaryDir dir;
        CacheConnection c(dir.filePath(u"c.sqlite"_s));
        QVERIFY(!c.open());
        QVERIFY(!Migrator::migrate(c.database()));
        const auto before = schemaOf(c.database());
        QVERIFY(!Migrator::migrate(c.database()));
        QCOMPARE(schemaOf(c.database()), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        CacheConnection c(dir.filePath(u"c.sqlite"_s));
        QVERIFY(!c.open());
        QVERIFY(exec(c.database(), u"PRAGMA user_version = %1"_s.arg(Schema::latestVersion() + 1)));
        const auto error = Migrator::migrate(c.database());
        QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
        QCOMPARE(Migrator::userVersion(c.database()), Schema::latestVersion() + 1);
    }

    void failedStepRollsBack()
    {
        QTemporaryDir dir;
        CacheConnection c(dir.filePath(u"c.sqlite"_s));
        QVERIFY(!c.open());
        QVERIFY(!Migrator::migrate(c.database(), 1));
        // A table in the way of step 2 makes it fail half-way.
        QVERIFY(exec(c.database(), u"CREATE TABLE known_ids (x)"_s));
        const auto error = Migrator::migrate(c.database());
        QCOMPARE(error.kind, StoreError::Kind::Migration);
        QVERIFY(error.message.contains(u"version 2"_s));
        QCOMPARE(Migrator::userVersion(c.database()), 1);
        QCOMPARE(
            scalar(c.database(), u"SELECT count(*) FROM sqlite_master WHERE name = 'known_ids_state'"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
