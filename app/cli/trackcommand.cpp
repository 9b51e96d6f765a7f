#include "app/cli/trackcommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/commandsession.h"
#include "app/cli/trackedcommand.h"
#include "app/cli/trackoptions.h"
#include "core/api/apiclient.h"
#include "core/api/redaction.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"
#include "core/store/idtracker.h"
#include "core/store/syncengine.h"

#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using Store::KnownId;
using Store::TrackResult;
using Outcome = TrackResult::Outcome;

QString usage()
{
    return TrackCommand::tr("Usage: springdesk-cli track [--profile NAME | --url URL] [--api-key-file FILE] "
                            "[--kind KIND] [--cache FILE] ID…\n"
                            "       springdesk-cli track --forget [--kind KIND] [--profile NAME | --url URL] ID…\n"
                            "       springdesk-cli track --list [--kind KIND] [--profile NAME | --url URL]\n"
                            "Tracks IDs the API cannot list, after checking on the server that they exist;\n"
                            "the members of a group tracked now are fetched into the cache at once.\n"
                            "  --kind KIND   the kind of the IDs (default group): %1\n"
                            "  --forget      stop tracking the IDs (no server check)\n"
                            "  --list        print the known IDs with their state (as 'springdesk-cli tracked')\n"
                            "  --cache FILE  use this cache file instead of the profile's\n")
               .arg(TrackOptions::kindNames())
        + ConnectionOptions::helpText();
}

// Opens the cache at `path`; null with a message on `err` when it cannot be used.
std::unique_ptr<Store::CacheConnection> openCache(Store::CacheDatabase &cache, const QString &path, QTextStream &err)
{
    if (const auto e = cache.open()) {
        err << "springdesk-cli track: " << TrackCommand::tr("Cannot open the cache %1: %2").arg(path, e.message)
            << '\n';
        return nullptr;
    }
    if (cache.recovery())
        err << "springdesk-cli track: " << cache.recoveryMessage() << '\n';
    Store::StoreError error;
    auto connection = cache.openConnection(&error);
    if (!connection)
        err << "springdesk-cli track: " << TrackCommand::tr("Cannot open the cache %1: %2").arg(path, error.message)
            << '\n';
    return connection;
}

int forgetAll(QSqlDatabase db, KnownId::Kind kind, const QStringList &ids, QTextStream &out, QTextStream &err)
{
    Api::ApiClient unused; // forget() never calls the server
    Store::IdTracker tracker(db, &unused);
    int code = ExitOk;
    for (const QString &id : ids) {
        if (const auto e = tracker.forget(kind, id)) {
            err << "springdesk-cli track: " << e.message << '\n';
            code = ExitFailure;
            continue;
        }
        out << id << '\t' << "forgotten" << '\t' << TrackCommand::tr("“%1” is no longer tracked.").arg(id) << '\n';
    }
    return code;
}

// Fetches the members of the groups that were just tracked (as the GUI does), so the cache
// shows them at once; a failure is said on stderr and does not undo the tracking.
void refreshTrackedGroups(const QString &cacheFile, const ResolvedConnection &connection,
    const QList<TrackResult> &results, QObject *context, CliStreams &streams, std::function<void()> then)
{
    QList<Store::SyncRequest> requests;
    for (const auto &r : std::as_const(results)) {
        if (r.kind == KnownId::Kind::Group && r.outcome == TrackResult::Outcome::Tracked) {
            Store::SyncRequest request;
            request.scope = Store::SyncRequest::Scope::Group;
            request.target = r.externalId;
            requests << request;
        }
    }
    if (requests.isEmpty()) {
        then();
        return;
    }
    auto *engine = new Store::SyncEngine(cacheFile, context);
    Store::SyncConnection sc;
    sc.baseUrl = connection.baseUrl;
    sc.apiKey = connection.apiKey;
    sc.clientConfig = connection.clientConfig();
    engine->setConnection(sc);
    QObject::connect(engine, &Store::SyncEngine::finished, context, [&streams, then](const Store::SyncReport &report) {
        if (!report.fatalError.isEmpty()) // e.g. another synchronisation of this cache is running
            streams.err
                << "springdesk-cli track: "
                << TrackCommand::tr("The members of a tracked group could not be fetched: %1").arg(report.fatalError)
                << '\n';
        for (const auto &m : report.errorMessages)
            streams.err << "springdesk-cli track: "
                        << TrackCommand::tr("The members of a tracked group could not be fetched: %1").arg(m) << '\n';
        then();
    });
    if (!engine->start(requests))
        then();
}

} // namespace

QString TrackCommand::name() const
{
    return u"track"_s;
}

QString TrackCommand::summary() const
{
    return tr("Track group (or event…) IDs the API cannot list, after an existence check");
}

QString TrackCommand::statusName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Tracked:
        return u"tracked"_s;
    case Outcome::TrackedUnchecked:
        return u"unchecked"_s;
    case Outcome::DoesNotExist:
        return u"missing"_s;
    case Outcome::InvalidId:
        return u"invalid"_s;
    case Outcome::ApiFailed:
    case Outcome::StoreFailed:
        return u"error"_s;
    }
    Q_UNREACHABLE();
    return {};
}

