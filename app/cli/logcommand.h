#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Springdesk::Cli {

// springdesk-cli log [--since DATE|DURATION] [--function F] [--outcome O] [--json]
//                    [--profile NAME | --url URL] [--cache FILE]
// Prints the operation log of the profile (the file beside its cache): every command sent from
// the GUI, the CLI or an import, oldest first, one tab-separated line each after a header, or a
// JSON array with --json. No network is needed. Exit codes: 0, 1 the log could not be read,
// 2 usage.
class LogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::LogCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // "2026-12-01", "2026-12-01T10:00:00" (UTC unless an offset is given), or a duration back
    // from `now`: "90m", "12h", "7d", "2w". nullopt when it is neither.
    static std::optional<QDateTime> parseSince(const QString &text, const QDateTime &now);
};

} // namespace Springdesk::Cli
