#pragma once

#include "core/transfer/exportdocument.h"
#include "core/transfer/exporterror.h"
#include "core/transfer/tablesource.h"

#include <QChar>
#include <QLocale>

#include <functional>
#include <optional>

namespace Springdesk::Transfer {

enum class ExportFormat
{
    Xlsx,
    Csv,
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Xlsx;
    // CSV: the field separator; null = from the locale (';' where the decimal separator is a
    // comma, as Excel and LibreOffice expect there, else ',').
    QChar separator;
    bool byteOrderMark = true; // CSV: UTF-8 BOM so Excel detects UTF-8
    QLocale locale; // CSV: decimal separator of numbers
    int pageSize = 1000; // rows read from a source at a time
};

// Called after every page with the rows written so far; return false to cancel.
using ExportProgress = std::function<bool(qint64 rowsWritten)>;

// Writes `sources` to `path` in `options.format`, page by page, into a temporary file in the
// target folder that replaces `path` only when complete (mode 0600). On any failure (or a
// cancel) no file is left and an existing `path` is untouched.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::ExportWriter)

public:
    static ExportError write(const QString &path, ExportDocument document, TableSources &sources,
        const ExportOptions &options, const ExportProgress &progress = {});

    // "xlsx" / "csv" from the file name's extension (case-insensitive); nullopt otherwise.
    static std::optional<ExportFormat> formatFromPath(const QString &path);
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString extension(ExportFormat format);
    // The separator `options` means (resolves a null separator from the locale).
    static QChar separatorFor(const ExportOptions &options);
};

} // namespace Springdesk::Transfer
