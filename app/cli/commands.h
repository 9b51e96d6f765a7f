#pragma once

#include "app/cli/clicommand.h"

#include <memory>
#include <vector>

namespace Springdesk::Cli {

// Every command springdesk-cli knows, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace Springdesk::Cli
