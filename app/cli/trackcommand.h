#pragma once

#include "app/cli/clicommand.h"
#include "core/store/idtrackjob.h"

#include <QCoreApplication>

namespace Springdesk::Cli {

// springdesk-cli track [--profile NAME | --url URL] [--api-key-file FILE] [--kind KIND] [--cache FILE] ID…
// springdesk-cli track --forget [--kind KIND] [--profile NAME | --url URL] [--cache FILE] ID…
// springdesk-cli track --list [--kind KIND] [--profile NAME | --url URL] [--cache FILE]
// Adds IDs the API cannot list to the profile's known-ID registry by hand, after checking on
// the server that they exist (Store::IdTracker); the kind defaults to group. Prints one line per
// ID: "<ID>\t<tracked|unchecked|missing|error>\t<message>". --forget stops tracking (no
// network); --list prints the registry (see TrackedCommand).
// Exit codes: 0 every ID tracked (or forgotten), 1 the cache could not be used or an ID to
// forget was not tracked, 2 usage (also an ID that cannot be one), 3 connection or
// authentication failed, 4 an ID does not exist or the API answered with an error.
class TrackCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::TrackCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // The status word of a result's line.
    static QString statusName(Store::TrackResult::Outcome outcome);
    // The exit code for the results of one run.
    static int exitCodeFor(const QList<Store::TrackResult> &results);
};

} // namespace Springdesk::Cli
