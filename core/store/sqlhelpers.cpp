#include "core/store/sqlhelpers.h"

#include "core/store/storelogging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_error = Sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
    m_active = !m_error.isError();
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
    auto error = Sql::exec(m_db, u"COMMIT"_s);
    if (error.isError()) {
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (const auto error = Sql::exec(m_db, u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << error.sqlError;
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

} // namespace Sql

} // namespace Springdesk::Store
