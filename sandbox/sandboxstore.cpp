#include "sandbox/sandboxstore.h"

#include "sandbox/logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "springdesk.sandbox", QtWarningMsg)

namespace {

// Version 1. Entities have an integer primary key, a nullable unique external ID (ext) and, where the
// API has one, a generated uid.
const char *const SchemaV1[] = {
    R"(CREATE TABLE users (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE,
        login TEXT NOT NULL UNIQUE, firstName TEXT NOT NULL DEFAULT '', middleName TEXT NOT NULL DEFAULT '',
        lastName TEXT NOT NULL DEFAULT '', initials TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', function TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '', dateOfBirth TEXT NOT NULL DEFAULT '',
        telephoneNumber TEXT NOT NULL DEFAULT '', faxNumber TEXT NOT NULL DEFAULT '',
        cellPhoneNumber TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', zip TEXT NOT NULL DEFAULT '',
        residence TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', invoiceAddress TEXT NOT NULL DEFAULT '',
        invoiceZip TEXT NOT NULL DEFAULT '', invoiceResidence TEXT NOT NULL DEFAULT '',
        invoiceCountry TEXT NOT NULL DEFAULT '', custom1 TEXT NOT NULL DEFAULT '', custom2 TEXT NOT NULL DEFAULT '',
        custom3 TEXT NOT NULL DEFAULT '', custom4 TEXT NOT NULL DEFAULT '', custom5 TEXT NOT NULL DEFAULT '',
        locale TEXT NOT NULL DEFAULT '', timeZoneGroup TEXT NOT NULL DEFAULT '', timeZone TEXT NOT NULL DEFAULT '',
        password TEXT NOT NULL DEFAULT '', forcePasswordChange INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1, renewable INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,
        avatar BLOB))",
    "CREATE TABLE user_roles (user_pk INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, role TEXT NOT NULL, "
    "PRIMARY KEY (user_pk, role))",
    "CREATE TABLE user_groups (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT "
    "NULL, "
    "parent_pk INTEGER REFERENCES user_groups ON DELETE SET NULL)",
    "CREATE TABLE group_users (group_pk INTEGER NOT NULL REFERENCES user_groups ON DELETE CASCADE, "
    "user_pk INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, PRIMARY KEY (group_pk, user_pk))",
    "CREATE TABLE content_labels (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, name TEXT NOT NULL)",
    "CREATE TABLE content_label_users (label_pk INTEGER NOT NULL REFERENCES content_labels ON DELETE CASCADE, "
    "user_pk INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, role TEXT NOT NULL, "
    "PRIMARY KEY (label_pk, user_pk, role))",
    "CREATE TABLE resellers (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, uid TEXT NOT NULL UNIQUE, "
    "name TEXT NOT NULL, domain TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE reseller_links (reseller_pk INTEGER NOT NULL REFERENCES resellers ON DELETE CASCADE, "
    "kind TEXT NOT NULL, target_pk INTEGER NOT NULL, PRIMARY KEY (reseller_pk, kind, target_pk))",
    "CREATE TABLE templates (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
    "published INTEGER NOT NULL DEFAULT 1, type TEXT NOT NULL DEFAULT 'Course')",
    "CREATE TABLE activities (pk INTEGER PRIMARY KEY, template_pk INTEGER NOT NULL REFERENCES templates ON DELETE "
    "CASCADE, ext TEXT, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, subType TEXT NOT NULL "
    "DEFAULT '', blockName TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0, UNIQUE (template_pk, ext))",
    R"(CREATE TABLE courses (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE,
        template_pk INTEGER NOT NULL REFERENCES templates, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, archived INTEGER NOT NULL DEFAULT 0,
        reseller TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT 'Course', accessType TEXT NOT NULL DEFAULT
        'Subscription', startDate TEXT NOT NULL DEFAULT '', expireDate TEXT NOT NULL DEFAULT '',
        expireInterval TEXT NOT NULL DEFAULT '', teachersAllowed INTEGER NOT NULL DEFAULT 1,
        teacher_group_pk INTEGER REFERENCES user_groups ON DELETE SET NULL,
        mentor_group_pk INTEGER REFERENCES user_groups ON DELETE SET NULL))",
    R"(CREATE TABLE subscriptions (pk INTEGER PRIMARY KEY, user_pk INTEGER NOT NULL REFERENCES users ON DELETE
        CASCADE, course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, reseller TEXT NOT NULL DEFAULT '',
        subscribeDateTime TEXT NOT NULL, startDate TEXT NOT NULL DEFAULT '', expireDate TEXT NOT NULL DEFAULT '',
        expired INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, completed INTEGER NOT NULL DEFAULT 0,
        completeDateTime TEXT NOT NULL DEFAULT '', grade TEXT NOT NULL DEFAULT '', passed INTEGER NOT NULL DEFAULT 0,
        gradeDate TEXT NOT NULL DEFAULT '', lastTrainingCompletedDateTime TEXT NOT NULL DEFAULT '',
        knowledgeIntake REAL NOT NULL DEFAULT 0, efficiency REAL NOT NULL DEFAULT 0,
        objectivesProgress REAL NOT NULL DEFAULT 0, UNIQUE (user_pk, course_pk)))",
    R"(CREATE TABLE part_results (subscription_pk INTEGER NOT NULL REFERENCES subscriptions ON DELETE CASCADE,
        activity_pk INTEGER NOT NULL REFERENCES activities ON DELETE CASCADE, completed INTEGER NOT NULL DEFAULT 0,
        completeDateTime TEXT NOT NULL DEFAULT '', score TEXT NOT NULL DEFAULT '', passed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (subscription_pk, activity_pk)))",
    R"(CREATE TABLE attempts (pk INTEGER PRIMARY KEY, subscription_pk INTEGER NOT NULL REFERENCES subscriptions ON
        DELETE CASCADE, activity_pk INTEGER NOT NULL REFERENCES activities ON DELETE CASCADE,
        attemptNumber INTEGER NOT NULL, startDateTime TEXT NOT NULL, completed INTEGER NOT NULL DEFAULT 0,
        completeDateTime TEXT NOT NULL DEFAULT '', expireDate TEXT NOT NULL DEFAULT '', progress TEXT NOT NULL
        DEFAULT '', score TEXT NOT NULL DEFAULT '', passed INTEGER NOT NULL DEFAULT 0))",
    "CREATE TABLE attempt_terms (attempt_pk INTEGER NOT NULL REFERENCES attempts ON DELETE CASCADE, name TEXT NOT "
    "NULL, score INTEGER NOT NULL, maxScore INTEGER NOT NULL, threshold INTEGER NOT NULL)",
    "CREATE TABLE attempt_criteria (attempt_pk INTEGER NOT NULL REFERENCES attempts ON DELETE CASCADE, ext TEXT NOT "
    "NULL, name TEXT NOT NULL, maxScore INTEGER NOT NULL, score INTEGER NOT NULL)",
    "CREATE TABLE course_permissions (course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, user_pk INTEGER "
    "NOT NULL REFERENCES users ON DELETE CASCADE, permission TEXT NOT NULL, PRIMARY KEY (course_pk, user_pk, "
    "permission))",
    "CREATE TABLE teacher_students (course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, teacher_pk "
    "INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, student_pk INTEGER NOT NULL REFERENCES users ON DELETE "
    "CASCADE, PRIMARY KEY (course_pk, teacher_pk, student_pk))",
    "CREATE TABLE teacher_student_groups (course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, teacher_pk "
    "INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, group_pk INTEGER NOT NULL REFERENCES user_groups ON DELETE "
    "CASCADE, PRIMARY KEY (course_pk, teacher_pk, group_pk))",
    "CREATE TABLE calendar_items (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, course_pk INTEGER NOT NULL "
    "REFERENCES courses ON DELETE CASCADE, type TEXT NOT NULL, summary TEXT NOT NULL, description TEXT NOT NULL "
    "DEFAULT '', start TEXT NOT NULL, end TEXT NOT NULL)",
    "CREATE TABLE access_code_groups (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT "
    "NOT NULL, reseller TEXT NOT NULL DEFAULT '', startDate TEXT NOT NULL DEFAULT '', expireDate TEXT NOT NULL "
    "DEFAULT '')",
    "CREATE TABLE access_code_group_courses (group_pk INTEGER NOT NULL REFERENCES access_code_groups ON DELETE "
    "CASCADE, course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, PRIMARY KEY (group_pk, course_pk))",
    "CREATE TABLE access_codes (pk INTEGER PRIMARY KEY, group_pk INTEGER NOT NULL REFERENCES access_code_groups ON "
    "DELETE CASCADE, code TEXT NOT NULL UNIQUE, user_pk INTEGER REFERENCES users ON DELETE SET NULL, used INTEGER "
    "NOT NULL DEFAULT 0)",
    "CREATE TABLE bookable_events (pk INTEGER PRIMARY KEY, ext TEXT NOT NULL UNIQUE, uid TEXT NOT NULL UNIQUE, name "
    "TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '', startDate "
    "TEXT NOT NULL DEFAULT '', endDate TEXT NOT NULL DEFAULT '', maxParticipants INTEGER NOT NULL DEFAULT 0, "
    "reseller TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE event_teachers (event_pk INTEGER NOT NULL REFERENCES bookable_events ON DELETE CASCADE, user_pk "
    "INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, PRIMARY KEY (event_pk, user_pk))",
    "CREATE TABLE event_parts (event_pk INTEGER NOT NULL REFERENCES bookable_events ON DELETE CASCADE, course_pk "
    "INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, activity_pk INTEGER NOT NULL REFERENCES activities ON "
    "DELETE CASCADE, PRIMARY KEY (event_pk, course_pk, activity_pk))",
    "CREATE TABLE event_participants (event_pk INTEGER NOT NULL REFERENCES bookable_events ON DELETE CASCADE, user_pk "
    "INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, attended INTEGER NOT NULL DEFAULT 0, score TEXT NOT NULL "
    "DEFAULT '', subscribeDateTime TEXT NOT NULL, PRIMARY KEY (event_pk, user_pk))",
    "CREATE TABLE skill_profiles (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE, name TEXT NOT "
    "NULL, description TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE skill_profile_users (profile_pk INTEGER NOT NULL REFERENCES skill_profiles ON DELETE CASCADE, "
    "user_pk INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, PRIMARY KEY (profile_pk, user_pk))",
    "CREATE TABLE bundles (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL)",
    "CREATE TABLE bundle_courses (pk INTEGER PRIMARY KEY, ext TEXT UNIQUE, uid TEXT NOT NULL UNIQUE, bundle_pk "
    "INTEGER NOT NULL REFERENCES bundles ON DELETE CASCADE, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
    "startDate TEXT NOT NULL DEFAULT '', expireDate TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE bundle_course_courses (bundle_course_pk INTEGER NOT NULL REFERENCES bundle_courses ON DELETE "
    "CASCADE, course_pk INTEGER NOT NULL REFERENCES courses ON DELETE CASCADE, PRIMARY KEY (bundle_course_pk, "
    "course_pk))",
    "CREATE TABLE bundle_subscriptions (bundle_course_pk INTEGER NOT NULL REFERENCES bundle_courses ON DELETE "
    "CASCADE, user_pk INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, subscribeDate TEXT NOT NULL, expired "
    "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (bundle_course_pk, user_pk))",
    "CREATE TABLE login_tokens (user_pk INTEGER PRIMARY KEY REFERENCES users ON DELETE CASCADE, token TEXT NOT NULL "
    "UNIQUE, created TEXT NOT NULL)",
    "CREATE INDEX subscriptions_course ON subscriptions (course_pk)",
    "CREATE INDEX group_users_user ON group_users (user_pk)",
    "CREATE INDEX courses_template ON courses (template_pk)",
    "CREATE INDEX attempts_subscription ON attempts (subscription_pk)",
    "CREATE INDEX calendar_items_course ON calendar_items (course_pk)",
    "CREATE INDEX access_codes_group ON access_codes (group_pk)",
};

} // namespace

