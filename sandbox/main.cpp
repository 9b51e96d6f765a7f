// springdesk-sandbox: a local imitation of the aNewSpring API. See sandbox/sandboxoptions.h.
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/terminationsignals.h"

#include "core/api/redaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Springdesk::Sandbox;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"springdesk-sandbox"_s);
    Springdesk::Api::Redaction::installMessageFilter();
    // SIGTERM/SIGINT/SIGHUP end the event loop, so the server's destructor removes its temporary folder.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, &QCoreApplication::quit);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(u"--help") || args.contains(u"-h")) {
        std::fputs(qPrintable(sandboxUsage()), stdout);
        return 0;
    }
    QString error;
    const auto options = parseSandboxArguments(args, &error);
    if (!options) {
        std::fprintf(stderr, "springdesk-sandbox: %s\n%s", qPrintable(error), qPrintable(sandboxUsage()));
        return 2;
    }
    SandboxServer server;
    QObject::connect(&server, &SandboxServer::lifetimeExpired, &app, &QCoreApplication::quit);
    if (!server.start(*options, &error)) {
        std::fprintf(stderr, "springdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (options->apiKeys.isEmpty()) {
        // A session key was generated: the user needs it to call the API. stderr, not the URL line.
        std::fprintf(
            stderr, "springdesk-sandbox: generated API key for this session: %s\n", qPrintable(server.apiKey()));
    }
    std::printf("springdesk-sandbox: listening on %s\n", qPrintable(server.apiBaseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
