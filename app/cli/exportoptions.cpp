#include "app/cli/exportoptions.h"

#include "app/cli/exportcommand.h"
#include "core/transfer/reportregistry.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

// Reads "--name value" or "--name=value" at args[i]; advances i over a separate value.
bool takeValue(const QStringList &args, qsizetype &i, const QStringList &names, QString &value, QString &error)
{
    const QString &a = args.at(i);
    for (const QString &name : names) {
        if (a.startsWith(name + u'=') && name.startsWith(u"--")) {
            value = a.mid(name.size() + 1);
        } else if (a == name) {
            if (i + 1 >= args.size()) {
                error = ExportCommand::tr("%1 needs a value.").arg(name);
                return true;
            }
            value = args.at(++i);
        } else {
            continue;
        }
        if (value.isEmpty())
            error = ExportCommand::tr("%1 needs a value.").arg(name);
        return true;
    }
    return false;
}

Transfer::ExportFormat resolvedFormatOf(const ExportOptions &options)
{
    if (options.format)
        return *options.format;
    return Transfer::ExportWriter::formatFromPath(options.output).value_or(Transfer::ExportFormat::Xlsx);
}

} // namespace

QString ExportOptions::usage()
{
    return ExportCommand::tr(
               "Usage: springdesk-cli export REPORT [--profile NAME | --url URL] [--api-key-file FILE]\n"
               "           [--course ID]… [--days N] [--format xlsx|csv] [--separator ';'|','] [--no-bom]\n"
               "           -o FILE [--offline] [--cache FILE]\n"
               "       springdesk-cli export --list\n"
               "Exports a built-in report of the local cache to an XLSX or CSV file. Without --offline the\n"
               "data the report needs is refreshed from the server first (what is older than an hour).\n"
               "  --list             name the reports with their options and columns\n"
               "  --course ID        only this course (UID or external ID; repeatable) for reports about courses\n"
               "  --days N           expiring-subscriptions: the coming N days (default 30)\n"
               "  -o, --output FILE  the file to write; replaced only when the export is complete\n"
               "  --format FORMAT    xlsx or csv (default: from the file's extension)\n"
               "  --separator CHAR   CSV: ';' or ',' (default: ';' where the decimal separator is a comma)\n"
               "  --no-bom           CSV: no UTF-8 byte-order mark\n"
               "  --offline          export what the cache holds, without contacting the server\n"
               "  --cache FILE       use this cache file instead of the profile's\n"
               "Exit codes: 0 written, 1 the export failed (cache, file), 2 usage, 3 the server could not\n"
               "be reached to refresh (use --offline to export the cache as it is), 4 the refresh failed.\n")
        + ConnectionOptions::helpText();
}

QString ExportOptions::parse(QStringList args, ExportOptions &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return err;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        QString error;
        if (a == u"--list") {
            out.list = true;
        } else if (a == u"--offline") {
            out.offline = true;
        } else if (a == u"--no-bom") {
            out.byteOrderMark = false;
        } else if (takeValue(args, i, {u"--course"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            out.courses << value;
        } else if (takeValue(args, i, {u"--days"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            bool ok = false;
            out.days = value.toInt(&ok);
            if (!ok || out.days < 0 || out.days > 3660)
                return ExportCommand::tr("--days needs a number of days from 0 to 3660, not \"%1\".").arg(value);
            out.daysGiven = true;
        } else if (takeValue(args, i, {u"--format"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            out.format = Transfer::ExportWriter::formatFromName(value);
            if (!out.format)
                return ExportCommand::tr("--format needs xlsx or csv, not \"%1\".").arg(value);
        } else if (takeValue(args, i, {u"--separator"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            if (value != u";" && value != u",")
                return ExportCommand::tr("--separator needs ';' or ',', not \"%1\".").arg(value);
            out.separator = value.front();
        } else if (takeValue(args, i, {u"-o"_s, u"--output"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            out.output = value;
        } else if (takeValue(args, i, {u"--cache"_s}, value, error)) {
            if (!error.isEmpty())
                return error;
            out.cacheFile = value;
        } else if (a.startsWith(u'-')) {
            return ExportCommand::tr("Unknown argument \"%1\".").arg(a);
        } else if (out.report.isEmpty()) {
            out.report = a;
        } else {
            return ExportCommand::tr("Only one report at a time: \"%1\" and \"%2\".").arg(out.report, a);
        }
    }
    if (out.list)
        return {};
    if (out.report.isEmpty())
        return ExportCommand::tr("Name a report (springdesk-cli export --list names them).");
    const Transfer::ReportDefinition *report = Transfer::ReportRegistry::find(out.report);
    if (!report)
        return ExportCommand::tr("Unknown report \"%1\" (springdesk-cli export --list names them).").arg(out.report);
    if (!out.courses.isEmpty() && !report->usesCourses)
        return ExportCommand::tr("The report %1 is not about courses: --course does not apply.").arg(out.report);
    if (out.daysGiven && !report->usesDays)
        return ExportCommand::tr("The report %1 has no period: --days does not apply.").arg(out.report);
    if (out.output.isEmpty())
        return ExportCommand::tr("Name the file to write with -o FILE.");
    if (!out.format && !Transfer::ExportWriter::formatFromPath(out.output)) {
        return ExportCommand::tr("Cannot tell the format from \"%1\": name a .xlsx or .csv file, or give --format.")
            .arg(out.output);
    }
    if (resolvedFormatOf(out) != Transfer::ExportFormat::Csv && (!out.separator.isNull() || !out.byteOrderMark))
        return ExportCommand::tr("--separator and --no-bom apply to CSV only.");
    return {};
}

Transfer::ExportFormat ExportOptions::resolvedFormat() const
{
    return resolvedFormatOf(*this);
}

} // namespace Springdesk::Cli
