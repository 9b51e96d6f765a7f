#pragma once

#include <QList>
#include <QString>

namespace Springdesk::Transfer {

// What a column holds; decides how a cell is written (see README "Reports and export").
enum class ColumnType
{
    Text, // free text: guarded against formula injection
    Id, // an ID or code: always text, so leading zeros survive ("00123")
    Integer,
    Number,
    Boolean,
    Date, // a QDate (or ISO 8601 text)
    DateTime, // a QDateTime (or ISO 8601 text); written in local time
    Percentage, // percentage points, 0–100 (the API's scale); XLSX shows 45 as "45%"
};

// One column of an exported table: a stable key (for tests and scripts), its header and type.
struct ExportColumn
{
    QString key;
    QString title;
    ColumnType type = ColumnType::Text;

    bool operator==(const ExportColumn &other) const = default;
};

using ExportColumns = QList<ExportColumn>;

// "text", "id", "integer", … (for --list and tests).
QString columnTypeName(ColumnType type);

} // namespace Springdesk::Transfer
