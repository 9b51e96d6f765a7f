#include "app/cli/commands.h"

#include "app/cli/callcommand.h"
#include "app/cli/synccommand.h"

namespace Springdesk::Cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command; keep this list the only place that names them.
    commands.push_back(std::make_unique<CallCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    return commands;
}

} // namespace Springdesk::Cli
