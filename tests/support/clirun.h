#pragma once

#include "app/cli/cliapplication.h"

#include <QTest>
#include <QTextStream>

namespace Springdesk::Testing {

// One springdesk-cli run, in process: what it printed and its exit code (-1: it did not finish).
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `arguments` (the sub-command first, e.g. {"sync", "--url", …}) through the event loop
// until the command reports its exit code; `terminal` makes both streams look like a terminal.
inline CliRun runCli(const QStringList &arguments, bool terminal = false, int timeoutMs = 120'000)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Cli::CliStreams streams{out, err, terminal, terminal};
    bool finished = false;
    Cli::runCli(arguments, streams, [&](int code) {
        r.code = code;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, timeoutMs))
        qWarning("springdesk-cli %s did not finish", qPrintable(arguments.value(0)));
    out.flush();
    err.flush();
    return r;
}

} // namespace Springdesk::Testing
