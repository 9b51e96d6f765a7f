#include "app/cli/callcommand.h"

#include "app/cli/cachefile.h"
#include "app/cli/commandcacheupdate.h"
#include "app/cli/commandsession.h"
#include "app/cli/connectionoptions.h"
#include "core/api/apiclient.h"
#include "core/api/endpoints.h"
#include "core/settings/profilestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
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

// Parses "--param NAME=VALUE" into `params` according to the endpoint's spec.
QString addParam(const Endpoint &e, const QString &assignment, ApiParams &params)
{
    const qsizetype eq = assignment.indexOf(u'=');
    if (eq <= 0)
        return CallCommand::tr("--param needs NAME=VALUE, not \"%1\".").arg(assignment);
    const QString name = assignment.left(eq);
    const QString value = assignment.mid(eq + 1);
    const P p = paramFromName(name);
    if (p == P::_key)
        return CallCommand::tr("--param _key is refused: the API key is never passed on the command line.");
    const ParamSpec *spec = p == P::None ? nullptr : e.spec(p);
    bool isAlternative = false;
    const ParamSpec *arrayOwner = spec;
    if (!spec && p != P::None) {
        for (const ParamSpec &s : e.params) {
            if (s.alternatives.contains(p)) {
                isAlternative = true;
                arrayOwner = &s;
            }
        }
    }
    const bool general = p == P::_returnSuccessMessage || p == P::_formatErrors || p == P::_pretty;
    if (!spec && !isAlternative && !general) {
        QStringList names;
        for (const ParamSpec &s : e.params) {
            names.append(QString(s.name()));
            for (const P alt : s.alternatives)
                names.append(QString(paramName(alt)));
        }
        return names.isEmpty() ? CallCommand::tr("%1 takes no parameters (got \"%2\").").arg(QString(e.function), name)
                               : CallCommand::tr("%1 has no parameter \"%2\". Its parameters: %3.")
                                     .arg(QString(e.function), name, names.join(u", "));
    }
    if (spec && spec->type == ParamType::File) {
        const QString path = value.startsWith(u'@') ? value.mid(1) : value;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return CallCommand::tr("Cannot read %1 for parameter %2: %3").arg(path, name, file.errorString());
        FileUpload upload;
        upload.data = file.readAll();
        upload.fileName = QFileInfo(path).fileName();
        upload.contentType = QMimeDatabase().mimeTypeForFile(path).name();
        params.set(p, upload);
        return {};
    }
    if (arrayOwner && arrayOwner->isArray())
        params.append(p, value);
    else if (params.contains(p))
        return CallCommand::tr("Parameter \"%1\" was given twice; it takes one value.").arg(name);
    else
        params.set(p, value); // RequestBuilder checks the value against the parameter's type
    return {};
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

// Parses the command line; returns a usage error or an empty string.
QString parse(QStringList args, CallRequest &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return err;
    QStringList positional;
    QStringList assignments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--param" || a == u"-p") {
            if (i + 1 >= args.size())
                return CallCommand::tr("--param needs NAME=VALUE.");
            assignments.append(args.at(++i));
        } else if (a.startsWith(u"--param=")) {
            assignments.append(a.mid(8));
        } else if (a == u"--no-cache") {
            out.updateCache = false;
        } else if (a == u"--cache") {
            if (i + 1 >= args.size())
                return CallCommand::tr("--cache needs a file.");
            out.cacheFile = args.at(++i);
        } else if (a.startsWith(u"--cache=")) {
            out.cacheFile = a.mid(8);
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return CallCommand::tr("Unknown option %1.").arg(a);
        } else {
            positional.append(a);
        }
    }
    if (!out.updateCache && !out.cacheFile.isEmpty())
        return CallCommand::tr("--cache and --no-cache contradict each other.");
    if (positional.isEmpty())
        return CallCommand::tr("Name the function to call.");
    const QString function = positional.takeFirst();
    const Endpoint *e = findEndpoint(function);
    if (!e) {
        const QStringList similar = suggestions(function);
        return similar.isEmpty()
            ? CallCommand::tr("Unknown function \"%1\". Run 'springdesk-cli call --list' for all functions.")
                  .arg(function)
            : CallCommand::tr("Unknown function \"%1\". Did you mean: %2?").arg(function, similar.join(u", "));
    }
    out.fn = e->fn;
    const QList<ParamSpec> pathParams = e->pathParams();
    if (positional.size() > pathParams.size())
        return CallCommand::tr("%1 takes %n path argument(s) (%2), but got %3.", nullptr, int(pathParams.size()))
            .arg(QString(e->function), e->pathTemplate())
            .arg(positional.size());
    for (qsizetype i = 0; i < positional.size(); ++i)
        out.params.set(pathParams.at(i).param, positional.at(i));
    for (const QString &assignment : assignments) {
        if (const QString err = addParam(*e, assignment, out.params); !err.isEmpty())
            return err;
    }
    return {};
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
    if (const QString err = parse(arguments, request); !err.isEmpty()) {
        streams.err << "springdesk-cli call: " << err << '\n'
                    << tr("Run 'springdesk-cli call --help' for the usage, 'springdesk-cli call --list' for the "
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
            auto *client = new ApiClient(context);
            client->setBaseUrl(connection.baseUrl);
            client->setApiKey(connection.apiKey);
            ApiJob *job = client->call(request.fn, request.params);
            const QString cacheFile = cacheFileFor(request.cacheFile, connection, *session.profiles);
            QObject::connect(
                job, &ApiJob::finished, context, [context, client, request, cacheFile, finish, &streams](ApiJob *j) {
                    if (j->hasError()) {
                        const ApiError &e = j->error();
                        streams.err << "springdesk-cli call: " << e.userText() << '\n';
                        streams.err << "  (" << e.toString() << ")\n";
                        finish(exitCodeFor(e));
                        return;
                    }
                    if (j->json().isObject())
                        streams.out << QJsonDocument(j->json().toObject()).toJson(QJsonDocument::Indented);
                    if (!request.updateCache || endpoint(request.fn).kind != CallKind::Command) {
                        finish(ExitOk);
                        return;
                    }
                    // The command succeeded whatever happens to the cache: a stale cache is
                    // reported, not turned into a failure.
                    streams.out.flush();
                    CommandCacheUpdate::run(cacheFile, client, request.fn, request.params, j->value(), context,
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
