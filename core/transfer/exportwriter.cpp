#include "core/transfer/exportwriter.h"

#include "core/transfer/csvtablewriter.h"
#include "core/transfer/xlsxtablewriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

ExportError ExportWriter::write(const QString &path, ExportDocument document, TableSources &sources,
    const ExportOptions &options, const ExportProgress &progress)
{
    if (!document.exportedAt.isValid())
        document.exportedAt = QDateTime::currentDateTime();
    if (options.format == ExportFormat::Csv)
        return CsvTableWriter::write(path, sources, options, progress);
    return XlsxTableWriter::write(path, document, sources, options, progress);
}

std::optional<ExportFormat> ExportWriter::formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

std::optional<ExportFormat> ExportWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"xlsx")
        return ExportFormat::Xlsx;
    if (n == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

QString ExportWriter::extension(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"xlsx"_s;
}

QChar ExportWriter::separatorFor(const ExportOptions &options)
{
    if (!options.separator.isNull())
        return options.separator;
    return options.locale.decimalPoint() == u"," ? u';' : u',';
}

} // namespace Springdesk::Transfer
