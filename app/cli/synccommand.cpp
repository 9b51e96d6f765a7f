#include "app/cli/synccommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/connectionoptions.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"
#include "core/store/syncengine.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using Store::SyncRequest;

struct SyncOptions
{
    ConnectionOptions connection;
    SyncRequest request;
    QString cacheFile;
    int maxInFlight = 8;
};

QString usage()
{
    return SyncCommand::tr(
               "Usage: springdesk-cli sync [--profile NAME | --url URL] [--api-key-file FILE] [--resource NAME]…\n"
               "                           [--full] [--ttl SECONDS] [--cache FILE] [--max-in-flight N]\n"
               "Fills the local cache of the profile (or of the URL) from the server.\n"
               "  --resource NAME    only this resource (repeatable): %1\n"
               "  --full             fetch everything again, ignoring the TTL\n"
               "  --ttl SECONDS      skip what was fetched less than SECONDS ago (default 3600)\n"
               "  --cache FILE       use this cache file instead of the profile's\n"
               "  --max-in-flight N  requests on the wire at once (default 8)\n")
               .arg(QStringList([] {
                   QStringList names;
                   for (auto r : SyncRequest::allResources())
                       names << SyncRequest::resourceName(r);
                   return names;
               }())
                        .join(u", "_s))
        + ConnectionOptions::helpText();
}

// Reads "--name value" or "--name=value" at args[i]; advances i over a separate value.
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString &value, QString &error)
{
    const QString &a = args.at(i);
    if (a.startsWith(name + u'=')) {
        value = a.mid(name.size() + 1);
        return true;
    }
    if (a != name)
        return false;
    if (i + 1 >= args.size()) {
        error = SyncCommand::tr("%1 needs a value.").arg(name);
        return true;
    }
    value = args.at(++i);
    return true;
}

