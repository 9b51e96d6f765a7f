#pragma once

#include "core/transfer/exportcolumn.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Springdesk::Transfer {

// How cell values are interpreted, shared by the CSV and XLSX writers.
namespace CellFormat {

// True for text a spreadsheet could take for a formula: it starts with =, +, -, @, a tab or a
// carriage return. Such text is written as text (XLSX: a string cell; CSV: prefixed with ').
bool looksLikeFormula(QStringView text);

// The value as a date / date-time (QDate, QDateTime or ISO 8601 text); nullopt when it is not one.
// Date-times are converted to local time (spreadsheets know no time zones).
std::optional<QDate> toDate(const QVariant &value);
std::optional<QDateTime> toLocalDateTime(const QVariant &value);
std::optional<double> toNumber(const QVariant &value);
std::optional<bool> toBool(const QVariant &value);
// Text of any value (QStringList joined with ", ").
QString toText(const QVariant &value);

// Excel's serial day number (1900 date system) of a date / date-time.
double excelSerial(const QDate &date);
double excelSerial(const QDateTime &localDateTime);

// Removes characters XML 1.0 cannot carry (controls other than tab, LF, CR) and cuts at
// Excel's 32,767 characters per cell.
QString cellSafe(const QString &text);

} // namespace CellFormat

} // namespace Springdesk::Transfer
