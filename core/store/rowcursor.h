#pragma once

#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Springdesk::Store {

// A forward-only read of a query's rows, page by page: the query runs on the first next() and
// SQLite steps through it as pages are asked for, so a report of 100,000 rows is never in
// memory at once. Use it in the thread that owns the connection, while the connection is open.
class RowCursor final
{
public:
    RowCursor(QSqlDatabase db, QString sql, QVariantList values, QString context);

    // Appends up to `maxRows` rows (one QVariant per selected column) to `rows`; none at the end.
    StoreError next(int maxRows, QList<QVariantList> *rows);

private:
    QSqlDatabase m_db;
    QString m_sql;
    QVariantList m_values;
    QString m_context;
    QSqlQuery m_query;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Springdesk::Store
