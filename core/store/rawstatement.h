#pragma once

#include "core/store/storeerror.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Springdesk::Store {

// A prepared statement run through SQLite's C API on the connection of a QSqlDatabase, for
// bulk writes where QSqlQuery's per-row QVariant binding and result set-up dominate the cost.
// It takes part in whatever transaction the connection has open. Bound text is encoded to
// UTF-8 into a buffer the statement keeps per parameter until it is bound again.
// Indexes of binds and columns follow SQLite: binds count from 1, columns from 0.
class RawStatement final
{
public:
    explicit RawStatement(const QSqlDatabase &db);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    StoreError prepare(const QString &sql);

    void bindText(int index, const QString &value);
    // NULL for an empty string (optional text columns).
    void bindTextOrNull(int index, const QString &value);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to its end and resets it for the next binds; the error names `context`.
    StoreError exec(const QString &context);
    // Steps once: true while there is a row to read. After the last row (or an error, see
    // error()) the statement is reset.
    bool next();
    StoreError error(const QString &context) const;
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;

private:
    StoreError errorFromCode(int code, const QString &context) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    int m_lastCode = 0;
    std::vector<QByteArray> m_utf8; // bound text, per parameter
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace Springdesk::Store