QString parse(QStringList args, SyncOptions &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return err;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        QString error;
        if (a == u"--full") {
            out.request.force = true;
        } else if (takeValue(args, i, u"--resource"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            const auto r = SyncRequest::resourceFromName(value);
            if (!r)
                return SyncCommand::tr("Unknown resource \"%1\".").arg(value);
            out.request.resources << *r;
        } else if (takeValue(args, i, u"--ttl"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            bool ok = false;
            out.request.ttlSeconds = value.toLongLong(&ok);
            if (!ok || out.request.ttlSeconds < 0)
                return SyncCommand::tr("--ttl needs a number of seconds, not \"%1\".").arg(value);
        } else if (takeValue(args, i, u"--max-in-flight"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            bool ok = false;
            out.maxInFlight = value.toInt(&ok);
            if (!ok || out.maxInFlight < 1 || out.maxInFlight > 64)
                return SyncCommand::tr("--max-in-flight needs a number from 1 to 64, not \"%1\".").arg(value);
        } else if (takeValue(args, i, u"--cache"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.cacheFile = value;
        } else {
            return SyncCommand::tr("Unknown argument \"%1\".").arg(a);
        }
    }
    return {};
}

} // namespace

QString SyncCommand::name() const
{
    return u"sync"_s;
}

QString SyncCommand::summary() const
{
    return tr("Fill the local cache from the server (progress and a summary)");
}

QString SyncCommand::progressLine(const Store::SyncProgress &progress)
{
    QStringList parts;
    for (const auto &p : progress.phases)
        parts << u"%1 %2/%3"_s.arg(p.name).arg(p.done).arg(p.total);
    QString line = parts.join(u" · "_s);
    if (progress.callsTotal > 0)
        line += u" · %1 %"_s.arg(100 * progress.callsDone / progress.callsTotal);
    if (progress.etaMs >= 0)
        line += u" · "_s + tr("ETA %1 s").arg((progress.etaMs + 999) / 1000);
    return line;
}

int SyncCommand::exitCodeFor(const Store::SyncReport &report)
{
    if (!report.fatalError.isEmpty())
        return ExitFailure;
    if (report.errors == 0)
        return report.cancelled ? ExitFailure : ExitOk;
    // every call failed: the server could not be reached or refused the key
    if (report.calls > 0 && report.errors >= report.calls && report.rowsWritten == 0)
        return ExitConnection;
    return ExitApi;
}

void SyncCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << usage();
        streams.out.flush();
        done(ExitOk);
        return;
    }
    SyncOptions options;
    if (const QString err = parse(arguments, options); !err.isEmpty()) {
        streams.err << "springdesk-cli sync: " << err << '\n'
                    << tr("Run 'springdesk-cli sync --help' for the usage.") << '\n';
        streams.err.flush();
        done(ExitUsage);
        return;
    }

    auto *context = new QObject;
    auto *config = new Settings::Config({}, context);
    auto *profiles = new Settings::ProfileStore(config, context);
    auto *secrets = new Secrets::KeychainSecretStore(context);
    auto *resolver = new ConnectionResolver(profiles, secrets, context);
    const auto finish = [context, done, &streams](int code) {
        streams.out.flush();
        streams.err.flush();
        context->deleteLater();
        done(code);
    };
    resolver->resolve(options.connection,
        [context, profiles, options, finish, &streams](
            const ResolvedConnection &connection, int code, const QString &error) {
            if (code != ExitOk) {
                streams.err << "springdesk-cli sync: " << error << '\n';
                finish(code);
                return;
            }
            const QString path = cacheFileFor(options.cacheFile, connection.profileName, connection.baseUrl, *profiles);
            auto *cache = new Store::CacheDatabase(path, context);
            if (const auto e = cache->open()) {
                streams.err << "springdesk-cli sync: " << tr("Cannot open the cache %1: %2").arg(path, e.message)
                            << '\n';
                finish(ExitFailure);
                return;
            }
            if (cache->recovery())
                streams.err << "springdesk-cli sync: " << cache->recoveryMessage() << '\n';
            auto *engine = new Store::SyncEngine(path, context);
            Store::SyncConnection sc;
            sc.baseUrl = connection.baseUrl;
            sc.apiKey = connection.apiKey;
            sc.clientConfig.maxInFlight = options.maxInFlight;
            engine->setConnection(sc);
            const bool terminal = streams.errIsTerminal;
            auto lastLength = std::make_shared<qsizetype>(0);
            QObject::connect(engine, &Store::SyncEngine::progress, context,
                [&streams, terminal, lastLength](const Store::SyncProgress &p) {
                    if (!terminal)
                        return;
                    const QString line = progressLine(p);
                    streams.err << '\r' << line;
                    if (*lastLength > line.size())
                        streams.err << QString(*lastLength - line.size(), u' ');
                    *lastLength = line.size();
                    streams.err.flush();
                });
            QObject::connect(engine, &Store::SyncEngine::finished, context,
                [&streams, terminal, lastLength, finish, path](const Store::SyncReport &r) {
                    if (terminal && *lastLength > 0)
                        streams.err << '\n';
                    if (!r.fatalError.isEmpty())
                        streams.err << "springdesk-cli sync: " << r.fatalError << '\n';
                    for (const auto &m : r.errorMessages)
                        streams.err << "springdesk-cli sync: " << m << '\n';
                    if (r.errors > r.errorMessages.size())
                        streams.err << "springdesk-cli sync: "
                                    << tr("… and %n more error(s).", nullptr, int(r.errors - r.errorMessages.size()))
                                    << '\n';
                    streams.out << tr("Sync %1: %2 calls made, %3 rows written, %4 errors in %5 s (cache: %6).")
                                       .arg(r.cancelled ? tr("cancelled") : tr("finished"))
                                       .arg(r.calls)
                                       .arg(r.rowsWritten)
                                       .arg(r.errors)
                                       .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                                       .arg(path)
                                << '\n';
                    finish(exitCodeFor(r));
                });
            engine->start(options.request);
        });
}

} // namespace Springdesk::Cli
