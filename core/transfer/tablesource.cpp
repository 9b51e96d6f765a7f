#include "core/transfer/tablesource.h"

namespace Springdesk::Transfer {

ListTableSource::ListTableSource(QString name, ExportColumns columns, QList<ExportRow> rows)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
{ }

bool ListTableSource::fetch(int maxRows, QList<ExportRow> *rows, QString *error)
{
    Q_UNUSED(error);
    const qsizetype end = qMin(m_rows.size(), m_next + maxRows);
    for (; m_next < end; ++m_next)
        rows->append(m_rows.at(m_next));
    return true;
}

GeneratedTableSource::GeneratedTableSource(QString name, ExportColumns columns, qint64 rowCount, Generator generate)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
    , m_rowCount(rowCount)
    , m_generate(std::move(generate))
{ }

bool GeneratedTableSource::fetch(int maxRows, QList<ExportRow> *rows, QString *error)
{
    Q_UNUSED(error);
    const int count = int(qMin<qint64>(maxRows, m_rowCount - m_next));
    if (count <= 0)
        return true;
    m_generate(m_next, count, rows);
    m_next += count;
    return true;
}

} // namespace Springdesk::Transfer