int TrackCommand::exitCodeFor(const QList<TrackResult> &results)
{
    int code = ExitOk;
    const auto worse = [&code](int c) {
        // failure (1) outranks connection (3), which outranks API (4); usage (2) outranks all
        static const QList<int> order{ExitOk, ExitApi, ExitConnection, ExitFailure, ExitUsage};
        if (order.indexOf(c) > order.indexOf(code))
            code = c;
    };
    for (const auto &r : results) {
        switch (r.outcome) {
        case Outcome::Tracked:
        case Outcome::TrackedUnchecked:
            break;
        case Outcome::DoesNotExist:
            worse(ExitApi);
            break;
        case Outcome::ApiFailed:
            worse(r.apiError.isConnectionProblem() ? ExitConnection : ExitApi);
            break;
        case Outcome::InvalidId:
            worse(ExitUsage);
            break;
        case Outcome::StoreFailed:
            worse(ExitFailure);
            break;
        }
    }
    return code;
}

void TrackCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << usage();
        streams.out.flush();
        done(ExitOk);
        return;
    }
    TrackOptions options;
    QString error = TrackOptions::parse(arguments, options);
    if (error.isEmpty() && !options.list) {
        for (const QString &id : std::as_const(options.ids)) {
            if (const QString why = Store::IdTracker::validateId(id); !why.isEmpty()) {
                error = why;
                break;
            }
        }
    }
    if (!error.isEmpty()) {
        streams.err << "springdesk-cli track: " << Api::Redaction::redact(error) << '\n'
                    << tr("Run 'springdesk-cli track --help' for the usage.") << '\n';
        streams.err.flush();
        done(ExitUsage);
        return;
    }

    const KnownId::Kind kind = options.kind.value_or(KnownId::Kind::Group);
    if (options.list || options.forget) { // no key needed, nothing asynchronous
        const auto finish = [&done, &streams](int code) {
            streams.out.flush();
            streams.err.flush();
            done(code);
        };
        Settings::Config config;
        Settings::ProfileStore profiles(&config);
        const QString path = options.cacheFileWithoutKey(profiles, &error);
        if (path.isEmpty()) {
            streams.err << "springdesk-cli track: " << Api::Redaction::redact(error) << '\n';
            finish(ExitUsage);
            return;
        }
        Store::CacheDatabase cache(path);
        auto connection = openCache(cache, path, streams.err);
        if (!connection) {
            finish(ExitFailure);
            return;
        }
        const int code = options.list ? TrackedCommand::printEntries(connection->database(),
                             options.kind ? QList<KnownId::Kind>{kind}
                                          : QList<KnownId::Kind>{KnownId::Kind::Group, KnownId::Kind::AccessCodeGroup,
                                              KnownId::Kind::BookableEvent, KnownId::Kind::Subenvironment,
                                              KnownId::Kind::ContentLibrary},
                             streams.out, streams.err)
                                      : forgetAll(connection->database(), kind, options.ids, streams.out, streams.err);
        connection.reset();
        finish(code);
        return;
    }

    CommandSession::start(name(), options.connection, streams, std::move(done),
        [options, kind, &streams](const CommandSession::Context &session, const ResolvedConnection &connection) {
            QObject *context = session.owner;
            const auto finish = session.finish;
            const QString path = cacheFileFor(options.cacheFile, connection, *session.profiles);
            auto *cache = new Store::CacheDatabase(path, context);
            // the connection lives until the context goes, in this thread
            auto db = std::shared_ptr<Store::CacheConnection>(openCache(*cache, path, streams.err));
            if (!db) {
                finish(ExitFailure);
                return;
            }
            auto *client = new Api::ApiClient(connection.clientConfig(), nullptr, context);
            client->setBaseUrl(connection.baseUrl);
            client->setApiKey(connection.apiKey);
            auto *tracker = new Store::IdTracker(db->database(), client, context);
            auto results = std::make_shared<QList<TrackResult>>();
            auto pending = std::make_shared<qsizetype>(options.ids.size());
            results->resize(options.ids.size());
            for (qsizetype i = 0; i < options.ids.size(); ++i) {
                Store::IdTrackJob *job = tracker->track(kind, options.ids.at(i));
                QObject::connect(job, &Store::IdTrackJob::finished, context,
                    [i, db, results, pending, finish, path, connection, context, &streams](Store::IdTrackJob *j) {
                        (*results)[i] = j->result();
                        if (--*pending > 0)
                            return;
                        const auto report = [db, results, finish, &streams] {
                            for (const auto &r : std::as_const(*results))
                                streams.out << r.externalId << '\t' << statusName(r.outcome) << '\t' << r.message
                                            << '\n';
                            finish(exitCodeFor(*results));
                        };
                        refreshTrackedGroups(path, connection, *results, context, streams, report);
                    });
            }
        });
}

} // namespace Springdesk::Cli
