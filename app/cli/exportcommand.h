#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>

namespace Springdesk::Cli {

struct ExportOptions;
struct ResolvedConnection;

// springdesk-cli export REPORT [--profile NAME | --url URL] [--course ID]… [--days N]
//                      [--format xlsx|csv] [--separator ';'|','] [--no-bom] -o FILE [--offline]
// springdesk-cli export --list
// Exports a built-in report (Transfer::ReportRegistry) of the local cache. Without --offline it
// first runs the sync requests the report names (incremental: what is older than the TTL).
// Exit codes: 0 written, 1 the export failed (cache missing or unreadable, unknown course, the
// file could not be written), 2 usage, 3 the refresh could not reach the server or the key was
// refused, 4 the refresh failed otherwise. Nothing is written when the refresh failed.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // The text of `--list`.
    static QString listText();
    // Exports from the cache at `path`; prints the outcome and returns the exit code.
    static int exportFromCache(
        const ExportOptions &options, const QString &path, const QString &profile, CliStreams &streams);
};

} // namespace Springdesk::Cli
