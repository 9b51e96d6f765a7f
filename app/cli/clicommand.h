#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Springdesk::Cli {

// Exit codes shared by every command (documented in `springdesk-cli --help`).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the command ran but could not do its work (I/O, validation, partial failure)
    ExitUsage = 2, // bad command line
    ExitConnection = 3, // connection or authentication error
    ExitApi = 4, // the API answered with an error
    ExitBusy = 5, // another synchronisation of the same cache is running; nothing was done
};

// Where a command writes. Tests pass their own streams.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
    bool outIsTerminal = false;
    bool errIsTerminal = false;
};

// One sub-command of springdesk-cli, e.g. `call` or `sync`. run() is started from the event
// loop; the command reports its exit code exactly once through `done`, so it may work
// asynchronously without nesting event loops.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One line for `springdesk-cli --help`.
    virtual QString summary() const = 0;
    virtual void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) = 0;
};

} // namespace Springdesk::Cli
