#include "app/cli/trackedcommand.h"

#include "app/cli/trackoptions.h"
#include "core/api/redaction.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using Store::KnownId;

QString usage()
{
    return TrackedCommand::tr(
        "Usage: springdesk-cli tracked [--kind KIND] [--profile NAME | --url URL] [--cache FILE]\n"
        "Prints the known IDs of the local cache: kind, ID, state, sources, last checked.\n"
        "  --kind KIND   only this kind: %1\n"
        "  --cache FILE  use this cache file instead of the profile's\n")
        .arg(TrackOptions::kindNames());
}

QString timeOrDash(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

const QList<KnownId::Kind> AllKinds{KnownId::Kind::Group, KnownId::Kind::AccessCodeGroup, KnownId::Kind::BookableEvent,
    KnownId::Kind::Subenvironment, KnownId::Kind::ContentLibrary};

} // namespace

QString TrackedCommand::name() const
{
    return u"tracked"_s;
}

QString TrackedCommand::summary() const
{
    return tr("List the known IDs of groups, events… in the local cache, with their state");
}

QString TrackedCommand::sourceNames(int sources)
{
    QStringList names;
    if (sources & KnownId::Created)
        names << u"created"_s;
    if (sources & KnownId::Referenced)
        names << u"referenced"_s;
    if (sources & KnownId::Imported)
        names << u"imported"_s;
    if (sources & KnownId::TrackedByHand)
        names << u"tracked"_s;
    return names.isEmpty() ? u"-"_s : names.join(u',');
}

int TrackedCommand::printEntries(QSqlDatabase db, const QList<KnownId::Kind> &kinds, QTextStream &out, QTextStream &err)
{
    Store::KnownIdRegistry registry(db);
    QList<KnownId> entries;
    for (const auto kind : kinds) {
        Store::StoreError error;
        entries += registry.entries(kind, {}, &error);
        if (error) {
            err << "springdesk-cli tracked: " << tr("Cannot read the known IDs: %1").arg(error.message) << '\n';
            return ExitFailure;
        }
    }
    out << "kind\tid\tstate\tsources\tlast checked\tmissing since\n";
    for (const auto &e : std::as_const(entries)) {
        out << Store::KnownIdRegistry::kindName(e.kind) << '\t' << e.externalId << '\t'
            << Store::KnownIdRegistry::stateName(e.state) << '\t' << sourceNames(e.sources) << '\t'
            << timeOrDash(e.lastChecked) << '\t' << timeOrDash(e.missingSince) << '\n';
    }
    return ExitOk;
}

void TrackedCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
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
    TrackOptions options;
    QString error = TrackOptions::parse(QStringList{u"--list"_s} + arguments, options);
    if (!error.isEmpty()) {
        streams.err << "springdesk-cli tracked: " << Api::Redaction::redact(error) << '\n'
                    << tr("Run 'springdesk-cli tracked --help' for the usage.") << '\n';
        finish(ExitUsage);
        return;
    }
    Settings::Config config;
    Settings::ProfileStore profiles(&config);
    const QString path = options.cacheFileWithoutKey(profiles, &error);
    if (path.isEmpty()) {
        streams.err << "springdesk-cli tracked: " << Api::Redaction::redact(error) << '\n';
        finish(ExitUsage);
        return;
    }
    Store::CacheDatabase cache(path);
    std::unique_ptr<Store::CacheConnection> connection;
    Store::StoreError openError = cache.open();
    if (!openError)
        connection = cache.openConnection(&openError);
    if (!connection) {
        streams.err << "springdesk-cli tracked: " << tr("Cannot open the cache %1: %2").arg(path, openError.message)
                    << '\n';
        finish(ExitFailure);
        return;
    }
    // A damaged cache was moved aside and replaced by an empty one: say where it went, as sync does.
    if (cache.recovery())
        streams.err << "springdesk-cli tracked: " << cache.recoveryMessage() << '\n';
    const int code = printEntries(connection->database(), options.kind ? QList<KnownId::Kind>{*options.kind} : AllKinds,
        streams.out, streams.err);
    connection.reset();
    finish(code);
}

} // namespace Springdesk::Cli
