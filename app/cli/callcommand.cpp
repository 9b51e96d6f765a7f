#include "app/cli/callcommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/commandcacheupdate.h"
#include "app/cli/commandsession.h"
#include "app/cli/connectionoptions.h"
#include "core/api/apiclient.h"
#include "core/api/callarguments.h"
#include "core/api/endpoints.h"
#include "core/api/paramvalidator.h"
#include "core/api/redaction.h"
#include "core/ops/operationlog.h"
#include "core/ops/operationrunner.h"
#include "core/settings/profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

using namespace Springdesk::Api;

QString typeLabel(const ParamSpec &spec)
{
    QString t;
    switch (spec.type) {
    case ParamType::String:
        t = u"text"_s;
        break;
    case ParamType::Bool:
        t = u"true|false"_s;
        break;
    case ParamType::Date:
        t = u"YYYY-MM-DD"_s;
        break;
    case ParamType::DateTime:
        t = u"YYYY-MM-DDTHH:MM:SS"_s;
        break;
    case ParamType::Integer:
        t = u"integer"_s;
        break;
    case ParamType::Number:
        t = u"number"_s;
        break;
    case ParamType::File:
        t = u"@FILE"_s;
        break;
    case ParamType::Email:
        t = u"e-mail"_s;
        break;
    case ParamType::Id:
        t = u"ID"_s;
        break;
    }
    if (spec.isArray())
        t += u", repeatable"_s;
    return t;
}

void printList(QTextStream &s)
{
    for (const Endpoint &e : endpoints()) {
        s << e.pathTemplate() << (e.kind == CallKind::Command ? "  [command]" : "  [query]")
          << (e.confidence == Confidence::Provisional ? "  (provisional name)" : "") << '\n';
        for (const ParamSpec &p : e.params) {
            if (p.isInPath())
                continue;
            s << "    --param " << p.name() << '=' << typeLabel(p) << (p.isRequired() ? "  (required)" : "") << '\n';
        }
    }
}

// The closest function names, for "did you mean".
QStringList suggestions(const QString &wanted)
{
    QStringList out;
    for (const Endpoint &e : endpoints()) {
        const QString name(e.function);
        if (name.compare(wanted, Qt::CaseInsensitive) == 0 || name.contains(wanted, Qt::CaseInsensitive)
            || (wanted.size() >= 4 && wanted.contains(name.left(wanted.size() - 1), Qt::CaseInsensitive)))
            out.append(name);
    }
    return out.mid(0, 5);
}

struct CallRequest
{
    Fn fn = Fn::GetUsers;
    ApiParams params;
    ConnectionOptions connection;
    QString cacheFile; // --cache
    bool updateCache = true; // --no-cache turns it off
};

QString usage()
{
    return CallCommand::tr("Usage: springdesk-cli call FUNCTION [PATH_ARG]... [--param NAME=VALUE]...\n"
                           "                          [--url URL | --profile NAME] [--api-key-file FILE]\n"
                           "                          [--cache FILE | --no-cache]\n"
                           "       springdesk-cli call --list\n"
                           "Runs one aNewSpring API function and prints its answer as JSON.\n"
                           "PATH_ARGs fill the function's path parameters in order (see --list).\n"
                           "After a command, the local cache of the profile (or of the URL, or FILE) is\n"
                           "updated from the answer or by re-fetching what changed, when that cache exists;\n"
                           "--no-cache leaves it alone.\n")
        + ConnectionOptions::helpText();
}

// Parses and validates the command line; returns the usage errors (none when it may be sent).
QStringList parse(QStringList args, CallRequest &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return {err};
    QStringList positional;
    QStringList assignments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--param" || a == u"-p") {
            if (i + 1 >= args.size())
                return {CallCommand::tr("--param needs NAME=VALUE.")};
            assignments.append(args.at(++i));
        } else if (a.startsWith(u"--param=")) {
            assignments.append(a.mid(8));
        } else if (a == u"--no-cache") {
            out.updateCache = false;
        } else if (a == u"--cache") {
            if (i + 1 >= args.size())
                return {CallCommand::tr("--cache needs a file.")};
            out.cacheFile = args.at(++i);
        } else if (a.startsWith(u"--cache=")) {
            out.cacheFile = a.mid(8);
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return {CallCommand::tr("Unknown option %1.").arg(a)};
        } else {
            positional.append(a);
        }
    }
    if (!out.updateCache && !out.cacheFile.isEmpty())
        return {CallCommand::tr("--cache and --no-cache contradict each other.")};
    if (positional.isEmpty())
        return {CallCommand::tr("Name the function to call.")};
    const QString function = positional.takeFirst();
    const Endpoint *e = findEndpoint(function);
    if (!e) {
        const QStringList similar = suggestions(function);
        return {similar.isEmpty()
                ? CallCommand::tr("Unknown function \"%1\". Run 'springdesk-cli call --list' for all functions.")
                      .arg(function)
                : CallCommand::tr("Unknown function \"%1\". Did you mean: %2?").arg(function, similar.join(u", "))};
    }
    out.fn = e->fn;
    RawParams raw;
    if (const QString err = CallArguments::parse(*e, positional, assignments, raw); !err.isEmpty())
        return {err};
    // Every problem, each naming its parameter, before anything is sent.
    Validation validation = ParamValidator::validate(out.fn, raw);
    QStringList problems;
    for (const ParamProblem &problem : validation.problems)
        problems.append(problem.message);
    out.params = std::move(validation.params);
    return problems;
}

