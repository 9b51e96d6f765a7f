#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Springdesk::Sandbox {

// A failed API call: HTTP status and message. Thrown inside the sandbox's handlers and caught at one
// boundary (ApiDispatcher), where it becomes the HTTP answer and rolls the transaction back.
struct ApiFailure
{
    int status = 500;
    QString message;
};

// Null QStrings become empty strings (text columns are NOT NULL); everything else as is.
QVariant bindable(const QVariant &v);

// The sandbox's SQLite store: one named connection, opened and closed in the thread that owns the
// server. WAL, foreign keys, schema version in PRAGMA user_version.
class SandboxStore
{
public:
    static constexpr int SchemaVersion = 1;

    SandboxStore() = default;
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (and creates or migrates) the database. Returns false with *error on failure.
    bool open(const QString &path, QString *error);
    void close();
    // True when the database had no schema before open() (so it needs seeding).
    bool wasCreated() const { return m_created; }

    QSqlDatabase &db() { return m_db; }

    // Runs a statement with positional bindings; throws ApiFailure(500) on SQL errors.
    QSqlQuery exec(const QString &sql, const QVariantList &args = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {});
    qint64 insert(const QString &sql, const QVariantList &args = {});

    void begin();
    void commit();
    void rollback();

private:
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    bool m_created = false;
};

} // namespace Springdesk::Sandbox
