#include "app/cli/commands.h"

#include "app/cli/callcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/logcommand.h"
#include "app/cli/synccommand.h"
#include "app/cli/trackcommand.h"
#include "app/cli/trackedcommand.h"

namespace Springdesk::Cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command; keep this list the only place that names them.
    commands.push_back(std::make_unique<CallCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<TrackCommand>());
    commands.push_back(std::make_unique<TrackedCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<LogCommand>());
    return commands;
}

} // namespace Springdesk::Cli
