#pragma once

#include "app/cli/clicommand.h"
#include "core/store/syncprogress.h"

#include <QCoreApplication>

namespace Springdesk::Cli {

// springdesk-cli sync [--profile NAME | --url URL] [--api-key-file FILE]
//                     [--resource NAME... | --user ID | --course ID | --group ID
//                      | --results-for-user ID... [--results-for-course ID]]
//                     [--full] [--ttl SECONDS] [--cache FILE] [--max-in-flight N]
// Fills the profile's local cache from the server (options: SyncOptions). On a terminal, stderr shows a progress line
// (rewritten with \r); at the end stdout gets a summary: calls made, rows written, errors.
// Exit codes: 0 all fetched, 1 the cache could not be used or a --results-for-… ID is not
// cached, 2 usage (also options that cannot be combined), 3 nothing could be fetched
// (connection or authentication), 4 some calls failed (e.g. --user of an unknown user).
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // "users 1/1 · user details 120/500 · … 45 % · ETA 12 s" (exposed for tests).
    static QString progressLine(const Store::SyncProgress &progress);
    // The exit code for a finished run.
    static int exitCodeFor(const Store::SyncReport &report);
};

} // namespace Springdesk::Cli
