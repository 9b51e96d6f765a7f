#pragma once

#include "app/cli/connectionoptions.h"
#include "core/transfer/exportwriter.h"

#include <optional>

namespace Springdesk::Cli {

// The command line of `springdesk-cli export`, parsed.
struct ExportOptions
{
    ConnectionOptions connection;
    bool list = false; // --list: name the reports
    QString report;
    QStringList courses; // --course, as given (UID or external ID), repeatable
    int days = 30;
    bool daysGiven = false;
    std::optional<Transfer::ExportFormat> format; // --format; else from the -o extension
    QChar separator; // --separator; null: from the locale
    bool byteOrderMark = true; // --no-bom clears it
    QString output; // -o / --output
    bool offline = false;
    QString cacheFile; // --cache

    // Fills `out` from the arguments; a translated usage error, or empty. Checks what can be
    // checked without the cache (the report exists, its options apply, the format is known).
    static QString parse(QStringList arguments, ExportOptions &out);
    static QString usage();
    Transfer::ExportFormat resolvedFormat() const;
};

} // namespace Springdesk::Cli
