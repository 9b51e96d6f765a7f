#pragma once

#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Springdesk::Store {

// A write transaction started with BEGIN IMMEDIATE (so a writer never fails half-way on a lock
// upgrade while another thread reads). Rolls back in the destructor unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const StoreError &beginError() const { return m_error; }
    StoreError commit();
    void rollback();

private:
    QSqlDatabase m_db;
    StoreError m_error;
    bool m_active = false;
};

namespace Sql {

StoreError errorOf(const QSqlQuery &query, const QString &context);
// Runs one statement without parameters.
StoreError exec(QSqlDatabase db, const QString &statement);
StoreError prepare(QSqlQuery &query, const QString &statement);
// exec() on a prepared query; the error names `context`.
StoreError run(QSqlQuery &query, const QString &context);

// NULL for an empty string, so optional text stays NULL in the cache.
QVariant textOrNull(const QString &value);
QVariant boolOrNull(const std::optional<bool> &value);
// A bound value for a boolean column.
inline int flag(bool value)
{
    return value ? 1 : 0;
}

// "abc" -> "\"abc\"" for an FTS5 phrase (quotes doubled).
QString ftsPhrase(const QString &text);

} // namespace Sql

} // namespace Springdesk::Store
