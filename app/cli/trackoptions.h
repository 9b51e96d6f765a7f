#pragma once

#include "app/cli/connectionoptions.h"
#include "core/store/knownidregistry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Springdesk::Settings {
class ProfileStore;
}

namespace Springdesk::Cli {

// The command line of `track` and `tracked`.
struct TrackOptions
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Cli::TrackOptions)

public:
    ConnectionOptions connection;
    std::optional<Store::KnownId::Kind> kind; // --kind; none given: group for track, all for listing
    QString cacheFile; // --cache
    bool list = false; // --list
    bool forget = false; // --forget
    QStringList ids; // the remaining arguments

    // Fills `out` from `arguments`; returns a translated usage error or an empty string.
    static QString parse(QStringList arguments, TrackOptions &out);
    // "group, accessCodeGroup, …" for the help text.
    static QString kindNames();
    // The cache file when no key is needed (listing, forgetting): --cache, else the named or the
    // active profile's, else the --url address's. Empty with a translated `error` when none can be chosen.
    QString cacheFileWithoutKey(const Settings::ProfileStore &profiles, QString *error) const;
};

} // namespace Springdesk::Cli
