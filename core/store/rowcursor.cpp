#include "core/store/rowcursor.h"

#include "core/store/sqlhelpers.h"

#include <QSqlError>
#include <QSqlRecord>

namespace Springdesk::Store {

RowCursor::RowCursor(QSqlDatabase db, QString sql, QVariantList values, QString context)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
    , m_values(std::move(values))
    , m_context(std::move(context))
{ }

StoreError RowCursor::next(int maxRows, QList<QVariantList> *rows)
{
    if (m_done)
        return {};
    if (!m_started) {
        m_started = true;
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
        if (auto e = Sql::prepare(m_query, m_sql)) {
            m_done = true;
            return e;
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            m_query.bindValue(int(i), m_values.at(i));
        if (auto e = Sql::run(m_query, m_context)) {
            m_done = true;
            return e;
        }
    }
    const int columns = m_query.record().count();
    for (int n = 0; n < maxRows; ++n) {
        if (!m_query.next()) {
            m_done = true;
            if (m_query.lastError().isValid())
                return Sql::errorOf(m_query, m_context);
            m_query.finish();
            break;
        }
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(m_query.value(c));
        rows->append(std::move(row));
    }
    return {};
}

} // namespace Springdesk::Store
