#pragma once

#include "app/cli/clicommand.h"
#include "core/api/apierror.h"

#include <QCoreApplication>

namespace Springdesk::Cli {

// springdesk-cli call FUNCTION [PATH_ARG]... [--param NAME=VALUE]... [--url URL | --profile NAME]
//                     [--api-key-file FILE]
// Runs any API function and prints the answer's JSON (pretty) after it decoded; errors go to
// stderr with exit 3 (connection/authentication) or 4 (the API refused). `call --list` prints
// every function with its path and parameters.
class CallCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::CallCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // The exit code for an API error (exposed for `sync` and tests).
    static int exitCodeFor(const Api::ApiError &error);
};

} // namespace Springdesk::Cli
