#pragma once

#include "core/store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Springdesk::Store {

// A write transaction started with BEGIN IMMEDIATE (so a writer never fails half-way on a lock
// upgrade while another thread reads). Rolls back in the destructor unless commit() succeeded.
// Nested on the same connection it becomes a SAVEPOINT, so repository methods that open their
// own transaction can be combined into one batch by an outer Transaction.
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
    int m_depth = 0; // 0: the outer transaction; n: savepoint sp_n
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
// "50%" -> "%50\%%", for `LIKE ? ESCAPE '\'`: a case-insensitive (ASCII) substring match.
QString likePattern(const QString &text);

// Dates as ISO 8601 text ("2026-05-17", "2026-05-17T10:00:00+02:00"); NULL when invalid.
QVariant date(const QDate &value);
QVariant dateTime(const QDateTime &value);
QDate toDate(const QVariant &value);
QDateTime toDateTime(const QVariant &value);
// The one clock of the cache's timestamps (fetched_at, checked_at…): now, in UTC. Sync and the
// after-command refresh both read it.
QDateTime cacheNow();
// fetched_at columns: milliseconds since the epoch, UTC.
QVariant millis(const QDateTime &value);
QDateTime fromMillis(const QVariant &value);
QVariant optionalReal(const std::optional<double> &value);
std::optional<double> toOptionalReal(const QVariant &value);
std::optional<bool> toOptionalBool(const QVariant &value);

} // namespace Sql

} // namespace Springdesk::Store
