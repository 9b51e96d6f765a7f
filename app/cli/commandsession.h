#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/connectionoptions.h"

#include <QString>

#include <functional>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Cli {

// What every command that talks to a server sets up: settings, connection profiles, the
// keychain and the connection resolver, all alive until the command finishes.
class CommandSession final
{
public:
    struct Context
    {
        QObject *owner; // parent of whatever the command creates; deleted after finish()
        Settings::ProfileStore *profiles;
        std::function<void(int exitCode)> finish; // flushes the streams and reports the exit code
    };
    using Work = std::function<void(const Context &context, const ResolvedConnection &connection)>;

    // Resolves `options` and hands the connection to `work`; when it cannot be resolved, prints
    // "springdesk-cli COMMAND: <reason>" and finishes with the resolver's exit code.
    static void start(const QString &command, const ConnectionOptions &options, CliStreams &streams,
        std::function<void(int)> done, Work work);
};

} // namespace Springdesk::Cli
