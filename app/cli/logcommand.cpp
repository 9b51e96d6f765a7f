#include "app/cli/logcommand.h"

#include "app/cli/trackoptions.h"
#include "core/api/endpoints.h"
#include "core/api/jsonreader.h"
#include "core/ops/operationlog.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using Ops::OperationRecord;

QString usage()
{
    return LogCommand::tr(
        "Usage: springdesk-cli log [--since DATE|DURATION] [--function F] [--outcome O] [--json]\n"
        "                         [--profile NAME | --url URL] [--cache FILE]\n"
        "Prints the operation log: every command Springdesk sent for the profile, from the GUI, the CLI or an\n"
        "import, with its outcome and the IDs it touched. The log lives beside the profile's cache.\n"
        "  --since WHEN   from a date (YYYY-MM-DD), a date-time, or a time ago (90m, 12h, 7d, 2w)\n"
        "  --function F   only this API function, e.g. addUser\n"
        "  --outcome O    only this outcome: %1\n"
        "  --json         a JSON array instead of tab-separated lines\n"
        "  --cache FILE   the log beside this cache file\n")
        .arg(u"done, failed, verified-done, verified-not-done, unknown"_s);
}

struct LogOptions
{
    Ops::OperationFilter filter;
    bool json = false;
    TrackOptions where; // --profile/--url/--cache, resolved as `tracked` does
};

// Takes the value of `--name VALUE` or `--name=VALUE` at args[i].
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString &value, QString &error)
{
    const QString &a = args.at(i);
    if (a == name) {
        if (i + 1 >= args.size()) {
            error = LogCommand::tr("%1 needs a value.").arg(name);
            return true;
        }
        value = args.at(++i);
        return true;
    }
    if (a.startsWith(name + u'=')) {
        value = a.mid(name.size() + 1);
        return true;
    }
    return false;
}

QString parse(QStringList args, LogOptions &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.where.connection); !err.isEmpty())
        return err;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        QString error;
        if (args.at(i) == u"--json") {
            out.json = true;
        } else if (takeValue(args, i, u"--since"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            const auto since = LogCommand::parseSince(value, QDateTime::currentDateTimeUtc());
            if (!since)
                return LogCommand::tr("--since takes a date (YYYY-MM-DD), a date-time or a time ago such as 12h or "
                                      "7d, not “%1”.")
                    .arg(value);
            out.filter.since = *since;
        } else if (takeValue(args, i, u"--function"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            if (!Api::findEndpoint(value))
                return LogCommand::tr("Unknown function “%1”.").arg(value);
            out.filter.function = value;
        } else if (takeValue(args, i, u"--outcome"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.filter.outcome = OperationRecord::outcomeFromName(value);
            if (!out.filter.outcome)
                return LogCommand::tr("Unknown outcome “%1”.").arg(value);
        } else if (takeValue(args, i, u"--cache"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.where.cacheFile = value;
        } else {
            return LogCommand::tr("Unknown argument “%1”.").arg(args.at(i));
        }
    }
    return {};
}

QJsonObject toJson(const OperationRecord &r)
{
    return {{u"id"_s, r.id}, {u"time"_s, r.at.toUTC().toString(Qt::ISODateWithMs)}, {u"profile"_s, r.profile},
        {u"source"_s, OperationRecord::sourceName(r.source)}, {u"function"_s, r.function}, {u"params"_s, r.params},
        {u"outcome"_s, OperationRecord::outcomeName(r.outcome)}, {u"message"_s, r.message},
        {u"touched"_s, QJsonArray::fromStringList(r.touched)}, {u"durationMs"_s, r.durationMs}};
}

} // namespace

std::optional<QDateTime> LogCommand::parseSince(const QString &text, const QDateTime &now)
{
    static const QRegularExpression ago(u"^(\\d+)\\s*([mhdw])$"_s);
    if (const auto m = ago.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 minutes = unit == u'm' ? n : unit == u'h' ? n * 60 : unit == u'd' ? n * 1440 : n * 10080;
        return now.addSecs(-minutes * 60);
    }
    if (text.contains(u'T')) {
        if (auto dateTime = Api::JsonReader::parseDateTime(text)) {
            if (dateTime->timeSpec() == Qt::LocalTime)
                dateTime->setTimeSpec(Qt::UTC);
            return dateTime->toUTC();
        }
    } else if (const auto date = Api::JsonReader::parseDate(text)) {
        return QDateTime(*date, QTime(0, 0), Qt::UTC);
    }
    return std::nullopt;
}

QString LogCommand::name() const
{
    return u"log"_s;
}

QString LogCommand::summary() const
{
    return tr("Print the operation log: the commands sent, their outcome and the IDs they touched");
}

void LogCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    const auto finish = [&streams, done](int code) {
        streams.out.flush();
        streams.err.flush();
        done(code);
    };
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << usage() << ConnectionOptions::helpText();
        finish(ExitOk);
        return;
    }
    LogOptions options;
    QString error = parse(arguments, options);
    if (!error.isEmpty()) {
        streams.err << "springdesk-cli log: " << error << '\n'
                    << tr("Run 'springdesk-cli log --help' for the usage.") << '\n';
        finish(ExitUsage);
        return;
    }
    Settings::Config config;
    Settings::ProfileStore profiles(&config);
    const QString cache = options.where.cacheFileWithoutKey(profiles, &error);
    if (cache.isEmpty()) {
        streams.err << "springdesk-cli log: " << error << '\n';
        finish(ExitUsage);
        return;
    }
    const QString path = Ops::OperationLog::pathBeside(cache);
    QList<OperationRecord> records;
    if (QFileInfo::exists(path)) { // no log yet: nothing was sent
        Ops::OperationLog log(path);
        error = log.open();
        if (error.isEmpty())
            records = log.list(options.filter, &error);
        if (!error.isEmpty()) {
            streams.err << "springdesk-cli log: " << error << '\n';
            finish(ExitFailure);
            return;
        }
    }
    if (options.json) {
        QJsonArray array;
        for (const OperationRecord &r : std::as_const(records))
            array.append(toJson(r));
        streams.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        finish(ExitOk);
        return;
    }
    streams.out << "time\tprofile\tsource\tfunction\toutcome\tms\ttouched\tparameters\tmessage\n";
    for (const OperationRecord &r : std::as_const(records)) {
        streams.out << r.at.toUTC().toString(Qt::ISODate) << '\t' << r.profile << '\t'
                    << OperationRecord::sourceName(r.source) << '\t' << r.function << '\t'
                    << OperationRecord::outcomeName(r.outcome) << '\t' << r.durationMs << '\t' << r.touched.join(u',')
                    << '\t' << QString::fromUtf8(QJsonDocument(r.params).toJson(QJsonDocument::Compact)) << '\t'
                    << QString(r.message).replace(u'\n', u' ') << '\n';
    }
    finish(ExitOk);
}

} // namespace Springdesk::Cli
