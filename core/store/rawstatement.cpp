#include "core/store/rawstatement.h"

#include "core/store/storelogging.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

RawStatement::RawStatement(const QSqlDatabase &db)
    : m_db(handleOf(db))
{ }

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

StoreError RawStatement::prepare(const QString &sql)
{
    m_sql = sql;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (!m_db)
        return StoreError::make(StoreError::Kind::Query, u"the cache connection is not an open SQLite connection"_s);
    const int code = sqlite3_prepare16_v3(
        m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (code != SQLITE_OK)
        return errorFromCode(code, sql.left(80));
    return {};
}

void RawStatement::bindText(int index, const QString &value)
{
    // Encoded here into a buffer kept per parameter (its capacity reused row after row):
    // cheaper than SQLite's own UTF-16 to UTF-8 translation with an allocation per value.
    if (index < 1)
        return;
    if (size_t(index) > m_utf8.size())
        m_utf8.resize(size_t(index));
    QByteArray &buffer = m_utf8[size_t(index) - 1];
    buffer.resize(value.size() * 3);
    char *end = m_encoder.appendToBuffer(buffer.data(), value);
    const auto size = end - buffer.data();
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(size), SQLITE_STATIC);
}

void RawStatement::bindTextOrNull(int index, const QString &value)
{
    if (value.isEmpty())
        bindNull(index);
    else
        bindText(index, value);
}

void RawStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

StoreError RawStatement::exec(const QString &context)
{
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_stmt);
    m_lastCode = code;
    sqlite3_reset(m_stmt);
    if (code != SQLITE_DONE)
        return errorFromCode(code, context);
    return {};
}

bool RawStatement::next()
{
    m_lastCode = sqlite3_step(m_stmt);
    if (m_lastCode == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    return false;
}

StoreError RawStatement::error(const QString &context) const
{
    if (m_lastCode == SQLITE_OK || m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE)
        return {};
    return errorFromCode(m_lastCode, context);
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString RawStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString::fromUtf16(data, bytes / qsizetype(sizeof(char16_t))) : QString();
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

StoreError RawStatement::errorFromCode(int code, const QString &context) const
{
    const QString sql = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    qCWarning(lcStore) << context << "failed:" << sql;
    const int primary = code & 0xff;
    const bool corrupt = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    return StoreError::make(corrupt ? StoreError::Kind::Corrupt : StoreError::Kind::Query, context, sql);
}

} // namespace Springdesk::Store
