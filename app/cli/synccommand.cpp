#include "app/cli/synccommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/commandsession.h"
#include "app/cli/connectionoptions.h"
#include "app/cli/syncoptions.h"
#include "core/api/redaction.h"
#include "core/settings/profilestore.h"
#include "core/store/cachedatabase.h"
#include "core/store/knownidregistry.h"
#include "core/store/syncengine.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

// The server answers getGroupUsers of an unknown group with 404, which the sync records as
// "missing" in the known-ID registry rather than as an error; for --group that is the answer.
bool groupIsMissing(const Store::CacheDatabase &cache, const QString &groupId)
{
    const auto connection = cache.openConnection();
    if (!connection)
        return false;
    const auto entry = Store::KnownIdRegistry(connection->database()).entry(Store::KnownId::Kind::Group, groupId);
    return entry && entry->state == Store::KnownId::State::Missing;
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
    if (report.anotherSyncRunning)
        return ExitBusy;
    if (!report.fatalError.isEmpty())
        return ExitFailure;
    if (report.errors == 0)
        return report.cancelled ? ExitFailure : ExitOk;
    // every error was the server out of reach or refusing the key
    if (report.connectionErrors > 0 && report.connectionErrors >= report.errors)
        return ExitConnection;
    return ExitApi;
}

void SyncCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << SyncOptions::usage();
        streams.out.flush();
        done(ExitOk);
        return;
    }
    SyncOptions options;
    if (const QString err = SyncOptions::parse(arguments, options); !err.isEmpty()) {
        streams.err << "springdesk-cli sync: " << Api::Redaction::redact(err) << '\n'
                    << tr("Run 'springdesk-cli sync --help' for the usage.") << '\n';
        streams.err.flush();
        done(ExitUsage);
        return;
    }

    CommandSession::start(name(), options.connection, streams, std::move(done),
        [options, &streams](const CommandSession::Context &session, const ResolvedConnection &connection) {
            QObject *context = session.owner;
            const auto finish = session.finish;
            const QString path = cacheFileFor(options.cacheFile, connection, *session.profiles);
            auto *cache = new Store::CacheDatabase(path, context);
            if (const auto e = cache->open()) {
                streams.err << "springdesk-cli sync: " << tr("Cannot open the cache %1: %2").arg(path, e.message)
                            << '\n';
                finish(ExitFailure);
                return;
            }
            if (cache->recovery())
                streams.err << "springdesk-cli sync: " << cache->recoveryMessage() << '\n';
            QList<Store::SyncRequest> runs;
            {
                QStringList errors;
                Store::StoreError connectionError;
                const auto reader = cache->openConnection(&connectionError);
                if (!reader) {
                    errors << tr("Cannot read the cache %1: %2").arg(path, connectionError.message);
                } else {
                    runs = options.requests(reader->database(), &errors);
                }
                if (!errors.isEmpty()) {
                    for (const QString &e : std::as_const(errors))
                        streams.err << "springdesk-cli sync: " << e << '\n';
                    finish(ExitFailure);
                    return;
                }
            }
            auto *engine = new Store::SyncEngine(path, context);
            Store::SyncConnection sc;
            sc.baseUrl = connection.baseUrl;
            sc.apiKey = connection.apiKey;
            sc.clientConfig = connection.clientConfig();
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
                [&streams, terminal, lastLength, finish, path, cache, options](const Store::SyncReport &r) {
                    if (terminal && *lastLength > 0)
                        streams.err << '\n';
                    int exitCode = exitCodeFor(r);
                    if (exitCode == ExitOk && options.request.scope == Store::SyncRequest::Scope::Group
                        && groupIsMissing(*cache, options.request.target)) {
                        streams.err << "springdesk-cli sync: "
                                    << tr("Group \"%1\" does not exist on the server; it is marked missing in the "
                                          "cache.")
                                           .arg(options.request.target)
                                    << '\n';
                        exitCode = ExitApi;
                    }
                    if (!r.fatalError.isEmpty())
                        streams.err << "springdesk-cli sync: " << r.fatalError << '\n';
                    for (const auto &m : r.errorMessages)
                        streams.err << "springdesk-cli sync: " << m << '\n';
                    if (r.errors > r.errorMessages.size())
                        streams.err << "springdesk-cli sync: "
                                    << tr("… and %n more error(s).", nullptr, int(r.errors - r.errorMessages.size()))
                                    << '\n';
                    if (r.anotherSyncRunning) {
                        finish(exitCode);
                        return;
                    }
                    const QString state = r.cancelled ? tr("cancelled") : tr("finished");
                    const QString seconds = QString::number(double(r.elapsedMs) / 1000.0, 'f', 1);
                    if (r.callsNotSent > 0)
                        streams.out << tr("Sync %1: %2 calls made, %3 not sent (circuit open after repeated "
                                          "failures), %4 rows written, %5 errors in %6 s (cache: %7).")
                                           .arg(state)
                                           .arg(r.calls)
                                           .arg(r.callsNotSent)
                                           .arg(r.rowsWritten)
                                           .arg(r.errors)
                                           .arg(seconds, path)
                                    << '\n';
                    else
                        streams.out << tr("Sync %1: %2 calls made, %3 rows written, %4 errors in %5 s (cache: %6).")
                                           .arg(state)
                                           .arg(r.calls)
                                           .arg(r.rowsWritten)
                                           .arg(r.errors)
                                           .arg(seconds, path)
                                    << '\n';
                    finish(exitCode);
                });
            engine->start(runs);
        });
}

} // namespace Springdesk::Cli
