#pragma once

#include "app/cli/clicommand.h"
#include "core/store/knownidregistry.h"

#include <QCoreApplication>

#include <optional>

namespace Springdesk::Cli {

// springdesk-cli tracked [--kind KIND] [--profile NAME | --url URL] [--cache FILE]
// Prints the known-ID registry of the profile's cache (the same as `track --list`), one
// tab-separated line per entry after a header: kind, ID, state, sources, last checked, missing
// since ("-" when never). No network is needed. Exit codes: 0, 1 the cache could not be read,
// 2 usage.
class TrackedCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::TrackedCommand)

public:
    QString name() const override;
    QString summary() const override;
    void run(const QStringList &arguments, CliStreams &streams, std::function<void(int)> done) override;

    // "tracked by hand,referenced" style list of a Source bit set: created, referenced, imported, tracked.
    static QString sourceNames(int sources);
    // Writes the entries of `kinds` (header first); returns an exit code.
    static int printEntries(
        QSqlDatabase db, const QList<Store::KnownId::Kind> &kinds, QTextStream &out, QTextStream &err);
};

} // namespace Springdesk::Cli
