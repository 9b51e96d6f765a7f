#pragma once

#include "core/transfer/exportwriter.h"

#include <QStringList>

namespace Springdesk::Transfer {

// XLSX through libxlsxwriter in constant-memory mode (rows go to disk as they are written):
// one worksheet per source with a bold, frozen header row, an autofilter over the table and
// column widths from the header and the first page; typed cells (numbers, booleans, dates and
// date-times as Excel dates with a date format, percentages with a % format, IDs and codes and
// all text as string cells — never formulas); then an "About" sheet (report, profile, data as
// of, filters, export time) and the document properties (title, subject = profile, custom
// properties "Profile" and "As of").
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::XlsxTableWriter)

public:
    static ExportError write(const QString &path, const ExportDocument &document, TableSources &sources,
        const ExportOptions &options, const ExportProgress &progress);

    // A valid, unique worksheet name for `wanted`: []:*?/\ become _, leading and trailing
    // apostrophes go, at most 31 characters, " (2)", " (3)"… against `taken` (case-insensitive).
    static QString sheetName(const QString &wanted, const QStringList &taken);
};

} // namespace Springdesk::Transfer
