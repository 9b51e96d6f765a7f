#pragma once

#include "core/transfer/exportcolumn.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Springdesk::Transfer {

using ExportRow = QVariantList; // one value per column, in column order; a null QVariant is an empty cell

// A table to export, read page by page: a writer asks for the next page until an empty one
// comes, so a table of 100,000 rows never sits in memory. A source is used (and destroyed) in
// the thread that reads it; sources over the cache open their connection on the first page.
class TableSource
{
public:
    virtual ~TableSource() = default;

    // The sheet name (XLSX) the table asks for; writers sanitise it.
    virtual QString name() const = 0;
    virtual ExportColumns columns() const = 0;
    // Appends up to `maxRows` rows to `rows`. Empty result: no more rows. False with `error`
    // (translated) when the rows cannot be read.
    virtual bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) = 0;
    // Rows this source will give, when known cheaply (for progress); -1 when unknown.
    virtual qint64 rowCountHint() const { return -1; }
};

using TableSources = std::vector<std::unique_ptr<TableSource>>;

// A source over rows already in memory (a selection, a preview, tests).
class ListTableSource final : public TableSource
{
public:
    ListTableSource(QString name, ExportColumns columns, QList<ExportRow> rows);

    QString name() const override { return m_name; }
    ExportColumns columns() const override { return m_columns; }
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override;
    qint64 rowCountHint() const override { return m_rows.size(); }

private:
    QString m_name;
    ExportColumns m_columns;
    QList<ExportRow> m_rows;
    qsizetype m_next = 0;
};

// A source whose rows come from a function called per page (the bench, generated tables).
class GeneratedTableSource final : public TableSource
{
public:
    // `generate(first, count, rows)` appends rows first … first+count-1 (count > 0).
    using Generator = std::function<void(qint64 first, int count, QList<ExportRow> *rows)>;
    GeneratedTableSource(QString name, ExportColumns columns, qint64 rowCount, Generator generate);

    QString name() const override { return m_name; }
    ExportColumns columns() const override { return m_columns; }
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override;
    qint64 rowCountHint() const override { return m_rowCount; }

private:
    QString m_name;
    ExportColumns m_columns;
    qint64 m_rowCount;
    qint64 m_next = 0;
    Generator m_generate;
};

} // namespace Springdesk::Transfer
