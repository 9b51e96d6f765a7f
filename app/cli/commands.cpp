#include "app/cli/commands.h"

namespace Springdesk::Cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command; keep this list the only place that names them.
    return commands;
}

} // namespace Springdesk::Cli