// Writes a (possibly large) UTF-8 answer in slices that end at a line break, flushing each, so
// the stream never holds a UTF-16 copy and an encoded copy of the whole answer (issue 9 item 2).
void printJson(QTextStream &out, const QByteArray &json)
{
    constexpr qsizetype Slice = 1024 * 1024;
    qsizetype from = 0;
    while (from < json.size()) {
        qsizetype to = qMin(json.size(), from + Slice);
        if (to < json.size()) {
            const qsizetype newline = json.indexOf('\n', to);
            to = newline < 0 ? json.size() : newline + 1;
        }
        out << QString::fromUtf8(json.constData() + from, to - from);
        out.flush();
        from = to;
    }
}

} // namespace

QString CallCommand::name() const
{
    return u"call"_s;
}

QString CallCommand::summary() const
{
    return tr("Run one API function and print its answer as JSON");
}

int CallCommand::exitCodeFor(const Api::ApiError &error)
{
    using K = Api::ApiError::Kind;
    if (error.isConnectionProblem())
        return ExitConnection;
    switch (error.kind()) {
    case K::None:
        return ExitOk;
    case K::InvalidInput:
        return error.httpStatus() == 0 ? ExitUsage : ExitApi;
    case K::Cancelled:
        return ExitFailure;
    default:
        return ExitApi;
    }
}

void CallCommand::run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
        streams.out << usage();
        streams.out.flush();
        done(ExitOk);
        return;
    }
    if (arguments.contains(u"--list")) {
        printList(streams.out);
        streams.out.flush();
        done(ExitOk);
        return;
    }
    CallRequest request;
    if (const QStringList errors = parse(arguments, request); !errors.isEmpty()) {
        for (const QString &err : errors)
            streams.err << "springdesk-cli call: " << Api::Redaction::redact(err) << '\n';
        streams.err << tr("Run 'springdesk-cli call --help' for the usage, 'springdesk-cli call --list' for the "
                          "functions.")
                    << '\n';
        streams.err.flush();
        done(ExitUsage);
        return;
    }

    CommandSession::start(name(), request.connection, streams, std::move(done),
        [request, &streams](const CommandSession::Context &session, const ResolvedConnection &connection) {
            QObject *context = session.owner;
            const auto finish = session.finish;
            auto *client = new ApiClient(connection.clientConfig(), nullptr, context);
            client->setBaseUrl(connection.baseUrl);
            client->setApiKey(connection.apiKey);
            const QString cacheFile = cacheFileFor(request.cacheFile, connection, *session.profiles);
            // Every command is logged beside the profile's cache, whether or not the cache is updated.
            auto log = std::make_shared<Ops::OperationLog>(Ops::OperationLog::pathBeside(cacheFile));
            auto *runner = new Ops::OperationRunner(client, context);
            if (endpoint(request.fn).kind == CallKind::Command) {
                if (const QString err = log->open(); err.isEmpty())
                    runner->setLog(log.get(), connection.profileName);
                else
                    streams.err << "springdesk-cli call: " << err << '\n';
            }
            QObject::connect(runner, &Ops::OperationRunner::logFailed, context,
                [&streams](const QString &message) { streams.err << "springdesk-cli call: " << message << '\n'; });
            Ops::Operation *op = runner->run(request.fn, request.params, Ops::Source::Cli);
            QObject::connect(op, &Ops::Operation::finished, context,
                [context, client, request, cacheFile, finish, log, &streams](Ops::Operation *o) {
                    using Ops::Outcome;
                    if (!o->succeeded()) {
                        const ApiError &e = o->error();
                        streams.err << "springdesk-cli call: " << e.userText() << '\n';
                        streams.err << "  (" << e.toString() << ")\n";
                        if (o->outcome() != Outcome::Failed)
                            streams.err << "springdesk-cli call: " << o->summary() << '\n';
                        finish(exitCodeFor(e));
                        return;
                    }
                    if (o->outcome() == Outcome::VerifiedDone)
                        streams.err << "springdesk-cli call: " << o->summary() << '\n';
                    if (o->json().isObject())
                        printJson(streams.out, QJsonDocument(o->json().toObject()).toJson(QJsonDocument::Indented));
                    if (!request.updateCache || endpoint(request.fn).kind != CallKind::Command) {
                        finish(ExitOk);
                        return;
                    }
                    // The command succeeded whatever happens to the cache: a stale cache is
                    // reported, not turned into a failure.
                    streams.out.flush();
                    CommandCacheUpdate::run(cacheFile, client, request.fn, o->params(), o->value(), context,
                        [finish, &streams](const CommandCacheUpdate::Outcome &outcome) {
                            for (const QString &m : outcome.messages)
                                streams.err << "springdesk-cli call: " << m << '\n';
                            if (outcome.updated)
                                streams.err << "springdesk-cli call: " << tr("The local cache was updated.") << '\n';
                            finish(ExitOk);
                        });
                });
        });
}

} // namespace Springdesk::Cli
