#pragma once

#include "app/cli/clicommand.h"

#include <QObject>

#include <functional>

namespace Springdesk::Cli {

// Chooses the sub-command from the arguments and runs it; `done` receives the exit code.
// `arguments` excludes the program name.
void runCli(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done);

} // namespace Springdesk::Cli