QVariant bindable(const QVariant &v)
{
    // A null QString binds as SQL NULL; the API has no nulls for text, so store an empty string.
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(u""_s);
    return v;
}

SandboxStore::~SandboxStore()
{
    close();
}

bool SandboxStore::open(const QString &path, QString *error)
{
    m_connectionName = u"springdesk-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = QCoreApplication::translate("Springdesk::Sandbox::Store", "Cannot open the database %1: %2")
                     .arg(path, m_db.lastError().text());
        return false;
    }
    try {
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
        return migrate(error);
    } catch (const ApiFailure &f) {
        *error = f.message;
        return false;
    }
}

void SandboxStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool SandboxStore::migrate(QString *error)
{
    const int version = scalar(u"PRAGMA user_version"_s).toInt();
    if (version > SchemaVersion) {
        *error = QCoreApplication::translate(
            "Springdesk::Sandbox::Store", "The database has schema version %1; this sandbox knows only up to %2.")
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    m_created = version == 0;
    begin();
    try {
        if (version < 1) {
            for (const char *sql : SchemaV1)
                exec(QString::fromUtf8(sql));
        }
        exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
        commit();
    } catch (const ApiFailure &f) {
        rollback();
        *error = f.message;
        return false;
    }
    return true;
}

QSqlQuery SandboxStore::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = false;
    if (args.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &a : args)
                q.addBindValue(bindable(a));
            ok = q.exec();
        }
    }
    if (!ok) {
        qCWarning(lcSandbox) << "SQL error:" << q.lastError().text() << "in" << sql.left(200);
        throw ApiFailure{500, u"Internal database error: "_s + q.lastError().text()};
    }
    return q;
}

QVariant SandboxStore::scalar(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = exec(sql, args);
    return q.next() ? q.value(0) : QVariant();
}

qint64 SandboxStore::insert(const QString &sql, const QVariantList &args)
{
    return exec(sql, args).lastInsertId().toLongLong();
}

void SandboxStore::begin()
{
    if (!m_db.transaction())
        throw ApiFailure{500, u"Cannot begin a transaction: "_s + m_db.lastError().text()};
}

void SandboxStore::commit()
{
    if (!m_db.commit())
        throw ApiFailure{500, u"Cannot commit: "_s + m_db.lastError().text()};
}

void SandboxStore::rollback()
{
    m_db.rollback();
}

} // namespace Springdesk::Sandbox
