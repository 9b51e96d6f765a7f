#pragma once

#include "core/transfer/exportwriter.h"

namespace Springdesk::Transfer {

// CSV as RFC 4180 with CRLF line ends, UTF-8 (with a BOM unless told otherwise): one table, its
// header first. Values are written as a spreadsheet in `options.locale` reads them back:
// - numbers with the locale's decimal separator and no grouping ("1234,5"), integers as digits,
//   percentages as "45%" (45 percentage points);
// - dates as ISO 8601 "2026-05-17", date-times as "2026-05-17 14:30:00" in local time (Excel and
//   LibreOffice recognise both in every locale);
// - booleans as TRUE / FALSE;
// - text that starts with =, +, -, @, tab or CR gets a leading ' so it is never a formula;
// - fields holding the separator, a quote, CR or LF are quoted, quotes doubled.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::CsvTableWriter)

public:
    static ExportError write(
        const QString &path, TableSources &sources, const ExportOptions &options, const ExportProgress &progress);

    // One field as written (without the separator); exposed for tests.
    static QString field(const QVariant &value, ColumnType type, QChar separator, const QLocale &locale);
};

} // namespace Springdesk::Transfer
