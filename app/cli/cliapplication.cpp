#include "app/cli/cliapplication.h"

#include "app/cli/commands.h"
#include "core/api/redaction.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace Springdesk::Cli {

namespace {

void printUsage(QTextStream &s, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    s << QCoreApplication::translate("Cli", "Usage: springdesk-cli COMMAND [OPTIONS]") << '\n'
      << '\n'
      << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const auto &c : commands)
        s << "  " << c->name().leftJustified(12) << ' ' << c->summary() << '\n';
    s << '\n'
      << QCoreApplication::translate("Cli", "Run 'springdesk-cli COMMAND --help' for the options of one command.")
      << '\n'
      << '\n'
      << QCoreApplication::translate("Cli",
             "Exit codes: 0 success, 1 failure, 2 usage error, 3 connection or "
             "authentication error, 4 API error, 5 another synchronisation of the same cache is running.")
      << '\n';
}

} // namespace

void runCli(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done)
{
    // Every log line (springdesk.api and the rest) passes the key redaction before it is written.
    Api::Redaction::installMessageFilter();
    auto commands = std::make_shared<std::vector<std::unique_ptr<CliCommand>>>(allCommands());
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help") {
        printUsage(arguments.isEmpty() ? streams.err : streams.out, *commands);
        streams.out.flush();
        streams.err.flush();
        done(arguments.isEmpty() ? ExitUsage : ExitOk);
        return;
    }
    if (arguments.first() == u"--version") {
        streams.out << "springdesk-cli " << QStringLiteral(SPRINGDESK_VERSION) << '\n';
        streams.out.flush();
        done(ExitOk);
        return;
    }
    for (auto &c : *commands) {
        if (c->name() == arguments.first()) {
            // The command list lives until the command reports its exit code.
            c->run(arguments.mid(1), streams, [commands, done](int code) { done(code); });
            return;
        }
    }
    streams.err << QCoreApplication::translate("Cli", "springdesk-cli: unknown command '%1'").arg(arguments.first())
                << '\n';
    printUsage(streams.err, *commands);
    streams.err.flush();
    done(ExitUsage);
}

} // namespace Springdesk::Cli
