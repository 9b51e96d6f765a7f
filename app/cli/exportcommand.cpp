#include "app/cli/exportcommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/commandsession.h"
#include "app/cli/exportoptions.h"
#include "app/cli/synccommand.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"
#include "core/store/syncengine.h"
#include "core/transfer/reportregistry.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

constexpr auto Prefix = "springdesk-cli export: ";

// Where an --offline export reads: --cache, else the cache of --url or of the profile (no key needed).
QString offlineCacheFile(const ExportOptions &options, QString *profile, QString *error)
{
    ResolvedConnection connection;
    Settings::Config config;
    Settings::ProfileStore profiles(&config);
    if (!options.connection.url.isEmpty()) {
        connection.baseUrl = options.connection.url;
        *profile = options.connection.url.toString();
    } else if (options.cacheFile.isEmpty()) {
        std::optional<Settings::ConnectionProfile> p = options.connection.profile.isEmpty()
            ? profiles.activeProfile()
            : profiles.findByName(options.connection.profile);
        if (!p && !options.connection.profile.isEmpty())
            p = profiles.profile(options.connection.profile);
        if (!p) {
            *error = options.connection.profile.isEmpty()
                ? ExportCommand::tr("Give --profile NAME, --url URL or --cache FILE; there is no active profile.")
                : ExportCommand::tr("There is no profile named \"%1\".").arg(options.connection.profile);
            return {};
        }
        connection.profileName = p->name;
        connection.baseUrl = p->baseUrl;
        *profile = p->name;
    } else {
        *profile = QFileInfo(options.cacheFile).completeBaseName();
    }
    return cacheFileFor(options.cacheFile, connection, profiles);
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export a report of the local cache to an XLSX or CSV file");
}

QString ExportCommand::listText()
{
    QString text;
    QTextStream s(&text);
    for (const auto &r : Transfer::ReportRegistry::all()) {
        QStringList options;
        if (r.usesCourses)
            options << u"--course ID…"_s;
        if (r.usesDays)
            options << u"--days N"_s;
        s << r.name;
        if (!options.isEmpty())
            s << u" ["_s << options.join(u"] ["_s) << u']';
        s << '\n' << "    " << r.title() << u" — "_s << r.description() << '\n';
        QStringList columns;
        for (const auto &c : r.columns())
            columns << u"%1 (%2)"_s.arg(c.title, Transfer::columnTypeName(c.type));
        s << "    " << tr("Columns: %1").arg(columns.join(u", "_s)) << '\n';
    }
    return text;
}

int ExportCommand::exportFromCache(
    const ExportOptions &options, const QString &path, const QString &profile, CliStreams &streams)
{
    const Transfer::ReportDefinition *report = Transfer::ReportRegistry::find(options.report);
    Transfer::PreparedReport prepared;
    QString error;
    {
        Store::CacheConnection connection(path);
        if (const auto e = connection.open()) {
            streams.err << Prefix << tr("Cannot read the cache %1: %2").arg(path, e.message) << '\n';
            return ExitFailure;
        }
        if (!Transfer::ReportRegistry::prepare(
                *report, connection.database(), path, options.courses, options.days, profile, &prepared, &error)) {
            streams.err << Prefix << error << '\n';
            return ExitFailure;
        }
    }
    Transfer::TableSources sources = report->sheets(prepared.input, &error);
    if (sources.empty()) {
        streams.err << Prefix << error << '\n';
        return ExitFailure;
    }
    Transfer::ExportOptions exportOptions;
    exportOptions.format = options.resolvedFormat();
    exportOptions.separator = options.separator;
    exportOptions.byteOrderMark = options.byteOrderMark;
    qint64 rows = 0;
    const auto e = Transfer::ExportWriter::write(
        options.output, prepared.document, sources, exportOptions, [&rows](qint64 written) {
            rows = written;
            return true;
        });
    if (e) {
        streams.err << Prefix << e.message << '\n';
        return ExitFailure;
    }
    streams.out << tr("Exported %1 to %2: %n row(s).", nullptr, int(rows))
                       .arg(report->name, QDir::toNativeSeparators(options.output))
                << '\n';
    return ExitOk;
}

void ExportCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    const auto finishNow = [&streams, done](int code) {
        streams.out.flush();
        streams.err.flush();
        done(code);
    };
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << ExportOptions::usage();
        finishNow(ExitOk);
        return;
    }
    ExportOptions options;
    if (const QString err = ExportOptions::parse(arguments, options); !err.isEmpty()) {
        streams.err << Prefix << err << '\n' << tr("Run 'springdesk-cli export --help' for the usage.") << '\n';
        finishNow(ExitUsage);
        return;
    }
    if (options.list) {
        streams.out << listText();
        finishNow(ExitOk);
        return;
    }
    if (options.offline) {
        QString profile;
        QString error;
        const QString path = offlineCacheFile(options, &profile, &error);
        if (path.isEmpty()) {
            streams.err << Prefix << error << '\n';
            finishNow(ExitUsage);
            return;
        }
        if (!QFile::exists(path)) {
            streams.err << Prefix
                        << tr("There is no local cache at %1: synchronise first, or export without --offline.")
                               .arg(QDir::toNativeSeparators(path))
                        << '\n';
            finishNow(ExitFailure);
            return;
        }
        finishNow(exportFromCache(options, path, profile, streams));
        return;
    }

    CommandSession::start(name(), options.connection, streams, std::move(done),
        [options, &streams](const CommandSession::Context &session, const ResolvedConnection &connection) {
            const auto finish = session.finish;
            const QString path = cacheFileFor(options.cacheFile, connection, *session.profiles);
            const QString profile
                = connection.profileName.isEmpty() ? connection.baseUrl.toString() : connection.profileName;
            auto *cache = new Store::CacheDatabase(path, session.owner);
            if (const auto e = cache->open()) {
                streams.err << Prefix << tr("Cannot open the cache %1: %2").arg(path, e.message) << '\n';
                finish(ExitFailure);
                return;
            }
            auto *engine = new Store::SyncEngine(path, session.owner);
            Store::SyncConnection sc;
            sc.baseUrl = connection.baseUrl;
            sc.apiKey = connection.apiKey;
            engine->setConnection(sc);
            // A failed refresh: say why and finish; true when `r` failed.
            const auto failed = [&streams, finish](const Store::SyncReport &r) {
                const int code = SyncCommand::exitCodeFor(r);
                if (code == ExitOk)
                    return false;
                if (!r.fatalError.isEmpty())
                    streams.err << Prefix << r.fatalError << '\n';
                for (const auto &m : r.errorMessages)
                    streams.err << Prefix << m << '\n';
                streams.err << Prefix
                            << (code == ExitConnection ? tr("The refresh could not reach the server; nothing was "
                                                            "exported. Add --offline to export what the cache holds.")
                                                       : tr("The refresh failed; nothing was exported."))
                            << '\n';
                finish(code);
                return true;
            };
            // Refresh what the report needs, then export.
            const auto refreshAndExport = [=, &streams] {
                const Transfer::ReportDefinition *report = Transfer::ReportRegistry::find(options.report);
                QList<Store::SyncRequest> runs;
                {
                    Store::CacheConnection connectionToCache(path);
                    QString error;
                    Transfer::PreparedReport prepared;
                    if (const auto e = connectionToCache.open()) {
                        error = tr("Cannot read the cache %1: %2").arg(path, e.message);
                    } else if (Transfer::ReportRegistry::prepare(*report, connectionToCache.database(), path,
                                   options.courses, options.days, profile, &prepared, &error)) {
                        runs = report->refresh(connectionToCache.database(), prepared.input);
                    }
                    if (!error.isEmpty()) {
                        streams.err << Prefix << error << '\n';
                        finish(ExitFailure);
                        return;
                    }
                }
                if (runs.isEmpty()) {
                    finish(exportFromCache(options, path, profile, streams));
                    return;
                }
                QObject::disconnect(engine, &Store::SyncEngine::finished, nullptr, nullptr);
                QObject::connect(
                    engine, &Store::SyncEngine::finished, session.owner, [=, &streams](const Store::SyncReport &r) {
                        if (!failed(r))
                            finish(exportFromCache(options, path, profile, streams));
                    });
                engine->start(runs);
            };
            // A course the cache does not know yet is looked for by a sync of the courses first.
            bool unknownCourse = false;
            if (!options.courses.isEmpty()) {
                Store::CacheConnection connectionToCache(path);
                QStringList uids;
                unknownCourse = !connectionToCache.open()
                    && !Transfer::ReportRegistry::resolveCourses(connectionToCache.database(), options.courses, &uids)
                            .isEmpty();
            }
            if (!unknownCourse) {
                refreshAndExport();
                return;
            }
            QObject::connect(engine, &Store::SyncEngine::finished, session.owner,
                [failed, refreshAndExport, owner = session.owner](const Store::SyncReport &r) {
                    if (!failed(r))
                        QTimer::singleShot(0, owner, refreshAndExport);
                });
            Store::SyncRequest courses;
            courses.resources = {Store::SyncRequest::Resource::Courses};
            engine->start(courses);
        });
}

} // namespace Springdesk::Cli
