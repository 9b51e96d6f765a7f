#include "core/store/sqlhelpers.h"

#include "core/store/storelogging.h"

#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

// Open transactions per connection; connections are per thread, so is this table.
thread_local QHash<QString, int> t_depth;

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    m_error = Sql::exec(m_db, m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT sp_%1"_s.arg(m_depth));
    m_active = !m_error.isError();
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    rollback();
}

StoreError Transaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error
                                 : StoreError::make(StoreError::Kind::Query, u"commit without a transaction"_s);
    auto error = Sql::exec(m_db, m_depth == 0 ? u"COMMIT"_s : u"RELEASE sp_%1"_s.arg(m_depth));
    if (error.isError()) {
        rollback();
        return error;
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --t_depth[m_db.connectionName()];
    if (m_depth == 0) {
        if (const auto error = Sql::exec(m_db, u"ROLLBACK"_s))
            qCWarning(lcStore) << "rollback failed:" << error.sqlError;
        return;
    }
    // Undo the savepoint's work and close it; the outer transaction goes on.
    if (const auto error = Sql::exec(m_db, u"ROLLBACK TO sp_%1"_s.arg(m_depth)))
        qCWarning(lcStore) << "rollback to savepoint failed:" << error.sqlError;
    Sql::exec(m_db, u"RELEASE sp_%1"_s.arg(m_depth));
}

namespace Sql {

StoreError errorOf(const QSqlQuery &query, const QString &context)
{
    const QString sql = query.lastError().text();
    qCWarning(lcStore) << context << "failed:" << sql;
    const QString native = query.lastError().nativeErrorCode();
    const bool corrupt = native == u"11"_s || native == u"26"_s;
    return StoreError::make(corrupt ? StoreError::Kind::Corrupt : StoreError::Kind::Query, context, sql);
}

StoreError exec(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return errorOf(q, statement.left(80));
    return {};
}

StoreError prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        return errorOf(query, statement.left(80));
    return {};
}

StoreError run(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorOf(query, context);
    return {};
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant boolOrNull(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDateTime cacheNow()
{
    return QDateTime::currentDateTimeUtc();
}

QVariant millis(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMillis(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

} // namespace Sql

} // namespace Springdesk::Store
